//! The counting library's problems and explanations, as translatable
//! messages: shared by the command line and the results pages.

use tandem_decide::{
    pabulib::{PbError, PbProblem, PbWarning},
    pb::Verdict,
    preflib::{PrefLibError, PrefLibProblem},
};

use crate::i18n::Arg;

/// A message id with its arguments.
pub type Message = (&'static str, Vec<(&'static str, Arg)>);

fn s(v: impl ToString) -> Arg {
    Arg::Str(v.to_string())
}

pub fn pb_problem(error: &PbError) -> Message {
    match &error.problem {
        PbProblem::Unreadable(detail) => ("count-pb-unreadable", vec![("detail", s(detail))]),
        PbProblem::MissingSection(section) => ("count-pb-missing-section", vec![("section", s(section))]),
        PbProblem::OutsideSection => ("count-pb-outside-section", vec![]),
        PbProblem::RepeatedSection(section) => ("count-pb-repeated-section", vec![("section", s(section))]),
        PbProblem::MissingMeta(key) => ("count-pb-missing-meta", vec![("key", s(key))]),
        PbProblem::MissingColumn { section, column } => {
            ("count-pb-missing-column", vec![("section", s(section)), ("column", s(column))])
        }
        PbProblem::BadNumber { column, value } => {
            ("count-pb-bad-number", vec![("column", s(column)), ("value", s(value))])
        }
        PbProblem::UnknownVoteType(value) => ("count-pb-vote-type", vec![("value", s(value))]),
        PbProblem::DuplicateProject(id) => ("count-pb-duplicate-project", vec![("id", s(id))]),
        PbProblem::UnknownProject(id) => ("count-pb-unknown-project", vec![("id", s(id))]),
        PbProblem::PointsMismatch { projects, points } => {
            ("count-pb-points", vec![("projects", Arg::from(*projects)), ("points", Arg::from(*points))])
        }
        PbProblem::TooManyCells { expected, found } => {
            ("count-pb-cells", vec![("expected", Arg::from(*expected)), ("found", Arg::from(*found))])
        }
    }
}

/// A vote read leniently (a project listed more than once), for people.
pub fn pb_warning(warning: &PbWarning) -> Message {
    (
        "count-pb-repeated-warning",
        vec![
            ("line", Arg::Num(i64::try_from(warning.line).unwrap_or(i64::MAX))),
            ("voter", s(&warning.voter_id)),
            ("id", s(&warning.project)),
            ("times", Arg::from(warning.times)),
        ],
    )
}

pub fn preflib_problem(error: &PrefLibError) -> Message {
    match &error.problem {
        PrefLibProblem::NotUtf8 => ("count-preflib-not-utf8", vec![]),
        PrefLibProblem::MissingAlternatives => ("count-preflib-missing-alternatives", vec![]),
        PrefLibProblem::RepeatedAlternatives => ("count-preflib-repeated-alternatives", vec![]),
        PrefLibProblem::BadAlternatives(v) => ("count-preflib-bad-alternatives", vec![("value", s(v))]),
        PrefLibProblem::BallotBeforeHeader => ("count-preflib-ballot-before-header", vec![]),
        PrefLibProblem::BadBallotLine => ("count-preflib-bad-line", vec![]),
        PrefLibProblem::BadCount(v) => ("count-preflib-bad-count", vec![("value", s(v))]),
        PrefLibProblem::Ties => ("count-preflib-ties", vec![]),
        PrefLibProblem::BadAlternative(v) => ("count-preflib-bad-alternative", vec![("value", s(v))]),
        PrefLibProblem::OutOfRange { alternative, alternatives } => (
            "count-preflib-out-of-range",
            vec![("alternative", Arg::from(*alternative)), ("alternatives", Arg::from(*alternatives))],
        ),
        PrefLibProblem::RankedTwice(a) => ("count-preflib-ranked-twice", vec![("alternative", Arg::from(*a))]),
        PrefLibProblem::EmptyBallot => ("count-preflib-empty-ballot", vec![]),
        PrefLibProblem::Incomplete { alternatives, ranked } => (
            "count-preflib-incomplete",
            vec![("alternatives", Arg::from(*alternatives)), ("ranked", Arg::from(*ranked))],
        ),
    }
}

/// Why a project was or was not funded.
pub fn verdict(v: &Verdict) -> Message {
    match v {
        Verdict::Funded { round } => ("count-verdict-funded", vec![("round", Arg::from(*round as i64))]),
        Verdict::FundedFree => ("count-verdict-free", vec![]),
        Verdict::SupportersCannotAfford => ("count-verdict-cannot-afford", vec![]),
        Verdict::DidNotFit { left } => ("count-verdict-did-not-fit", vec![("left", s(left))]),
        Verdict::RuleStopped => ("count-verdict-stopped", vec![]),
        Verdict::BelowThreshold => ("count-verdict-threshold", vec![]),
        Verdict::NoSupport => ("count-verdict-no-support", vec![]),
        Verdict::Completion { round } => ("count-verdict-completion", vec![("round", Arg::from(*round as i64))]),
    }
}

/// The message naming a budgeting rule.
pub fn rule_name(key: &str) -> &'static str {
    match key {
        "greedy" => "count-rule-greedy",
        "greedy-cost" => "count-rule-greedy-cost",
        "greedy-card" => "count-rule-greedy-card",
        "mes" => "count-rule-mes",
        "mes-card" => "count-rule-mes-card",
        "mes-add1" => "count-rule-mes-add1",
        "mes-add1-greedy" => "count-rule-mes-add1-greedy",
        "phragmen" => "count-rule-phragmen",
        _ => "count-rule-unknown",
    }
}

/// The message naming a voting method.
pub fn method_name(key: &str) -> &'static str {
    match key {
        "irv" => "count-method-irv",
        "schulze" => "count-method-schulze",
        "borda" => "count-method-borda",
        "plurality" => "count-method-plurality",
        "approval" => "count-method-approval",
        "score" => "count-method-score",
        "consent" => "count-method-consent",
        _ => "count-method-unknown",
    }
}
