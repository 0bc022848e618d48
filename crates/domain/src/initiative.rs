//! Initiatives and the strategic triangle (seed 000): every public initiative
//! must hold public value, organizational capacity and legitimacy & support
//! together — "round the bases".

string_enum! {
    /// Who can read an initiative.
    pub enum Visibility {
        /// Anyone, without logging in.
        Public = "public",
        /// Members of the community only.
        Members = "members",
    }
}

string_enum! {
    /// Where a stakeholder stands on an initiative.
    pub enum Stance {
        Champion = "champion",
        Supporter = "supporter",
        Neutral = "neutral",
        Sceptic = "sceptic",
        Opponent = "opponent",
        Unknown = "unknown",
    }
}

impl Stance {
    pub fn is_supportive(self) -> bool {
        matches!(self, Stance::Champion | Stance::Supporter)
    }

    pub fn is_critical(self) -> bool {
        matches!(self, Stance::Sceptic | Stance::Opponent)
    }
}

string_enum! {
    /// What a piece of organizational capacity is.
    pub enum CapacityKind {
        People = "people",
        Systems = "systems",
        Money = "money",
        Other = "other",
    }
}

string_enum! {
    pub enum CapacityStatus {
        Needed = "needed",
        InProgress = "in_progress",
        InPlace = "in_place",
        AtRisk = "at_risk",
    }
}

/// The three bases of the strategic triangle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    PublicValue,
    Capacity,
    Legitimacy,
}

impl Base {
    pub const ALL: [Base; 3] = [Base::PublicValue, Base::Capacity, Base::Legitimacy];

    pub fn key(self) -> &'static str {
        match self {
            Base::PublicValue => "public_value",
            Base::Capacity => "capacity",
            Base::Legitimacy => "legitimacy",
        }
    }
}

/// How well one base is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum BaseState {
    /// A critical health finding (a refused approval, capacity at risk, no
    /// stated value): the base can bring the initiative down.
    AtRisk,
    /// Nothing recorded yet.
    Missing,
    /// Recorded, but something needs attention.
    NeedsAttention,
    /// Recorded and nothing flagged.
    Holding,
}

impl BaseState {
    pub fn key(self) -> &'static str {
        match self {
            BaseState::AtRisk => "at-risk",
            BaseState::Missing => "missing",
            BaseState::NeedsAttention => "attention",
            BaseState::Holding => "holding",
        }
    }
}

/// One measurable outcome of the public value proposition.
#[derive(Debug, Clone)]
pub struct OutcomeFacts {
    pub has_measure: bool,
    pub has_target: bool,
}

#[derive(Debug, Clone)]
pub struct CapacityFacts {
    pub has_owner: bool,
    pub status: CapacityStatus,
}

/// What the triangle assessment reads.
#[derive(Debug, Clone)]
pub struct TriangleFacts<'a> {
    pub value_statement: &'a str,
    pub outcomes: &'a [OutcomeFacts],
    pub capacity: &'a [CapacityFacts],
    /// Stances recorded for the community's stakeholder groups.
    pub stances: &'a [Stance],
    /// How many stakeholder groups the community has.
    pub group_count: usize,
}

