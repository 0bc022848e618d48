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
}
