//! Co-delivery rosters (issue 17, seed 003): people's strengths recorded by
//! themselves, privately and only if they choose; roles that say what they
//! ask and what the person gets back; shifts with places, a named staff
//! supervisor wherever pupils take part, and a safeguarding check for adults
//! working with pupils; hours given, and promises back tracked until kept.
//! Pure: time and the zone are given by the caller.

use crate::{
    FieldError, Invalid,
    text::{self, LONG_TEXT_MAX, NAME_MAX, SUMMARY_MAX, TITLE_MAX},
    time::{Date, HOUR, Timestamp, WallClock, Zone},
};

string_enum! {
    /// When someone can usually give time.
    pub enum Availability {
        WeekdayMorning = "weekday_morning",
        WeekdayAfternoon = "weekday_afternoon",
        WeekdayEvening = "weekday_evening",
        Weekend = "weekend",
    }
}

string_enum! {
    /// What a person gets back for taking a role (seed 003: reciprocity).
    pub enum GiveBack {
        Training = "training",
        Certificate = "certificate",
        Reference = "reference",
        CreditHours = "credit_hours",
    }
}

string_enum! {
    /// A safeguarding check as staff record it; never shown publicly.
    pub enum CheckStatus {
        Cleared = "cleared",
        Pending = "pending",
        Refused = "refused",
    }
}

pub const TAGS_MAX: usize = 20;
pub const TAG_MAX_CHARS: usize = 40;
/// A promise back not kept this many days after someone first gave their time is a finding.
pub const PROMISE_GRACE_DAYS: i64 = 30;

/// Skills or languages typed as a list (commas or lines); repeats dropped.
pub fn tags(field: &'static str, input: &str) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for raw in input.split([',', '\n', ';']).map(str::trim).filter(|t| !t.is_empty()) {
        let tag = text::line(field, raw, TAG_MAX_CHARS)?;
        if !out.iter().any(|t| text::fold(t) == text::fold(&tag)) {
            out.push(tag);
        }
    }
    if out.len() > TAGS_MAX {
        return Err(FieldError::new(field, "error-too-many-rows").with_arg("max", TAGS_MAX));
    }
    Ok(out)
}

/// What the strengths form sends.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub skills: String,
    pub strengths: String,
    pub languages: String,
    pub availability: Vec<String>,
    /// Whether facilitators may see it when matching people to roles.
    pub shared: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub skills: Vec<String>,
    pub strengths: String,
    pub languages: Vec<String>,
    pub availability: Vec<Availability>,
    pub shared: bool,
}

impl Profile {
    pub fn parse(input: &ProfileInput) -> Result<Profile, Invalid> {
        let mut e = Invalid::default();
        let skills = e.check(tags("skills", &input.skills));
        let strengths =
            e.check(text::optional("strengths", &input.strengths, SUMMARY_MAX)).map(Option::unwrap_or_default);
        let languages = e.check(tags("languages", &input.languages));
        let mut availability = Vec::new();
        for a in &input.availability {
            if let Some(a) = e.check(Availability::parse_field("availability", a))
                && !availability.contains(&a)
            {
                availability.push(a);
            }
        }
        match (skills, strengths, languages) {
            (Some(skills), Some(strengths), Some(languages)) if e.is_empty() => {
                Ok(Profile { skills, strengths, languages, availability, shared: input.shared })
            }
            _ => Err(e),
        }
    }
}