/// The state of one base with the reasons (Fluent message ids) behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseAssessment {
    pub base: Base,
    pub state: BaseState,
    pub reasons: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CapacityTally {
    pub total: usize,
    pub with_owner: usize,
    pub in_place: usize,
    pub in_progress: usize,
    pub at_risk: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SupportTally {
    pub recorded: usize,
    pub supportive: usize,
    pub neutral: usize,
    pub critical: usize,
    pub unknown: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ValueTally {
    pub outcomes: usize,
    pub measurable: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriangleAssessment {
    pub public_value: BaseAssessment,
    pub capacity: BaseAssessment,
    pub legitimacy: BaseAssessment,
    pub value_tally: ValueTally,
    pub capacity_tally: CapacityTally,
    pub support_tally: SupportTally,
}

impl TriangleAssessment {
    pub fn bases(&self) -> [&BaseAssessment; 3] {
        [&self.public_value, &self.capacity, &self.legitimacy]
    }

    /// True when every base is holding: the initiative "rounds the bases".
    pub fn rounds_the_bases(&self) -> bool {
        self.bases().iter().all(|b| b.state == BaseState::Holding)
    }
}

pub fn assess(facts: &TriangleFacts<'_>) -> TriangleAssessment {
    let value_tally = ValueTally {
        outcomes: facts.outcomes.len(),
        measurable: facts.outcomes.iter().filter(|o| o.has_measure && o.has_target).count(),
    };
    let capacity_tally = CapacityTally {
        total: facts.capacity.len(),
        with_owner: facts.capacity.iter().filter(|c| c.has_owner).count(),
        in_place: count_status(facts.capacity, CapacityStatus::InPlace),
        in_progress: count_status(facts.capacity, CapacityStatus::InProgress),
        at_risk: count_status(facts.capacity, CapacityStatus::AtRisk),
    };
    let support_tally = SupportTally {
        recorded: facts.stances.len(),
        supportive: facts.stances.iter().filter(|s| s.is_supportive()).count(),
        neutral: facts.stances.iter().filter(|s| **s == Stance::Neutral).count(),
        critical: facts.stances.iter().filter(|s| s.is_critical()).count(),
        unknown: facts.stances.iter().filter(|s| **s == Stance::Unknown).count(),
    };
    TriangleAssessment {
        public_value: assess_value(facts.value_statement, &value_tally),
        capacity: assess_capacity(&capacity_tally),
        legitimacy: assess_legitimacy(&support_tally, facts.group_count),
        value_tally,
        capacity_tally,
        support_tally,
    }
}

fn count_status(items: &[CapacityFacts], status: CapacityStatus) -> usize {
    items.iter().filter(|c| c.status == status).count()
}

fn verdict(base: Base, missing: bool, reasons: Vec<&'static str>) -> BaseAssessment {
    let state = if missing {
        BaseState::Missing
    } else if reasons.is_empty() {
        BaseState::Holding
    } else {
        BaseState::NeedsAttention
    };
    BaseAssessment { base, state, reasons }
}

fn assess_value(statement: &str, tally: &ValueTally) -> BaseAssessment {
    let has_statement = !statement.trim().is_empty();
    if !has_statement && tally.outcomes == 0 {
        return verdict(Base::PublicValue, true, vec!["triangle-reason-value-missing"]);
    }
    let mut reasons = Vec::new();
    if !has_statement {
        reasons.push("triangle-reason-value-no-statement");
    }
    if tally.outcomes == 0 {
        reasons.push("triangle-reason-value-no-outcomes");
    } else if tally.measurable < tally.outcomes {
        reasons.push("triangle-reason-value-unmeasured");
    }
    verdict(Base::PublicValue, false, reasons)
}

fn assess_capacity(tally: &CapacityTally) -> BaseAssessment {
    if tally.total == 0 {
        return verdict(Base::Capacity, true, vec!["triangle-reason-capacity-missing"]);
    }
    let mut reasons = Vec::new();
    if tally.with_owner < tally.total {
        reasons.push("triangle-reason-capacity-no-owner");
    }
    if tally.at_risk > 0 {
        reasons.push("triangle-reason-capacity-at-risk");
    }
    verdict(Base::Capacity, false, reasons)
}

fn assess_legitimacy(tally: &SupportTally, group_count: usize) -> BaseAssessment {
    if tally.recorded == 0 {
        return verdict(Base::Legitimacy, true, vec!["triangle-reason-legitimacy-missing"]);
    }
    let mut reasons = Vec::new();
    // Seeking legitimacy only from a few groups is the affinity trap of seed 000.
    if tally.recorded * 2 < group_count {
        reasons.push("triangle-reason-legitimacy-narrow");
    }
    if tally.critical > 0 {
        reasons.push("triangle-reason-legitimacy-critical");
    }
    if tally.unknown > 0 {
        reasons.push("triangle-reason-legitimacy-unknown");
    }
    verdict(Base::Legitimacy, false, reasons)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(m: bool, t: bool) -> OutcomeFacts {
        OutcomeFacts { has_measure: m, has_target: t }
    }

    fn cap(owner: bool, status: CapacityStatus) -> CapacityFacts {
        CapacityFacts { has_owner: owner, status }
    }

    fn facts<'a>(
        statement: &'a str,
        outcomes: &'a [OutcomeFacts],
        capacity: &'a [CapacityFacts],
        stances: &'a [Stance],
    ) -> TriangleFacts<'a> {
        TriangleFacts { value_statement: statement, outcomes, capacity, stances, group_count: 8 }
    }

    #[test]
    fn empty_initiative_is_missing_every_base() {
        let a = assess(&facts("", &[], &[], &[]));
        assert!(a.bases().iter().all(|b| b.state == BaseState::Missing));
        assert!(!a.rounds_the_bases());
    }

    #[test]
    fn a_well_held_triangle_rounds_the_bases() {
        let outcomes = [outcome(true, true)];
        let capacity = [cap(true, CapacityStatus::InPlace), cap(true, CapacityStatus::InProgress)];
        let stances = [Stance::Champion, Stance::Supporter, Stance::Neutral, Stance::Supporter];
        let a = assess(&facts("Every child has a trusted adult.", &outcomes, &capacity, &stances));
        assert!(a.rounds_the_bases(), "{a:?}");
        assert_eq!(
            a.capacity_tally,
            CapacityTally { total: 2, with_owner: 2, in_place: 1, in_progress: 1, at_risk: 0 }
        );
        assert_eq!(a.support_tally.supportive, 3);
    }

    #[test]
    fn unmeasured_outcomes_need_attention() {
        let outcomes = [outcome(true, true), outcome(true, false)];
        let a = assess(&facts("x", &outcomes, &[], &[]));
        assert_eq!(a.public_value.state, BaseState::NeedsAttention);
        assert_eq!(a.public_value.reasons, vec!["triangle-reason-value-unmeasured"]);
        assert_eq!(a.value_tally, ValueTally { outcomes: 2, measurable: 1 });
    }

    #[test]
    fn statement_without_outcomes_needs_attention() {
        let a = assess(&facts("x", &[], &[], &[]));
        assert_eq!(a.public_value.reasons, vec!["triangle-reason-value-no-outcomes"]);
    }

    #[test]
    fn capacity_without_owner_or_at_risk_needs_attention() {
        let capacity = [cap(false, CapacityStatus::Needed), cap(true, CapacityStatus::AtRisk)];
        let a = assess(&facts("", &[], &capacity, &[]));
        assert_eq!(a.capacity.state, BaseState::NeedsAttention);
        assert_eq!(a.capacity.reasons, vec!["triangle-reason-capacity-no-owner", "triangle-reason-capacity-at-risk"]);
    }

    #[test]
    fn narrow_or_critical_support_needs_attention() {
        let narrow = assess(&facts("", &[], &[], &[Stance::Champion]));
        assert_eq!(narrow.legitimacy.reasons, vec!["triangle-reason-legitimacy-narrow"]);
        let stances = [Stance::Champion, Stance::Opponent, Stance::Unknown, Stance::Neutral];
        let critical = assess(&facts("", &[], &[], &stances));
        assert_eq!(
            critical.legitimacy.reasons,
            vec!["triangle-reason-legitimacy-critical", "triangle-reason-legitimacy-unknown"]
        );
        assert_eq!(
            critical.support_tally,
            SupportTally { recorded: 4, supportive: 1, neutral: 1, critical: 1, unknown: 1 }
        );
    }
}

pub mod drafts {
    //! Submitted initiative data, checked. Pages and the API both parse
    //! through these, so the same input gets the same answer everywhere.

    use super::{CapacityKind, CapacityStatus, Stance, Visibility};
    use crate::{
        Invalid,
        text::{self, LONG_TEXT_MAX, SUMMARY_MAX, TITLE_MAX},
    };

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct InitiativeDraft {
        pub title: String,
        pub summary: String,
        pub visibility: Visibility,
        pub value_statement: String,
    }

    impl InitiativeDraft {
        pub fn parse(title: &str, summary: &str, visibility: &str, value_statement: &str) -> Result<Self, Invalid> {
            let mut errors = Invalid::default();
            let title = errors.check(text::line("title", title, TITLE_MAX));
            let summary = errors.check(text::optional("summary", summary, SUMMARY_MAX));
            let visibility = errors.check(Visibility::parse_field("visibility", visibility));
            let statement = errors.check(text::optional("value_statement", value_statement, LONG_TEXT_MAX));
            match (title, summary, visibility, statement) {
                (Some(title), Some(summary), Some(visibility), Some(statement)) if errors.is_empty() => Ok(Self {
                    title,
                    summary: summary.unwrap_or_default(),
                    visibility,
                    value_statement: statement.unwrap_or_default(),
                }),
                _ => Err(errors),
            }
        }
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct OutcomeDraft {
        pub description: String,
        pub measure: String,
        pub target: String,
    }

    impl OutcomeDraft {
        pub fn parse(description: &str, measure: &str, target: &str) -> Result<Self, Invalid> {
            let mut errors = Invalid::default();
            let description = errors.check(text::required("description", description, SUMMARY_MAX));
            let measure = errors.check(text::optional("measure", measure, SUMMARY_MAX));
            let target = errors.check(text::optional("target", target, TITLE_MAX));
            match (description, measure, target) {
                (Some(description), Some(measure), Some(target)) if errors.is_empty() => {
                    Ok(Self { description, measure: measure.unwrap_or_default(), target: target.unwrap_or_default() })
                }
                _ => Err(errors),
            }
        }
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct CapacityDraft {
        pub kind: CapacityKind,
        pub title: String,
        pub owner: String,
        pub status: CapacityStatus,
        pub evidence: String,
    }

    impl CapacityDraft {
        pub fn parse(kind: &str, title: &str, owner: &str, status: &str, evidence: &str) -> Result<Self, Invalid> {
            let mut errors = Invalid::default();
            let kind = errors.check(CapacityKind::parse_field("kind", kind));
            let title = errors.check(text::line("title", title, TITLE_MAX));
            let owner = errors.check(text::optional("owner", owner, text::NAME_MAX));
            let status = errors.check(CapacityStatus::parse_field("status", status));
            let evidence = errors.check(text::optional("evidence", evidence, SUMMARY_MAX));
            match (kind, title, owner, status, evidence) {
                (Some(kind), Some(title), Some(owner), Some(status), Some(evidence)) if errors.is_empty() => Ok(Self {
                    kind,
                    title,
                    owner: owner.unwrap_or_default(),
                    status,
                    evidence: evidence.unwrap_or_default(),
                }),
                _ => Err(errors),
            }
        }
    }

    /// A group's stance, or `None` when the form says "not recorded".
    pub fn stance(field: &'static str, input: &str) -> Result<Option<Stance>, crate::FieldError> {
        if input.trim().is_empty() { Ok(None) } else { Stance::parse_field(field, input).map(Some) }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn initiative_drafts_collect_every_problem() {
            let err = InitiativeDraft::parse(" ", "", "secret", "").unwrap_err();
            let fields: Vec<_> = err.0.iter().map(|e| e.field).collect();
            assert_eq!(fields, vec!["title", "visibility"]);
            let ok = InitiativeDraft::parse(" Name the school ", "", "public", " Better ").unwrap();
            assert_eq!((ok.title.as_str(), ok.value_statement.as_str()), ("Name the school", "Better"));
        }

        #[test]
        fn capacity_and_outcome_drafts() {
            assert!(CapacityDraft::parse("people", "Lead", "", "needed", "").is_ok());
            let err = CapacityDraft::parse("robots", "", "", "done", "").unwrap_err();
            assert_eq!(err.0.len(), 3);
            assert!(OutcomeDraft::parse("Attendance up", "% days", "95%").is_ok());
            assert_eq!(OutcomeDraft::parse("", "", "").unwrap_err().0[0].field, "description");
            assert_eq!(stance("s", "").unwrap(), None);
            assert_eq!(stance("s", "champion").unwrap(), Some(Stance::Champion));
            assert!(stance("s", "fan").is_err());
        }
    }
}
