//! Meetings (issue 16): the notice rule, places reserved per constituency
//! with a waitlist, access needs, and check-in codes people can read aloud.
//! Pure: randomness and time are given by the caller.

use crate::{
    FieldError, Invalid,
    text::{self, LONG_TEXT_MAX, NAME_MAX, SUMMARY_MAX, TITLE_MAX},
    time::{Timestamp, Zone, parse_optional_date},
};

string_enum! {
    pub enum MeetingMode {
        InPerson = "in_person",
        Online = "online",
        Hybrid = "hybrid",
    }
}

string_enum! {
    /// What someone needs to take part, asked at registration and only ever totalled.
    pub enum AccessNeed {
        Interpreting = "interpreting",
        Childcare = "childcare",
        StepFree = "step_free",
        Dietary = "dietary",
        Other = "other",
    }
}

string_enum! {
    /// Where a meeting's minutes stand: approved by the body before they are published.
    pub enum MinutesStatus {
        None = "none",
        Draft = "draft",
        Approved = "approved",
        Published = "published",
    }
}

string_enum! {
    /// Where a registration stands.
    pub enum RegistrationStatus {
        Registered = "registered",
        Waitlisted = "waitlisted",
        Cancelled = "cancelled",
    }
}

/// The default notice: the agenda published at least 72 hours before.
pub const DEFAULT_NOTICE_HOURS: i64 = 72;

/// Whether an agenda published at `published` gave the notice the body's
/// rule asks before a meeting starting at `starts`.
pub fn notice_given(published: Timestamp, starts: Timestamp, notice_hours: i64) -> bool {
    starts.secs_since(published) >= notice_hours.saturating_mul(crate::time::HOUR)
}

/// Letters and digits nobody confuses when reading aloud or typing: no 0/O,
/// 1/I/L, 5/S, 2/Z, 8/B.
pub const CODE_ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTUVWXY";
pub const CODE_LEN: usize = 6;

/// A check-in code from random bytes (one per character).
pub fn check_in_code(random: &[u8; CODE_LEN]) -> String {
    random.iter().map(|b| char::from(CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()])).collect()
}

/// A code as typed: case, spaces and dashes do not matter; anything else
/// outside the alphabet is refused.
pub fn parse_check_in_code(field: &'static str, input: &str) -> Result<String, FieldError> {
    let code: String =
        input.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    if code.len() != CODE_LEN || !code.bytes().all(|b| CODE_ALPHABET.contains(&b)) {
        return Err(FieldError::new(field, "error-check-in-code"));
    }
    Ok(code)
}

/// Where a new registration goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// A place reserved for the person's constituency.
    Reserved,
    /// A place open to anyone.
    Open,
    Waitlist,
}

/// The places of a meeting: `capacity` in all, of which `reserved` for one
/// constituency each; `taken_reserved` are the reserved places taken per
/// constituency and `taken_open` the open places taken. A person of a
/// constituency with a free reserved place takes it; else an open place;
/// else the waitlist.
pub fn place(
    capacity: u32,
    reserved: &[(&str, u32)],
    taken_reserved: &[(&str, u32)],
    taken_open: u32,
    constituency: Option<&str>,
) -> Placement {
    let taken = |c: &str| taken_reserved.iter().find(|(k, _)| *k == c).map_or(0, |(_, n)| *n);
    if let Some(c) = constituency
        && let Some((_, n)) = reserved.iter().find(|(k, _)| *k == c)
        && taken(c) < *n
    {
        return Placement::Reserved;
    }
    let all_reserved: u32 = reserved.iter().map(|(_, n)| *n).sum();
    if taken_open < capacity.saturating_sub(all_reserved) { Placement::Open } else { Placement::Waitlist }
}

/// The most places a meeting may offer.
pub const CAPACITY_MAX: i64 = 5000;
/// The longest meeting, in hours.
pub const LENGTH_MAX_HOURS: i64 = 24;
/// The earliest reminder, in hours before the start (two weeks).
pub const REMINDER_HOURS_MAX: i64 = 336;

/// A meeting as typed, times on the community's clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingDraft {
    pub title: String,
    pub description: String,
    pub mode: MeetingMode,
    pub location: String,
    pub link: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub capacity: i64,
    pub reminder_hours: i64,
}

/// What a meeting form sends.
#[derive(Debug, Clone, Default)]
pub struct MeetingInput {
    pub title: String,
    pub description: String,
    pub mode: String,
    pub location: String,
    pub link: String,
    pub starts_at: String,
    pub ends_at: String,
    pub capacity: String,
    pub reminder_hours: String,
}

