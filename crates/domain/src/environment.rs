//! The authorizing environment (seeds 000, 001): everyone who can approve or
//! disapprove of an initiative, formally or informally, and who among them
//! suits co-creation, co-production or both.

use time::Date;

use crate::{
    Invalid,
    initiative::Stance,
    text::{self, NAME_MAX, SUMMARY_MAX, TITLE_MAX},
    time::{Timestamp, parse_optional_date},
};

string_enum! {
    /// What a stakeholder is. Individual people must be adults: pupils take
    /// part through their stakeholder group, never named on the map.
    pub enum StakeholderKind {
        Group = "group",
        Organisation = "organisation",
        Person = "person",
    }
}

string_enum! {
    /// Formal authority over the initiative, strongest first.
    pub enum FormalAuthority {
        Approves = "approves",
        Consulted = "consulted",
        Notified = "notified",
        None = "none",
    }
}

impl FormalAuthority {
    pub fn is_formal(self) -> bool {
        self != FormalAuthority::None
    }

    /// Position on the traditional map's formal axis: 0 (none) to 3 (approves).
    pub fn rank(self) -> u8 {
        match self {
            FormalAuthority::None => 0,
            FormalAuthority::Notified => 1,
            FormalAuthority::Consulted => 2,
            FormalAuthority::Approves => 3,
        }
    }
}

string_enum! {
    /// Informal influence: the power to lend or withdraw credibility.
    pub enum Influence {
        Low = "low",
        Medium = "medium",
        High = "high",
    }
}

impl Influence {
    pub fn rank(self) -> u8 {
        match self {
            Influence::Low => 0,
            Influence::Medium => 1,
            Influence::High => 2,
        }
    }
}

string_enum! {
    /// Who a stakeholder is best suited to be (seed 001's open environment).
    pub enum Suitability {
        CoCreation = "co_creation",
        CoProduction = "co_production",
        Both = "both",
        Neither = "neither",
    }
}

impl Suitability {
    pub fn co_creates(self) -> bool {
        matches!(self, Suitability::CoCreation | Suitability::Both)
    }

    pub fn co_produces(self) -> bool {
        matches!(self, Suitability::CoProduction | Suitability::Both)
    }
}

/// A checked stakeholder from a form or the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StakeholderDraft {
    pub name: String,
    pub kind: StakeholderKind,
    pub formal_authority: FormalAuthority,
    pub instrument: String,
    pub influence: Influence,
    pub stance: Stance,
    pub suitability: Suitability,
    pub suitability_reason: String,
    pub relationship_owner: String,
}

pub struct StakeholderInput<'a> {
    pub name: &'a str,
    pub kind: &'a str,
    pub formal_authority: &'a str,
    pub instrument: &'a str,
    pub influence: &'a str,
    pub stance: &'a str,
    pub suitability: &'a str,
    pub suitability_reason: &'a str,
    pub relationship_owner: &'a str,
}

impl StakeholderDraft {
    pub fn parse(input: &StakeholderInput<'_>) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let name = e.check(text::line("name", input.name, TITLE_MAX));
        let kind = e.check(StakeholderKind::parse_field("kind", input.kind));
        let formal = e.check(FormalAuthority::parse_field("formal_authority", input.formal_authority));
        let instrument = e.check(text::optional("instrument", input.instrument, TITLE_MAX));
        let influence = e.check(Influence::parse_field("influence", input.influence));
        let stance = e.check(Stance::parse_field("stance", input.stance));
        let suitability = e.check(Suitability::parse_field("suitability", input.suitability));
        let reason = e.check(text::optional("suitability_reason", input.suitability_reason, SUMMARY_MAX));
        let owner = e.check(text::optional("relationship_owner", input.relationship_owner, NAME_MAX));
        // Formal authority is exercised through something: a vote, a sign-off, a notice.
        if let (Some(f), Some(None)) = (formal, &instrument)
            && f.is_formal()
        {
            e.0.push(crate::FieldError::new("instrument", "error-instrument-required"));
        }
        match (name, kind, formal, instrument, influence, stance, suitability, reason, owner) {
            (
                Some(name),
                Some(kind),
                Some(formal),
                Some(instrument),
                Some(influence),
                Some(stance),
                Some(suitability),
                Some(reason),
                Some(owner),
            ) if e.is_empty() => Ok(StakeholderDraft {
                name,
                kind,
                formal_authority: formal,
                instrument: instrument.unwrap_or_default(),
                influence,
                stance,
                suitability,
                suitability_reason: reason.unwrap_or_default(),
                relationship_owner: owner.unwrap_or_default(),
            }),
            _ => Err(e),
        }
    }
}

string_enum! {
    /// A formal step: something that must be approved, or someone who must be told.
    pub enum AuthorizationKind {
        Approval = "approval",
        Notification = "notification",
    }
}

string_enum! {
    pub enum AuthorizationStatus {
        NotStarted = "not_started",
        Requested = "requested",
        Granted = "granted",
        Refused = "refused",
        Notified = "notified",
    }
}

impl AuthorizationStatus {
    /// Settled one way or the other: no longer waiting on anyone.
    pub fn is_settled(self) -> bool {
        matches!(self, AuthorizationStatus::Granted | AuthorizationStatus::Refused | AuthorizationStatus::Notified)
    }
}

