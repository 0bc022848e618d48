//! Pupils are minors: their names stay on staff pages, and small counts are
//! never published because a count of 1 can identify a child. The
//! suppression itself lives in `tandem_decide::disclosure`, so the command
//! line's representation measures use the very same function.

pub use tandem_decide::disclosure::{
    Breakdown, Cell, MIN_PUBLISHED_COUNT, Table, Threshold, breakdown, breakdown_of_known_total, publishable, single,
    table,
};

/// Parses an administrator's choice of threshold, refusing anything outside 5–100.
pub fn parse_threshold(field: &'static str, input: &str) -> Result<Threshold, crate::FieldError> {
    crate::text::integer_in(field, input, MIN_PUBLISHED_COUNT..=Threshold::MAX).map(Threshold::new)
}

/// How a member is named where others can see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicName {
    Shown(String),
    /// A pupil: never named outside the pages of the staff who look after them.
    Withheld,
}

impl PublicName {
    pub fn for_member(display_name: &str, protects_identity: bool) -> PublicName {
        if protects_identity { PublicName::Withheld } else { PublicName::Shown(display_name.to_owned()) }
    }

    pub fn shown(&self) -> Option<&str> {
        match self {
            PublicName::Shown(name) => Some(name),
            PublicName::Withheld => None,
        }
    }
}

/// What in a pupil's own words may show who they are: their name, another
/// member's full name, or a class or form ("7B", "Year 9", "Form 10C", "3ºB").
/// Returns each term found, as the reader would see it folded, for the warning.
pub fn identifying_terms(text: &str, own_name: &str, member_names: &[String]) -> Vec<String> {
    let words = crate::text::folded_words(text);
    let mut found: Vec<String> = Vec::new();
    let mut note = |term: String| {
        if !found.contains(&term) {
            found.push(term);
        }
    };
    // Their own name: any part of three letters or more, as a word.
    for part in crate::text::folded_words(own_name) {
        if part.chars().count() >= 3 && words.contains(&part) {
            note(part);
        }
    }
    // Someone else's whole name, in order: common first names and surnames
    // alone are everyday words too often to warn about.
    for name in member_names {
        let parts = crate::text::folded_words(name);
        if parts.len() >= 2 && words.windows(parts.len()).any(|w| w == parts.as_slice()) {
            note(parts.join(" "));
        }
    }
    for (i, w) in words.iter().enumerate() {
        if is_class_code(w) {
            note(w.clone());
        } else if CLASS_WORDS.contains(&w.as_str())
            && let Some(next) = words.get(i + 1)
            && (next.len() <= 3 && next.chars().next().is_some_and(|c| c.is_ascii_digit()) || is_class_code(next))
        {
            note(format!("{w} {next}"));
        }
    }
    found
}

/// Words that name a class, form or year group when a number follows.
const CLASS_WORDS: &[&str] =
    &["year", "yr", "form", "class", "grade", "group", "set", "curso", "clase", "grupo", "aula"];

/// "7b", "10c", "y9", "y10c", "3ob" (3ºB folded): a year number with a form
/// letter. Form letters run A to H in most schools; "5k" is a distance.
fn is_class_code(word: &str) -> bool {
    let w = word.strip_prefix('y').unwrap_or(word);
    let digits = w.chars().take_while(|c| c.is_ascii_digit()).count();
    let rest: Vec<char> = w.chars().skip(digits).collect();
    let year = (1..=2).contains(&digits);
    match rest.as_slice() {
        [] => year && word.starts_with('y'),
        [c] => year && ('a'..='h').contains(c),
        ['o', c] => year && ('a'..='h').contains(c),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pupils_words_that_may_show_who_they_are() {
        let members = vec![String::from("Marcus Bell"), String::from("Ana Lucía Torres"), String::from("Jo")];
        let found = |text: &str| identifying_terms(text, "Sam Ortiz", &members);
        assert_eq!(found("I am Sam and I want a longer lunch"), ["sam"]);
        assert_eq!(found("Ask ORTIZ about it"), ["ortiz"]);
        assert_eq!(found("Mr marcus bell said no"), ["marcus bell"]);
        assert_eq!(found("Ana Lucia Torres agrees"), ["ana lucia torres"]);
        assert_eq!(found("The bell rings too early"), Vec::<String>::new(), "a surname alone is an everyday word");
        assert_eq!(found("Everyone in 7B wants it"), ["7b"]);
        assert_eq!(found("Year 9 and y10c and Form 3"), ["year 9", "y10c", "form 3"]);
        assert_eq!(found("Somos de 3ºB"), ["3ob"]);
        assert_eq!(found("We need 20 more minutes and 2 benches"), Vec::<String>::new());
        assert_eq!(found("A 5k run and the A1 road"), Vec::<String>::new(), "5k and a1 are no class codes");
    }

    #[test]
    fn pupils_are_withheld() {
        assert_eq!(PublicName::for_member("Sam", true).shown(), None);
        assert_eq!(PublicName::for_member("Ana Ruiz", false).shown(), Some("Ana Ruiz"));
    }
}
