//! Events (issue 17): a conference, workshop day or open evening with a call
//! for sessions, review by a mixed panel, a programme of rooms and times
//! without clashes, the share of sessions led by families and pupils against
//! the event's goal, and feedback from the people who attended. Pure: time
//! is given by the caller.

use crate::{
    FieldError, Invalid,
    meetings::{MeetingDraft, MeetingMode, parse_link},
    text::{self, LONG_TEXT_MAX, NAME_MAX, SUMMARY_MAX, TITLE_MAX},
    time::{DAY, MINUTE, Timestamp, Zone},
};

string_enum! {
    pub enum EventKind {
        Conference = "conference",
        WorkshopDay = "workshop_day",
        OpenEvening = "open_evening",
    }
}

string_enum! {
    pub enum SessionFormat {
        Talk = "talk",
        Workshop = "workshop",
        Panel = "panel",
        Discussion = "discussion",
        Activity = "activity",
    }
}

string_enum! {
    /// The part someone plays in leading a session.
    pub enum LeadRole {
        ParentCarer = "parent_carer",
        Pupil = "pupil",
        Staff = "staff",
        Partner = "partner",
    }
}

impl LeadRole {
    /// Families and pupils: the sessions they lead count towards the goal.
    pub fn is_family(self) -> bool {
        matches!(self, LeadRole::ParentCarer | LeadRole::Pupil)
    }
}

string_enum! {
    /// Where a proposed session stands.
    pub enum ProposalStatus {
        Proposed = "proposed",
        Accepted = "accepted",
        Declined = "declined",
        Withdrawn = "withdrawn",
    }
}

/// Seed 004: over half of the sessions led or co-led by parents and carers.
pub const DEFAULT_GOAL_PERCENT: i64 = 50;
/// The longest event, in days.
pub const EVENT_DAYS_MAX: i64 = 7;
/// Review criteria: at most this many, each scored 1 to `SCORE_MAX`.
pub const CRITERIA_MAX: usize = 6;
pub const SCORE_MAX: i64 = 5;
/// The most leads one session names.
pub const LEADS_MAX: usize = 8;
/// Session results: scales shown to leads from this many answers (or the
/// community's threshold when higher), open text from `TEXT_MIN`.
pub const SCALE_MIN: i64 = 5;
pub const TEXT_MIN: i64 = 10;

/// The criteria an event starts with when the organisers name none.
pub const DEFAULT_CRITERIA: [&str; 3] =
    ["Useful to families and staff", "Led or shaped by families or pupils", "Practical: people leave able to act"];

/// What an event form sends.
#[derive(Debug, Clone, Default)]
pub struct EventInput {
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub mode: String,
    pub location: String,
    pub link: String,
    pub starts_at: String,
    pub ends_at: String,
    pub capacity: String,
    pub call_closes_at: String,
    pub goal_percent: String,
    /// One criterion per line.
    pub criteria: String,
}

/// An event as typed. Its gathering (registration for the whole event) is a
/// meeting; events may run over several days, meetings not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDraft {
    pub kind: EventKind,
    pub gathering: MeetingDraft,
    pub call_closes_at: Timestamp,
    pub goal_percent: i64,
    pub criteria: Vec<String>,
}

