//! Parsing of free text typed by people: names, titles, emails, passwords, slugs.
//!
//! Each parser trims, checks and returns either the clean value or a
//! [`FieldError`] naming the field, so a form can show every problem at once.

use crate::error::FieldError;

/// Reads required text of at most `max_chars` characters.
///
/// Control characters other than newlines and tabs are refused: they are never
/// typed on purpose and can hide content from moderators.
pub fn required(field: &'static str, input: &str, max_chars: usize) -> Result<String, FieldError> {
    let value = input.trim();
    if value.is_empty() {
        return Err(FieldError::new(field, "error-required"));
    }
    check_body(field, value, max_chars)?;
    Ok(normalise_newlines(value))
}

/// Reads optional text; blank input is `None`.
pub fn optional(field: &'static str, input: &str, max_chars: usize) -> Result<Option<String>, FieldError> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(None);
    }
    check_body(field, value, max_chars)?;
    Ok(Some(normalise_newlines(value)))
}

/// Reads a single-line value (a name or a title): no line breaks allowed.
pub fn line(field: &'static str, input: &str, max_chars: usize) -> Result<String, FieldError> {
    let value = required(field, input, max_chars)?;
    if value.contains(['\n', '\r', '\t']) {
        return Err(FieldError::new(field, "error-single-line"));
    }
    Ok(value)
}

fn check_body(field: &'static str, value: &str, max_chars: usize) -> Result<(), FieldError> {
    if value.chars().count() > max_chars {
        return Err(FieldError::new(field, "error-too-long").with_arg("max", max_chars));
    }
    if value.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(FieldError::new(field, "error-control-chars"));
    }
    Ok(())
}

fn normalise_newlines(value: &str) -> String {
    value.replace("\r\n", "\n").replace('\r', "\n")
}

pub const NAME_MAX: usize = 80;
pub const TITLE_MAX: usize = 140;
pub const SUMMARY_MAX: usize = 600;
pub const LONG_TEXT_MAX: usize = 5000;

/// A person's name as they want it shown.
pub fn display_name(field: &'static str, input: &str) -> Result<String, FieldError> {
    line(field, input, NAME_MAX)
}

/// An email address, lower-cased so that logins are case-insensitive.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(field: &'static str, input: &str) -> Result<Email, FieldError> {
        let value = input.trim().to_lowercase();
        let invalid = || FieldError::new(field, "error-email-invalid");
        if value.is_empty() {
            return Err(FieldError::new(field, "error-required"));
        }
        if value.len() > 254 || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid());
        }
        let (local, domain) = value.split_once('@').ok_or_else(invalid)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !domain.contains('@');
        if local.is_empty() || local.len() > 64 || !domain_ok {
            return Err(invalid());
        }
        Ok(Email(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// NIST SP 800-63B asks for at least 8; 12 keeps a guessed list of short
/// passwords out of reach while a passphrase of three words still fits.
pub const PASSWORD_MIN_CHARS: usize = 12;
pub const PASSWORD_MAX_CHARS: usize = 128;

/// The 10,000 passwords people pick most often (see `data/README.md`),
/// shipped in the binary: refusing them costs attackers their best guesses.
const COMMON_PASSWORDS_TXT: &str = include_str!("../data/common-passwords.txt");

/// Common in our communities' languages but missing from the list above.
const LOCAL_COMMON_PASSWORDS: &[&str] =
    &["contraseña", "contrasena", "escuela", "colegio", "tandem", "riverbend", "changeme", "bienvenido", "bienvenida"];

static COMMON_PASSWORDS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        COMMON_PASSWORDS_TXT
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .chain(LOCAL_COMMON_PASSWORDS.iter().copied())
            .collect()
    });

/// Whether a (lower-cased) password is a common one or an obvious variation
/// of one: repeated ("passwordpassword"), or with digits and symbols before
/// or after it ("football2026!", "123qwerty").
fn is_common(lower: &str) -> bool {
    let list = &*COMMON_PASSWORDS;
    let not_core = |c: char| c.is_ascii_digit() || c.is_ascii_punctuation() || c.is_whitespace();
    let core = lower.trim_matches(not_core);
    let joined: String = core.chars().filter(|c| !c.is_whitespace()).collect();
    let mut candidates = vec![lower, core, joined.as_str()];
    for whole in [lower, core, joined.as_str()] {
        let chars: Vec<char> = whole.chars().collect();
        // The shortest unit the whole is a repetition of.
        if let Some(unit) = (1..=chars.len() / 2)
            .find(|&n| chars.len().is_multiple_of(n) && chars.chunks(n).all(|c| c == &chars[..n]))
            .map(|n| &whole[..chars[..n].iter().map(|c| c.len_utf8()).sum::<usize>()])
        {
            candidates.push(unit);
        }
    }
    // A bare digit string or a single repeated character is refused by the
    // distinct-characters rule; here only words from the list count.
    candidates.iter().any(|c| c.chars().count() >= 4 && list.contains(c))
}

