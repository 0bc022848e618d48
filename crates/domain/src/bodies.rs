//! Co-production bodies (issue 16): councils and steering groups with seats
//! that belong to a constituency, terms with limits, and composition rules
//! checked with an explanation. Pure: the caller says what today is.

use crate::{
    FieldError, Invalid,
    text::{self, LONG_TEXT_MAX, SUMMARY_MAX, TITLE_MAX},
    time::{Date, parse_date, parse_optional_date},
};

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

/// The longest term a seat may have, in months.
pub const TERM_MONTHS_MAX: i64 = 60;
/// The most consecutive terms a limit may allow.
pub const TERM_LIMIT_MAX: i64 = 10;
/// The longest notice a body may ask, in hours (four weeks).
pub const NOTICE_HOURS_MAX: i64 = 672;

/// A body as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyDraft {
    pub name: String,
    pub kind: BodyKind,
    pub purpose: String,
    pub notice_hours: i64,
}

impl BodyDraft {
    pub fn parse(name: &str, kind: &str, purpose: &str, notice_hours: &str) -> Result<BodyDraft, Invalid> {
        let mut e = Invalid::default();
        let name = e.check(text::line("name", name, TITLE_MAX));
        let kind = e.check(BodyKind::parse_field("kind", kind));
        let purpose = e.check(text::required("purpose", purpose, LONG_TEXT_MAX));
        let notice = if notice_hours.trim().is_empty() {
            Some(crate::meetings::DEFAULT_NOTICE_HOURS)
        } else {
            e.check(text::integer_in("notice_hours", notice_hours, 0..=NOTICE_HOURS_MAX))
        };
        match (name, kind, purpose, notice) {
            (Some(name), Some(kind), Some(purpose), Some(notice_hours)) if e.is_empty() => {
                Ok(BodyDraft { name, kind, purpose, notice_hours })
            }
            _ => Err(e),
        }
    }
}

/// A seat as typed; the constituency is checked against the community's groups by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatDraft {
    pub label: String,
    pub method: SeatMethod,
    pub term_months: i64,
    pub term_limit: Option<i64>,
}

impl SeatDraft {
    pub fn parse(label: &str, method: &str, term_months: &str, term_limit: &str) -> Result<SeatDraft, Invalid> {
        let mut e = Invalid::default();
        let label = e.check(text::line("label", label, TITLE_MAX));
        let method = e.check(SeatMethod::parse_field("method", method));
        let months = e.check(text::integer_in("term_months", term_months, 1..=TERM_MONTHS_MAX));
        let limit = if term_limit.trim().is_empty() {
            Some(None)
        } else {
            e.check(text::integer_in("term_limit", term_limit, 1..=TERM_LIMIT_MAX)).map(Some)
        };
        match (label, method, months, limit) {
            (Some(label), Some(method), Some(term_months), Some(term_limit)) if e.is_empty() => {
                Ok(SeatDraft { label, method, term_months, term_limit })
            }
            _ => Err(e),
        }
    }
}

/// A term as typed: the end defaults to the seat's term length after the start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermDraft {
    pub start: Date,
    pub end: Date,
    /// Declared conflicts of interest, shown on the public composition page.
    pub interests: String,
}

impl TermDraft {
    pub fn parse(starts_on: &str, ends_on: &str, interests: &str, term_months: i64) -> Result<TermDraft, Invalid> {
        let mut e = Invalid::default();
        let start = e.check(parse_date("starts_on", starts_on));
        let end = e.check(parse_optional_date("ends_on", ends_on));
        let interests = e.check(text::optional("interests", interests, SUMMARY_MAX));
        let (Some(start), Some(end), Some(interests)) = (start, end, interests) else { return Err(e) };
        let end = match end {
            Some(end) => end,
            None => add_months(start, term_months).previous_day().unwrap_or(start),
        };
        if end <= start {
            e.0.push(FieldError::new("ends_on", "error-term-ends-before-start"));
            return Err(e);
        }
        Ok(TermDraft { start, end, interests: interests.unwrap_or_default() })
    }
}

/// `date` moved `months` later, on the same day of the month or the month's last day.
pub fn add_months(date: Date, months: i64) -> Date {
    let index = i64::from(date.year()) * 12 + i64::from(u8::from(date.month())) - 1 + months;
    let year = i32::try_from(index.div_euclid(12)).unwrap_or(date.year());
    let month =
        time::Month::try_from(u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1)).unwrap_or(time::Month::January);
    let last = month.length(year);
    Date::from_calendar_date(year, month, date.day().min(last)).unwrap_or(date)
}