impl EventDraft {
    pub fn parse(input: &EventInput, zone: &Zone) -> Result<EventDraft, Invalid> {
        let mut e = Invalid::default();
        let kind = e.check(EventKind::parse_field("kind", &input.kind));
        let title = e.check(text::line("title", &input.title, TITLE_MAX));
        let summary = e.check(text::optional("summary", &input.summary, LONG_TEXT_MAX)).map(Option::unwrap_or_default);
        let mode = e.check(MeetingMode::parse_field("mode", &input.mode));
        let location = e.check(text::optional("location", &input.location, SUMMARY_MAX)).map(Option::unwrap_or_default);
        let link = e.check(parse_link("link", &input.link));
        let starts = e.check(zone.parse_local("starts_at", &input.starts_at));
        let ends = e.check(zone.parse_local("ends_at", &input.ends_at));
        let capacity = e.check(text::integer_in("capacity", &input.capacity, 1..=crate::meetings::CAPACITY_MAX));
        let closes = e.check(zone.parse_local("call_closes_at", &input.call_closes_at));
        let goal = if input.goal_percent.trim().is_empty() {
            Some(DEFAULT_GOAL_PERCENT)
        } else {
            e.check(text::integer_in("goal_percent", &input.goal_percent, 0..=99))
        };
        let criteria = e.check(parse_criteria(&input.criteria));
        if let (Some(mode), Some(location), Some(link)) = (mode, &location, &link) {
            if mode != MeetingMode::Online && location.is_empty() {
                e.0.push(FieldError::new("location", "error-meeting-needs-location"));
            }
            if mode != MeetingMode::InPerson && link.is_empty() {
                e.0.push(FieldError::new("link", "error-meeting-needs-link"));
            }
        }
        if let (Some(s), Some(end)) = (starts, ends) {
            if end <= s {
                e.0.push(FieldError::new("ends_at", "error-meeting-ends-before-start"));
            } else if end.secs_since(s) > EVENT_DAYS_MAX * DAY {
                e.0.push(FieldError::new("ends_at", "error-event-too-long").with_arg("days", EVENT_DAYS_MAX));
            }
        }
        if let (Some(s), Some(c)) = (starts, closes)
            && c > s
        {
            e.0.push(FieldError::new("call_closes_at", "error-call-after-start"));
        }
        match (kind, title, summary, mode, location, link, starts, ends, capacity, closes, goal, criteria) {
            (
                Some(kind),
                Some(title),
                Some(summary),
                Some(mode),
                Some(location),
                Some(link),
                Some(s),
                Some(end),
                Some(capacity),
                Some(closes),
                Some(goal),
                Some(criteria),
            ) if e.is_empty() => Ok(EventDraft {
                kind,
                gathering: MeetingDraft {
                    title,
                    description: summary,
                    mode,
                    location,
                    link,
                    starts_at: s,
                    ends_at: end,
                    capacity,
                    reminder_hours: 24,
                },
                call_closes_at: closes,
                goal_percent: goal,
                criteria,
            }),
            _ => Err(e),
        }
    }
}

/// Review criteria, one per line; none given means the defaults.
pub fn parse_criteria(input: &str) -> Result<Vec<String>, FieldError> {
    let lines: Vec<&str> = input.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() {
        return Ok(DEFAULT_CRITERIA.iter().map(|c| (*c).to_owned()).collect());
    }
    if lines.len() > CRITERIA_MAX {
        return Err(FieldError::new("criteria", "error-too-many-rows").with_arg("max", CRITERIA_MAX));
    }
    lines.into_iter().map(|l| text::line("criteria", l, TITLE_MAX)).collect()
}

/// A lead as typed: a name and a role; `me` when it is the proposer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadDraft {
    pub name: String,
    pub role: LeadRole,
    pub me: bool,
}

/// Field names of the rows of a form: each row's field is its own, so an
/// error points at it even where several such forms share a page.
const LEAD_NAMES: [&str; LEADS_MAX] = [
    "lead_name_0",
    "lead_name_1",
    "lead_name_2",
    "lead_name_3",
    "lead_name_4",
    "lead_name_5",
    "lead_name_6",
    "lead_name_7",
];
const LEAD_ROLES: [&str; LEADS_MAX] = [
    "lead_role_0",
    "lead_role_1",
    "lead_role_2",
    "lead_role_3",
    "lead_role_4",
    "lead_role_5",
    "lead_role_6",
    "lead_role_7",
];
const SCORES: [&str; CRITERIA_MAX] = ["score_0", "score_1", "score_2", "score_3", "score_4", "score_5"];