impl MeetingDraft {
    /// In person needs a place, online a link (http or https), hybrid both;
    /// the end comes after the start and within a day.
    pub fn parse(input: &MeetingInput, zone: &Zone) -> Result<MeetingDraft, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", &input.title, TITLE_MAX));
        let description = e.check(text::optional("description", &input.description, LONG_TEXT_MAX));
        let mode = e.check(MeetingMode::parse_field("mode", &input.mode));
        let location = e.check(text::optional("location", &input.location, SUMMARY_MAX)).map(Option::unwrap_or_default);
        let link = e.check(parse_link("link", &input.link));
        let starts = e.check(zone.parse_local("starts_at", &input.starts_at));
        let ends = e.check(zone.parse_local("ends_at", &input.ends_at));
        let capacity = e.check(text::integer_in("capacity", &input.capacity, 1..=CAPACITY_MAX));
        let reminder = if input.reminder_hours.trim().is_empty() {
            Some(24)
        } else {
            e.check(text::integer_in("reminder_hours", &input.reminder_hours, 0..=REMINDER_HOURS_MAX))
        };
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
            } else if end.secs_since(s) > LENGTH_MAX_HOURS * crate::time::HOUR {
                e.0.push(FieldError::new("ends_at", "error-meeting-too-long"));
            }
        }
        match (title, description, mode, location, link, starts, ends, capacity, reminder) {
            (Some(title), Some(d), Some(mode), Some(location), Some(link), Some(s), Some(end), Some(c), Some(r))
                if e.is_empty() =>
            {
                Ok(MeetingDraft {
                    title,
                    description: d.unwrap_or_default(),
                    mode,
                    location,
                    link,
                    starts_at: s,
                    ends_at: end,
                    capacity: c,
                    reminder_hours: r,
                })
            }
            _ => Err(e),
        }
    }
}

/// A web link as typed: empty, or an http(s) address without spaces.
pub fn parse_link(field: &'static str, input: &str) -> Result<String, FieldError> {
    let link = input.trim();
    if link.is_empty() {
        return Ok(String::new());
    }
    let lower = link.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host)
            if !host.is_empty() && link.len() <= 500 && !link.chars().any(|c| c.is_whitespace() || c.is_control()) =>
        {
            Ok(link.to_owned())
        }
        _ => Err(FieldError::new(field, "error-link-invalid")),
    }
}

/// An agenda item as typed; the decision area is checked by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItemDraft {
    pub title: String,
    pub owner: String,
    pub minutes: i64,
}

impl AgendaItemDraft {
    pub fn parse(title: &str, owner: &str, minutes: &str) -> Result<AgendaItemDraft, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", title, TITLE_MAX));
        let owner = e.check(text::optional("owner", owner, NAME_MAX));
        let minutes =
            if minutes.trim().is_empty() { Some(15) } else { e.check(text::integer_in("minutes", minutes, 1..=480)) };
        match (title, owner, minutes) {
            (Some(title), Some(owner), Some(minutes)) if e.is_empty() => {
                Ok(AgendaItemDraft { title, owner: owner.unwrap_or_default(), minutes })
            }
            _ => Err(e),
        }
    }
}

/// What someone asks for to take part; never shown per person in public.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AccessNeeds {
    pub needs: Vec<String>,
    /// The language to interpret into, when interpreting is asked.
    pub language: String,
    pub other: String,
}

impl AccessNeeds {
    pub fn parse(needs: &[String], language: &str, other: &str) -> Result<AccessNeeds, Invalid> {
        let mut e = Invalid::default();
        let mut chosen: Vec<AccessNeed> = Vec::new();
        for n in needs.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
            match AccessNeed::parse(n) {
                Some(need) if !chosen.contains(&need) => chosen.push(need),
                Some(_) => {}
                None => e.0.push(FieldError::new("needs", "error-choice-invalid")),
            }
        }
        chosen.sort();
        let language = e.check(text::optional("language", language, NAME_MAX)).flatten().unwrap_or_default();
        let other = e.check(text::optional("needs_other", other, SUMMARY_MAX)).flatten().unwrap_or_default();
        if chosen.contains(&AccessNeed::Interpreting) && language.is_empty() {
            e.0.push(FieldError::new("language", "error-interpreting-language"));
        }
        if chosen.contains(&AccessNeed::Other) && other.is_empty() {
            e.0.push(FieldError::new("needs_other", "error-required"));
        }
        e.finish()?;
        Ok(AccessNeeds { needs: chosen.iter().map(|n| n.key().to_owned()).collect(), language, other })
    }
}