impl CompositionRule {
    /// A rule as typed: its kind, the constituencies (and for parity the
    /// second side), and for "at least" the count. `known` says whether a
    /// constituency key exists in the community.
    pub fn parse(
        rule: &str,
        groups: &[String],
        second: &[String],
        count: &str,
        known: impl Fn(&str) -> bool,
    ) -> Result<CompositionRule, Invalid> {
        let mut e = Invalid::default();
        let clean = |field: &'static str, list: &[String], e: &mut Invalid| -> Vec<String> {
            let mut out: Vec<String> = Vec::new();
            for g in list.iter().map(|g| g.trim()).filter(|g| !g.is_empty()) {
                if !known(g) {
                    e.0.push(FieldError::new(field, "error-choice-invalid"));
                } else if !out.iter().any(|o| o == g) {
                    out.push(g.to_owned());
                }
            }
            if out.is_empty() && e.field(field).is_none() {
                e.0.push(FieldError::new(field, "error-required"));
            }
            out
        };
        let groups = clean("groups", groups, &mut e);
        let parsed = match rule.trim() {
            "majority" => Some(CompositionRule::Majority { groups }),
            "parity" => {
                let second = clean("second", second, &mut e);
                if groups.iter().any(|g| second.contains(g)) {
                    e.0.push(FieldError::new("second", "error-rule-sides-overlap"));
                }
                Some(CompositionRule::Parity { first: groups, second })
            }
            "at_least" => e
                .check(text::integer_in("count", count, 1..=100))
                .map(|n| CompositionRule::AtLeast { groups, count: u32::try_from(n).unwrap_or(1) }),
            _ => {
                e.0.push(FieldError::new("rule", "error-choice-invalid"));
                None
            }
        };
        match parsed {
            Some(rule) if e.is_empty() => Ok(rule),
            _ => Err(e),
        }
    }

    /// The rule's kind, as a key for messages.
    pub fn key(&self) -> &'static str {
        match self {
            CompositionRule::Majority { .. } => "majority",
            CompositionRule::Parity { .. } => "parity",
            CompositionRule::AtLeast { .. } => "at_least",
        }
    }
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
    fn drafts_refuse_what_cannot_be() {
        let e = SeatDraft::parse("Parent seat", "lot", "-3", "0").unwrap_err();
        assert_eq!(e.0.iter().map(|f| f.field).collect::<Vec<_>>(), ["term_months", "term_limit"]);
        let seat = SeatDraft::parse(" Parent seat ", "election", "24", "").unwrap();
        assert_eq!((seat.term_months, seat.term_limit), (24, None));
        let term = TermDraft::parse("2025-09-01", "", "", 24).unwrap();
        assert_eq!(crate::time::iso_date(term.end), "2027-08-31");
        let e = TermDraft::parse("2026-09-01", "2026-08-31", "", 12).unwrap_err();
        assert_eq!(e.0[0].message, "error-term-ends-before-start");
        assert_eq!(crate::time::iso_date(add_months(date!(2026 - 01 - 31), 1)), "2026-02-28");
        assert!(BodyDraft::parse("Council", "cabal", "", "-1").unwrap_err().0.len() == 3);
        assert_eq!(BodyDraft::parse("Council", "parent_council", "Steer", "").unwrap().notice_hours, 72);
    }

    #[test]
    fn rules_are_typed_from_known_constituencies() {
        let known = |g: &str| ["families", "pupils", "teaching_staff"].contains(&g);
        let groups = vec!["families".to_owned()];
        let r = CompositionRule::parse("parity", &groups, &["teaching_staff".into()], "", known).unwrap();
        assert_eq!(r.key(), "parity");
        let e = CompositionRule::parse("parity", &groups, &groups, "", known).unwrap_err();
        assert_eq!(e.0[0].message, "error-rule-sides-overlap");
        let e = CompositionRule::parse("at_least", &["wizards".into()], &[], "-2", known).unwrap_err();
        assert_eq!(e.0.iter().map(|f| f.field).collect::<Vec<_>>(), ["groups", "count"]);
        assert!(CompositionRule::parse("veto", &groups, &[], "", known).is_err());
    }

    #[test]
    fn quorum_is_more_than_half_of_the_seats() {
        assert!(!quorate(12, 6));
        assert!(quorate(12, 7));
        assert!(quorate(5, 3));
        assert!(!quorate(0, 0));
    }
}