/// What a session proposal form sends.
#[derive(Debug, Clone, Default)]
pub struct ProposalInput {
    pub title: String,
    pub summary: String,
    pub format: String,
    pub minutes: String,
    pub audience: String,
    pub track: String,
    /// Whether the proposer leads it, and in which role.
    pub i_lead: bool,
    pub my_role: String,
    /// Other leads: (name, role); empty rows are skipped.
    pub leads: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalDraft {
    pub title: String,
    pub summary: String,
    pub format: SessionFormat,
    pub minutes: i64,
    pub audience: String,
    pub track: String,
    pub leads: Vec<LeadDraft>,
}

impl ProposalDraft {
    /// `me` is the proposer's name and `pupil` whether they are one (a
    /// pupil leads as a pupil, whatever the form says).
    pub fn parse(input: &ProposalInput, me: &str, pupil: bool) -> Result<ProposalDraft, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", &input.title, TITLE_MAX));
        let summary = e.check(text::line("summary", &input.summary, LONG_TEXT_MAX));
        let format = e.check(SessionFormat::parse_field("format", &input.format));
        let minutes = if input.minutes.trim().is_empty() {
            Some(45)
        } else {
            e.check(text::integer_in("minutes", &input.minutes, 10..=480))
        };
        let audience = e.check(text::optional("audience", &input.audience, SUMMARY_MAX)).map(Option::unwrap_or_default);
        let track = e.check(text::optional("track", &input.track, NAME_MAX)).map(Option::unwrap_or_default);
        let mut leads = Vec::new();
        if input.i_lead {
            let role =
                if pupil { Some(LeadRole::Pupil) } else { e.check(LeadRole::parse_field("my_role", &input.my_role)) };
            if let Some(role) = role {
                leads.push(LeadDraft { name: me.to_owned(), role, me: true });
            }
        }
        if input.leads.len() > LEADS_MAX {
            e.0.push(FieldError::new("leads", "error-too-many-rows").with_arg("max", LEADS_MAX));
            return Err(e);
        }
        for (n, (name, role)) in input.leads.iter().enumerate() {
            if name.trim().is_empty() && role.trim().is_empty() {
                continue;
            }
            let name = e.check(text::line(LEAD_NAMES[n], name, NAME_MAX));
            let role = e.check(LeadRole::parse_field(LEAD_ROLES[n], role));
            if let (Some(name), Some(role)) = (name, role) {
                leads.push(LeadDraft { name, role, me: false });
            }
        }
        if leads.is_empty() && e.is_empty() {
            e.0.push(FieldError::new("leads", "error-session-needs-lead"));
        }
        match (title, summary, format, minutes, audience, track) {
            (Some(title), Some(summary), Some(format), Some(minutes), Some(audience), Some(track)) if e.is_empty() => {
                Ok(ProposalDraft { title, summary, format, minutes, audience, track, leads })
            }
            _ => Err(e),
        }
    }
}

/// A review as typed: a score per criterion (1 to 5) and a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewDraft {
    pub scores: Vec<i64>,
    pub comment: String,
}

impl ReviewDraft {
    pub fn parse(criteria: usize, scores: &[String], comment: &str) -> Result<ReviewDraft, Invalid> {
        let mut e = Invalid::default();
        let mut out = Vec::with_capacity(criteria);
        for (n, field) in SCORES.iter().enumerate().take(criteria) {
            let raw = scores.get(n).map_or("", String::as_str);
            if let Some(s) = e.check(text::integer_in(field, raw, 1..=SCORE_MAX)) {
                out.push(s);
            }
        }
        let comment = e.check(text::line("comment", comment, SUMMARY_MAX));
        match comment {
            Some(comment) if e.is_empty() => Ok(ReviewDraft { scores: out, comment }),
            _ => Err(e),
        }
    }
}

/// The panel's decision on a proposal: accepted or declined, always with a
/// reason the proposer and everyone else can read.
pub fn parse_decision(status: &str, reason: &str) -> Result<(ProposalStatus, String), Invalid> {
    let mut e = Invalid::default();
    let status = match ProposalStatus::parse(status.trim()) {
        Some(s @ (ProposalStatus::Accepted | ProposalStatus::Declined)) => Some(s),
        _ => e.check(Err(FieldError::new("decision", "error-choice-invalid"))),
    };
    let reason = e.check(text::line("reason", reason, SUMMARY_MAX));
    match (status, reason) {
        (Some(s), Some(r)) if e.is_empty() => Ok((s, r)),
        _ => Err(e),
    }
}

