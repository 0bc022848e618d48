//! The power-sharing charter (seed 003): before any co-productive process
//! begins, staff decide how much control and which risks they share, and say
//! openly what can and cannot be influenced. No participation opens in an
//! initiative until its charter is published.

use serde::{Deserialize, Serialize};

use crate::{
    FieldError, Invalid,
    text::{self, LONG_TEXT_MAX, NAME_MAX, SUMMARY_MAX, TITLE_MAX},
};

string_enum! {
    /// How much influence participants have over a decision area
    /// (the IAP2 spectrum), from least to most.
    pub enum InfluenceLevel {
        Inform = "inform",
        Consult = "consult",
        Involve = "involve",
        Collaborate = "collaborate",
        Empower = "empower",
    }
}

impl InfluenceLevel {
    /// Collaborate and empower put real decisions in participants' hands, so
    /// there must be someone suited to co-create them.
    pub fn shares_decisions(self) -> bool {
        matches!(self, InfluenceLevel::Collaborate | InfluenceLevel::Empower)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionArea {
    pub title: String,
    pub level: InfluenceLevel,
    /// Who makes the final decision.
    pub final_decision_by: String,
    /// What is fixed, and why.
    pub fixed: String,
    /// The risks the school accepts by sharing this decision.
    pub risks: String,
    /// What participants get back (reciprocity).
    pub reciprocity: String,
}

pub struct DecisionAreaInput<'a> {
    pub title: &'a str,
    pub level: &'a str,
    pub final_decision_by: &'a str,
    pub fixed: &'a str,
    pub risks: &'a str,
    pub reciprocity: &'a str,
}

impl DecisionArea {
    pub fn parse(input: &DecisionAreaInput<'_>) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", input.title, TITLE_MAX));
        let level = e.check(InfluenceLevel::parse_field("level", input.level));
        let by = e.check(text::line("final_decision_by", input.final_decision_by, NAME_MAX));
        let fixed = e.check(text::optional("fixed", input.fixed, SUMMARY_MAX));
        let risks = e.check(text::optional("risks", input.risks, SUMMARY_MAX));
        // Seed 003: it should be very clear what participants get back.
        let reciprocity = e.check(text::required("reciprocity", input.reciprocity, SUMMARY_MAX));
        match (title, level, by, fixed, risks, reciprocity) {
            (Some(title), Some(level), Some(by), Some(fixed), Some(risks), Some(reciprocity)) if e.is_empty() => {
                Ok(DecisionArea {
                    title,
                    level,
                    final_decision_by: by,
                    fixed: fixed.unwrap_or_default(),
                    risks: risks.unwrap_or_default(),
                    reciprocity,
                })
            }
            _ => Err(e),
        }
    }
}

/// A charter as published at one version, kept so readers can see every change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CharterSnapshot {
    pub intro: String,
    pub areas: Vec<DecisionArea>,
}

/// Where a charter stands: version 0 is a draft never published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharterState {
    pub version: i64,
}

impl CharterState {
    pub fn is_published(self) -> bool {
        self.version > 0
    }

    /// Once published, every change must say why; drafts change freely.
    pub fn change_reason(self, input: &str) -> Result<Option<String>, FieldError> {
        if self.is_published() {
            text::required("reason", input, SUMMARY_MAX).map(Some)
        } else {
            text::optional("reason", input, SUMMARY_MAX)
        }
    }

    /// Publishing needs at least one decision area: a charter that shares
    /// nothing says nothing about what can be influenced.
    pub fn publish(self, area_count: usize) -> Result<CharterState, FieldError> {
        if self.is_published() {
            return Err(FieldError::new("charter", "error-charter-already-published"));
        }
        if area_count == 0 {
            return Err(FieldError::new("charter", "error-charter-empty"));
        }
        Ok(CharterState { version: 1 })
    }

    /// The version a published change creates.
    pub fn next(self) -> CharterState {
        CharterState { version: self.version + 1 }
    }
}

/// Why participation cannot open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParticipationRefused {
    /// Seed 003: say first what can and cannot be influenced.
    CharterNotPublished,
    /// A draft initiative is seen by staff only: nobody else could take part.
    InitiativeDraft,
}

impl ParticipationRefused {
    pub fn message(self) -> &'static str {
        match self {
            ParticipationRefused::CharterNotPublished => "error-charter-not-published",
            ParticipationRefused::InitiativeDraft => "error-initiative-draft",
        }
    }
}

/// The one gate every participation component (ideas, polls, budgets,
/// conversations) goes through before it opens.
pub fn open_participation(charter: CharterState, initiative_published: bool) -> Result<(), ParticipationRefused> {
    if !initiative_published {
        Err(ParticipationRefused::InitiativeDraft)
    } else if !charter.is_published() {
        Err(ParticipationRefused::CharterNotPublished)
    } else {
        Ok(())
    }
}

pub const INTRO_MAX: usize = LONG_TEXT_MAX;

#[cfg(test)]
mod tests {
    use super::*;

    fn area<'a>(level: &'a str, reciprocity: &'a str) -> DecisionAreaInput<'a> {
        DecisionAreaInput {
            title: "The school's name",
            level,
            final_decision_by: "Design team, ratified by the board",
            fixed: "",
            risks: "A name the board dislikes",
            reciprocity,
        }
    }

    #[test]
    fn participation_waits_for_the_charter() {
        let draft = CharterState { version: 0 };
        assert_eq!(open_participation(draft, true), Err(ParticipationRefused::CharterNotPublished));
        let published = draft.publish(2).unwrap();
        assert_eq!(open_participation(published, true), Ok(()));
        assert_eq!(open_participation(published, false), Err(ParticipationRefused::InitiativeDraft));
        assert_eq!(published.next().version, 2);
    }

    #[test]
    fn an_empty_charter_cannot_be_published_and_publishing_happens_once() {
        let draft = CharterState { version: 0 };
        assert_eq!(draft.publish(0).unwrap_err().message, "error-charter-empty");
        assert_eq!(CharterState { version: 3 }.publish(1).unwrap_err().message, "error-charter-already-published");
    }

    #[test]
    fn changes_after_publication_need_a_reason() {
        assert_eq!(CharterState { version: 0 }.change_reason("").unwrap(), None);
        assert_eq!(CharterState { version: 1 }.change_reason(" ").unwrap_err().message, "error-required");
        assert_eq!(CharterState { version: 1 }.change_reason("Board asked").unwrap().as_deref(), Some("Board asked"));
    }

    #[test]
    fn decision_areas_say_what_participants_get_back() {
        assert!(DecisionArea::parse(&area("empower", "Pupils' names on the sign")).is_ok());
        let err = DecisionArea::parse(&area("veto", "")).unwrap_err();
        let fields: Vec<_> = err.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["level", "reciprocity"]);
        assert!(InfluenceLevel::Empower.shares_decisions() && !InfluenceLevel::Involve.shares_decisions());
    }
}
