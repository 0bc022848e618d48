//! "You said, we did": commitments that answer ideas and decisions, with
//! progress updates participants can follow.

use crate::{
    FieldError, Invalid,
    text::{self, LONG_TEXT_MAX, TITLE_MAX},
    time::{Date, parse_date},
};

string_enum! {
    pub enum CommitmentStatus {
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
        Dropped = "dropped",
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitmentDraft {
    pub title: String,
    pub description: String,
}

impl CommitmentDraft {
    pub fn parse(title: &str, description: &str) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", title, TITLE_MAX));
        let description = e.check(text::optional("description", description, LONG_TEXT_MAX));
        match (title, description) {
            (Some(title), Some(d)) if e.is_empty() => Ok(CommitmentDraft { title, description: d.unwrap_or_default() }),
            _ => Err(e),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressDraft {
    pub status: CommitmentStatus,
    pub percent: i64,
    pub body: String,
    pub happened_on: Date,
}

impl ProgressDraft {
    /// Percent must agree with the status: done is 100, planned has not started.
    pub fn parse(status: &str, percent: &str, body: &str, happened_on: &str) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let status = e.check(CommitmentStatus::parse_field("status", status));
        let percent = e.check(text::integer_in("percent", percent, 0..=100));
        let body = e.check(text::required("body", body, LONG_TEXT_MAX));
        let happened_on = e.check(parse_date("happened_on", happened_on));
        match (status, percent) {
            (Some(CommitmentStatus::Done), Some(p)) if p != 100 => {
                e.0.push(FieldError::new("percent", "error-done-is-100"))
            }
            (Some(CommitmentStatus::Planned), Some(p)) if p != 0 => {
                e.0.push(FieldError::new("percent", "error-planned-is-0"))
            }
            _ => {}
        }
        match (status, percent, body, happened_on) {
            (Some(status), Some(percent), Some(body), Some(happened_on)) if e.is_empty() => {
                Ok(ProgressDraft { status, percent, body, happened_on })
            }
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_must_agree_with_its_status() {
        assert!(ProgressDraft::parse("in_progress", "40", "Half the benches are in.", "2026-11-01").is_ok());
        assert_eq!(
            ProgressDraft::parse("done", "90", "x", "2026-11-01").unwrap_err().0[0].message,
            "error-done-is-100"
        );
        assert_eq!(
            ProgressDraft::parse("planned", "10", "x", "2026-11-01").unwrap_err().0[0].message,
            "error-planned-is-0"
        );
        let err = ProgressDraft::parse("started", "140", "", "soon").unwrap_err();
        let fields: Vec<_> = err.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["status", "percent", "body", "happened_on"]);
    }

    #[test]
    fn commitments_have_a_title() {
        assert!(CommitmentDraft::parse("Longer lunch from January", "").is_ok());
        assert_eq!(CommitmentDraft::parse(" ", "").unwrap_err().0[0].field, "title");
    }
}