/// Feedback on a session from someone who attended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackDraft {
    /// How useful it was, 1 (not at all) to 5 (very).
    pub useful: i64,
    /// How much it changed my view, 1 (not at all) to 5 (a great deal).
    pub changed: i64,
    pub worked: String,
    pub better: String,
}

impl FeedbackDraft {
    pub fn parse(useful: &str, changed: &str, worked: &str, better: &str) -> Result<FeedbackDraft, Invalid> {
        let mut e = Invalid::default();
        let useful = e.check(text::integer_in("useful", useful, 1..=SCORE_MAX));
        let changed = e.check(text::integer_in("changed", changed, 1..=SCORE_MAX));
        let worked = e.check(text::optional("worked", worked, SUMMARY_MAX)).map(Option::unwrap_or_default);
        let better = e.check(text::optional("better", better, SUMMARY_MAX)).map(Option::unwrap_or_default);
        match (useful, changed, worked, better) {
            (Some(useful), Some(changed), Some(worked), Some(better)) if e.is_empty() => {
                Ok(FeedbackDraft { useful, changed, worked, better })
            }
            _ => Err(e),
        }
    }
}

/// A delegate's view of the whole event.
pub fn parse_event_feedback(overall: &str, comment: &str) -> Result<(i64, String), Invalid> {
    let mut e = Invalid::default();
    let overall = e.check(text::integer_in("overall", overall, 1..=SCORE_MAX));
    let comment = e.check(text::optional("comment", comment, SUMMARY_MAX)).map(Option::unwrap_or_default);
    match (overall, comment) {
        (Some(o), Some(c)) if e.is_empty() => Ok((o, c)),
        _ => Err(e),
    }
}

/// Who a lead is, for clashes: the member, or the name as folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeadKey {
    Member(i64),
    Name(String),
}

impl LeadKey {
    pub fn of(user_id: Option<i64>, name: &str) -> LeadKey {
        match user_id {
            Some(u) => LeadKey::Member(u),
            None => LeadKey::Name(text::folded_words(name).join(" ")),
        }
    }
}

/// A session where the programme puts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub session: i64,
    pub room: i64,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    /// Each lead with the name shown when they clash.
    pub leads: Vec<(LeadKey, String)>,
}

/// Why two sessions cannot both be where the programme puts them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clash {
    /// The same room at overlapping times.
    Room { other: i64 },
    /// The same lead in two places at once (the name as shown).
    Lead { other: i64, name: String },
}

/// The clashes `slot` would have with the sessions already placed (itself
/// excluded, so a session can be moved).
pub fn clashes(placed: &[Slot], slot: &Slot) -> Vec<Clash> {
    let mut out = Vec::new();
    for p in placed.iter().filter(|p| p.session != slot.session) {
        if p.starts_at >= slot.ends_at || slot.starts_at >= p.ends_at {
            continue;
        }
        if p.room == slot.room {
            out.push(Clash::Room { other: p.session });
        }
        for (key, name) in &slot.leads {
            if p.leads.iter().any(|(k, _)| k == key) {
                out.push(Clash::Lead { other: p.session, name: name.clone() });
            }
        }
    }
    out
}

/// Where a session is placed: inside the event, ending `minutes` after it starts.
pub fn session_slot(
    starts: Timestamp,
    minutes: i64,
    event_starts: Timestamp,
    event_ends: Timestamp,
) -> Result<(Timestamp, Timestamp), FieldError> {
    let ends = starts.plus_secs(minutes * MINUTE);
    if starts < event_starts || ends > event_ends {
        return Err(FieldError::new("starts_at", "error-session-outside-event"));
    }
    Ok((starts, ends))
}

