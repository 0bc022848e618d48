//! Time as data: the caller says what "now" is.

use serde::{Deserialize, Serialize};
pub use time::Date;
use time::{OffsetDateTime, format_description::well_known::Rfc3339};

use crate::error::FieldError;

pub const MINUTE: i64 = 60;
pub const HOUR: i64 = 60 * MINUTE;
pub const DAY: i64 = 24 * HOUR;

/// Seconds since the Unix epoch, UTC. Stored as an integer on both databases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn plus_secs(self, secs: i64) -> Self {
        Timestamp(self.0.saturating_add(secs))
    }

    pub fn plus_days(self, days: i64) -> Self {
        self.plus_secs(days.saturating_mul(DAY))
    }

    /// Seconds from `earlier` to `self` (negative when `earlier` is later).
    pub fn secs_since(self, earlier: Timestamp) -> i64 {
        self.0.saturating_sub(earlier.0)
    }

    fn datetime(self) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(self.0).unwrap_or(OffsetDateTime::UNIX_EPOCH)
    }

    /// RFC 3339 in UTC, for the API and feeds.
    pub fn rfc3339(self) -> String {
        self.datetime().format(&Rfc3339).unwrap_or_else(|_| String::from("1970-01-01T00:00:00Z"))
    }

    /// The calendar day (UTC) as YYYY-MM-DD.
    pub fn date_iso(self) -> String {
        iso_date(self.datetime().date())
    }

    pub fn date(self) -> Date {
        self.datetime().date()
    }

    /// Midnight UTC at the start of `date`.
    pub fn from_date(date: Date) -> Self {
        Timestamp(date.midnight().assume_utc().unix_timestamp())
    }
}

/// Formats a date as YYYY-MM-DD.
pub fn iso_date(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// The years a date may fall in: anything else is a typing slip (0226 for
/// 2026), and far-off years would overflow the arithmetic on times.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Parses a YYYY-MM-DD date typed into a form, between 1900 and 2200.
pub fn parse_date(field: &'static str, input: &str) -> Result<Date, FieldError> {
    let input = input.trim();
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = Date::parse(input, &format).map_err(|_| FieldError::new(field, "error-date-invalid"))?;
    if !YEARS.contains(&date.year()) {
        return Err(FieldError::new(field, "error-date-range"));
    }
    Ok(date)
}

/// Like [`parse_date`] but an empty field means "no date".
pub fn parse_optional_date(field: &'static str, input: &str) -> Result<Option<Date>, FieldError> {
    if input.trim().is_empty() { Ok(None) } else { parse_date(field, input).map(Some) }
}

/// A community's time zone: an IANA name ("America/New_York") with its
/// rules, from the tz database compiled into the binary. Dates people type are
/// days in this zone, and every time is shown in it.
#[derive(Debug, Clone)]
pub struct Zone {
    name: String,
    tz: jiff::tz::TimeZone,
}

impl PartialEq for Zone {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for Zone {}

impl Default for Zone {
    fn default() -> Self {
        Zone::utc()
    }
}

/// A zone's offset from UTC over a stretch of time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offset {
    pub seconds: i32,
    pub abbreviation: String,
    /// Summer (daylight saving) time.
    pub dst: bool,
}

/// A moment as a clock on the wall shows it in one zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WallClock {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    /// The zone's abbreviation at that moment ("EST", "CET"), or its offset ("+04").
    pub abbreviation: String,
}

impl Zone {
    pub fn utc() -> Zone {
        Zone { name: String::from("UTC"), tz: jiff::tz::TimeZone::UTC }
    }

    /// An IANA name, as typed: "Europe/Madrid"; anything else is refused.
    pub fn parse(field: &'static str, input: &str) -> Result<Zone, FieldError> {
        let name = input.trim();
        // The database also knows legacy names ("EST5EDT"); only Area/City names and UTC are offered.
        let well_formed = name == "UTC" || (name.contains('/') && !name.starts_with('/') && name.len() <= 64);
        match jiff::tz::TimeZone::get(name) {
            Ok(tz) if well_formed => Ok(Zone { name: name.to_owned(), tz }),
            _ => Err(FieldError::new(field, "error-time-zone")),
        }
    }

