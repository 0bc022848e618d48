//! Pupils are minors: their names stay on staff pages, and small counts are
//! never published because a count of 1 can identify a child.

/// Counts below this are suppressed on public pages, in the API and in exports.
pub const MIN_PUBLISHED_COUNT: i64 = 5;

/// A count that may be shown, or `None` when it is 1–4 people.
pub fn publishable(count: i64) -> Option<i64> {
    if count > 0 && count < MIN_PUBLISHED_COUNT { None } else { Some(count) }
}

/// A breakdown (e.g. members per stakeholder group) that is safe to publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    pub cells: Vec<Option<i64>>,
    pub total: Option<i64>,
}

/// Suppresses small cells, then protects them from recovery by subtraction.
///
/// If only one cell were hidden, "total minus the others" would reveal it, so
/// the next-smallest visible non-zero cell is hidden too (secondary
/// suppression); if there is none, the total is hidden instead.
pub fn breakdown(counts: &[i64]) -> Breakdown {
    let mut cells: Vec<Option<i64>> = counts.iter().map(|&c| publishable(c)).collect();
    let total_count: i64 = counts.iter().sum();
    let mut total = publishable(total_count);
    let hidden = cells.iter().filter(|c| c.is_none()).count();
    if hidden == 1 && total.is_some() {
        let next_smallest = cells.iter().enumerate().filter_map(|(i, c)| c.filter(|&v| v > 0).map(|v| (v, i))).min();
        match next_smallest {
            Some((_, i)) => cells[i] = None,
            None => total = None,
        }
    }
    Breakdown { cells, total }
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
    fn small_counts_are_hidden_but_zero_and_five_are_not() {
        assert_eq!(publishable(0), Some(0));
        for n in 1..5 {
            assert_eq!(publishable(n), None);
        }
        assert_eq!(publishable(5), Some(5));
    }

    #[test]
    fn a_single_hidden_cell_cannot_be_recovered_from_the_total() {
        let b = breakdown(&[120, 3, 40, 0]);
        assert_eq!(b.cells, vec![Some(120), None, None, Some(0)]);
        assert_eq!(b.total, Some(163));
    }

    #[test]
    fn two_hidden_cells_need_nothing_more() {
        let b = breakdown(&[120, 3, 2, 40]);
        assert_eq!(b.cells, vec![Some(120), None, None, Some(40)]);
        assert_eq!(b.total, Some(165));
    }

    #[test]
    fn total_hidden_when_no_other_cell_can_be() {
        let b = breakdown(&[3, 0, 7]);
        // 7 is the only visible non-zero cell, so it is hidden too.
        assert_eq!(b.cells, vec![None, Some(0), None]);
        let lonely = breakdown(&[4, 0, 0]);
        assert_eq!(lonely.cells, vec![None, Some(0), Some(0)]);
        assert_eq!(lonely.total, None);
    }

    #[test]
    fn nothing_hidden_when_all_cells_are_large() {
        let b = breakdown(&[10, 20, 5]);
        assert_eq!(b.cells, vec![Some(10), Some(20), Some(5)]);
        assert_eq!(b.total, Some(35));
    }

    #[test]
    fn pupils_are_withheld() {
        assert_eq!(PublicName::for_member("Sam", true).shown(), None);
        assert_eq!(PublicName::for_member("Ana Ruiz", false).shown(), Some("Ana Ruiz"));
    }
}