/// How many sessions are led or co-led by families and pupils, of how many,
/// and whether that is more than the goal's share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub family_led: i64,
    pub sessions: i64,
    pub goal_percent: i64,
}

impl Share {
    pub fn of<'a>(sessions: impl IntoIterator<Item = &'a [LeadRole]>, goal_percent: i64) -> Share {
        let mut s = Share { family_led: 0, sessions: 0, goal_percent };
        for roles in sessions {
            s.sessions += 1;
            if roles.iter().any(|r| r.is_family()) {
                s.family_led += 1;
            }
        }
        s
    }

    /// The share as a whole percentage, rounded down.
    pub fn percent(self) -> i64 {
        if self.sessions == 0 { 0 } else { self.family_led * 100 / self.sessions }
    }

    /// More than the goal's share (seed 004's "over half" is a goal of 50).
    pub fn met(self) -> bool {
        self.sessions > 0 && self.family_led * 100 > self.goal_percent * self.sessions
    }
}

/// The panel is mixed when it has a family member and a member of staff.
pub fn panel_mixed(group_keys: &[Option<&str>]) -> bool {
    let families = group_keys.contains(&Some("families"));
    let staff = group_keys.iter().any(|k| k.is_some_and(is_staff_group));
    families && staff
}

/// The built-in groups that count as staff on a review panel.
pub fn is_staff_group(key: &str) -> bool {
    matches!(key, "teaching_staff" | "support_staff" | "school_leaders")
}

