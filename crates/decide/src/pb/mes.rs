//! The Method of Equal Shares (equalshares.net), equal to pabutools'
//! `method_of_equal_shares` with exact fractions.
//!
//! Every voter starts with an equal share of the budget. In each round the
//! project whose supporters can pay for it with the lowest maximum payment per
//! unit of satisfaction (its "affordability" ρ) is funded; each supporter pays
//! ρ × their satisfaction, or all they have left if that is less. Ties go to the
//! smallest project id as a string.
//!
//! Speed with exactness: rounds are computed in floating point, and exact
//! rational arithmetic is used only where a decision is within a relative 1e-9
//! of going the other way (two projects with nearly the same ρ, a project that
//! its supporters can only just afford, a voter who can only just pay). Exact
//! budgets are not stored: a voter's budget is the starting share minus Σ ρⱼ ×
//! satisfaction over the rounds they paid in, so it is rebuilt from the exact ρⱼ
//! of earlier rounds, which are themselves computed only when first needed.

use std::collections::HashSet;

use super::{Completion, Instance, Outcome, SatProfile, Verdict};
use crate::{
    exact::{Q, q, q_frac, to_f64},
    pabulib::Election,
};

const TOL: f64 = 1e-9;
const NEVER: u32 = u32::MAX;

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOL * a.abs().max(b.abs())
}

struct Round {
    project: usize,
    /// Groups that paid everything they had (poor) and those that paid ρ × satisfaction.
    poor: Vec<u32>,
    rich: Vec<(u32, i128)>,
    /// Groups whose budget was within tolerance of their payment: checked exactly when needed.
    uncertain: Vec<u32>,
}

/// One run of Equal Shares with a given starting share per voter.
struct Run<'a> {
    instance: &'a Instance,
    profile: &'a SatProfile,
    start: Q,
    budget: Vec<f64>,
    /// Rounds each group paid ρ × satisfaction in, with that satisfaction. Built
    /// from the round records only once exact arithmetic is first needed: most
    /// runs never need it, and tens of thousands of small lists cost time.
    paid: Vec<Vec<(u32, i128)>>,
    paid_built: bool,
    /// The round a group paid all it had left, if any.
    zeroed_at: Vec<u32>,
    /// Zeroed in a round where it was clearly poor: its exact budget is 0 without any check.
    surely_zero: Vec<bool>,
    rounds: Vec<Round>,
    exact_rho: Vec<Q>,
}

/// Result of one run: funded projects in order, and those found unaffordable.
struct RunResult {
    selected: Vec<usize>,
    rho: Vec<f64>,
}

