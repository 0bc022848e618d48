//! Co-production bodies (issue 16): councils and steering groups with seats
//! that belong to a constituency, terms with limits, and composition rules
//! checked with an explanation. Pure: the caller says what today is.

use crate::{FieldError, time::Date};

string_enum! {
    /// What kind of body it is.
    pub enum BodyKind {
        SchoolSiteCouncil = "school_site_council",
        ParentCouncil = "parent_council",
        PupilCouncil = "pupil_council",
        SteeringGroup = "steering_group",
        OversightCouncil = "oversight_council",
        DesignTeam = "design_team",
    }
}

string_enum! {
    /// How a seat's holder is chosen.
    pub enum SeatMethod {
        Election = "election",
        Lot = "lot",
        Appointment = "appointment",
        ExOfficio = "ex_officio",
    }
}

/// A vacancy older than this is a health finding.
pub const VACANCY_FINDING_DAYS: i64 = 60;

/// One term of one holder in a seat: from `start` up to and including `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub holder: i64,
    pub start: Date,
    pub end: Date,
}

impl Term {
    /// A term as typed: it must end after it starts.
    pub fn new(holder: i64, start: Date, end: Date) -> Result<Term, FieldError> {
        if end <= start {
            return Err(FieldError::new("end", "error-term-ends-before-start"));
        }
        Ok(Term { holder, start, end })
    }

    pub fn overlaps(&self, other: &Term) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    pub fn covers(&self, day: Date) -> bool {
        self.start <= day && day <= self.end
    }
}

/// Checks a new term against a seat's history: no overlap with another term
/// (one holder at a time), and no more consecutive terms for one holder than
/// the seat allows (`limit`, `None` for no limit). Consecutive: each term
/// starts within a day of the previous one's end.
pub fn check_term(history: &[Term], new: &Term, limit: Option<u32>) -> Result<(), FieldError> {
    if history.iter().any(|t| t.overlaps(new)) {
        return Err(FieldError::new("start", "error-term-overlaps"));
    }
    let Some(limit) = limit else { return Ok(()) };
    let mut before: Vec<&Term> = history.iter().filter(|t| t.end < new.start).collect();
    before.sort_by_key(|t| std::cmp::Reverse(t.end));
    let mut run = 1u32;
    let mut next_start = new.start;
    for t in before {
        let adjacent = t.holder == new.holder && (next_start - t.end).whole_days() <= 1;
        if !adjacent {
            break;
        }
        run += 1;
        next_start = t.start;
    }
    if run > limit {
        return Err(FieldError::new("holder", "error-term-limit").with_arg("limit", limit));
    }
    Ok(())
}

/// How long a seat has been vacant on `today` (days since its last term
/// ended, or since `opened` when it never had one); `None` when it is held.
pub fn vacant_days(history: &[Term], opened: Date, today: Date) -> Option<i64> {
    if history.iter().any(|t| t.covers(today)) {
        return None;
    }
    let since = history.iter().filter(|t| t.end < today).map(|t| t.end).max().unwrap_or(opened);
    Some((today - since).whole_days().max(0))
}

/// A rule on who holds the seats, declared per body.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum CompositionRule {
    /// The seats held by these constituencies are more than half of the seats held.
    Majority { groups: Vec<String> },
    /// As many seats held by the first constituencies as by the second.
    Parity { first: Vec<String>, second: Vec<String> },
    /// At least `count` seats held by these constituencies.
    AtLeast { groups: Vec<String>, count: u32 },
}

/// Why a body breaks a rule, with the counts that show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    pub rule: CompositionRule,
    /// Seats held by the rule's (first) constituencies.
    pub have: u32,
    /// What the rule asks of them: the other side's count, the half, or the minimum.
    pub need: u32,
}

