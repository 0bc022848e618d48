//! Triangle health — "round the bases" (seed 000): rule-based checks that no
//! base of the strategic triangle is neglected, each explained in plain
//! language with a place to fix it.

use time::Date;

use crate::{
    charter::InfluenceLevel,
    engagement::EventKind,
    environment::{AuthorizationFacts, AuthorizationKind, AuthorizationStatus, FormalAuthority, Suitability},
    initiative::{Base, BaseState, CapacityFacts, CapacityStatus, TriangleAssessment},
    time::{DAY, Timestamp},
    worksheet::QUESTIONS,
};

/// Participants should hear how things stand at least this often (seed 002, "feedback").
pub const UPDATE_EVERY_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Check {
    NoValueStatement,
    NoMeasurableOutcomes,
    CapacityWithoutOwner,
    CapacityAtRisk,
    ApprovalOverdue,
    ApprovalRefused,
    FormalNotInformed,
    SharedDecisionWithoutCoCreators,
    CharterNotPublished,
    NoRecentUpdate,
    WorksheetUnanswered,
    PhaseOverrun,
    IdeasAwaitingResponse,
    NoEngagementRecorded,
    BodyRulesBroken,
    BodyTermsExpired,
    BodyVacancyOverdue,
    ActionsOverdue,
    PromisesUndelivered,
    OutcomesUnmeasured,
}

impl Check {
    pub const ALL: [Check; 20] = [
        Check::NoValueStatement,
        Check::NoMeasurableOutcomes,
        Check::CapacityWithoutOwner,
        Check::CapacityAtRisk,
        Check::ApprovalOverdue,
        Check::ApprovalRefused,
        Check::FormalNotInformed,
        Check::SharedDecisionWithoutCoCreators,
        Check::CharterNotPublished,
        Check::NoRecentUpdate,
        Check::WorksheetUnanswered,
        Check::PhaseOverrun,
        Check::IdeasAwaitingResponse,
        Check::NoEngagementRecorded,
        Check::BodyRulesBroken,
        Check::BodyTermsExpired,
        Check::BodyVacancyOverdue,
        Check::ActionsOverdue,
        Check::PromisesUndelivered,
        Check::OutcomesUnmeasured,
    ];

    /// Stable key; the explanation is `health-{key}` and the fix `health-{key}-fix`.
    pub fn key(self) -> &'static str {
        match self {
            Check::NoValueStatement => "no-value-statement",
            Check::NoMeasurableOutcomes => "no-measurable-outcomes",
            Check::CapacityWithoutOwner => "capacity-without-owner",
            Check::CapacityAtRisk => "capacity-at-risk",
            Check::ApprovalOverdue => "approval-overdue",
            Check::ApprovalRefused => "approval-refused",
            Check::FormalNotInformed => "formal-not-informed",
            Check::SharedDecisionWithoutCoCreators => "shared-decision-without-co-creators",
            Check::CharterNotPublished => "charter-not-published",
            Check::NoRecentUpdate => "no-recent-update",
            Check::WorksheetUnanswered => "worksheet-unanswered",
            Check::PhaseOverrun => "phase-overrun",
            Check::IdeasAwaitingResponse => "ideas-awaiting-response",
            Check::NoEngagementRecorded => "no-engagement-recorded",
            Check::BodyRulesBroken => "body-rules-broken",
            Check::BodyTermsExpired => "body-terms-expired",
            Check::BodyVacancyOverdue => "body-vacancy-overdue",
            Check::ActionsOverdue => "actions-overdue",
            Check::PromisesUndelivered => "promises-undelivered",
            Check::OutcomesUnmeasured => "outcomes-unmeasured",
        }
    }

    pub fn base(self) -> Base {
        match self {
            Check::NoValueStatement | Check::NoMeasurableOutcomes | Check::OutcomesUnmeasured => Base::PublicValue,
            Check::CapacityWithoutOwner
            | Check::CapacityAtRisk
            | Check::PhaseOverrun
            | Check::ActionsOverdue
            | Check::PromisesUndelivered => Base::Capacity,
            Check::ApprovalOverdue
            | Check::ApprovalRefused
            | Check::FormalNotInformed
            | Check::SharedDecisionWithoutCoCreators
            | Check::CharterNotPublished
            | Check::NoRecentUpdate
            | Check::WorksheetUnanswered
            | Check::IdeasAwaitingResponse
            | Check::NoEngagementRecorded
            | Check::BodyRulesBroken
            | Check::BodyTermsExpired
            | Check::BodyVacancyOverdue => Base::Legitimacy,
        }
    }

    /// Critical findings can stop an initiative; warnings weaken it.
    pub fn severity(self) -> Severity {
        match self {
            Check::ApprovalRefused | Check::ApprovalOverdue | Check::CapacityAtRisk | Check::NoValueStatement => {
                Severity::Critical
            }
            _ => Severity::Warning,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Critical,
    Warning,
}

impl Severity {
    pub fn key(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::Warning => "warning",
        }
    }
}

