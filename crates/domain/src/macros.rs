/// Declares a closed set of choices stored and exchanged as short strings.
///
/// Each choice gets a stable `key` (used in the database, URLs, the API and
/// as the suffix of its Fluent message id) and `parse` accepts exactly those keys.
macro_rules! string_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every choice, in the order they are offered to users.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable string for this choice.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// Reads a stored or submitted key; anything else is `None`.
            pub fn parse(input: &str) -> Option<Self> {
                match input { $($key => Some($name::$variant),)+ _ => None }
            }

            /// Reads a submitted key, naming the field when it is not one of the choices.
            pub fn parse_field(field: &'static str, input: &str) -> Result<Self, $crate::error::FieldError> {
                Self::parse(input.trim()).ok_or_else(|| $crate::error::FieldError::new(field, "error-choice-invalid"))
            }
        }

        impl $crate::Choice for $name {
            const ALL: &'static [Self] = $name::ALL;
            fn key(self) -> &'static str {
                $name::key(self)
            }
            fn parse(input: &str) -> Option<Self> {
                $name::parse(input)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.key())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.key())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                Self::parse(&s).ok_or_else(|| serde::de::Error::unknown_variant(&s, &[$($key),+]))
            }
        }
    };
}
