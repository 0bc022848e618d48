//! The five key steps of co-production (seed 002) — awareness, buy-in,
//! expectations, performance, feedback — measured per stakeholder group from
//! recorded engagement: who was informed, attended, expressed support, agreed
//! a role, completed training and received an update.

use time::Date;

use crate::{
    FieldError, Invalid,
    text::{self, TITLE_MAX},
    time::parse_date,
};

string_enum! {
    /// What happened, as recorded by a facilitator.
    pub enum EventKind {
        Informed = "informed",
        Attended = "attended",
        Supported = "supported",
        AgreedRole = "agreed_role",
        Trained = "trained",
        Updated = "updated",
    }
}

string_enum! {
    pub enum KeyStep {
        Awareness = "awareness",
        BuyIn = "buy_in",
        Expectations = "expectations",
        Performance = "performance",
        Feedback = "feedback",
    }
}

impl EventKind {
    /// Which of the five steps an event is evidence of.
    pub fn step(self) -> KeyStep {
        match self {
            EventKind::Informed | EventKind::Attended => KeyStep::Awareness,
            EventKind::Supported => KeyStep::BuyIn,
            EventKind::AgreedRole => KeyStep::Expectations,
            EventKind::Trained => KeyStep::Performance,
            EventKind::Updated => KeyStep::Feedback,
        }
    }
}

pub const MAX_PEOPLE: i64 = 1_000_000;

/// One recorded activity: how many people of a group it reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDraft {
    pub group_id: i64,
    pub kind: EventKind,
    pub people: i64,
    pub occurred_on: Date,
    pub source: String,
}

impl EventDraft {
    /// `group_id` is resolved by the caller from the community's groups.
    pub fn parse(
        group_id: Option<i64>,
        kind: &str,
        people: &str,
        occurred_on: &str,
        source: &str,
    ) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let group_id = e.check(group_id.ok_or_else(|| FieldError::new("group", "error-choice-invalid")));
        let kind = e.check(EventKind::parse_field("kind", kind));
        let people = e.check(text::integer_in("people", people, 1..=MAX_PEOPLE));
        let occurred_on = e.check(parse_date("occurred_on", occurred_on));
        let source = e.check(text::line("source", source, TITLE_MAX));
        match (group_id, kind, people, occurred_on, source) {
            (Some(group_id), Some(kind), Some(people), Some(occurred_on), Some(source)) if e.is_empty() => {
                Ok(EventDraft { group_id, kind, people, occurred_on, source })
            }
            _ => Err(e),
        }
    }
}

/// People reached at each key step, for one group.
///
/// Events record counts, not names (pupils' names are never collected), so
/// one person reached twice counts twice within a step. Awareness takes the
/// larger of "informed" and "attended" rather than their sum, because the
/// people who attended were informed first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Funnel {
    pub reach: [i64; 5],
    pub events: usize,
}

impl Funnel {
    pub fn at(&self, step: KeyStep) -> i64 {
        self.reach[step as usize]
    }
}

pub fn funnel(events: impl IntoIterator<Item = (EventKind, i64)>) -> Funnel {
    let mut by_kind = [0_i64; 6];
    let mut count = 0;
    for (kind, people) in events {
        by_kind[kind as usize] = by_kind[kind as usize].saturating_add(people.max(0));
        count += 1;
    }
    let mut reach = [0_i64; 5];
    reach[KeyStep::Awareness as usize] =
        by_kind[EventKind::Informed as usize].max(by_kind[EventKind::Attended as usize]);
    reach[KeyStep::BuyIn as usize] = by_kind[EventKind::Supported as usize];
    reach[KeyStep::Expectations as usize] = by_kind[EventKind::AgreedRole as usize];
    reach[KeyStep::Performance as usize] = by_kind[EventKind::Trained as usize];
    reach[KeyStep::Feedback as usize] = by_kind[EventKind::Updated as usize];
    Funnel { reach, events: count }
}

/// One CSV line that could not be read: the line number (1 = header) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvProblem {
    pub line: u64,
    pub errors: Invalid,
}

impl CsvProblem {
    /// The problem as form errors on `field`: "Line 3: kind: Choose one of the
    /// options." The inner message id travels as the `problem` argument (with
    /// its own arguments) and `column` names the column, so every door — page,
    /// API, command line — says it in the reader's language.
    pub fn invalid(&self, field: &'static str) -> Invalid {
        let mut out = Invalid::default();
        for e in &self.errors.0 {
            let mut error = FieldError::new(field, "error-csv-line")
                .with_arg("line", self.line)
                .with_arg("column", e.field)
                .with_arg("problem", e.message);
            error.args.extend(e.args.iter().cloned());
            out.0.push(error);
        }
        out
    }
}

