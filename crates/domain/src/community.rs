//! Communities (a district or a network of schools), their schools, members,
//! roles and stakeholder groups.

string_enum! {
    /// What a member may do in a community.
    pub enum Role {
        /// Runs the community: members, invitations, groups, schools.
        Admin = "admin",
        /// Runs initiatives: edits them and answers participants.
        Facilitator = "facilitator",
        /// Takes part: contributes, votes, serves on councils.
        Member = "member",
        /// Reads everything members can read, contributes nothing.
        Observer = "observer",
    }
}

impl Role {
    pub fn can_administer(self) -> bool {
        self == Role::Admin
    }

    pub fn can_facilitate(self) -> bool {
        matches!(self, Role::Admin | Role::Facilitator)
    }

    pub fn can_participate(self) -> bool {
        !matches!(self, Role::Observer)
    }
}

string_enum! {
    /// Where a community is, which decides how its language writes dates,
    /// times, numbers and money there ("$18,000" in Mexico, "18.000 $" in Spain).
    pub enum Locale {
        EnUs = "en-US",
        EnGb = "en-GB",
        EsEs = "es-ES",
        EsMx = "es-MX",
        EsUs = "es-US",
        Ar = "ar",
    }
}

/// How numbers, dates and times are written in one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conventions {
    /// "December 25, 2026" rather than "25 December 2026".
    pub month_first: bool,
    /// "4:30 PM" rather than "16:30".
    pub clock_12h: bool,
    /// "1.234,5" rather than "1,234.5".
    pub decimal_comma: bool,
    /// "18.000 $" rather than "$18,000".
    pub symbol_after: bool,
}

impl Locale {
    /// The language part: "en" or "es".
    pub fn language(self) -> &'static str {
        self.key().split('-').next().unwrap_or("en")
    }

    /// The locale a reader in `language` gets in this community: the same
    /// region in the reader's language, so a Spanish-speaking family in a US
    /// district reads "$18,000" as Spanish speakers in the US write it, and an
    /// English reader in Madrid reads British dates.
    pub fn for_reader(self, language: &str) -> Locale {
        match (self, language) {
            (l, lang) if l.language() == lang => l,
            (_, "ar") => Locale::Ar,
            (Locale::Ar, "es") => Locale::EsEs,
            (Locale::Ar, _) => Locale::EnUs,
            (Locale::EnUs, "es") => Locale::EsUs,
            (Locale::EnGb, "es") => Locale::EsEs,
            (Locale::EsEs, _) => Locale::EnGb,
            (Locale::EsMx | Locale::EsUs, _) => Locale::EnUs,
            (l, _) => l,
        }
    }

    pub fn conventions(self) -> Conventions {
        match self {
            Locale::EnUs => {
                Conventions { month_first: true, clock_12h: true, decimal_comma: false, symbol_after: false }
            }
            Locale::EnGb => {
                Conventions { month_first: false, clock_12h: false, decimal_comma: false, symbol_after: false }
            }
            Locale::EsEs => {
                Conventions { month_first: false, clock_12h: false, decimal_comma: true, symbol_after: true }
            }
            Locale::EsMx | Locale::EsUs => {
                Conventions { month_first: false, clock_12h: true, decimal_comma: false, symbol_after: false }
            }
            // Western digits, as most Arabic-speaking families read them online; the amount before its symbol.
            Locale::Ar => {
                Conventions { month_first: false, clock_12h: false, decimal_comma: false, symbol_after: true }
            }
        }
    }
}

#[cfg(test)]
mod locale_tests {
    use super::Locale;

    #[test]
    fn readers_get_the_community_region_in_their_own_language() {
        assert_eq!(Locale::EnUs.for_reader("es"), Locale::EsUs);
        assert_eq!(Locale::EnUs.for_reader("en"), Locale::EnUs);
        assert_eq!(Locale::EsEs.for_reader("en"), Locale::EnGb);
        assert_eq!(Locale::EsMx.for_reader("en"), Locale::EnUs);
        assert_eq!(Locale::EnGb.for_reader("es"), Locale::EsEs);
        for l in Locale::ALL {
            for lang in ["en", "es", "ar"] {
                assert_eq!(l.for_reader(lang).language(), lang, "{l:?} read in {lang}");
            }
        }
    }
}

string_enum! {
    pub enum CommunityKind {
        District = "district",
        Network = "network",
        School = "school",
    }
}

string_enum! {
    pub enum SchoolPhase {
        Primary = "primary",
        Middle = "middle",
        Secondary = "secondary",
        AllThrough = "all_through",
        Special = "special",
    }
}

/// A stakeholder group every new community starts with; admins can rename,
/// add or retire groups afterwards.
#[derive(Debug, Clone, Copy)]
pub struct DefaultGroup {
    pub key: &'static str,
    /// Members of this group are minors: their names never leave the staff pages.
    pub protects_identity: bool,
}

pub const DEFAULT_GROUPS: &[DefaultGroup] = &[
    DefaultGroup { key: "families", protects_identity: false },
    DefaultGroup { key: "pupils", protects_identity: true },
    DefaultGroup { key: "teaching_staff", protects_identity: false },
    DefaultGroup { key: "support_staff", protects_identity: false },
    DefaultGroup { key: "school_leaders", protects_identity: false },
    DefaultGroup { key: "governors", protects_identity: false },
    DefaultGroup { key: "unions", protects_identity: false },
    DefaultGroup { key: "community_orgs", protects_identity: false },
];

/// Whether `key` names one of the built-in groups (which have translated names).
pub fn is_default_group(key: &str) -> bool {
    DEFAULT_GROUPS.iter().any(|g| g.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permissions_nest() {
        assert!(Role::Admin.can_administer() && Role::Admin.can_facilitate() && Role::Admin.can_participate());
        assert!(!Role::Facilitator.can_administer() && Role::Facilitator.can_facilitate());
        assert!(!Role::Member.can_facilitate() && Role::Member.can_participate());
        assert!(!Role::Observer.can_participate());
    }

    #[test]
    fn keys_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.key()), Some(*role));
        }
        assert_eq!(Role::parse("owner"), None);
        assert_eq!(Role::parse_field("role", " admin ").unwrap(), Role::Admin);
        assert_eq!(Role::parse_field("role", "root").unwrap_err().message, "error-choice-invalid");
    }

    #[test]
    fn only_pupils_are_protected_by_default() {
        let protected: Vec<_> = DEFAULT_GROUPS.iter().filter(|g| g.protects_identity).map(|g| g.key).collect();
        assert_eq!(protected, vec!["pupils"]);
        assert!(is_default_group("unions") && !is_default_group("pta"));
    }
}