/// A new password that meets the rules: long enough, not a well-known one, not the email.
///
/// Length matters more than character classes (NIST SP 800-63B), so there is
/// no "one symbol and one capital" rule.
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(field: &'static str, input: &str, email: Option<&str>) -> Result<NewPassword, FieldError> {
        let chars = input.chars().count();
        if chars < PASSWORD_MIN_CHARS {
            return Err(FieldError::new(field, "error-password-too-short").with_arg("min", PASSWORD_MIN_CHARS));
        }
        if chars > PASSWORD_MAX_CHARS {
            return Err(FieldError::new(field, "error-password-too-long").with_arg("max", PASSWORD_MAX_CHARS));
        }
        let lower = input.to_lowercase();
        let mut distinct: Vec<char> = lower.chars().collect();
        distinct.sort_unstable();
        distinct.dedup();
        if is_common(&lower) || distinct.len() < 4 {
            return Err(FieldError::new(field, "error-password-common"));
        }
        if let Some(email) = email {
            let local = email.split('@').next().unwrap_or_default();
            if lower == email || (local.len() >= 4 && lower.contains(local)) {
                return Err(FieldError::new(field, "error-password-contains-email"));
            }
        }
        Ok(NewPassword(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub const SLUG_MAX: usize = 60;

/// A short name used in addresses: lower-case letters, digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    pub fn parse(field: &'static str, input: &str) -> Result<Slug, FieldError> {
        let value = input.trim();
        let valid = (2..=SLUG_MAX).contains(&value.len())
            && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !value.starts_with('-')
            && !value.ends_with('-')
            && !value.contains("--");
        if valid { Ok(Slug(value.to_owned())) } else { Err(FieldError::new(field, "error-slug-invalid")) }
    }

    /// Derives an address from a title, folding common accents ("Año" → "ano").
    pub fn from_title(title: &str) -> Slug {
        let mut folded = String::with_capacity(title.len());
        for c in title.chars() {
            fold_accent(c, &mut folded);
        }
        let mut out = String::new();
        for c in folded.chars() {
            if c.is_ascii_alphanumeric() {
                if out.len() >= SLUG_MAX {
                    break;
                }
                out.push(c.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let trimmed = out.trim_matches('-');
        if trimmed.len() < 2 { Slug(String::from("item")) } else { Slug(trimmed.to_owned()) }
    }

    /// The same slug with a numeric suffix, for when the plain one is taken.
    pub fn with_suffix(&self, n: u32) -> Slug {
        let suffix = format!("-{n}");
        let keep = SLUG_MAX.saturating_sub(suffix.len()).min(self.0.len());
        Slug(format!("{}{}", self.0[..keep].trim_end_matches('-'), suffix))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Appends `c` with common Latin accents removed ("ñ" → "n", "ß" → "ss").
fn fold_accent(c: char, out: &mut String) {
    let folded = match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => "i",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => "o",
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => "u",
        'ñ' | 'Ñ' => "n",
        'ç' | 'Ç' => "c",
        'ß' => "ss",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(folded);
}

/// Text written into a file people open in a spreadsheet: a cell that
/// begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be read
/// as a formula (and could run one), so it gets a leading apostrophe, which
/// spreadsheets show as plain text. Numbers ("-3.5") are left alone.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.trim().parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Text reduced to what a reader sees as its letters: compatibility forms
/// unified (NFKD: "ｆｕｌｌ" is "full"), accents, zero-width and other
/// invisible format characters removed, lower case. Two strings that fold
/// alike read alike, whatever tricks of encoding tell them apart.
pub fn fold(input: &str) -> String {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    input.nfkd().filter(|c| !is_combining_mark(*c) && !is_invisible(*c)).flat_map(char::to_lowercase).collect()
}

/// Format characters that change nothing a reader sees: zero-width spaces
/// and joiners, direction marks and overrides, the soft hyphen, the BOM.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{E0000}'..='\u{E007F}')
}

/// The words of folded text: runs of letters and digits.
pub fn folded_words(input: &str) -> Vec<String> {
    fold(input).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// Reads a whole number in a range, as typed into a form.
pub fn integer_in(field: &'static str, input: &str, range: std::ops::RangeInclusive<i64>) -> Result<i64, FieldError> {
    let n: i64 = input.trim().parse().map_err(|_| FieldError::new(field, "error-number-invalid"))?;
    if range.contains(&n) {
        Ok(n)
    } else {
        Err(FieldError::new(field, "error-number-range").with_arg("min", range.start()).with_arg("max", range.end()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_for_spreadsheets() {
        for risky in ["=SUM(A1:A9)", "+1+1", "-2+3", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://x\")"] {
            assert_eq!(spreadsheet_safe(risky), format!("'{risky}"), "{risky:?}");
        }
        for safe in ["Benches", "-3.5", "+7", "a=b", "", "O'Brien"] {
            assert_eq!(spreadsheet_safe(safe), safe, "{safe:?}");
        }
    }

    #[test]
    fn required_text_trims_and_limits() {
        assert_eq!(required("t", "  hi  ", 10).unwrap(), "hi");
        assert_eq!(required("t", "   ", 10).unwrap_err().message, "error-required");
        let long = required("t", "abcdefghijk", 10).unwrap_err();
        assert_eq!(long.message, "error-too-long");
        assert_eq!(long.args, vec![("max", String::from("10"))]);
        assert_eq!(required("t", "a\u{0}b", 10).unwrap_err().message, "error-control-chars");
        assert_eq!(required("t", "a\r\nb", 10).unwrap(), "a\nb");
        assert_eq!(optional("t", " ", 10).unwrap(), None);
        assert_eq!(line("t", "a\nb", 10).unwrap_err().message, "error-single-line");
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(required("t", "ñññññ", 5).is_ok());
        assert!(required("t", "ññññññ", 5).is_err());
    }

    #[test]
    fn emails_are_lowercased_and_checked() {
        assert_eq!(Email::parse("e", " Ana@School.Example ").unwrap().as_str(), "ana@school.example");
        for bad in ["", "ana", "ana@", "@x.org", "ana@localhost", "a b@x.org", "ana@x..org", "a@b@c.org", "ana@.org"] {
            assert!(Email::parse("e", bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn password_rules() {
        assert!(NewPassword::parse("p", "correct horse battery", None).is_ok());
        assert_eq!(NewPassword::parse("p", "short", None).err().map(|e| e.message), Some("error-password-too-short"));
        assert_eq!(
            NewPassword::parse("p", "Password1234!", None).err().map(|e| e.message),
            Some("error-password-common")
        );
        assert_eq!(
            NewPassword::parse("p", "aaaaaaaaaaaa", None).err().map(|e| e.message),
            Some("error-password-common")
        );
        assert_eq!(
            NewPassword::parse("p", "abcd1234efg", None).err().map(|e| e.message),
            Some("error-password-too-short")
        );
        // From the shipped list, and its obvious variations.
        for common in [
            "qazwsxedcrfv",
            "1qaz2wsx3edc",
            "passwordpassword",
            "Football2026!",
            "123456monkey",
            "dragon dragon ",
            "Contraseña2024",
            "sunshinesunshine",
        ] {
            assert_eq!(
                NewPassword::parse("p", common, None).err().map(|e| e.message),
                Some("error-password-common"),
                "{common}"
            );
        }
        assert!(
            NewPassword::parse("p", "football tulip window", None).is_ok(),
            "common words in a passphrase are fine"
        );
        assert_eq!(
            NewPassword::parse("p", "maria.lopez2026", Some("maria.lopez@x.org")).err().map(|e| e.message),
            Some("error-password-contains-email")
        );
        assert_eq!(
            NewPassword::parse("p", &"x1y2".repeat(40), None).err().map(|e| e.message),
            Some("error-password-too-long")
        );
    }

    #[test]
    fn slugs() {
        assert!(Slug::parse("s", "north-side-2").is_ok());
        for bad in ["", "a", "-ab", "ab-", "a--b", "Ab", "a b", "año"] {
            assert!(Slug::parse("s", bad).is_err(), "{bad} should be refused");
        }
        assert_eq!(Slug::from_title("Año nuevo: ¡Diseño del patio!").as_str(), "ano-nuevo-diseno-del-patio");
        assert_eq!(Slug::from_title("!!").as_str(), "item");
        let long = Slug::from_title(&"word ".repeat(40));
        assert!(long.as_str().len() <= SLUG_MAX);
        assert!(Slug::parse("s", long.as_str()).is_ok());
        let suffixed = long.with_suffix(12);
        assert!(suffixed.as_str().ends_with("-12"));
        assert!(Slug::parse("s", suffixed.as_str()).is_ok());
    }

    #[test]
    fn integers_in_range() {
        assert_eq!(integer_in("n", " 7 ", 1..=10).unwrap(), 7);
        assert_eq!(integer_in("n", "x", 1..=10).unwrap_err().message, "error-number-invalid");
        assert_eq!(integer_in("n", "11", 1..=10).unwrap_err().message, "error-number-range");
    }
}
