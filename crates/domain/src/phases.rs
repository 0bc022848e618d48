//! Phases of an initiative: co-creation while it is designed, co-production
//! while it runs. One phase is current at a time; every change is recorded.

use time::Date;

use crate::{
    FieldError, Invalid,
    text::{self, TITLE_MAX},
    time::parse_optional_date,
};

string_enum! {
    pub enum PhaseKind {
        CoCreation = "co_creation",
        CoProduction = "co_production",
    }
}

string_enum! {
    pub enum PhaseStatus {
        Upcoming = "upcoming",
        Current = "current",
        Done = "done",
    }
}

/// A phase of the default template; its name is translated from `key`.
#[derive(Debug, Clone, Copy)]
pub struct TemplatePhase {
    pub key: &'static str,
    pub kind: PhaseKind,
    /// Whether members can post ideas and needs while this phase is current.
    pub accepts_ideas: bool,
}

/// Identify needs → co-design → authorization → co-delivery → co-evaluation.
pub const DEFAULT_TEMPLATE: &[TemplatePhase] = &[
    TemplatePhase { key: "identify_needs", kind: PhaseKind::CoCreation, accepts_ideas: true },
    TemplatePhase { key: "co_design", kind: PhaseKind::CoCreation, accepts_ideas: true },
    TemplatePhase { key: "authorization", kind: PhaseKind::CoCreation, accepts_ideas: false },
    TemplatePhase { key: "co_delivery", kind: PhaseKind::CoProduction, accepts_ideas: false },
    TemplatePhase { key: "co_evaluation", kind: PhaseKind::CoProduction, accepts_ideas: true },
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseDraft {
    /// Empty keeps the template's translated name.
    pub name: String,
    pub kind: PhaseKind,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub accepts_ideas: bool,
}

impl PhaseDraft {
    pub fn parse(name: &str, kind: &str, starts_on: &str, ends_on: &str, from_template: bool) -> Result<Self, Invalid> {
        Self::parse_with_ideas(name, kind, starts_on, ends_on, from_template, false)
    }

    /// The same, saying whether the phase takes ideas and needs.
    pub fn parse_with_ideas(
        name: &str,
        kind: &str,
        starts_on: &str,
        ends_on: &str,
        from_template: bool,
        accepts_ideas: bool,
    ) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let name = if from_template {
            e.check(text::optional("name", name, TITLE_MAX).map(Option::unwrap_or_default))
        } else {
            e.check(text::line("name", name, TITLE_MAX))
        };
        let kind = e.check(PhaseKind::parse_field("kind", kind));
        let starts_on = e.check(parse_optional_date("starts_on", starts_on));
        let ends_on = e.check(parse_optional_date("ends_on", ends_on));
        if let (Some(Some(start)), Some(Some(end))) = (starts_on, ends_on)
            && end < start
        {
            e.0.push(FieldError::new("ends_on", "error-end-before-start"));
        }
        match (name, kind, starts_on, ends_on) {
            (Some(name), Some(kind), Some(starts_on), Some(ends_on)) if e.is_empty() => {
                Ok(PhaseDraft { name, kind, starts_on, ends_on, accepts_ideas })
            }
            _ => Err(e),
        }
    }
}

/// The statuses after `target` becomes current: the phase that was current
/// is done, the others keep theirs. Returns (phase id, new status) pairs
/// for the phases that change.
pub fn make_current(phases: &[(i64, PhaseStatus)], target: i64) -> Option<Vec<(i64, PhaseStatus)>> {
    if !phases.iter().any(|(id, _)| *id == target) {
        return None;
    }
    let mut changes = Vec::new();
    for (id, status) in phases {
        if *id == target {
            if *status != PhaseStatus::Current {
                changes.push((*id, PhaseStatus::Current));
            }
        } else if *status == PhaseStatus::Current {
            changes.push((*id, PhaseStatus::Done));
        }
    }
    Some(changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_template_moves_from_creation_to_production() {
        let kinds: Vec<_> = DEFAULT_TEMPLATE.iter().map(|p| p.kind).collect();
        assert_eq!(kinds.first(), Some(&PhaseKind::CoCreation));
        assert_eq!(kinds.last(), Some(&PhaseKind::CoProduction));
        assert_eq!(DEFAULT_TEMPLATE.len(), 5);
    }

    #[test]
    fn one_phase_is_current_at_a_time() {
        let phases = [(1, PhaseStatus::Done), (2, PhaseStatus::Current), (3, PhaseStatus::Upcoming)];
        assert_eq!(make_current(&phases, 3), Some(vec![(2, PhaseStatus::Done), (3, PhaseStatus::Current)]));
        assert_eq!(make_current(&phases, 2), Some(vec![]));
        assert_eq!(make_current(&phases, 9), None);
    }

    #[test]
    fn dates_must_run_forwards() {
        assert!(PhaseDraft::parse("Design", "co_creation", "2026-09-01", "2026-12-01", false).is_ok());
        let err = PhaseDraft::parse("Design", "co_creation", "2026-12-01", "2026-09-01", false).unwrap_err();
        assert_eq!(err.0[0].message, "error-end-before-start");
        assert!(PhaseDraft::parse("", "co_creation", "", "", false).is_err());
        assert_eq!(PhaseDraft::parse("", "co_production", "", "", true).unwrap().name, "");
    }
}