/// A check that fired, with how many things it concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    pub check: Check,
    pub count: i64,
}

#[derive(Debug, Clone, Copy)]
pub struct StakeholderFacts {
    pub formal_authority: FormalAuthority,
    pub suitability: Suitability,
    /// Something shows they were told: an engagement event about them, or a
    /// formal step with them that has started.
    pub informed: bool,
}

/// Whether the recorded contact with a stakeholder shows they were informed.
pub fn is_informed(events: &[EventKind], authorizations: &[AuthorizationStatus]) -> bool {
    !events.is_empty() || authorizations.iter().any(|s| *s != AuthorizationStatus::NotStarted)
}

#[derive(Debug, Clone)]
pub struct HealthFacts<'a> {
    pub now: Timestamp,
    pub created_at: Timestamp,
    pub value_statement: &'a str,
    pub outcomes: usize,
    pub measurable_outcomes: usize,
    pub capacity: &'a [CapacityFacts],
    pub authorizations: &'a [AuthorizationFacts],
    pub stakeholders: &'a [StakeholderFacts],
    pub decision_levels: &'a [InfluenceLevel],
    pub charter_published: bool,
    /// The day of the most recent update to participants, if any.
    pub last_update: Option<Date>,
    pub worksheet_answered: usize,
    /// The end date of the current phase: `None` when no phase is current.
    pub current_phase_ends: Option<Option<Date>>,
    /// Ideas still without a response past the initiative's target (seed 002).
    pub ideas_overdue: usize,
    /// Engagement events recorded for any group: none leaves the five-steps
    /// funnel empty, so nobody can show who was informed, consulted or heard back.
    pub engagement_events: usize,
    /// The composition rules broken by the initiative's bodies (councils, steering groups).
    pub body_breaches: usize,
    /// Their seats whose term ended and nobody followed yet.
    pub body_terms_expired: usize,
    /// Their seats vacant longer than 60 days.
    pub body_vacancies_overdue: usize,
    /// Co-owned actions open past their due date.
    pub actions_overdue: usize,
    /// Promises back to people who gave their time, not kept within 30 days.
    pub promises_overdue: usize,
    /// Measurable outcomes no published survey has measured.
    pub outcomes_unmeasured: usize,
}

/// An initiative gets a term to measure its outcomes before the health view asks.
pub const MEASURE_WITHIN_DAYS: i64 = 120;