/// A decision recorded in the minutes: the decision area it falls in and
/// the ideas it answers (which puts it on "you said, we did").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MinutesDecision {
    pub text: String,
    pub area_id: Option<i64>,
    pub ideas: Vec<i64>,
}

/// An action agreed in the minutes, with its owner and due date.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MinutesAction {
    pub text: String,
    pub owner: String,
    /// YYYY-MM-DD.
    pub due: Option<String>,
}

/// One row of the minutes form as typed.
#[derive(Debug, Clone, Default)]
pub struct DecisionInput {
    pub text: String,
    pub area: String,
    /// Idea numbers, separated by commas or spaces.
    pub ideas: String,
}

#[derive(Debug, Clone, Default)]
pub struct ActionInput {
    pub text: String,
    pub owner: String,
    pub due: String,
}

/// The most decisions or actions in one set of minutes.
pub const MINUTES_ROWS_MAX: usize = 50;

/// Errors about a row carry its number (`group`), so they point at its own fields.
fn in_row<T>(e: &mut Invalid, r: Result<T, FieldError>, n: usize) -> Option<T> {
    e.check(r.map_err(|f| f.with_arg("group", n)))
}

/// Minutes as typed: empty rows are skipped; a row's fields are named with
/// its number (`decision_area_2`) so an error points at the right one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesDraft {
    pub summary: String,
    pub decisions: Vec<MinutesDecision>,
    pub actions: Vec<MinutesAction>,
}