impl<'a> Run<'a> {
    fn new(instance: &'a Instance, profile: &'a SatProfile, start: Q) -> Run<'a> {
        let n = profile.groups.len();
        let start_f = to_f64(&start);
        Run {
            instance,
            profile,
            start,
            budget: vec![start_f; n],
            paid: Vec::new(),
            paid_built: false,
            zeroed_at: vec![NEVER; n],
            surely_zero: vec![false; n],
            rounds: Vec::new(),
            exact_rho: Vec::new(),
        }
    }

    fn available(&self, p: usize) -> f64 {
        self.profile.weighted[p].iter().map(|&(g, _, v)| v * self.budget[g as usize]).sum()
    }

    /// Money the supporters of `p` have left, and ρ in floating point: the
    /// poor/rich fixed point, from "everyone pays ρu" upwards. The first pass
    /// yields both. `total` is Σ voters × satisfaction over the supporters.
    fn evaluate(&self, p: usize, total: f64, give_up_if_short: bool) -> (f64, f64) {
        let cost = self.instance.costs[p] as f64;
        let supporters = &self.profile.weighted[p];
        let mut rho = cost / total;
        let mut available = f64::NAN;
        let mut poor_count = usize::MAX;
        for _ in 0..supporters.len() + 1 {
            let (mut poor_money, mut rich_sat, mut rich_money, mut count) = (0.0, 0.0, 0.0, 0);
            for &(g, u, v) in supporters {
                let b = self.budget[g as usize];
                if b < rho * u {
                    poor_money += v * b;
                    count += 1;
                } else {
                    rich_sat += v * u;
                    rich_money += v * b;
                }
            }
            if available.is_nan() {
                available = poor_money + rich_money;
                if give_up_if_short && available < cost && !near(available, cost) {
                    return (available, f64::INFINITY);
                }
            }
            if count == poor_count {
                break;
            }
            poor_count = count;
            if rich_sat <= 0.0 {
                // Everyone pays all they have: only possible when that is exactly the cost.
                let max = supporters.iter().map(|&(g, u, _)| self.budget[g as usize] / u).fold(0.0, f64::max);
                return (available, max);
            }
            rho = (cost - poor_money) / rich_sat;
        }
        (available, rho)
    }

    /// A group's exact budget before round `k` (given exact ρ of rounds < k).
    fn exact_budget(&self, g: u32, k: usize) -> Q {
        if (self.zeroed_at[g as usize] as usize) < k {
            return q(0);
        }
        let mut b = self.start.clone();
        for &(j, u) in &self.paid[g as usize] {
            if (j as usize) < k {
                b -= &self.exact_rho[j as usize] * q(u);
            }
        }
        b
    }

    /// Σ voters × exact budget over `groups` before round `k`, with one rational
    /// product per earlier round rather than one per group.
    fn exact_sum(&self, groups: impl Iterator<Item = u32>, k: usize) -> Q {
        let mut count: i128 = 0;
        let mut coef = vec![0_i128; k];
        for g in groups {
            if (self.zeroed_at[g as usize] as usize) < k {
                continue;
            }
            let voters = self.profile.groups[g as usize].voters as i128;
            count += voters;
            for &(j, u) in &self.paid[g as usize] {
                if (j as usize) < k {
                    coef[j as usize] += voters * u;
                }
            }
        }
        let mut sum = &self.start * q(count);
        for (j, c) in coef.into_iter().enumerate() {
            if c != 0 {
                sum -= &self.exact_rho[j] * q(c);
            }
        }
        sum
    }

    /// ρ = (cost − money of the poor) / satisfaction of the rich, for a given partition.
    fn exact_rho_for(&self, p: usize, poor: &[u32], rich: &[(u32, i128)], k: usize) -> Option<Q> {
        let sat: i128 = rich.iter().map(|&(g, u)| self.profile.groups[g as usize].voters as i128 * u).sum();
        if sat == 0 {
            return None;
        }
        let money = self.exact_sum(poor.iter().copied(), k);
        Some((q(self.instance.costs[p]) - money) / q(sat))
    }

    /// Computes the exact ρ of every round before `k` that is not yet known,
    /// checking the uncertain payers of each exactly (and correcting them).
    fn ensure_exact(&mut self, k: usize) {
        if !self.paid_built {
            self.paid = vec![Vec::new(); self.profile.groups.len()];
            for (j, round) in self.rounds.iter().enumerate() {
                for &(g, u) in &round.rich {
                    self.paid[g as usize].push((j as u32, u));
                }
            }
            self.paid_built = true;
        }
        while self.exact_rho.len() < k {
            let j = self.exact_rho.len();
            let p = self.rounds[j].project;
            let sat_of = |g: u32| -> i128 {
                let sats = &self.profile.groups[g as usize].sats;
                sats.binary_search_by_key(&(p as u32), |&(q, _)| q).map(|i| sats[i].1).unwrap_or(0)
            };
            let mut poor = self.rounds[j].poor.clone();
            let mut rich: Vec<(u32, i128)> = self.rounds[j].rich.clone();
            let uncertain = self.rounds[j].uncertain.clone();
            let mut rho = q(0);
            for _ in 0..=uncertain.len() {
                rho = match self.exact_rho_for(p, &poor, &rich, j) {
                    Some(r) => r,
                    None => break,
                };
                let mut moved = false;
                for &g in &uncertain {
                    let b = self.exact_budget(g, j);
                    let pay = &rho * q(sat_of(g));
                    let is_poor = poor.contains(&g);
                    if is_poor && b > pay {
                        poor.retain(|&x| x != g);
                        rich.push((g, sat_of(g)));
                        moved = true;
                    } else if !is_poor && b < pay {
                        rich.retain(|&(x, _)| x != g);
                        poor.push(g);
                        moved = true;
                    }
                }
                if !moved {
                    break;
                }
            }
            // Record the exact partition: it decides the budgets of later rounds.
            for &g in &uncertain {
                let gi = g as usize;
                let is_poor = poor.contains(&g);
                self.paid[gi].retain(|&(r, _)| r as usize != j);
                if is_poor {
                    self.zeroed_at[gi] = self.zeroed_at[gi].min(j as u32);
                } else {
                    if self.zeroed_at[gi] as usize == j {
                        self.zeroed_at[gi] = NEVER;
                    }
                    self.paid[gi].push((j as u32, sat_of(g)));
                    self.paid[gi].sort_unstable();
                }
            }
            self.rounds[j].poor = poor;
            self.rounds[j].rich = rich;
            self.exact_rho.push(rho);
        }
    }

    /// ρ without any history when the split is clear: every supporter either far
    /// richer than ρ × satisfaction or surely at zero. Then ρ = cost / Σ rich
    /// satisfaction, a ratio of integers. (This is how most exact ties look:
    /// two projects whose supporters all pay in full, with equal support.)
    fn plain_rho(&self, p: usize, rho_f: f64) -> Option<Q> {
        let cost = self.instance.costs[p];
        let available = self.available(p);
        if available <= cost as f64 || near(available, cost as f64) {
            return None;
        }
        let mut sat: i128 = 0;
        for &(g, u) in &self.profile.supporters[p] {
            let gi = g as usize;
            if self.surely_zero[gi] {
                continue;
            }
            let b = self.budget[gi];
            let pay = rho_f * u as f64;
            if b <= pay || near(b, pay) {
                return None;
            }
            sat += self.profile.groups[gi].voters as i128 * u;
        }
        (sat > 0).then(|| q_frac(cost, sat))
    }

    /// Exact ρ of project `p` now (round `k`), or None if its supporters cannot afford it.
    fn exact_rho_now(&mut self, p: usize, rho_f: f64) -> Option<Q> {
        if let Some(rho) = self.plain_rho(p, rho_f) {
            return Some(rho);
        }
        let k = self.rounds.len();
        self.ensure_exact(k);
        let supporters = &self.profile.supporters[p];
        if self.exact_sum(supporters.iter().map(|&(g, _)| g), k) < q(self.instance.costs[p]) {
            return None;
        }
        let mut is_poor: HashSet<u32> = HashSet::new();
        for &(g, u) in supporters {
            if self.budget[g as usize] < rho_f * u as f64 {
                is_poor.insert(g);
            }
        }
        let mut rho = None;
        for _ in 0..=supporters.len() {
            let poor: Vec<u32> = supporters.iter().map(|&(g, _)| g).filter(|g| is_poor.contains(g)).collect();
            let rich: Vec<(u32, i128)> = supporters.iter().copied().filter(|(g, _)| !is_poor.contains(g)).collect();
            let Some(r) = self.exact_rho_for(p, &poor, &rich, k) else {
                // Everyone is poor: ρ is the largest budget per satisfaction.
                let mut best = q(0);
                for &(g, u) in supporters {
                    let x = self.exact_budget(g, k) / q(u);
                    if x > best {
                        best = x;
                    }
                }
                return Some(best);
            };
            let r_f = to_f64(&r);
            let mut moved = false;
            for &(g, u) in supporters {
                let b_f = self.budget[g as usize];
                let poor_now = is_poor.contains(&g);
                // Far from the boundary, floating point already tells the side.
                if !near(b_f, r_f * u as f64) && poor_now == (b_f < r_f * u as f64) {
                    continue;
                }
                let b = self.exact_budget(g, k);
                let pay = &r * q(u);
                if poor_now && b > pay {
                    is_poor.remove(&g);
                    moved = true;
                } else if !poor_now && b < pay {
                    is_poor.insert(g);
                    moved = true;
                }
            }
            rho = Some(r);
            if !moved {
                break;
            }
        }
        rho
    }

    fn run(mut self, candidates: &[usize]) -> RunResult {
        let m = self.instance.len();
        let mut remaining: Vec<usize> = candidates.to_vec();
        let mut stale: Vec<f64> = vec![0.0; m];
        let mut total: Vec<f64> = vec![0.0; m];
        for &p in &remaining {
            total[p] = self.profile.weighted[p].iter().map(|&(_, u, v)| v * u).sum();
            stale[p] = self.instance.costs[p] as f64 / total[p];
        }
        let mut result = RunResult { selected: Vec::new(), rho: Vec::new() };
        loop {
            remaining.sort_by(|&a, &b| stale[a].total_cmp(&stale[b]));
            let mut best = f64::INFINITY;
            let mut evaluated: Vec<(usize, f64)> = Vec::new();
            let mut gone: Vec<usize> = Vec::new();
            for &p in &remaining {
                if stale[p] > best * (1.0 + TOL) {
                    break;
                }
                let cost = self.instance.costs[p] as f64;
                let (available, rho) = self.evaluate(p, total[p], true);
                if available < cost && !near(available, cost) {
                    gone.push(p);
                    continue;
                }
                if near(available, cost) {
                    let k = self.rounds.len();
                    self.ensure_exact(k);
                    let supporters = self.profile.supporters[p].iter().map(|&(g, _)| g);
                    if self.exact_sum(supporters, k) < q(self.instance.costs[p]) {
                        gone.push(p);
                        continue;
                    }
                }
                stale[p] = rho;
                best = best.min(rho);
                evaluated.push((p, rho));
            }
            remaining.retain(|p| !gone.contains(p));
            let mut tied: Vec<(usize, f64)> =
                evaluated.into_iter().filter(|&(_, r)| r <= best * (1.0 + TOL) || near(r, best)).collect();
            let chosen = match tied.len() {
                0 => break,
                1 => tied[0],
                _ => {
                    let mut exact: Vec<(usize, Q)> = Vec::new();
                    for &(p, r) in &tied {
                        match self.exact_rho_now(p, r) {
                            Some(x) => exact.push((p, x)),
                            None => remaining.retain(|&x| x != p),
                        }
                    }
                    let Some(min) = exact.iter().map(|(_, x)| x.clone()).min() else { continue };
                    let winner = exact
                        .iter()
                        .filter(|(_, x)| *x == min)
                        .map(|(p, _)| *p)
                        .min_by_key(|&p| self.instance.tie_rank[p]);
                    let Some(winner) = winner else { break };
                    tied.retain(|&(p, _)| p == winner);
                    (winner, to_f64(&min))
                }
            };
            let (p, rho) = chosen;
            remaining.retain(|&x| x != p);
            self.pay(p, rho);
            result.selected.push(p);
            result.rho.push(rho);
        }
        result
    }

    fn pay(&mut self, p: usize, rho: f64) {
        let round = self.rounds.len() as u32;
        let mut record = Round { project: p, poor: Vec::new(), rich: Vec::new(), uncertain: Vec::new() };
        for (&(g, u), &(_, u_f, _)) in self.profile.supporters[p].iter().zip(&self.profile.weighted[p]) {
            let gi = g as usize;
            let b = self.budget[gi];
            let pay = rho * u_f;
            let uncertain = self.zeroed_at[gi] == NEVER && near(b, pay);
            if uncertain {
                record.uncertain.push(g);
            }
            if b <= pay {
                if self.zeroed_at[gi] == NEVER {
                    self.surely_zero[gi] = !uncertain;
                }
                self.budget[gi] = 0.0;
                self.zeroed_at[gi] = self.zeroed_at[gi].min(round);
                record.poor.push(g);
            } else {
                self.budget[gi] = b - pay;
                if self.paid_built {
                    self.paid[gi].push((round, u));
                }
                record.rich.push((g, u));
            }
        }
        self.rounds.push(record);
    }
}