/// What a role form sends.
#[derive(Debug, Clone, Default)]
pub struct RoleInput {
    pub title: String,
    pub description: String,
    pub skills: String,
    pub languages: String,
    pub time_ask: String,
    pub safeguarding: bool,
    pub pupils: bool,
    pub gives_back: Vec<String>,
    pub gives_back_detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleDraft {
    pub title: String,
    pub description: String,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub time_ask: String,
    /// Adults taking it work with pupils: a cleared, unexpired check is needed.
    pub safeguarding: bool,
    /// Pupils may take it, under a named staff supervisor.
    pub pupils: bool,
    pub gives_back: Vec<GiveBack>,
    pub gives_back_detail: String,
}

impl RoleDraft {
    /// Every role says what the person gets back: at least one thing.
    pub fn parse(input: &RoleInput) -> Result<RoleDraft, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", &input.title, TITLE_MAX));
        let description = e.check(text::line("description", &input.description, LONG_TEXT_MAX));
        let skills = e.check(tags("skills", &input.skills));
        let languages = e.check(tags("languages", &input.languages));
        let time_ask = e.check(text::line("time_ask", &input.time_ask, SUMMARY_MAX));
        let mut gives_back = Vec::new();
        for g in &input.gives_back {
            if let Some(g) = e.check(GiveBack::parse_field("gives_back", g))
                && !gives_back.contains(&g)
            {
                gives_back.push(g);
            }
        }
        if gives_back.is_empty() && e.field("gives_back").is_none() {
            e.0.push(FieldError::new("gives_back", "error-role-gives-back"));
        }
        let detail = e
            .check(text::optional("gives_back_detail", &input.gives_back_detail, SUMMARY_MAX))
            .map(Option::unwrap_or_default);
        match (title, description, skills, languages, time_ask, detail) {
            (Some(title), Some(description), Some(skills), Some(languages), Some(time_ask), Some(detail))
                if e.is_empty() =>
            {
                Ok(RoleDraft {
                    title,
                    description,
                    skills,
                    languages,
                    time_ask,
                    safeguarding: input.safeguarding,
                    pupils: input.pupils,
                    gives_back,
                    gives_back_detail: detail,
                })
            }
            _ => Err(e),
        }
    }
}

/// A shift as typed; the supervisor is checked by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShiftDraft {
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub capacity: i64,
    pub location: String,
}

impl ShiftDraft {
    pub fn parse(starts: &str, ends: &str, capacity: &str, location: &str, zone: &Zone) -> Result<ShiftDraft, Invalid> {
        let mut e = Invalid::default();
        let s = e.check(zone.parse_local("starts_at", starts));
        let end = e.check(zone.parse_local("ends_at", ends));
        let capacity = e.check(text::integer_in("capacity", capacity, 1..=500));
        let location = e.check(text::line("location", location, NAME_MAX * 2));
        if let (Some(s), Some(end)) = (s, end)
            && (end <= s || end.secs_since(s) > 12 * HOUR)
        {
            e.0.push(FieldError::new("ends_at", "error-shift-length"));
        }
        match (s, end, capacity, location) {
            (Some(starts_at), Some(ends_at), Some(capacity), Some(location)) if e.is_empty() => {
                Ok(ShiftDraft { starts_at, ends_at, capacity, location })
            }
            _ => Err(e),
        }
    }
}

/// When in the week a shift falls, to match against availability.
pub fn slot_of(clock: &WallClock) -> Availability {
    use time::Weekday::{Saturday, Sunday};
    match (clock.date.weekday(), clock.hour) {
        (Saturday | Sunday, _) => Availability::Weekend,
        (_, h) if h < 12 => Availability::WeekdayMorning,
        (_, h) if h < 17 => Availability::WeekdayAfternoon,
        _ => Availability::WeekdayEvening,
    }
}

/// Why someone fits a shift: the skills and languages they share with the
/// role, and whether they are usually free then.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Match {
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub available: bool,
    pub score: i64,
}

/// How well a shared profile fits a role's shift: two points per skill and
/// per language in common, one for being usually free then. None when
/// nothing fits.
pub fn match_profile(p: &Profile, skills: &[String], languages: &[String], slot: Availability) -> Option<Match> {
    let common = |mine: &[String], asked: &[String]| -> Vec<String> {
        mine.iter().filter(|m| asked.iter().any(|a| text::fold(a) == text::fold(m))).cloned().collect()
    };
    let m = Match {
        skills: common(&p.skills, skills),
        languages: common(&p.languages, languages),
        available: p.availability.contains(&slot),
        score: 0,
    };
    let score = 2 * (m.skills.len() + m.languages.len()) as i64 + i64::from(m.available);
    (p.shared && score > 0).then_some(Match { score, ..m })
}