impl MinutesDraft {
    /// `area_known` and `idea_known` say whether an id exists where the meeting belongs.
    pub fn parse(
        summary: &str,
        decisions: &[DecisionInput],
        actions: &[ActionInput],
        area_known: impl Fn(i64) -> bool,
        idea_known: impl Fn(i64) -> bool,
    ) -> Result<MinutesDraft, Invalid> {
        let mut e = Invalid::default();
        let summary = e.check(text::optional("summary", summary, LONG_TEXT_MAX)).flatten().unwrap_or_default();
        let mut out = MinutesDraft { summary, decisions: Vec::new(), actions: Vec::new() };
        if decisions.len() > MINUTES_ROWS_MAX || actions.len() > MINUTES_ROWS_MAX {
            e.0.push(FieldError::new("summary", "error-too-many-rows").with_arg("max", MINUTES_ROWS_MAX));
            return Err(e);
        }
        for (n, d) in decisions.iter().enumerate() {
            if d.text.trim().is_empty() && d.ideas.trim().is_empty() {
                continue;
            }
            let text = in_row(&mut e, text::line("decision_text", &d.text, SUMMARY_MAX), n);
            let area = match d.area.trim() {
                "" => Some(None),
                a => match a.parse::<i64>() {
                    Ok(id) if area_known(id) => Some(Some(id)),
                    _ => {
                        in_row::<Option<i64>>(&mut e, Err(FieldError::new("decision_area", "error-choice-invalid")), n)
                    }
                },
            };
            let mut ideas = Vec::new();
            for raw in
                d.ideas.split([',', ' ', ';']).map(|w| w.trim().trim_start_matches('#')).filter(|w| !w.is_empty())
            {
                match raw.parse::<i64>() {
                    Ok(id) if idea_known(id) => {
                        if !ideas.contains(&id) {
                            ideas.push(id);
                        }
                    }
                    _ => {
                        let unknown = FieldError::new("decision_ideas", "error-idea-unknown").with_arg("idea", raw);
                        in_row(&mut e, Err::<(), _>(unknown), n);
                        break;
                    }
                }
            }
            if let (Some(text), Some(area_id)) = (text, area) {
                out.decisions.push(MinutesDecision { text, area_id, ideas });
            }
        }
        for (n, a) in actions.iter().enumerate() {
            if a.text.trim().is_empty() && a.owner.trim().is_empty() && a.due.trim().is_empty() {
                continue;
            }
            let text = in_row(&mut e, text::line("action_text", &a.text, SUMMARY_MAX), n);
            let owner = in_row(&mut e, text::line("action_owner", &a.owner, NAME_MAX), n);
            let due = in_row(&mut e, parse_optional_date("action_due", &a.due), n);
            if let (Some(text), Some(owner), Some(due)) = (text, owner, due) {
                out.actions.push(MinutesAction { text, owner, due: due.map(crate::time::iso_date) });
            }
        }
        e.finish()?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_is_hours_before_the_start() {
        let start = Timestamp(1_800_000_000);
        assert!(notice_given(start.plus_secs(-72 * 3600), start, 72));
        assert!(!notice_given(start.plus_secs(-71 * 3600), start, 72));
    }

    #[test]
    fn codes_read_aloud_and_type_back() {
        let code = check_in_code(&[0, 1, 2, 250, 24, 25]);
        assert_eq!(code.len(), CODE_LEN);
        assert!(!code.contains(['0', 'O', '1', 'I', 'L', '5', 'S', '2', 'Z', '8', 'B']));
        let typed = format!("{}-{} ", &code[..3].to_lowercase(), &code[3..]);
        assert_eq!(parse_check_in_code("code", &typed).unwrap(), code);
        assert!(parse_check_in_code("code", "ABC-OO1").is_err());
        assert!(parse_check_in_code("code", "ACD").is_err());
    }

    #[test]
    fn meetings_need_a_place_or_a_link_and_an_end_after_the_start() {
        let zone = Zone::parse("z", "Europe/Madrid").unwrap();
        let input = MeetingInput {
            title: "Site council".into(),
            mode: "hybrid".into(),
            location: "Library".into(),
            link: "javascript:alert(1)".into(),
            starts_at: "2026-12-03T18:00".into(),
            ends_at: "2026-12-03T17:00".into(),
            capacity: "-5".into(),
            ..MeetingInput::default()
        };
        let e = MeetingDraft::parse(&input, &zone).unwrap_err();
        assert_eq!(e.0.iter().map(|f| f.field).collect::<Vec<_>>(), ["link", "capacity", "ends_at"]);
        let ok = MeetingInput {
            link: "https://meet.example/site".into(),
            ends_at: "2026-12-03T19:30".into(),
            capacity: "20".into(),
            ..input
        };
        let m = MeetingDraft::parse(&ok, &zone).unwrap();
        assert_eq!((m.ends_at.secs_since(m.starts_at), m.reminder_hours), (5400, 24));
        let online_without_link = MeetingInput { mode: "online".into(), link: String::new(), ..ok };
        assert_eq!(
            MeetingDraft::parse(&online_without_link, &zone).unwrap_err().0[0].message,
            "error-meeting-needs-link"
        );
    }

    #[test]
    fn access_needs_ask_what_is_needed_to_plan() {
        let e = AccessNeeds::parse(&["interpreting".into(), "jetpack".into()], "", "").unwrap_err();
        assert_eq!(
            e.0.iter().map(|f| f.message).collect::<Vec<_>>(),
            ["error-choice-invalid", "error-interpreting-language"]
        );
        let n = AccessNeeds::parse(&["childcare".into(), "interpreting".into(), "childcare".into()], " Arabic ", "")
            .unwrap();
        assert_eq!(n.needs, ["interpreting", "childcare"]);
        assert_eq!(n.language, "Arabic");
    }

    #[test]
    fn minutes_rows_link_known_areas_and_ideas_only() {
        let decisions = [
            DecisionInput { text: "Open the hub on Fridays".into(), area: "3".into(), ideas: "#12, 14".into() },
            DecisionInput::default(),
        ];
        let actions = [ActionInput { text: "Book the room".into(), owner: "Ana".into(), due: "2026-12-10".into() }];
        let m = MinutesDraft::parse("", &decisions, &actions, |a| a == 3, |i| [12, 14].contains(&i)).unwrap();
        assert_eq!(m.decisions[0].ideas, [12, 14]);
        assert_eq!(m.actions.len(), 1);
        let bad = [DecisionInput { text: "x".into(), area: "9".into(), ideas: "99".into() }];
        let e = MinutesDraft::parse("", &bad, &[], |a| a == 3, |_| false).unwrap_err();
        assert_eq!(e.0.iter().map(|f| f.field).collect::<Vec<_>>(), ["decision_area", "decision_ideas"]);
    }

    #[test]
    fn reserved_places_first_then_open_then_the_waitlist() {
        // 20 places, 10 kept for families not yet engaged.
        let reserved = [("new_families", 10)];
        assert_eq!(place(20, &reserved, &[], 0, Some("new_families")), Placement::Reserved);
        assert_eq!(place(20, &reserved, &[("new_families", 10)], 3, Some("new_families")), Placement::Open);
        assert_eq!(place(20, &reserved, &[], 9, Some("staff")), Placement::Open);
        assert_eq!(place(20, &reserved, &[], 10, Some("staff")), Placement::Waitlist);
        assert_eq!(place(20, &reserved, &[("new_families", 2)], 10, Some("new_families")), Placement::Reserved);
        assert_eq!(place(0, &[], &[], 0, None), Placement::Waitlist);
    }
}