/// Projects Equal Shares considers (supported, with a cost) and those funded
/// for free before it starts (supported, costing nothing), as in pabutools.
fn split(instance: &Instance, profile: &SatProfile) -> (Vec<usize>, Vec<usize>) {
    let mut candidates = Vec::new();
    let mut free = Vec::new();
    for p in 0..instance.len() {
        if profile.supporters[p].is_empty() {
            continue;
        }
        if instance.costs[p] > 0 { candidates.push(p) } else { free.push(p) }
    }
    (candidates, free)
}

/// Equal Shares with the given starting share per voter: projects funded in order.
fn run_with_share(instance: &Instance, profile: &SatProfile, candidates: &[usize], share: Q) -> RunResult {
    Run::new(instance, profile, share).run(candidates)
}

/// How far the starting share can grow (in money units) with every decision of
/// the run that funded `selected` unchanged.
///
/// With the run's structure fixed (which project wins each round, who pays in
/// full and who pays ρ × satisfaction), every budget and every ρ is an affine
/// function of the share, so each decision is a linear inequality in it. The
/// smallest share at which one of them would flip bounds the interval on which
/// the outcome is certainly the same. Other projects' ρ are bounded below by the
/// value their current poor/rich split gives, which is all a "still loses"
/// decision needs. Returns 0 when any decision is a tie or a degenerate case.
///
/// Two bounds come back: how far the *outcome* is certain (which project wins
/// each round, which stay unaffordable) and how far the *structure* is (who
/// pays in full). Past a structure change the outcome may well stay the same;
/// [`certified_growth`] then certifies again from there.
fn certify(
    instance: &Instance,
    profile: &SatProfile,
    candidates: &[usize],
    selected: &[usize],
    share: f64,
) -> (f64, f64) {
    let n = profile.groups.len();
    let mut budget = vec![share; n];
    let mut slope = vec![1.0_f64; n];
    let mut remaining: Vec<usize> = candidates.iter().copied().filter(|p| !selected.contains(p)).collect();
    let mut delta = f64::INFINITY;
    let mut structure = f64::INFINITY;
    // Requires v0 + v1·t > 0 for t in [0, delta).
    let keep_positive = |v0: f64, v1: f64, delta: &mut f64| {
        if v0 <= 0.0 {
            *delta = 0.0;
        } else if v1 < 0.0 {
            *delta = delta.min(v0 / -v1);
        }
    };
    // ρ and dρ/dt for the poor/rich split the current budgets give.
    let rho_with_slope = |p: usize, budget: &[f64], slope: &[f64]| -> Option<(f64, f64)> {
        let cost = instance.costs[p] as f64;
        let supporters = &profile.supporters[p];
        let mut rho = cost / profile.weighted[p].iter().map(|&(_, u, v)| v * u).sum::<f64>();
        let mut poor_count = usize::MAX;
        for _ in 0..=supporters.len() {
            let (mut money, mut money_slope, mut sat, mut count) = (0.0, 0.0, 0.0, 0);
            for &(g, u, v) in &profile.weighted[p] {
                if budget[g as usize] < rho * u {
                    money += v * budget[g as usize];
                    money_slope += v * slope[g as usize];
                    count += 1;
                } else {
                    sat += v * u;
                }
            }
            if sat <= 0.0 {
                return None;
            }
            let next = (cost - money) / sat;
            if count == poor_count {
                return Some((next, -money_slope / sat));
            }
            poor_count = count;
            rho = next;
        }
        None
    };
    let available = |p: usize, budget: &[f64], slope: &[f64]| -> (f64, f64) {
        profile.weighted[p]
            .iter()
            .fold((0.0, 0.0), |(a, b), &(g, _, v)| (a + v * budget[g as usize], b + v * slope[g as usize]))
    };
    for &p in selected {
        let Some((rho, rho_slope)) = rho_with_slope(p, &budget, &slope) else { return (0.0, 0.0) };
        for &q in &remaining {
            let cost = instance.costs[q] as f64;
            let (avail, avail_slope) = available(q, &budget, &slope);
            if avail < cost {
                keep_positive(cost - avail, -avail_slope, &mut delta);
            } else {
                match rho_with_slope(q, &budget, &slope) {
                    Some((r, r_slope)) => keep_positive(r - rho, r_slope - rho_slope, &mut delta),
                    None => return (0.0, 0.0),
                }
            }
        }
        for &(g, u, _) in &profile.weighted[p] {
            let gi = g as usize;
            if budget[gi] == 0.0 && slope[gi] == 0.0 {
                continue;
            }
            let gap = budget[gi] - rho * u;
            let gap_slope = slope[gi] - rho_slope * u;
            if gap > 0.0 {
                keep_positive(gap, gap_slope, &mut structure);
                budget[gi] = gap;
                slope[gi] = gap_slope;
            } else {
                keep_positive(-gap, -gap_slope, &mut structure);
                budget[gi] = 0.0;
                slope[gi] = 0.0;
            }
        }
        if delta == 0.0 {
            return (0.0, 0.0);
        }
        remaining.retain(|&x| x != p);
    }
    for &q in &remaining {
        let (avail, avail_slope) = available(q, &budget, &slope);
        keep_positive(instance.costs[q] as f64 - avail, -avail_slope, &mut delta);
    }
    (delta, structure)
}

