//! Content in every family's language: the languages a community writes its
//! initiatives in, which texts can be translated, and the language a member
//! wrote a post in.

use crate::{
    error::{FieldError, Invalid},
    text::{self, LONG_TEXT_MAX, TITLE_MAX},
};

/// Languages content can be written in (ISO 639-1 codes) with their own
/// names: the languages most spoken by families in US and European school
/// districts. `true` marks a right-to-left script.
pub const LANGUAGES: &[(&str, &str, bool)] = &[
    ("en", "English", false),
    ("es", "Español", false),
    ("ar", "العربية", true),
    ("zh", "中文", false),
    ("vi", "Tiếng Việt", false),
    ("fr", "Français", false),
    ("pt", "Português", false),
    ("ht", "Kreyòl ayisyen", false),
    ("so", "Soomaali", false),
    ("ru", "Русский", false),
];

/// A language's own name ("Español"), whatever the page's language.
pub fn native_name(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().find(|(c, _, _)| *c == code).map(|(_, name, _)| *name)
}

/// Whether text in this language runs right to left.
pub fn is_rtl(code: &str) -> bool {
    LANGUAGES.iter().any(|(c, _, rtl)| *c == code && *rtl)
}

/// The languages a community writes its content in; the first is the one
/// everything is written in first (the original), the others translations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Languages(Vec<&'static str>);

impl Languages {
    /// The chosen codes in order, the original first; at least one, each known, none twice.
    pub fn parse(field: &'static str, original: &str, others: &[String]) -> Result<Languages, FieldError> {
        let known = |code: &str| LANGUAGES.iter().find(|(c, _, _)| *c == code.trim()).map(|(c, _, _)| *c);
        let first = known(original).ok_or_else(|| FieldError::new(field, "error-choice-invalid"))?;
        let mut all = vec![first];
        for code in others {
            let code = known(code).ok_or_else(|| FieldError::new(field, "error-choice-invalid"))?;
            if !all.contains(&code) {
                all.push(code);
            }
        }
        Ok(Languages(all))
    }

    /// As stored: "en,es". Unknown codes (a language dropped from the list) are skipped.
    pub fn stored(text: &str) -> Languages {
        let mut all: Vec<&'static str> = Vec::new();
        for code in text.split(',') {
            if let Some((c, _, _)) = LANGUAGES.iter().find(|(c, _, _)| *c == code.trim())
                && !all.contains(c)
            {
                all.push(c);
            }
        }
        if all.is_empty() {
            all.push("en");
        }
        Languages(all)
    }

    pub fn to_stored(&self) -> String {
        self.0.join(",")
    }

    pub fn original(&self) -> &'static str {
        self.0[0]
    }

    /// The languages content is translated into.
    pub fn translations(&self) -> &[&'static str] {
        &self.0[1..]
    }

    pub fn all(&self) -> &[&'static str] {
        &self.0
    }

    pub fn contains(&self, code: &str) -> bool {
        self.0.contains(&code)
    }
}

string_enum! {
    /// A text of an initiative that can be written in another language:
    /// `entity.field`, the entity's id stored beside it.
    pub enum Field {
        InitiativeTitle = "initiative.title",
        InitiativeSummary = "initiative.summary",
        InitiativeValue = "initiative.value_statement",
        CharterIntro = "charter.intro",
        AreaTitle = "area.title",
        AreaFinalDecision = "area.final_decision_by",
        AreaFixed = "area.fixed",
        AreaRisks = "area.risks",
        AreaReciprocity = "area.reciprocity",
        PhaseName = "phase.name",
        PollTitle = "poll.title",
        PollDescription = "poll.description",
        PollOptions = "poll.options",
        ProjectTitle = "project.title",
        ProjectDescription = "project.description",
        IdeaResponse = "idea.response",
    }
}

impl Field {
    /// Single-line fields get a text box; the others a text area.
    pub fn is_line(self) -> bool {
        matches!(
            self,
            Field::InitiativeTitle | Field::AreaTitle | Field::PhaseName | Field::PollTitle | Field::ProjectTitle
        )
    }

    fn max(self) -> usize {
        if self.is_line() { TITLE_MAX } else { LONG_TEXT_MAX }
    }

    /// The message id naming this field for translators.
    pub fn label(self) -> String {
        format!("translation-field-{}", self.key().replace(['.', '_'], "-"))
    }
}

/// A translation as typed: blank removes it. Poll options are translated one
/// per line and must keep the original's number of lines, so option N stays option N.
pub fn translation(field: Field, original: &str, typed: &str) -> Result<Option<String>, Invalid> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let checked = if field.is_line() {
        text::line("text", typed, field.max())
    } else {
        text::required("text", typed, field.max())
    };
    let checked = checked.map_err(Invalid::one)?;
    if field == Field::PollOptions {
        let lines = |s: &str| s.lines().filter(|l| !l.trim().is_empty()).count();
        if lines(&checked) != lines(original) {
            return Err(Invalid::one(
                FieldError::new("text", "error-translation-options").with_arg("count", lines(original) as i64),
            ));
        }
    }
    Ok(Some(checked))
}

/// The language a member wrote a post in: one of the known languages.
pub fn post_language(field: &'static str, code: &str) -> Result<&'static str, FieldError> {
    LANGUAGES
        .iter()
        .find(|(c, _, _)| *c == code.trim())
        .map(|(c, _, _)| *c)
        .ok_or_else(|| FieldError::new(field, "error-choice-invalid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_community_writes_in_its_languages_the_first_being_the_original() {
        let l = Languages::parse("languages", "en", &["es".into(), "vi".into(), "es".into()]).unwrap();
        assert_eq!((l.original(), l.translations()), ("en", &["es", "vi"][..]));
        assert_eq!(l.to_stored(), "en,es,vi");
        assert_eq!(Languages::stored("en,es,vi"), l);
        assert_eq!(Languages::stored("xx"), Languages::stored("en"), "nothing known falls back to English");
        assert!(Languages::parse("languages", "klingon", &[]).is_err());
        assert!(Languages::parse("languages", "en", &["xx".into()]).is_err());
        assert!(is_rtl("ar") && !is_rtl("es"));
        assert_eq!(native_name("es"), Some("Español"));
    }

    #[test]
    fn translations_are_checked_like_the_original() {
        assert_eq!(translation(Field::PollTitle, "Lunch?", "  "), Ok(None));
        assert_eq!(translation(Field::PollTitle, "Lunch?", " ¿Almuerzo? ").unwrap().as_deref(), Some("¿Almuerzo?"));
        assert!(translation(Field::PollTitle, "Lunch?", "Two\nlines").is_err());
        let options = "Early\nLate";
        assert_eq!(
            translation(Field::PollOptions, options, "Temprano\nTarde").unwrap().as_deref(),
            Some("Temprano\nTarde")
        );
        let e = translation(Field::PollOptions, options, "Temprano").unwrap_err();
        assert_eq!(e.field("text").map(|f| f.message), Some("error-translation-options"));
    }
}