/// Whether a check clears someone for a shift on `day`.
pub fn cleared(status: Option<CheckStatus>, expires_on: Option<Date>, day: Date) -> bool {
    status == Some(CheckStatus::Cleared) && expires_on.is_none_or(|e| e >= day)
}

/// Hours given as typed ("1.5", "2"): a quarter of an hour to twelve hours, in minutes.
pub fn parse_hours(field: &'static str, input: &str) -> Result<i64, FieldError> {
    let bad = || FieldError::new(field, "error-hours-invalid");
    let hours: f64 = input.trim().replace(',', ".").parse().map_err(|_| bad())?;
    if !hours.is_finite() || !(0.25..=12.0).contains(&hours) {
        return Err(bad());
    }
    Ok((hours * 60.0).round() as i64)
}

/// Whether a promise made on `promised` and not kept is overdue on `today`.
pub fn promise_overdue(promised: Date, delivered: bool, today: Date) -> bool {
    !delivered && (today - promised).whole_days() > PROMISE_GRACE_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strengths_are_tags_and_chosen_times() {
        let p = Profile::parse(&ProfileInput {
            skills: "Reading aloud, storytelling\nreading ALOUD".into(),
            languages: "Spanish; Arabic".into(),
            availability: vec!["weekend".into(), "weekend".into()],
            ..ProfileInput::default()
        })
        .unwrap();
        assert_eq!(p.skills, vec!["Reading aloud", "storytelling"]);
        assert_eq!(p.availability, vec![Availability::Weekend]);
        assert!(!p.shared, "private unless chosen");
        assert!(
            Profile::parse(&ProfileInput { availability: vec!["never".into()], ..ProfileInput::default() }).is_err()
        );
    }

    #[test]
    fn a_role_says_what_it_gives_back() {
        let input = RoleInput {
            title: "Reading buddy".into(),
            description: "Reads with a Year 3 pupil".into(),
            time_ask: "An hour a week".into(),
            ..RoleInput::default()
        };
        assert_eq!(RoleDraft::parse(&input).unwrap_err().0[0].message, "error-role-gives-back");
        let ok = RoleDraft::parse(&RoleInput { gives_back: vec!["training".into(), "certificate".into()], ..input })
            .unwrap();
        assert_eq!(ok.gives_back, vec![GiveBack::Training, GiveBack::Certificate]);
    }

    #[test]
    fn matching_counts_what_is_shared_and_only_for_shared_profiles() {
        let p = Profile {
            skills: vec!["Reading aloud".into()],
            languages: vec!["spanish".into()],
            availability: vec![Availability::WeekdayAfternoon],
            shared: true,
            ..Profile::default()
        };
        let m =
            match_profile(&p, &["reading aloud".into()], &["Spanish".into()], Availability::WeekdayAfternoon).unwrap();
        assert_eq!(m.score, 5);
        assert!(match_profile(&p, &[], &[], Availability::Weekend).is_none());
        assert!(
            match_profile(&Profile { shared: false, ..p }, &["reading aloud".into()], &[], Availability::Weekend)
                .is_none()
        );
    }

    #[test]
    fn checks_hours_and_slots() {
        let day = crate::time::parse_date("d", "2026-12-01").unwrap();
        assert!(cleared(Some(CheckStatus::Cleared), Some(day), day));
        assert!(!cleared(Some(CheckStatus::Cleared), Some(day.previous_day().unwrap()), day));
        assert!(!cleared(Some(CheckStatus::Pending), None, day));
        assert!(!cleared(None, None, day));
        assert_eq!(parse_hours("h", "1,5").unwrap(), 90);
        assert!(parse_hours("h", "0").is_err() && parse_hours("h", "NaN").is_err());
        let tuesday = WallClock { date: day, hour: 15, minute: 0, abbreviation: String::new() };
        assert_eq!(slot_of(&tuesday), Availability::WeekdayAfternoon);
        assert!(promise_overdue(day, false, day.checked_add(time::Duration::days(31)).unwrap()));
        assert!(!promise_overdue(day, true, day.checked_add(time::Duration::days(90)).unwrap()));
    }
}