/// The mean of whole scores in tenths (4.25 → 43), none without scores.
pub fn mean_tenths(scores: &[i64]) -> Option<i64> {
    if scores.is_empty() {
        return None;
    }
    let sum: i64 = scores.iter().sum();
    let n = scores.len() as i64;
    Some((sum * 20 + n) / (2 * n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone() -> Zone {
        Zone::parse("z", "America/Chicago").unwrap()
    }

    fn input() -> EventInput {
        EventInput {
            kind: "conference".into(),
            title: "Working Together".into(),
            mode: "in_person".into(),
            location: "Riverbend High".into(),
            starts_at: "2027-03-06T09:00".into(),
            ends_at: "2027-03-06T16:00".into(),
            capacity: "200".into(),
            call_closes_at: "2027-02-01T23:59".into(),
            ..EventInput::default()
        }
    }

    #[test]
    fn an_event_has_defaults_and_its_call_closes_before_it_starts() {
        let d = EventDraft::parse(&input(), &zone()).unwrap();
        assert_eq!(d.goal_percent, 50);
        assert_eq!(d.criteria.len(), 3);
        assert_eq!(d.gathering.capacity, 200);
        let late = EventInput { call_closes_at: "2027-03-07T09:00".into(), ..input() };
        let e = EventDraft::parse(&late, &zone()).unwrap_err();
        assert_eq!(e.field("call_closes_at").unwrap().message, "error-call-after-start");
        let long = EventInput { ends_at: "2027-03-20T09:00".into(), ..input() };
        assert_eq!(EventDraft::parse(&long, &zone()).unwrap_err().0[0].message, "error-event-too-long");
        let many = EventInput { criteria: "a\nb\nc\nd\ne\nf\ng".into(), ..input() };
        assert!(EventDraft::parse(&many, &zone()).unwrap_err().field("criteria").is_some());
    }

    #[test]
    fn a_proposal_needs_a_lead_and_a_pupil_leads_as_a_pupil() {
        let base = ProposalInput {
            title: "Reading at home".into(),
            summary: "Ten-minute routines".into(),
            format: "workshop".into(),
            ..ProposalInput::default()
        };
        assert_eq!(ProposalDraft::parse(&base, "Ana", false).unwrap_err().0[0].message, "error-session-needs-lead");
        let mine = ProposalInput { i_lead: true, my_role: "staff".into(), ..base.clone() };
        let d = ProposalDraft::parse(&mine, "Ana", true).unwrap();
        assert_eq!(d.leads, vec![LeadDraft { name: "Ana".into(), role: LeadRole::Pupil, me: true }]);
        assert_eq!(d.minutes, 45);
        let rows = ProposalInput { leads: vec![("".into(), "".into()), ("Ms Kay".into(), "wizard".into())], ..base };
        let e = ProposalDraft::parse(&rows, "Ana", false).unwrap_err();
        assert_eq!(e.0[0].field, "lead_role_1");
    }

    #[test]
    fn reviews_score_every_criterion() {
        let ok = ReviewDraft::parse(2, &["5".into(), "3".into()], "Strong").unwrap();
        assert_eq!(ok.scores, vec![5, 3]);
        let e = ReviewDraft::parse(2, &["6".into()], "").unwrap_err();
        assert_eq!(e.0.len(), 3);
        assert!(parse_decision("accepted", "").is_err());
        assert!(parse_decision("withdrawn", "why").is_err());
        assert_eq!(parse_decision("declined", "Full").unwrap().0, ProposalStatus::Declined);
    }

    fn slot(session: i64, room: i64, from: i64, to: i64, leads: &[LeadKey]) -> Slot {
        Slot {
            session,
            room,
            starts_at: Timestamp(from),
            ends_at: Timestamp(to),
            leads: leads.iter().map(|k| (k.clone(), format!("{k:?}"))).collect(),
        }
    }

    #[test]
    fn clashes_are_rooms_and_leads_at_overlapping_times() {
        let ana = LeadKey::of(Some(7), "Ana");
        let kay = LeadKey::of(None, "  Ms KAY ");
        assert_eq!(kay, LeadKey::of(None, "ms kay"));
        let placed =
            vec![slot(1, 10, 100, 200, std::slice::from_ref(&ana)), slot(2, 11, 100, 200, std::slice::from_ref(&kay))];
        // Back to back is fine; the same session can be moved onto itself.
        assert!(clashes(&placed, &slot(3, 10, 200, 300, std::slice::from_ref(&ana))).is_empty());
        assert!(clashes(&placed, &slot(1, 10, 150, 250, std::slice::from_ref(&ana))).is_empty());
        let c = clashes(&placed, &slot(3, 10, 150, 250, &[kay]));
        assert_eq!(
            c,
            vec![
                Clash::Room { other: 1 },
                Clash::Lead { other: 2, name: format!("{:?}", LeadKey::of(None, "ms kay")) }
            ]
        );
    }

    #[test]
    fn the_share_is_more_than_the_goal() {
        use LeadRole::*;
        let sessions: Vec<Vec<LeadRole>> =
            vec![vec![ParentCarer], vec![Staff, Pupil], vec![Staff], vec![Partner], vec![ParentCarer, Staff]];
        let s = Share::of(sessions.iter().map(Vec::as_slice), 50);
        assert_eq!((s.family_led, s.sessions, s.percent()), (3, 5, 60));
        assert!(s.met());
        let half = Share::of(sessions[..4].iter().map(Vec::as_slice), 50);
        assert!(!half.met(), "exactly half is not over half");
        assert!(!Share::of(std::iter::empty(), 50).met());
    }

    #[test]
    fn a_panel_is_mixed() {
        assert!(panel_mixed(&[Some("families"), Some("teaching_staff")]));
        assert!(!panel_mixed(&[Some("families"), Some("pupils"), None]));
        assert!(!panel_mixed(&[Some("school_leaders")]));
    }

    #[test]
    fn sessions_fit_inside_the_event_and_means_round() {
        assert!(session_slot(Timestamp(0), 60, Timestamp(0), Timestamp(3600)).is_ok());
        assert!(session_slot(Timestamp(60), 60, Timestamp(0), Timestamp(3600)).is_err());
        assert_eq!(mean_tenths(&[4, 5, 4, 4]), Some(43));
        assert_eq!(mean_tenths(&[]), None);
        assert!(FeedbackDraft::parse("0", "3", "", "").is_err());
        assert!(parse_event_feedback("5", "").is_ok());
    }
}