pub fn check(f: &HealthFacts<'_>) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut fire = |check: Check, count: usize| {
        if count > 0 {
            found.push(Finding { check, count: count as i64 });
        }
    };
    fire(Check::NoValueStatement, usize::from(f.value_statement.trim().is_empty()));
    fire(Check::NoMeasurableOutcomes, usize::from(f.measurable_outcomes == 0));
    fire(Check::CapacityWithoutOwner, f.capacity.iter().filter(|c| !c.has_owner).count());
    fire(Check::CapacityAtRisk, f.capacity.iter().filter(|c| c.status == CapacityStatus::AtRisk).count());
    fire(Check::ApprovalOverdue, f.authorizations.iter().filter(|a| a.is_overdue(f.now)).count());
    fire(
        Check::ApprovalRefused,
        f.authorizations
            .iter()
            .filter(|a| a.kind == AuthorizationKind::Approval && a.status == AuthorizationStatus::Refused)
            .count(),
    );
    fire(
        Check::FormalNotInformed,
        f.stakeholders.iter().filter(|s| s.formal_authority.is_formal() && !s.informed).count(),
    );
    let co_creators = f.stakeholders.iter().any(|s| s.suitability.co_creates());
    fire(
        Check::SharedDecisionWithoutCoCreators,
        if co_creators { 0 } else { f.decision_levels.iter().filter(|l| l.shares_decisions()).count() },
    );
    fire(Check::CharterNotPublished, usize::from(!f.charter_published));
    let today = f.now.date();
    let old_enough = f.now.secs_since(f.created_at) >= UPDATE_EVERY_DAYS * DAY;
    let stale = match f.last_update {
        Some(day) => (today - day).whole_days() > UPDATE_EVERY_DAYS,
        None => old_enough,
    };
    fire(Check::NoRecentUpdate, usize::from(stale));
    fire(Check::WorksheetUnanswered, usize::from(QUESTIONS).saturating_sub(f.worksheet_answered));
    fire(Check::PhaseOverrun, usize::from(matches!(f.current_phase_ends, Some(Some(end)) if end < today)));
    fire(Check::IdeasAwaitingResponse, f.ideas_overdue);
    fire(Check::NoEngagementRecorded, usize::from(f.engagement_events == 0));
    fire(Check::BodyRulesBroken, f.body_breaches);
    fire(Check::BodyTermsExpired, f.body_terms_expired);
    fire(Check::BodyVacancyOverdue, f.body_vacancies_overdue);
    fire(Check::ActionsOverdue, f.actions_overdue);
    fire(Check::PromisesUndelivered, f.promises_overdue);
    let measured_by_now = f.now.secs_since(f.created_at) >= MEASURE_WITHIN_DAYS * DAY;
    fire(Check::OutcomesUnmeasured, if measured_by_now { f.outcomes_unmeasured } else { 0 });
    found
}

/// The triangle and the findings from one evaluation: a base with a finding is
/// never drawn as holding, and a base with a critical finding is drawn at risk,
/// so the overview and the health view cannot disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    pub triangle: TriangleAssessment,
    pub findings: Vec<Finding>,
}

impl Evaluation {
    pub fn new(mut triangle: TriangleAssessment, findings: Vec<Finding>) -> Self {
        for base in [&mut triangle.public_value, &mut triangle.capacity, &mut triangle.legitimacy] {
            let here: Vec<&Finding> = findings.iter().filter(|f| f.check.base() == base.base).collect();
            if here.iter().any(|f| f.check.severity() == Severity::Critical) {
                base.state = BaseState::AtRisk;
            } else if !here.is_empty() && base.state == BaseState::Holding {
                base.state = BaseState::NeedsAttention;
            }
        }
        Evaluation { triangle, findings }
    }

