//! iCalendar (RFC 5545) for meetings: what calendar programs subscribe to.
//! Each event keeps its UID for life and raises its SEQUENCE with every
//! change, so a subscriber's copy is updated rather than duplicated; times
//! carry the community's zone as a TZID with its VTIMEZONE.

use std::fmt::Write;

use crate::time::{Timestamp, Zone};

/// One meeting as a calendar event.
#[derive(Debug, Clone)]
pub struct Event {
    /// Stable for the meeting's life: `meeting-{id}@{host}`.
    pub uid: String,
    /// Raised with every change subscribers should see.
    pub sequence: i64,
    /// When the event last changed (DTSTAMP and LAST-MODIFIED).
    pub stamp: Timestamp,
    pub created: Timestamp,
    pub start: Timestamp,
    pub end: Timestamp,
    pub summary: String,
    pub description: String,
    /// A place, or the link of an online meeting.
    pub location: String,
    pub url: String,
    pub cancelled: bool,
}

/// A whole calendar: `name` as the subscriber's calendar title, events in
/// `zone`. Lines end in CRLF and are folded at 75 octets.
pub fn calendar(name: &str, zone: &Zone, events: &[Event]) -> String {
    let mut out = Lines::default();
    out.push("BEGIN:VCALENDAR");
    out.push("VERSION:2.0");
    out.push("PRODID:-//Tandem//Meetings//EN");
    out.push("CALSCALE:GREGORIAN");
    out.push("METHOD:PUBLISH");
    out.property("X-WR-CALNAME", &text(name));
    out.property("X-WR-TIMEZONE", zone.name());
    if let (Some(first), Some(last)) = (events.iter().map(|e| e.start).min(), events.iter().map(|e| e.end).max()) {
        timezone(&mut out, zone, first, last);
    }
    for e in events {
        out.push("BEGIN:VEVENT");
        out.property("UID", &text(&e.uid));
        out.property("SEQUENCE", &e.sequence.to_string());
        out.property("DTSTAMP", &utc(e.stamp));
        out.property("CREATED", &utc(e.created));
        out.property("LAST-MODIFIED", &utc(e.stamp));
        out.property(&format!("DTSTART;TZID={}", zone.name()), &zone.ical_local(e.start));
        out.property(&format!("DTEND;TZID={}", zone.name()), &zone.ical_local(e.end.max(e.start)));
        out.property("SUMMARY", &text(&e.summary));
        if !e.description.is_empty() {
            out.property("DESCRIPTION", &text(&e.description));
        }
        if !e.location.is_empty() {
            out.property("LOCATION", &text(&e.location));
        }
        out.property("URL", &e.url);
        out.property("STATUS", if e.cancelled { "CANCELLED" } else { "CONFIRMED" });
        out.push("END:VEVENT");
    }
    out.push("END:VCALENDAR");
    out.0
}

/// The zone's definition over the events' span: the offset in force at the
/// first start and every change up to the last end, each as an observance
/// with its own DTSTART (no recurrence rules to get wrong).
fn timezone(out: &mut Lines, zone: &Zone, first: Timestamp, last: Timestamp) {
    let (initial, changes) = zone.offsets(first, last);
    out.push("BEGIN:VTIMEZONE");
    out.property("TZID", zone.name());
    let mut before = initial.clone();
    // The offset in force at the first event, from a day well before it.
    observance(out, &initial, &initial, first.plus_days(-366));
    for (at, offset) in &changes {
        observance(out, &before, offset, *at);
        before = offset.clone();
    }
    out.push("END:VTIMEZONE");
}

fn observance(out: &mut Lines, from: &crate::time::Offset, to: &crate::time::Offset, at: Timestamp) {
    let kind = if to.dst { "DAYLIGHT" } else { "STANDARD" };
    out.push(&format!("BEGIN:{kind}"));
    // DTSTART is the local time just before the change, on the old offset.
    let local = Zone::utc().ical_local(at.plus_secs(i64::from(from.seconds)));
    out.property("DTSTART", &local);
    out.property("TZOFFSETFROM", &offset(from.seconds));
    out.property("TZOFFSETTO", &offset(to.seconds));
    if !to.abbreviation.is_empty() {
        out.property("TZNAME", &text(&to.abbreviation));
    }
    out.push(&format!("END:{kind}"));
}

fn offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if sec == 0 { format!("{sign}{h:02}{m:02}") } else { format!("{sign}{h:02}{m:02}{sec:02}") }
}

fn utc(ts: Timestamp) -> String {
    format!("{}Z", Zone::utc().ical_local(ts))
}

/// TEXT values escaped: backslash, semicolon, comma and line breaks.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[derive(Default)]
struct Lines(String);

impl Lines {
    fn property(&mut self, name: &str, value: &str) {
        self.push(&format!("{name}:{value}"));
    }

    /// Folds at 75 octets without splitting a character; continuation
    /// lines start with one space.
    fn push(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            let len = c.len_utf8();
            if width + len > 75 {
                self.0.push_str("\r\n ");
                width = 1;
            }
            self.0.push(c);
            width += len;
        }
        let _ = write!(self.0, "\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(sequence: i64, cancelled: bool) -> Event {
        let zone = Zone::parse("z", "America/New_York").unwrap();
        let start = zone.parse_local("s", "2026-12-03T18:30").unwrap();
        Event {
            uid: "meeting-7@tandem.example".into(),
            sequence,
            stamp: Timestamp(1_795_000_000 + sequence),
            created: Timestamp(1_795_000_000),
            start,
            end: start.plus_secs(5400),
            summary: "Site council; December, with budget".into(),
            description: "Agenda:\n1. Minutes\n2. Budget — école, 学校, مدرسة ".repeat(3),
            location: "Library, Northside".into(),
            url: "https://tandem.example/c/riverbend/meetings/7".into(),
            cancelled,
        }
    }

    #[test]
    fn lines_are_folded_at_75_octets_and_text_is_escaped() {
        let zone = Zone::parse("z", "America/New_York").unwrap();
        let e = event(0, false);
        let out = calendar("Riverbend, meetings", &zone, std::slice::from_ref(&e));
        assert!(out.ends_with("END:VCALENDAR\r\n"));
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{line:?}");
            assert!(!line.contains('\n'));
        }
        assert!(out.contains("SUMMARY:Site council\\; December\\, with budget"));
        assert!(out.contains("DTSTART;TZID=America/New_York:20261203T183000"));
        assert!(out.contains("TZOFFSETTO:-0500"));
        // Unfolded, the description is whole again.
        let unfolded = out.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("DESCRIPTION:{}\r\n", text(&e.description))));
        assert!(text(&e.description).contains("Agenda:\\n1. Minutes"));
    }

    #[test]
    fn offsets_are_written_with_sign_hours_and_minutes() {
        assert_eq!(offset(-5 * 3600), "-0500");
        assert_eq!(offset(5 * 3600 + 1800), "+0530");
        assert_eq!(offset(0), "+0000");
        assert_eq!(offset(-(3600 + 75)), "-010115");
    }
}
