//! Co-responsibility actions (issue 17): an action of an initiative owned
//! together by people of at least two constituencies (the rule is the
//! initiative's), with a due date and a definition of done as a checklist.
//! Progress is the checklist's, never typed; an action past its date is
//! overdue until done. Pure: today is given by the caller.

use crate::{
    FieldError, Invalid,
    text::{self, LONG_TEXT_MAX, SUMMARY_MAX, TITLE_MAX},
    time::{Date, parse_optional_date},
};

string_enum! {
    pub enum ActionStatus {
        Open = "open",
        Done = "done",
        Dropped = "dropped",
    }
}

string_enum! {
    /// Where an action comes from, linked back to it.
    pub enum SourceKind {
        Minutes = "minutes",
        Idea = "idea",
        Session = "session",
        Commitment = "commitment",
    }
}

/// Co-owners come from at least this many constituencies unless the initiative says otherwise.
pub const DEFAULT_MIN_GROUPS: i64 = 2;
pub const MIN_GROUPS_MAX: i64 = 4;
pub const OWNERS_MAX: usize = 6;
pub const ITEMS_MAX: usize = 20;

/// What an action form sends.
#[derive(Debug, Clone, Default)]
pub struct ActionInput {
    pub title: String,
    pub description: String,
    pub due_on: String,
    /// The definition of done, one item per line.
    pub checklist: String,
    /// Where it comes from: `kind:id` (`minutes:12`), or empty.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionDraft {
    pub title: String,
    pub description: String,
    pub due_on: Date,
    pub items: Vec<String>,
    pub source: Option<(SourceKind, i64)>,
}

impl ActionDraft {
    /// A new action is due today or later and has at least one item to tick.
    pub fn parse(input: &ActionInput, today: Date) -> Result<ActionDraft, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", &input.title, TITLE_MAX));
        let description =
            e.check(text::optional("description", &input.description, LONG_TEXT_MAX)).map(Option::unwrap_or_default);
        let due = match e.check(parse_optional_date("due_on", &input.due_on)) {
            Some(None) => e.check(Err(FieldError::new("due_on", "error-required"))),
            Some(Some(d)) if d < today => e.check(Err(FieldError::new("due_on", "error-due-in-past"))),
            Some(Some(d)) => Some(d),
            None => None,
        };
        let items = e.check(parse_checklist(&input.checklist));
        let source = e.check(parse_source(&input.source));
        match (title, description, due, items, source) {
            (Some(title), Some(description), Some(due_on), Some(items), Some(source)) if e.is_empty() => {
                Ok(ActionDraft { title, description, due_on, items, source })
            }
            _ => Err(e),
        }
    }
}

/// The checklist: one item per line, blank lines skipped, at least one.
pub fn parse_checklist(input: &str) -> Result<Vec<String>, FieldError> {
    let lines: Vec<&str> = input.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() {
        return Err(FieldError::new("checklist", "error-checklist-empty"));
    }
    if lines.len() > ITEMS_MAX {
        return Err(FieldError::new("checklist", "error-too-many-rows").with_arg("max", ITEMS_MAX));
    }
    lines.into_iter().map(|l| text::line("checklist", l, SUMMARY_MAX)).collect()
}

/// `kind:id`, or empty for none.
pub fn parse_source(input: &str) -> Result<Option<(SourceKind, i64)>, FieldError> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    let bad = || FieldError::new("source", "error-choice-invalid");
    let (kind, id) = input.split_once(':').ok_or_else(bad)?;
    let kind = SourceKind::parse(kind).ok_or_else(bad)?;
    let id: i64 = id.parse().map_err(|_| bad())?;
    Ok(Some((kind, id)))
}

/// Co-owners' constituencies (their stakeholder groups; none counts for
/// nothing) must number at least `min_groups`.
pub fn check_owners(groups: &[Option<i64>], min_groups: i64) -> Result<(), FieldError> {
    if groups.is_empty() {
        return Err(FieldError::new("owners", "error-owners-needed"));
    }
    if groups.len() > OWNERS_MAX {
        return Err(FieldError::new("owners", "error-too-many-rows").with_arg("max", OWNERS_MAX));
    }
    let mut distinct: Vec<i64> = groups.iter().flatten().copied().collect();
    distinct.sort_unstable();
    distinct.dedup();
    if (distinct.len() as i64) < min_groups {
        return Err(FieldError::new("owners", "error-owners-constituencies").with_arg("count", min_groups));
    }
    Ok(())
}

/// The share of the checklist ticked, as a whole percentage.
pub fn progress(done: usize, total: usize) -> i64 {
    (done * 100).checked_div(total).map_or(0, |p| p as i64)
}

/// Open past its date.
pub fn is_overdue(status: ActionStatus, due_on: Date, today: Date) -> bool {
    status == ActionStatus::Open && due_on < today
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::parse_optional_date;

    fn day(s: &str) -> Date {
        parse_optional_date("d", s).unwrap().unwrap()
    }

    #[test]
    fn an_action_has_a_date_ahead_and_a_checklist() {
        let input = ActionInput {
            title: "Evening rota".into(),
            due_on: "2026-12-10".into(),
            checklist: "Ask volunteers\n\n  Draft the rota \nShare it".into(),
            source: "minutes:4".into(),
            ..ActionInput::default()
        };
        let d = ActionDraft::parse(&input, day("2026-11-29")).unwrap();
        assert_eq!(d.items, vec!["Ask volunteers", "Draft the rota", "Share it"]);
        assert_eq!(d.source, Some((SourceKind::Minutes, 4)));
        let past = ActionInput { due_on: "2026-11-01".into(), checklist: " ".into(), source: "vote:1".into(), ..input };
        let e = ActionDraft::parse(&past, day("2026-11-29")).unwrap_err();
        let fields: Vec<&str> = e.0.iter().map(|f| f.field).collect();
        assert_eq!(fields, vec!["due_on", "checklist", "source"]);
    }

    #[test]
    fn co_owners_come_from_enough_constituencies() {
        assert!(check_owners(&[Some(1), Some(2)], 2).is_ok());
        assert_eq!(check_owners(&[Some(1), Some(1), None], 2).unwrap_err().message, "error-owners-constituencies");
        assert!(check_owners(&[Some(1)], 1).is_ok());
        assert_eq!(check_owners(&[], 1).unwrap_err().message, "error-owners-needed");
    }

    #[test]
    fn progress_is_the_checklist_and_overdue_is_open_past_its_date() {
        assert_eq!(progress(2, 3), 66);
        assert_eq!(progress(0, 0), 0);
        assert!(is_overdue(ActionStatus::Open, day("2026-11-28"), day("2026-11-29")));
        assert!(!is_overdue(ActionStatus::Done, day("2026-11-28"), day("2026-11-29")));
        assert!(!is_overdue(ActionStatus::Open, day("2026-11-29"), day("2026-11-29")));
    }
}
