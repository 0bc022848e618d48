//! Greedy rules: Pabulib's official "greedy by votes" and pabutools'
//! utilitarian greedy.

use std::cmp::Ordering;

use super::{Instance, Outcome, SatProfile, Verdict};
use crate::{
    amount::Decimal,
    exact::cmp_ratio,
    pabulib::{Election, VoteType},
};

/// Pabutools' satisfaction density of a project: total satisfaction per unit
/// of cost; free projects with support come first, unsupported ones last.
#[derive(Clone, Copy)]
enum Density {
    Zero,
    Ratio(i128, i128),
    Infinite,
}

fn cmp_density(a: Density, b: Density) -> Ordering {
    match (a, b) {
        (Density::Infinite, Density::Infinite) | (Density::Zero, Density::Zero) => Ordering::Equal,
        (Density::Infinite, _) | (_, Density::Zero) => Ordering::Greater,
        (_, Density::Infinite) | (Density::Zero, _) => Ordering::Less,
        (Density::Ratio(a, b), Density::Ratio(c, d)) => cmp_ratio(a, b, c, d),
    }
}

/// `greedy_utilitarian_welfare` for additive satisfactions: projects by
/// satisfaction per cost, highest first (ties: smallest id as a string),
/// each taken if it fits what is left. Projects in `initial` are already
/// funded (used to complete Equal Shares).
pub fn utilitarian(
    rule: &'static str,
    instance: &Instance,
    profile: &SatProfile,
    counts: &[u64],
    initial: &[usize],
) -> Outcome {
    let m = instance.len();
    let density = |p: usize| {
        let total = profile.total[p];
        let cost = instance.costs[p];
        if total <= 0 {
            Density::Zero
        } else if cost > 0 {
            Density::Ratio(total, cost)
        } else {
            Density::Infinite
        }
    };
    let mut order: Vec<usize> = (0..m).filter(|p| !initial.contains(p)).collect();
    order.sort_by(|&a, &b| cmp_density(density(b), density(a)).then(instance.tie_rank[a].cmp(&instance.tie_rank[b])));
    let mut verdicts: Vec<Verdict> = vec![Verdict::NoSupport; m];
    let mut selected: Vec<usize> = initial.to_vec();
    for (i, &p) in initial.iter().enumerate() {
        verdicts[p] = Verdict::Funded { round: i as u32 + 1 };
    }
    let mut left = instance.budget - instance.total_cost(initial);
    let completing = !initial.is_empty();
    for p in order {
        let cost = instance.costs[p];
        if cost <= left {
            left -= cost;
            selected.push(p);
            let round = selected.len() as u32;
            verdicts[p] = if completing { Verdict::Completion { round } } else { Verdict::Funded { round } };
        } else {
            verdicts[p] = Verdict::DidNotFit { left: instance.amount(left) };
        }
    }
    Outcome::build(rule, instance, counts, selected, verdicts)
}

/// The value Pabulib ranks projects by: the `score` (points, or for ordinal
/// ballots Σ (L − position) with L = max_length or the ballot's length) when
/// the PROJECTS section has a score column, otherwise the number of votes.
/// Both are recomputed from the ballots.
pub fn official_scores(election: &Election) -> Vec<i128> {
    let by_score = election.project_columns.iter().any(|c| c == "score");
    let max_length: Option<usize> = election.meta("max_length").and_then(|v| v.trim().parse().ok()).filter(|&l| l > 0);
    let mut scores = vec![0_i128; election.projects.len()];
    for vote in &election.votes {
        let len = max_length.unwrap_or(vote.projects.len());
        for (pos, &p) in vote.projects.iter().enumerate() {
            scores[p] += match (by_score, election.vote_type) {
                (false, _) => 1,
                (true, VoteType::Cumulative | VoteType::Scoring) => {
                    i128::from(vote.points.get(pos).copied().unwrap_or(0))
                }
                (true, VoteType::Ordinal) => len as i128 - pos as i128,
                (true, _) => 1,
            };
        }
    }
    scores
}

/// Pabulib's sentinel cost in greedy-no-skip files: such a project is passed over without stopping.
const NO_SKIP_SENTINEL: i128 = 999_999_999;

/// Pabulib's official greedy, as its checker verifies it: highest score
/// first (ties in the file's order), projects below `min_project_score_threshold`
/// skipped, each taken if it fits; under `greedy-no-skip` the first project
/// that does not fit ends the count.
pub fn official(election: &Election, instance: &Instance, counts: &[u64]) -> Outcome {
    let m = instance.len();
    let scores = official_scores(election);
    let threshold = election.meta("min_project_score_threshold").and_then(Decimal::parse);
    let no_skip = election.meta("rule") == Some("greedy-no-skip");
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| scores[b].cmp(&scores[a]));
    let below = |p: usize| match threshold {
        Some(t) => scores[p].checked_mul(10_i128.pow(t.scale)).is_some_and(|v| v < t.units),
        None => false,
    };
    let mut verdicts = vec![Verdict::RuleStopped; m];
    let mut selected = Vec::new();
    let mut left = instance.budget;
    let mut stopped = false;
    for p in order {
        if stopped {
            continue;
        }
        if below(p) {
            verdicts[p] = Verdict::BelowThreshold;
            continue;
        }
        let cost = instance.costs[p];
        if no_skip && cost == NO_SKIP_SENTINEL * 10_i128.pow(instance.scale) {
            verdicts[p] = Verdict::DidNotFit { left: instance.amount(left) };
            continue;
        }
        if cost <= left {
            left -= cost;
            selected.push(p);
            verdicts[p] = Verdict::Funded { round: selected.len() as u32 };
        } else {
            verdicts[p] = Verdict::DidNotFit { left: instance.amount(left) };
            stopped = no_skip;
        }
    }
    let mut outcome = Outcome::build("greedy", instance, counts, selected, verdicts);
    let by = if election.project_columns.iter().any(|c| c == "score") { "score" } else { "votes" };
    outcome.notes.push((String::from("ranked_by"), by.to_owned()));
    if let Some(t) = threshold {
        outcome.notes.push((String::from("threshold"), t.to_string()));
    }
    if no_skip {
        outcome.notes.push((String::from("variant"), String::from("no-skip")));
    }
    outcome
}