/// What decides whether an approval or notification is overdue.
#[derive(Debug, Clone, Copy)]
pub struct AuthorizationFacts {
    pub kind: AuthorizationKind,
    pub status: AuthorizationStatus,
    pub due_on: Option<Date>,
}

impl AuthorizationFacts {
    /// Past its due date and still not settled.
    pub fn is_overdue(&self, now: Timestamp) -> bool {
        !self.status.is_settled() && self.due_on.is_some_and(|due| due < now.date())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorizationDraft {
    pub title: String,
    pub kind: AuthorizationKind,
    pub status: AuthorizationStatus,
    pub due_on: Option<Date>,
    pub happened_on: Option<Date>,
    pub evidence: String,
}

impl AuthorizationDraft {
    pub fn parse(
        title: &str,
        kind: &str,
        status: &str,
        due_on: &str,
        happened_on: &str,
        evidence: &str,
    ) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", title, TITLE_MAX));
        let kind = e.check(AuthorizationKind::parse_field("kind", kind));
        let status = e.check(AuthorizationStatus::parse_field("status", status));
        let due_on = e.check(parse_optional_date("due_on", due_on));
        let happened_on = e.check(parse_optional_date("happened_on", happened_on));
        let evidence = e.check(text::optional("evidence", evidence, SUMMARY_MAX));
        // "Notified" only makes sense for notifications, "granted/refused" only for approvals.
        match (kind, status) {
            (
                Some(AuthorizationKind::Notification),
                Some(AuthorizationStatus::Granted | AuthorizationStatus::Refused),
            )
            | (Some(AuthorizationKind::Approval), Some(AuthorizationStatus::Notified)) => {
                e.0.push(crate::FieldError::new("status", "error-status-kind-mismatch"));
            }
            _ => {}
        }
        // A settled step says when it happened.
        if let (Some(s), Some(None)) = (status, happened_on)
            && s.is_settled()
        {
            e.0.push(crate::FieldError::new("happened_on", "error-happened-required"));
        }
        match (title, kind, status, due_on, happened_on, evidence) {
            (Some(title), Some(kind), Some(status), Some(due_on), Some(happened_on), Some(evidence))
                if e.is_empty() =>
            {
                Ok(AuthorizationDraft {
                    title,
                    kind,
                    status,
                    due_on,
                    happened_on,
                    evidence: evidence.unwrap_or_default(),
                })
            }
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{DAY, parse_date};

    fn input<'a>(formal: &'a str, instrument: &'a str) -> StakeholderInput<'a> {
        StakeholderInput {
            name: "School board",
            kind: "group",
            formal_authority: formal,
            instrument,
            influence: "high",
            stance: "supporter",
            suitability: "co_production",
            suitability_reason: "Oversight",
            relationship_owner: "Superintendent",
        }
    }

    #[test]
    fn formal_authority_needs_its_instrument() {
        let err = StakeholderDraft::parse(&input("approves", "")).unwrap_err();
        assert_eq!(err.0[0].message, "error-instrument-required");
        assert!(StakeholderDraft::parse(&input("approves", "Board vote on the final plan")).is_ok());
        assert!(StakeholderDraft::parse(&input("none", "")).is_ok());
    }

    #[test]
    fn every_bad_field_is_reported() {
        let bad = StakeholderInput {
            name: "",
            kind: "x",
            influence: "huge",
            stance: "?",
            suitability: "all",
            ..input("owns", "")
        };
        let fields: Vec<_> = StakeholderDraft::parse(&bad).unwrap_err().0.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["name", "kind", "formal_authority", "influence", "stance", "suitability"]);
    }

    #[test]
    fn ranks_and_suitability() {
        assert!(FormalAuthority::Approves.rank() > FormalAuthority::Consulted.rank());
        assert!(Suitability::Both.co_creates() && Suitability::Both.co_produces());
        assert!(!Suitability::CoProduction.co_creates());
    }

    #[test]
    fn overdue_means_past_due_and_unsettled() {
        let due = parse_date("d", "2026-11-10").unwrap();
        let now = Timestamp::from_date(due).plus_secs(DAY + 1);
        let waiting = AuthorizationFacts {
            kind: AuthorizationKind::Approval,
            status: AuthorizationStatus::Requested,
            due_on: Some(due),
        };
        assert!(waiting.is_overdue(now));
        assert!(!waiting.is_overdue(Timestamp::from_date(due)), "due today is not overdue");
        let granted = AuthorizationFacts { status: AuthorizationStatus::Granted, ..waiting };
        assert!(!granted.is_overdue(now));
        let undated = AuthorizationFacts { due_on: None, ..waiting };
        assert!(!undated.is_overdue(now));
    }

    #[test]
    fn authorization_status_must_fit_its_kind_and_say_when() {
        assert!(
            AuthorizationDraft::parse("Board approves the plan", "approval", "requested", "2026-12-01", "", "").is_ok()
        );
        let err = AuthorizationDraft::parse("Union told", "notification", "granted", "", "2026-11-01", "").unwrap_err();
        assert_eq!(err.0[0].message, "error-status-kind-mismatch");
        let err = AuthorizationDraft::parse("Board approves", "approval", "granted", "", "", "").unwrap_err();
        assert_eq!(err.0[0].field, "happened_on");
        let err = AuthorizationDraft::parse("x", "approval", "requested", "next week", "", "").unwrap_err();
        assert_eq!(err.0[0].message, "error-date-invalid");
    }
}
