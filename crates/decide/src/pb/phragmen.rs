//! Sequential Phragmén for approval ballots, equal to pabutools'
//! `sequential_phragmen`: voters earn money continuously; as soon as the
//! supporters of a project can buy it together, it is bought and their
//! accounts are emptied. In rounds: the project with the lowest new maximum
//! load (Σ supporters' loads + cost) / supporters is bought, unless it (or any
//! project tied with it) no longer fits the budget, which ends the count.
//! Ties go to the smallest id as a string. Floating point decides, exact
//! rationals settle anything within a relative 1e-9.

use super::{Instance, Outcome, SatProfile, Verdict};
use crate::exact::{Q, q, q_frac, to_f64};

const TOL: f64 = 1e-9;
const NONE: u32 = u32::MAX;

/// A bought project: which, its supporters' count, and how many of them carried each earlier round's load.
type Bought = (usize, i128, Vec<(u32, i128)>);

struct State<'a> {
    instance: &'a Instance,
    profile: &'a SatProfile,
    /// Per group: the round whose load it carries (NONE: load 0).
    last: Vec<u32>,
    load: Vec<f64>,
    /// Per round: the project, its supporters' count and how many of them carried each earlier round's load.
    rounds: Vec<Bought>,
    exact: Vec<Q>,
}

impl State<'_> {
    fn count(&self, p: usize) -> i128 {
        self.profile.supporters[p].iter().map(|&(g, _)| self.profile.groups[g as usize].voters as i128).sum()
    }

    fn new_load(&self, p: usize) -> f64 {
        let count = self.count(p);
        if count == 0 {
            return f64::INFINITY;
        }
        let loads: f64 = self.profile.supporters[p]
            .iter()
            .map(|&(g, _)| self.profile.groups[g as usize].voters as f64 * self.load[g as usize])
            .sum();
        (loads + self.instance.costs[p] as f64) / count as f64
    }

    /// How many supporters of `p` carry each round's load now.
    fn carried(&self, p: usize) -> Vec<(u32, i128)> {
        let mut by_round: Vec<(u32, i128)> = Vec::new();
        for &(g, _) in &self.profile.supporters[p] {
            let r = self.last[g as usize];
            if r == NONE {
                continue;
            }
            let voters = self.profile.groups[g as usize].voters as i128;
            match by_round.iter_mut().find(|(x, _)| *x == r) {
                Some((_, c)) => *c += voters,
                None => by_round.push((r, voters)),
            }
        }
        by_round
    }

    fn exact_load(&mut self, p: usize) -> Option<Q> {
        let count = self.count(p);
        if count == 0 {
            return None;
        }
        let carried = self.carried(p);
        Some(self.exact_from(p, count, &carried))
    }

    fn exact_from(&mut self, p: usize, count: i128, carried: &[(u32, i128)]) -> Q {
        while self.exact.len() < self.rounds.len() {
            let (rp, rc, rcarried) = self.rounds[self.exact.len()].clone();
            let value = self.sum_with(rp, rc, &rcarried);
            self.exact.push(value);
        }
        self.sum_with(p, count, carried)
    }

    fn sum_with(&self, p: usize, count: i128, carried: &[(u32, i128)]) -> Q {
        let mut total = q(self.instance.costs[p]);
        for &(r, c) in carried {
            total += &self.exact[r as usize] * q(c);
        }
        total / q_frac(count, 1)
    }
}

pub fn sequential(instance: &Instance, profile: &SatProfile, counts: &[u64]) -> Outcome {
    let m = instance.len();
    let mut state = State {
        instance,
        profile,
        last: vec![NONE; profile.groups.len()],
        load: vec![0.0; profile.groups.len()],
        rounds: Vec::new(),
        exact: Vec::new(),
    };
    let mut verdicts = vec![Verdict::RuleStopped; m];
    let mut remaining: Vec<usize> = Vec::new();
    for (p, verdict) in verdicts.iter_mut().enumerate() {
        if instance.costs[p] <= instance.budget {
            remaining.push(p);
        } else {
            *verdict = Verdict::DidNotFit { left: instance.amount(instance.budget) };
        }
    }
    let mut selected = Vec::new();
    let mut spent: i128 = 0;
    while !remaining.is_empty() {
        let loads: Vec<(usize, f64)> = remaining.iter().map(|&p| (p, state.new_load(p))).collect();
        let best = loads.iter().map(|&(_, l)| l).fold(f64::INFINITY, f64::min);
        let mut tied: Vec<usize> = loads
            .iter()
            .filter(|&&(_, l)| if best.is_infinite() { l.is_infinite() } else { l <= best * (1.0 + TOL) })
            .map(|&(p, _)| p)
            .collect();
        let mut best_exact: Option<Q> = None;
        if tied.len() > 1 && best.is_finite() {
            let exact: Vec<(usize, Q)> = tied.iter().filter_map(|&p| state.exact_load(p).map(|x| (p, x))).collect();
            if let Some(min) = exact.iter().map(|(_, x)| x.clone()).min() {
                tied = exact.iter().filter(|(_, x)| *x == min).map(|(p, _)| *p).collect();
                best_exact = Some(min);
            }
        }
        if tied.iter().any(|&p| spent + instance.costs[p] > instance.budget) {
            let left = instance.amount(instance.budget - spent);
            for &p in &tied {
                if spent + instance.costs[p] > instance.budget {
                    verdicts[p] = Verdict::DidNotFit { left };
                }
            }
            break;
        }
        let Some(&chosen) = tied.iter().min_by_key(|&&p| instance.tie_rank[p]) else { break };
        let new = match &best_exact {
            Some(x) => to_f64(x),
            None => state.new_load(chosen),
        };
        let count = state.count(chosen);
        let carried = state.carried(chosen);
        let round = state.rounds.len() as u32;
        state.rounds.push((chosen, count.max(1), carried));
        for &(g, _) in &profile.supporters[chosen] {
            state.last[g as usize] = round;
            state.load[g as usize] = new;
        }
        spent += instance.costs[chosen];
        selected.push(chosen);
        verdicts[chosen] = Verdict::Funded { round: round + 1 };
        remaining.retain(|&p| p != chosen);
    }
    Outcome::build("phragmen", instance, counts, selected, verdicts)
}