/// Checks the rules against the constituency of each seat that is held.
pub fn check_composition(rules: &[CompositionRule], held: &[&str]) -> Vec<Breach> {
    let count = |groups: &[String]| held.iter().filter(|c| groups.iter().any(|g| g == *c)).count() as u32;
    let total = held.len() as u32;
    rules
        .iter()
        .filter_map(|rule| {
            let (have, need, ok) = match rule {
                CompositionRule::Majority { groups } => {
                    let have = count(groups);
                    (have, total / 2 + 1, 2 * have > total)
                }
                CompositionRule::Parity { first, second } => {
                    let (a, b) = (count(first), count(second));
                    (a, b, a == b)
                }
                CompositionRule::AtLeast { groups, count: n } => {
                    let have = count(groups);
                    (have, *n, have >= *n)
                }
            };
            (!ok).then(|| Breach { rule: rule.clone(), have, need })
        })
        .collect()
}

/// Quorum: more than half of the body's seats present (held or not: an
/// empty seat does not lower the bar).
pub fn quorate(seats: u32, present: u32) -> bool {
    seats > 0 && 2 * present > seats
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn terms_end_after_they_start_and_never_overlap() {
        assert!(Term::new(1, date!(2026 - 09 - 01), date!(2026 - 09 - 01)).is_err());
        let first = Term::new(1, date!(2024 - 09 - 01), date!(2025 - 08 - 31)).unwrap();
        let clash = Term::new(2, date!(2025 - 08 - 01), date!(2026 - 07 - 31)).unwrap();
        assert_eq!(check_term(&[first], &clash, None).unwrap_err().message, "error-term-overlaps");
        let next = Term::new(2, date!(2025 - 09 - 01), date!(2026 - 08 - 31)).unwrap();
        assert!(check_term(&[first], &next, None).is_ok());
    }

    #[test]
    fn consecutive_terms_are_limited_per_holder() {
        let t = |holder, y: i32| {
            let start = Date::from_calendar_date(y, time::Month::September, 1).unwrap();
            let end = Date::from_calendar_date(y + 1, time::Month::August, 31).unwrap();
            Term::new(holder, start, end).unwrap()
        };
        let history = [t(7, 2023), t(7, 2024)];
        assert_eq!(check_term(&history, &t(7, 2025), Some(2)).unwrap_err().message, "error-term-limit");
        assert!(check_term(&history, &t(7, 2025), Some(3)).is_ok());
        assert!(check_term(&history, &t(8, 2025), Some(2)).is_ok(), "another holder starts a new run");
        // A year off breaks the run.
        assert!(check_term(&[t(7, 2022), t(7, 2023)], &t(7, 2025), Some(2)).is_ok());
    }

    #[test]
    fn vacancies_are_counted_from_the_last_term() {
        let held = [Term::new(1, date!(2025 - 09 - 01), date!(2026 - 08 - 31)).unwrap()];
        assert_eq!(vacant_days(&held, date!(2025 - 09 - 01), date!(2026 - 01 - 10)), None);
        assert_eq!(vacant_days(&held, date!(2025 - 09 - 01), date!(2026 - 10 - 30)), Some(60));
        assert_eq!(vacant_days(&[], date!(2026 - 10 - 01), date!(2026 - 10 - 31)), Some(30));
    }

    #[test]
    fn composition_rules_say_what_is_missing() {
        let parity = CompositionRule::Parity {
            first: vec!["teaching_staff".into(), "school_leaders".into()],
            second: vec!["families".into(), "community_orgs".into()],
        };
        let majority = CompositionRule::Majority { groups: vec!["families".into(), "community_orgs".into()] };
        let pupils = CompositionRule::AtLeast { groups: vec!["pupils".into()], count: 2 };
        let rules = [parity.clone(), majority.clone(), pupils.clone()];
        let council = ["teaching_staff", "school_leaders", "families", "families", "pupils", "pupils"];
        let breaches = check_composition(&rules, &council);
        assert_eq!(breaches, vec![Breach { rule: majority, have: 2, need: 4 }]);
        let short = ["teaching_staff", "families", "families", "pupils"];
        let breaches = check_composition(&rules, &short);
        assert_eq!(breaches[0], Breach { rule: parity, have: 1, need: 2 });
        assert_eq!(breaches.last(), Some(&Breach { rule: pupils, have: 1, need: 2 }));
    }

    #[test]
    fn quorum_is_more_than_half_of_the_seats() {
        assert!(!quorate(12, 6));
        assert!(quorate(12, 7));
        assert!(quorate(5, 3));
        assert!(!quorate(0, 0));
    }
}