pub const CSV_HEADER: [&str; 5] = ["date", "group", "kind", "people", "source"];

/// Reads an engagement CSV (`date,group,kind,people,source`, a header line,
/// groups by their key). Either every row is good and all are returned, or
/// the first bad line is reported and nothing should be imported.
pub fn parse_csv(data: &[u8], group_id: impl Fn(&str) -> Option<i64>) -> Result<Vec<EventDraft>, CsvProblem> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).trim(csv::Trim::All).from_reader(data);
    let header_problem =
        |message: &'static str| CsvProblem { line: 1, errors: Invalid::one(FieldError::new("header", message)) };
    let headers = reader.headers().map_err(|_| header_problem("error-csv-unreadable"))?.clone();
    let names: Vec<String> = headers.iter().map(|h| h.trim_start_matches('\u{feff}').to_ascii_lowercase()).collect();
    if names != CSV_HEADER {
        return Err(header_problem("error-csv-header"));
    }
    let mut events = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index as u64 + 2;
        let record =
            record.map_err(|_| CsvProblem { line, errors: Invalid::one(FieldError::new("row", "error-csv-row")) })?;
        let field = |i: usize| record.get(i).unwrap_or_default();
        let draft = EventDraft::parse(group_id(field(1)), field(2), field(3), field(0), field(4))
            .map_err(|errors| CsvProblem { line, errors })?;
        events.push(draft);
    }
    if events.is_empty() {
        return Err(CsvProblem { line: 2, errors: Invalid::one(FieldError::new("row", "error-csv-empty")) });
    }
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(key: &str) -> Option<i64> {
        match key {
            "families" => Some(1),
            "pupils" => Some(2),
            _ => None,
        }
    }

    #[test]
    fn the_funnel_counts_each_step() {
        let f = funnel([
            (EventKind::Informed, 300),
            (EventKind::Informed, 40),
            (EventKind::Attended, 60),
            (EventKind::Supported, 120),
            (EventKind::Trained, 12),
            (EventKind::Updated, 280),
        ]);
        assert_eq!(f.reach, [340, 120, 0, 12, 280]);
        assert_eq!(f.events, 6);
        assert_eq!(f.at(KeyStep::BuyIn), 120);
        let attended_more = funnel([(EventKind::Informed, 10), (EventKind::Attended, 25)]);
        assert_eq!(attended_more.at(KeyStep::Awareness), 25);
    }

    #[test]
    fn every_kind_maps_to_a_step() {
        assert_eq!(EventKind::Attended.step(), KeyStep::Awareness);
        assert_eq!(EventKind::AgreedRole.step(), KeyStep::Expectations);
        assert_eq!(EventKind::Updated.step(), KeyStep::Feedback);
    }

    #[test]
    fn a_good_csv_is_read_whole() {
        let csv = "date,group,kind,people,source\n2026-10-01,families,informed,380,Letter home\n2026-10-08, pupils ,attended,55,Assembly\n";
        let events = parse_csv(csv.as_bytes(), groups).unwrap();
        assert_eq!(events.len(), 2);
        assert_eq!(events[1].group_id, 2);
        assert_eq!(events[1].people, 55);
    }

    #[test]
    fn a_bad_row_is_reported_by_line_number() {
        let csv =
            "date,group,kind,people,source\n2026-10-01,families,informed,380,Letter\n2026-13-01,unions,waved,-3,\n";
        let problem = parse_csv(csv.as_bytes(), groups).unwrap_err();
        assert_eq!(problem.line, 3);
        let fields: Vec<_> = problem.errors.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["group", "kind", "people", "occurred_on", "source"]);
    }

    #[test]
    fn headers_rows_and_emptiness_are_checked() {
        assert_eq!(parse_csv(b"when,who\n", groups).unwrap_err().errors.0[0].message, "error-csv-header");
        assert_eq!(
            parse_csv(b"date,group,kind,people,source\n", groups).unwrap_err().errors.0[0].message,
            "error-csv-empty"
        );
        let ragged = "date,group,kind,people,source\n2026-10-01,families\n";
        assert_eq!(parse_csv(ragged.as_bytes(), groups).unwrap_err().line, 2);
        assert!(parse_csv(&[0xff, 0xfe, 0x00], groups).is_err());
        let bom = "\u{feff}date,group,kind,people,source\n2026-10-01,families,updated,5,Newsletter\n";
        assert!(parse_csv(bom.as_bytes(), groups).is_ok());
    }
}