/// How far the share can grow from `share` with the same outcome, certifying
/// piece by piece across changes of who pays in full. Each piece costs about
/// one run, so chaining stops when the pieces get short.
fn certified_growth(
    instance: &Instance,
    profile: &SatProfile,
    candidates: &[usize],
    selected: &[usize],
    share: f64,
    unit: f64,
) -> f64 {
    let mut grown = 0.0;
    for piece in 0..16 {
        let (outcome, structure) = certify(instance, profile, candidates, selected, share + grown);
        if outcome <= 0.0 {
            return grown;
        }
        if structure >= outcome {
            return grown + outcome;
        }
        if structure < unit / 4.0 && piece >= 1 {
            return grown + structure;
        }
        // Step just past the structure change, staying well inside the outcome bound.
        let nudge = (1e-9 * (share + grown).abs()).max(1e-9).min((outcome - structure) / 2.0);
        grown += structure + nudge;
    }
    grown
}

/// Equal Shares, optionally completed. `counts` are the voters listing each project.
///
/// With completion by increments, the share grows by one currency unit until
/// the outcome is exhaustive or overspends, as pabutools does; runs whose
/// outcome [`certify`] proves unchanged are skipped (and the last skipped share
/// is run to confirm), which turns 150,000 runs on forint budgets into a few hundred.
pub fn equal_shares(
    instance: &Instance,
    profile: &SatProfile,
    counts: &[u64],
    completion: Completion,
    election: &Election,
) -> Outcome {
    let _ = election;
    let (candidates, free) = split(instance, profile);
    let voters = profile.voters.max(1) as i128;
    let base = q_frac(instance.budget, voters);
    let unit = 10_i128.pow(instance.scale);
    let mut increments: i128 = 0;
    let mut result;
    let mut kept: Option<(RunResult, i128)> = None;
    let (mut backoff, mut next_certify) = (1_i128, 0_i128);
    loop {
        let share = &base + q(increments * unit);
        let share_f = to_f64(&share);
        result = run_with_share(instance, profile, &candidates, share);
        if completion == Completion::None {
            break;
        }
        let funded: Vec<usize> = free.iter().chain(&result.selected).copied().collect();
        let spent = instance.total_cost(&funded);
        if spent > instance.budget {
            // The last outcome that fitted (or only the free projects if none did).
            let (last, at) = kept.take().unwrap_or((RunResult { selected: Vec::new(), rho: Vec::new() }, 0));
            result = last;
            increments = at;
            break;
        }
        let exhaustive = candidates.iter().all(|p| funded.contains(p) || spent + instance.costs[*p] > instance.budget);
        if exhaustive {
            break;
        }
        // Skip the shares on which this outcome provably stays the same. Where
        // outcomes change at almost every step, certifying is wasted work, so
        // after a failure it is tried again only after a growing wait.
        if increments >= next_certify {
            let delta = certified_growth(instance, profile, &candidates, &result.selected, share_f, unit as f64);
            let margin = 1e-7 * delta + 1.0;
            let steps = ((delta - margin) / unit as f64).floor() as i128;
            if steps >= 2 {
                let last = increments + steps;
                let check = run_with_share(instance, profile, &candidates, &base + q(last * unit));
                if check.selected == result.selected {
                    backoff = 1;
                    kept = Some((check, last));
                    increments = last + 1;
                    continue;
                }
            }
            backoff = (backoff * 2).min(64);
            next_certify = increments + backoff;
        }
        kept = Some((result, increments));
        increments += 1;
    }
    let rule = match completion {
        Completion::None => "mes",
        Completion::Add1 => "mes-add1",
        Completion::Add1Greedy => "mes-add1-greedy",
    };
    let m = instance.len();
    let mut verdicts = vec![Verdict::NoSupport; m];
    for &p in &candidates {
        verdicts[p] = Verdict::SupportersCannotAfford;
    }
    for &p in &free {
        verdicts[p] = Verdict::FundedFree;
    }
    let mut selected: Vec<usize> = free.clone();
    for (i, &p) in result.selected.iter().enumerate() {
        verdicts[p] = Verdict::Funded { round: i as u32 + 1 };
        selected.push(p);
    }
    let share = &base + q(increments.max(0) * unit);
    let notes_share = instance.amount(num_traits::ToPrimitive::to_i128(&share.floor().to_integer()).unwrap_or(0));
    let mut outcome = if completion == Completion::Add1Greedy {
        let cost_profile = profile;
        let mut completed = super::greedy::utilitarian(rule, instance, cost_profile, counts, &selected);
        for (p, v) in verdicts.iter().enumerate() {
            if !matches!(completed.projects[p].verdict, Verdict::Completion { .. }) {
                completed.projects[p].verdict = v.clone();
            }
        }
        completed
    } else {
        Outcome::build(rule, instance, counts, selected, verdicts)
    };
    outcome.notes.push((String::from("share_per_voter"), notes_share.to_string()));
    if completion != Completion::None {
        outcome.notes.push((String::from("increments"), increments.max(0).to_string()));
    }
    for (i, rho) in result.rho.iter().enumerate() {
        outcome.notes.push((format!("rho_{}", i + 1), format!("{rho:.6}")));
    }
    outcome
}