    /// A stored name; a name the database no longer knows falls back to UTC
    /// rather than failing every page of the community.
    pub fn stored(name: &str) -> Zone {
        Zone::parse("time_zone", name).unwrap_or_else(|_| Zone::utc())
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    fn instant(ts: Timestamp) -> jiff::Timestamp {
        jiff::Timestamp::from_second(ts.0).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
    }

    /// The wall clock in this zone at `ts`.
    pub fn wall_clock(&self, ts: Timestamp) -> WallClock {
        let instant = Self::instant(ts);
        let dt = self.tz.to_datetime(instant);
        let abbreviation = self.tz.to_offset_info(instant).abbreviation().to_owned();
        let date = civil_to_date(dt.date());
        WallClock { date, hour: dt.hour().unsigned_abs(), minute: dt.minute().unsigned_abs(), abbreviation }
    }

    /// The calendar day in this zone at `ts`.
    pub fn date(&self, ts: Timestamp) -> Date {
        self.wall_clock(ts).date
    }

    /// The first moment of `date` in this zone (midnight, or the first
    /// minute after it where a clock change skips midnight).
    pub fn start_of(&self, date: Date) -> Timestamp {
        let civil = jiff::civil::date(date.year() as i16, u8::from(date.month()) as i8, date.day() as i8);
        match self.tz.to_ambiguous_timestamp(civil.to_datetime(jiff::civil::Time::midnight())).compatible() {
            Ok(t) => Timestamp(t.as_second()),
            Err(_) => Timestamp::from_date(date),
        }
    }

    /// The moment the wall clock shows `hour:minute` on `date` (in a clock
    /// change's gap, the time after it; in an overlap, the earlier one).
    pub fn at(&self, date: Date, hour: u8, minute: u8) -> Timestamp {
        let civil = jiff::civil::date(date.year() as i16, u8::from(date.month()) as i8, date.day() as i8);
        let time = jiff::civil::time(hour.min(23) as i8, minute.min(59) as i8, 0, 0);
        match self.tz.to_ambiguous_timestamp(civil.to_datetime(time)).compatible() {
            Ok(t) => Timestamp(t.as_second()),
            Err(_) => self.start_of(date),
        }
    }

    /// Reads a date and time typed into a form (`YYYY-MM-DDTHH:MM`, as a
    /// browser's date-time field sends it, or with a space) on this zone's clock.
    pub fn parse_local(&self, field: &'static str, input: &str) -> Result<Timestamp, FieldError> {
        let input = input.trim();
        let (day, clock) =
            input.split_once(['T', ' ']).ok_or_else(|| FieldError::new(field, "error-datetime-invalid"))?;
        let date = parse_date(field, day).map_err(|e| {
            if e.message == "error-date-range" { e } else { FieldError::new(field, "error-datetime-invalid") }
        })?;
        let bad = || FieldError::new(field, "error-datetime-invalid");
        let mut parts = clock.trim().splitn(3, ':');
        let hour: u8 = parts.next().and_then(|h| h.parse().ok()).filter(|h| *h < 24).ok_or_else(bad)?;
        let minute: u8 = parts.next().and_then(|m| m.parse().ok()).filter(|m| *m < 60).ok_or_else(bad)?;
        if parts.next().is_some_and(|s| s.parse::<u8>().map_or(true, |s| s >= 60)) {
            return Err(bad());
        }
        Ok(self.at(date, hour, minute))
    }

    /// A moment as a browser's date-time field shows it: `YYYY-MM-DDTHH:MM`.
    pub fn local_input(&self, ts: Timestamp) -> String {
        let w = self.wall_clock(ts);
        format!("{}T{:02}:{:02}", iso_date(w.date), w.hour, w.minute)
    }

    /// A moment as iCalendar's local date-time with this zone's TZID: `YYYYMMDDTHHMMSS`.
    pub fn ical_local(&self, ts: Timestamp) -> String {
        let dt = self.tz.to_datetime(Self::instant(ts));
        format!("{:04}{:02}{:02}T{:02}{:02}{:02}", dt.year(), dt.month(), dt.day(), dt.hour(), dt.minute(), dt.second())
    }

    /// The offset in force at `ts`, and the zone's changes of offset after it
    /// up to `until` (for a calendar's VTIMEZONE).
    pub fn offsets(&self, ts: Timestamp, until: Timestamp) -> (Offset, Vec<(Timestamp, Offset)>) {
        let instant = Self::instant(ts);
        let info = self.tz.to_offset_info(instant);
        let first = Offset {
            seconds: info.offset().seconds(),
            abbreviation: info.abbreviation().to_owned(),
            dst: info.dst().is_dst(),
        };
        let end = Self::instant(until);
        let changes = self
            .tz
            .following(instant)
            .take_while(|t| t.timestamp() <= end)
            .take(64)
            .map(|t| {
                let offset = Offset {
                    seconds: t.offset().seconds(),
                    abbreviation: t.abbreviation().to_owned(),
                    dst: t.dst().is_dst(),
                };
                (Timestamp(t.timestamp().as_second()), offset)
            })
            .collect();
        (first, changes)
    }

    /// The moment `date` ends in this zone: the start of the next day.
    pub fn end_of(&self, date: Date) -> Timestamp {
        match date.next_day() {
            Some(next) => self.start_of(next),
            None => self.start_of(date).plus_days(1),
        }
    }
}

fn civil_to_date(d: jiff::civil::Date) -> Date {
    let month = time::Month::try_from(d.month().unsigned_abs()).unwrap_or(time::Month::January);
    Date::from_calendar_date(i32::from(d.year()), month, d.day().unsigned_abs()).unwrap_or(Date::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_and_dates_round_trip() {
        let t = Timestamp(1_795_000_000);
        assert_eq!(t.rfc3339(), "2026-11-18T11:06:40Z");
        assert_eq!(t.date_iso(), "2026-11-18");
        let d = parse_date("due", "2026-11-18").unwrap();
        assert_eq!(Timestamp::from_date(d).date_iso(), "2026-11-18");
        assert_eq!(t.plus_days(2).date_iso(), "2026-11-20");
        assert_eq!(t.plus_days(1).secs_since(t), DAY);
    }

    #[test]
    fn bad_dates_name_the_field() {
        for bad in ["", "2026-13-01", "18/11/2026", "tomorrow", "2026-02-30"] {
            let err = parse_date("due", bad).unwrap_err();
            assert_eq!(err.field, "due");
            assert_eq!(err.message, "error-date-invalid");
        }
        assert_eq!(parse_optional_date("due", "  ").unwrap(), None);
    }

    #[test]
    fn dates_fall_between_1900_and_2200() {
        for far in ["0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31"] {
            assert_eq!(parse_date("due", far).unwrap_err().message, "error-date-range", "{far}");
        }
        for near in ["1900-01-01", "2200-12-31"] {
            assert!(parse_date("due", near).is_ok(), "{near}");
        }
    }

    #[test]
    fn a_zone_reads_and_writes_days_on_its_own_wall_clock() {
        let ny = Zone::parse("time_zone", " America/New_York ").unwrap();
        assert_eq!(ny.name(), "America/New_York");
        // 2026-11-18 06:06:40 UTC is 01:06 in New York, on the same day.
        let at = ny.wall_clock(Timestamp(1_795_000_000 - 5 * HOUR));
        assert_eq!(
            (iso_date(at.date), at.hour, at.minute, at.abbreviation.as_str()),
            ("2026-11-18".into(), 1, 6, "EST")
        );
        // A poll closing "on 25 December" closes at midnight New York time, five hours after midnight UTC.
        let day = parse_date("d", "2026-12-25").unwrap();
        assert_eq!(ny.end_of(day).secs_since(Timestamp::from_date(day)), DAY + 5 * HOUR);
        assert_eq!(ny.date(ny.start_of(day)), day);
        assert_eq!(ny.date(ny.end_of(day).plus_secs(-1)), day);
        // Summer time: four hours behind UTC in July.
        let july = parse_date("d", "2026-07-01").unwrap();
        assert_eq!(ny.start_of(july).secs_since(Timestamp::from_date(july)), 4 * HOUR);
        let madrid = Zone::parse("time_zone", "Europe/Madrid").unwrap();
        assert_eq!(madrid.wall_clock(Timestamp::from_date(july)).abbreviation, "CEST");
    }

    #[test]
    fn local_times_typed_in_forms_are_on_the_zones_clock() {
        let ny = Zone::parse("time_zone", "America/New_York").unwrap();
        let t = ny.parse_local("starts", "2026-12-03T18:30").unwrap();
        assert_eq!(t.rfc3339(), "2026-12-03T23:30:00Z");
        assert_eq!(ny.local_input(t), "2026-12-03T18:30");
        assert_eq!(ny.ical_local(t), "20261203T183000");
        assert_eq!(ny.parse_local("starts", "2026-12-03 18:30:00").unwrap(), t);
        for bad in ["", "2026-12-03", "2026-12-03T25:00", "2026-12-03T18:60", "tomorrow 6pm", "2026-13-03T10:00"] {
            assert_eq!(ny.parse_local("starts", bad).unwrap_err().message, "error-datetime-invalid", "{bad}");
        }
        assert_eq!(ny.parse_local("starts", "3026-12-03T10:00").unwrap_err().message, "error-date-range");
        // Summer time ends on 1 November 2026 in New York: one change in the year from July.
        let july = ny.at(parse_date("d", "2026-07-01").unwrap(), 12, 0);
        let (first, changes) = ny.offsets(july, july.plus_days(180));
        assert_eq!((first.seconds, first.abbreviation.as_str(), first.dst), (-4 * 3600, "EDT", true));
        assert_eq!(changes.len(), 1);
        assert_eq!((changes[0].1.seconds, changes[0].1.dst), (-5 * 3600, false));
        assert_eq!(changes[0].0.rfc3339(), "2026-11-01T06:00:00Z");
    }

    #[test]
    fn only_iana_area_names_are_zones() {
        for bad in ["", "Nowhere/City", "EST5EDT", "America", "/etc/passwd", "../../etc/localtime"] {
            assert_eq!(Zone::parse("time_zone", bad).unwrap_err().message, "error-time-zone", "{bad}");
        }
        assert_eq!(Zone::parse("time_zone", "UTC").unwrap(), Zone::utc());
        assert_eq!(Zone::stored("Gone/Away"), Zone::utc());
    }
}