    /// The findings about one base, critical first.
    pub fn findings_for(&self, base: Base) -> Vec<Finding> {
        let mut here: Vec<Finding> = self.findings.iter().copied().filter(|f| f.check.base() == base).collect();
        here.sort_by_key(|f| f.check.severity());
        here
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::parse_date;

    const NOW: Timestamp = Timestamp(1_795_000_000); // 2026-11-18

    fn day(s: &str) -> Date {
        parse_date("d", s).unwrap()
    }

    /// An initiative where nothing fires.
    fn healthy<'a>(
        capacity: &'a [CapacityFacts],
        authorizations: &'a [AuthorizationFacts],
        stakeholders: &'a [StakeholderFacts],
        levels: &'a [InfluenceLevel],
    ) -> HealthFacts<'a> {
        HealthFacts {
            now: NOW,
            created_at: NOW.plus_days(-90),
            value_statement: "Every pupil is known",
            outcomes: 2,
            measurable_outcomes: 2,
            capacity,
            authorizations,
            stakeholders,
            decision_levels: levels,
            charter_published: true,
            last_update: Some(day("2026-11-01")),
            worksheet_answered: 6,
            current_phase_ends: Some(Some(day("2026-12-20"))),
            ideas_overdue: 0,
            engagement_events: 4,
            body_breaches: 0,
            body_terms_expired: 0,
            body_vacancies_overdue: 0,
            actions_overdue: 0,
            promises_overdue: 0,
            outcomes_unmeasured: 0,
        }
    }

    const CAP_OK: [CapacityFacts; 1] = [CapacityFacts { has_owner: true, status: CapacityStatus::InPlace }];
    const AUTH_OK: [AuthorizationFacts; 1] =
        [AuthorizationFacts { kind: AuthorizationKind::Approval, status: AuthorizationStatus::Granted, due_on: None }];
    const PEOPLE_OK: [StakeholderFacts; 1] = [StakeholderFacts {
        formal_authority: FormalAuthority::Approves,
        suitability: Suitability::Both,
        informed: true,
    }];
    const LEVELS: [InfluenceLevel; 2] = [InfluenceLevel::Consult, InfluenceLevel::Empower];

    fn fired(f: &HealthFacts<'_>) -> Vec<(Check, i64)> {
        check(f).into_iter().map(|x| (x.check, x.count)).collect()
    }

    #[test]
    fn a_healthy_initiative_raises_nothing() {
        assert_eq!(fired(&healthy(&CAP_OK, &AUTH_OK, &PEOPLE_OK, &LEVELS)), vec![]);
    }

    #[test]
    fn capacity_without_owner_fires_and_counts() {
        let cap = [
            CapacityFacts { has_owner: false, status: CapacityStatus::Needed },
            CapacityFacts { has_owner: false, status: CapacityStatus::InProgress },
            CapacityFacts { has_owner: true, status: CapacityStatus::AtRisk },
        ];
        let f = healthy(&cap, &AUTH_OK, &PEOPLE_OK, &LEVELS);
        assert_eq!(fired(&f), vec![(Check::CapacityWithoutOwner, 2), (Check::CapacityAtRisk, 1)]);
    }

    #[test]
    fn overdue_and_refused_approvals_fire() {
        let auth = [
            AuthorizationFacts {
                kind: AuthorizationKind::Approval,
                status: AuthorizationStatus::Requested,
                due_on: Some(day("2026-11-01")),
            },
            AuthorizationFacts {
                kind: AuthorizationKind::Approval,
                status: AuthorizationStatus::Refused,
                due_on: None,
            },
            AuthorizationFacts {
                kind: AuthorizationKind::Notification,
                status: AuthorizationStatus::NotStarted,
                due_on: Some(day("2026-12-01")),
            },
        ];
        let f = healthy(&CAP_OK, &auth, &PEOPLE_OK, &LEVELS);
        assert_eq!(fired(&f), vec![(Check::ApprovalOverdue, 1), (Check::ApprovalRefused, 1)]);
    }

    #[test]
    fn formal_authorities_must_be_informed() {
        let people = [
            StakeholderFacts {
                formal_authority: FormalAuthority::Notified,
                suitability: Suitability::Both,
                informed: false,
            },
            StakeholderFacts {
                formal_authority: FormalAuthority::None,
                suitability: Suitability::Neither,
                informed: false,
            },
        ];
        let f = healthy(&CAP_OK, &AUTH_OK, &people, &LEVELS);
        assert_eq!(fired(&f), vec![(Check::FormalNotInformed, 1)]);
        assert!(is_informed(&[EventKind::Updated], &[]));
        assert!(is_informed(&[], &[AuthorizationStatus::Requested]));
        assert!(!is_informed(&[], &[AuthorizationStatus::NotStarted]));
    }

    #[test]
    fn shared_decisions_need_someone_to_co_create_them() {
        let producers = [StakeholderFacts {
            formal_authority: FormalAuthority::None,
            suitability: Suitability::CoProduction,
            informed: true,
        }];
        let f = healthy(&CAP_OK, &AUTH_OK, &producers, &LEVELS);
        assert_eq!(fired(&f), vec![(Check::SharedDecisionWithoutCoCreators, 1)]);
        let only_consulting = [InfluenceLevel::Inform, InfluenceLevel::Consult];
        assert_eq!(fired(&healthy(&CAP_OK, &AUTH_OK, &producers, &only_consulting)), vec![]);
    }

    #[test]
    fn silence_for_thirty_days_fires_but_new_initiatives_get_time() {
        let mut f = healthy(&CAP_OK, &AUTH_OK, &PEOPLE_OK, &LEVELS);
        f.last_update = Some(day("2026-10-15"));
        assert_eq!(fired(&f), vec![(Check::NoRecentUpdate, 1)]);
        f.last_update = Some(day("2026-10-19"));
        assert_eq!(fired(&f), vec![], "exactly 30 days is still in time");
        f.last_update = None;
        assert_eq!(fired(&f), vec![(Check::NoRecentUpdate, 1)]);
        f.created_at = NOW.plus_days(-10);
        assert_eq!(fired(&f), vec![]);
    }

    #[test]
    fn the_worksheet_the_charter_and_outcomes() {
        let mut f = healthy(&CAP_OK, &AUTH_OK, &PEOPLE_OK, &LEVELS);
        f.worksheet_answered = 2;
        f.charter_published = false;
        f.measurable_outcomes = 0;
        f.value_statement = " ";
        assert_eq!(
            fired(&f),
            vec![
                (Check::NoValueStatement, 1),
                (Check::NoMeasurableOutcomes, 1),
                (Check::CharterNotPublished, 1),
                (Check::WorksheetUnanswered, 4)
            ]
        );
    }

    #[test]
    fn a_current_phase_past_its_end_fires() {
        let mut f = healthy(&CAP_OK, &AUTH_OK, &PEOPLE_OK, &LEVELS);
        f.current_phase_ends = Some(Some(day("2026-11-17")));
        assert_eq!(fired(&f), vec![(Check::PhaseOverrun, 1)]);
        f.current_phase_ends = Some(None);
        assert_eq!(fired(&f), vec![]);
        f.current_phase_ends = None;
        assert_eq!(fired(&f), vec![]);
    }

    #[test]
    fn ideas_past_their_response_target_fire() {
        let mut f = healthy(&CAP_OK, &AUTH_OK, &PEOPLE_OK, &LEVELS);
        f.ideas_overdue = 3;
        assert_eq!(fired(&f), vec![(Check::IdeasAwaitingResponse, 3)]);
    }

    #[test]
    fn an_empty_five_steps_funnel_fires() {
        let mut f = healthy(&CAP_OK, &AUTH_OK, &PEOPLE_OK, &LEVELS);
        f.engagement_events = 0;
        assert_eq!(fired(&f), vec![(Check::NoEngagementRecorded, 1)]);
        assert_eq!(Check::NoEngagementRecorded.base(), Base::Legitimacy);
    }

    fn base(base: Base, state: BaseState) -> crate::initiative::BaseAssessment {
        crate::initiative::BaseAssessment { base, state, reasons: vec![] }
    }

    fn triangle(value: BaseState, capacity: BaseState, legitimacy: BaseState) -> TriangleAssessment {
        TriangleAssessment {
            public_value: base(Base::PublicValue, value),
            capacity: base(Base::Capacity, capacity),
            legitimacy: base(Base::Legitimacy, legitimacy),
            value_tally: Default::default(),
            capacity_tally: Default::default(),
            support_tally: Default::default(),
        }
    }

    #[test]
    fn the_triangle_and_the_findings_never_disagree() {
        use BaseState::*;
        let findings = vec![
            Finding { check: Check::NoRecentUpdate, count: 1 },
            Finding { check: Check::CapacityAtRisk, count: 2 },
            Finding { check: Check::NoValueStatement, count: 1 },
        ];
        let e = Evaluation::new(triangle(Missing, Holding, Holding), findings);
        // A critical finding outranks "nothing recorded": critical is never drawn grey.
        assert_eq!(e.triangle.public_value.state, AtRisk);
        assert_eq!(e.triangle.capacity.state, AtRisk);
        assert_eq!(e.triangle.legitimacy.state, NeedsAttention);
        assert!(!e.triangle.rounds_the_bases());
        // A warning leaves a base that has nothing recorded as missing.
        let e = Evaluation::new(
            triangle(Holding, Holding, Missing),
            vec![Finding { check: Check::NoRecentUpdate, count: 1 }],
        );
        assert_eq!(e.triangle.legitimacy.state, Missing);
        assert_eq!(e.triangle.public_value.state, Holding);
        // Every base the findings leave alone holds, and only then does it round the bases.
        let e = Evaluation::new(triangle(Holding, Holding, Holding), vec![]);
        assert!(e.triangle.rounds_the_bases());
        let mixed = vec![
            Finding { check: Check::WorksheetUnanswered, count: 3 },
            Finding { check: Check::ApprovalRefused, count: 1 },
        ];
        let e = Evaluation::new(triangle(Holding, Holding, Holding), mixed);
        assert_eq!(
            e.findings_for(Base::Legitimacy).iter().map(|f| f.check).collect::<Vec<_>>(),
            vec![Check::ApprovalRefused, Check::WorksheetUnanswered]
        );
    }

    #[test]
    fn every_check_has_a_base_and_a_severity() {
        for c in Check::ALL {
            assert!(!c.key().is_empty());
            let _ = (c.base(), c.severity());
        }
        assert_eq!(Check::ApprovalRefused.severity(), Severity::Critical);
        assert_eq!(Check::WorksheetUnanswered.base(), Base::Legitimacy);
    }
}
