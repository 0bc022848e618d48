//! LEXIMIN by column generation, after the Nature paper's algorithm.
//!
//! Over the panels found so far, the dual of "maximise the smallest chance
//! among the people not yet fixed, keeping the fixed ones" is
//!
//! ```text
//! minimise  ŷ − Σ_fixed πᵤ·yᵤ
//! s.t.      Σᵤ (cₚᵤ / nᵤ)·yᵤ ≤ ŷ      for every panel P found
//!           Σ_unfixed yᵤ = 1,  y, ŷ ≥ 0
//! ```
//!
//! where cₚᵤ is how many of group u's nᵤ members panel P seats. An integer
//! program then looks for the panel with the largest Σᵤ (cₚᵤ / nᵤ)·yᵤ: above
//! ŷ, it is added and the dual solved again; otherwise the dual is optimal,
//! and every group with yᵤ > 0 sits at the optimum in every optimal lottery
//! (strict complementary slackness), so its chance is fixed. When every
//! chance is fixed, a last linear program finds the lottery over the panels
//! found.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use microlp::{ComparisonOp, Error as LpError, OptimizationDirection, Problem, Solution, Variable};
use sha2::{Digest, Sha256};

use super::{
    CategoryConflict, Lottery, Pool, Relaxation, Request, SortitionError, Stats, compare_ids, expand, gini,
    model::{Composition, Group, Model},
};

/// A panel above the dual's cap by less than this is not a new constraint.
const PRICING_TOLERANCE: f64 = 1e-7;
/// A dual weight above this marks a group whose chance is at the optimum.
const FIX_TOLERANCE: f64 = 1e-7;
/// Weights below this are read as zero (they are round-off of the simplex).
const NEGLIGIBLE: f64 = 1e-12;
/// How far fixed chances are lowered, at most, when round-off makes them
/// impossible to keep together.
const RELAX_STEP: f64 = 1e-7;

/// Seats to take off each quota's minimum and add to its maximum, per category and feature.
type Slack = Vec<Vec<(u32, u32)>>;

fn solver_error(e: impl std::fmt::Display) -> SortitionError {
    SortitionError::Solver(e.to_string())
}

impl Model {
    fn size(&self, g: usize) -> u32 {
        self.groups[g].members.len() as u32
    }

    /// Adds the seat, quota and household constraints over count variables.
    fn constrain(&self, problem: &mut Problem, counts: &[Variable], slack: Option<&[Vec<(Variable, Variable)>]>) {
        let all: Vec<(Variable, f64)> = counts.iter().map(|&v| (v, 1.0)).collect();
        problem.add_constraint(all, ComparisonOp::Eq, f64::from(self.seats));
        for (c, features) in self.bounds.iter().enumerate() {
            for (f, &(lo, hi)) in features.iter().enumerate() {
                let having: Vec<(Variable, f64)> = self
                    .groups
                    .iter()
                    .zip(counts)
                    .filter(|(g, _)| g.features[c] == f)
                    .map(|(_, &v)| (v, 1.0))
                    .collect();
                match slack {
                    Some(slack) => {
                        let (below, above) = slack[c][f];
                        let mut lower = having.clone();
                        lower.push((below, 1.0));
                        problem.add_constraint(lower, ComparisonOp::Ge, lo as f64);
                        let mut upper = having;
                        upper.push((above, -1.0));
                        problem.add_constraint(upper, ComparisonOp::Le, hi as f64);
                    }
                    None => {
                        if lo > 0 {
                            problem.add_constraint(having.clone(), ComparisonOp::Ge, lo as f64);
                        }
                        if hi < i64::from(self.seats) {
                            problem.add_constraint(having, ComparisonOp::Le, hi as f64);
                        }
                    }
                }
            }
        }
        for household in &self.households {
            let members: Vec<(Variable, f64)> = household.iter().map(|&g| (counts[g], 1.0)).collect();
            problem.add_constraint(members, ComparisonOp::Le, 1.0);
        }
    }

    fn count_variables(&self, problem: &mut Problem, weight: impl Fn(usize) -> f64) -> Vec<Variable> {
        (0..self.groups.len()).map(|g| problem.add_integer_var(weight(g), (0, self.size(g) as i32))).collect()
    }

    fn composition(&self, solution: &Solution, counts: &[Variable]) -> Composition {
        counts.iter().map(|&v| solution.var_value(v).round().max(0.0) as u32).collect()
    }

    /// Exact check, in integers, that a composition fills the seats within every quota.
    pub fn admits(&self, composition: &Composition) -> bool {
        let seats: u64 = composition.iter().map(|&c| u64::from(c)).sum();
        seats == u64::from(self.seats)
            && composition.iter().zip(&self.groups).all(|(&c, g)| c as usize <= g.members.len())
            && self.households.iter().all(|h| h.iter().map(|&g| composition[g]).sum::<u32>() <= 1)
            && self.bounds.iter().enumerate().all(|(c, features)| {
                features.iter().enumerate().all(|(f, &(lo, hi))| {
                    let n: i64 = self
                        .groups
                        .iter()
                        .zip(composition)
                        .filter(|(g, _)| g.features[c] == f)
                        .map(|(_, &k)| i64::from(k))
                        .sum();
                    lo <= n && n <= hi
                })
            })
    }

    /// The panel with the largest total weight; `None` when no panel meets the quotas.
    fn best_panel(&self, weights: &[f64], stats: &mut Stats) -> Result<Option<(Composition, f64)>, SortitionError> {
        stats.panel_searches += 1;
        let mut problem = Problem::new(OptimizationDirection::Maximize);
        let counts = self.count_variables(&mut problem, |g| weights[g]);
        self.constrain(&mut problem, &counts, None);
        match problem.solve() {
            Ok(outcome) => {
                let solution = outcome.into_solution().map_err(|e| solver_error(format!("{e:?}")))?;
                let composition = self.composition(&solution, &counts);
                if !self.admits(&composition) {
                    return Err(solver_error("a panel found breaks the quotas"));
                }
                let value = composition.iter().zip(weights).map(|(&c, w)| f64::from(c) * w).sum();
                Ok(Some((composition, value)))
            }
            Err(LpError::Infeasible) => Ok(None),
            Err(e) => Err(solver_error(e)),
        }
    }

    /// The smallest change of quotas (in seats) that some panel would meet,
    /// as slack per quota: `None` when the quotas can be met as they are.
    fn relaxation(&self, stats: &mut Stats) -> Result<Option<Slack>, SortitionError> {
        stats.panel_searches += 1;
        let mut problem = Problem::new(OptimizationDirection::Minimize);
        let counts = self.count_variables(&mut problem, |_| 0.0);
        // Enough slack to reach any count: a minimum or a kept excess is at most this.
        let largest_min = self.bounds.iter().flatten().map(|&(lo, _)| lo).max().unwrap_or(0);
        let cap = i32::try_from(largest_min.max(i64::from(self.seats)) + self.kept_seats).unwrap_or(i32::MAX);
        let slack: Vec<Vec<(Variable, Variable)>> = self
            .bounds
            .iter()
            .map(|features| {
                features
                    .iter()
                    .map(|_| (problem.add_integer_var(1.0, (0, cap)), problem.add_integer_var(1.0, (0, cap))))
                    .collect()
            })
            .collect();
        self.constrain(&mut problem, &counts, Some(&slack));
        let solution =
            problem.solve().map_err(solver_error)?.into_solution().map_err(|e| solver_error(format!("{e:?}")))?;
        if solution.objective() < 0.5 {
            return Ok(None);
        }
        let amounts = slack
            .iter()
            .map(|features| {
                features
                    .iter()
                    .map(|&(below, above)| {
                        let round = |v: Variable| solution.var_value(v).round().max(0.0) as u32;
                        (round(below), round(above))
                    })
                    .collect()
            })
            .collect();
        Ok(Some(amounts))
    }
}

/// Builds the groups and quotas for a request; errors for ids not in the pool.
fn model(pool: &Pool, request: &Request) -> Result<(Model, Vec<usize>, Vec<usize>), SortitionError> {
    let index: BTreeMap<&str, usize> = pool.people.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    let lookup = |ids: &[String]| -> Result<BTreeSet<usize>, SortitionError> {
        ids.iter()
            .map(|id| index.get(id.as_str()).copied().ok_or_else(|| SortitionError::UnknownPerson(id.clone())))
            .collect()
    };
    let excluded = lookup(&request.exclude)?;
    let kept = lookup(&request.keep)?;
    let seats = request.panel.checked_sub(kept.len() as u32).filter(|&s| s > 0).ok_or(SortitionError::NoSeats)?;
    let kept_households: HashSet<&str> = kept.iter().filter_map(|&i| pool.people[i].household.as_deref()).collect();
    let mut bounds: Vec<Vec<(i64, i64)>> = pool
        .categories
        .iter()
        .map(|c| c.features.iter().map(|f| (i64::from(f.min), i64::from(f.max))).collect())
        .collect();
    for &i in &kept {
        for (c, &f) in pool.people[i].features.iter().enumerate() {
            bounds[c][f].0 -= 1;
            bounds[c][f].1 -= 1;
        }
    }
    for features in &mut bounds {
        for (lo, _) in features.iter_mut() {
            *lo = (*lo).max(0);
        }
    }
    // Who may be drawn; people sharing a kept person's household may not.
    let mut barred = Vec::new();
    let eligible: Vec<usize> = (0..pool.people.len())
        .filter(|i| !excluded.contains(i) && !kept.contains(i))
        .filter(|&i| match pool.people[i].household.as_deref() {
            Some(h) if kept_households.contains(h) => {
                barred.push(i);
                false
            }
            _ => true,
        })
        .collect();
    let mut household_size: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in &eligible {
        if let Some(h) = pool.people[i].household.as_deref() {
            *household_size.entry(h).or_default() += 1;
        }
    }
    let shares = |i: usize| pool.people[i].household.as_deref().is_some_and(|h| household_size[h] > 1);
    let mut alike: BTreeMap<&[usize], Vec<usize>> = BTreeMap::new();
    let mut singles = Vec::new();
    for &i in &eligible {
        if shares(i) {
            singles.push(i);
        } else {
            alike.entry(pool.people[i].features.as_slice()).or_default().push(i);
        }
    }
    let by_id = |a: &usize, b: &usize| compare_ids(&pool.people[*a].id, &pool.people[*b].id);
    // Members of a group in the order of their ids' SHA-256: the windows that
    // [`expand`] cuts from this order then seat people spread over the file,
    // not neighbouring rows, while the order stays independent of the input.
    let scattered = |a: &usize, b: &usize| {
        let key = |i: &usize| Sha256::digest(pool.people[*i].id.as_bytes());
        key(a).cmp(&key(b)).then_with(|| by_id(a, b))
    };
    let mut groups: Vec<Group> = alike
        .into_values()
        .map(|mut members| {
            members.sort_by(scattered);
            let features = pool.people[members[0]].features.clone();
            Group { members, features }
        })
        .chain(singles.into_iter().map(|i| Group { members: vec![i], features: pool.people[i].features.clone() }))
        .collect();
    // Canonical: by answers, then by first member's id; never by input order.
    groups.sort_by(|a, b| {
        let first = |g: &Group| g.members.iter().min_by(|x, y| by_id(x, y)).copied().unwrap_or_default();
        a.features.cmp(&b.features).then_with(|| by_id(&first(a), &first(b)))
    });
    let mut households: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (g, group) in groups.iter().enumerate() {
        if let [only] = group.members[..]
            && shares(only)
            && let Some(h) = pool.people[only].household.as_deref()
        {
            households.entry(h).or_default().push(g);
        }
    }
    let kept_seats = kept.len() as i64;
    let model = Model { groups, seats, bounds, households: households.into_values().collect(), kept_seats };
    Ok((model, excluded.into_iter().collect(), barred))
}

/// Seats that can be filled at once: one per household.
fn available(model: &Model) -> u64 {
    let in_households: usize = model.households.iter().map(Vec::len).sum();
    let people: usize = model.groups.iter().map(|g| g.members.len()).sum();
    (people - in_households + model.households.len()) as u64
}

fn infeasible(pool: &Pool, request: &Request, slack: &Slack) -> SortitionError {
    let mut relaxations = Vec::new();
    for (c, category) in pool.categories.iter().enumerate() {
        for (f, feature) in category.features.iter().enumerate() {
            let (below, above) = slack[c][f];
            if below > 0 || above > 0 {
                relaxations.push(Relaxation {
                    category: category.name.clone(),
                    feature: feature.name.clone(),
                    min: feature.min,
                    max: feature.max,
                    new_min: feature.min.saturating_sub(below),
                    new_max: feature.max.saturating_add(above),
                });
            }
        }
    }
    let categories = pool
        .categories
        .iter()
        .filter_map(|c| {
            let sum_min: u64 = c.features.iter().map(|f| u64::from(f.min)).sum();
            let sum_max: u64 = c.features.iter().map(|f| u64::from(f.max)).sum();
            (sum_min > u64::from(request.panel) || sum_max < u64::from(request.panel)).then(|| CategoryConflict {
                category: c.name.clone(),
                sum_min,
                sum_max,
                seats: request.panel,
            })
        })
        .collect();
    SortitionError::Infeasible { relaxations, categories }
}

/// The LEXIMIN lottery for a request, or why there is none. A failure
/// inside the solver (it computes in floating point and refuses, by
/// panicking, input it cannot take) is an error, never a crash.
pub fn select(pool: &Pool, request: &Request) -> Result<Lottery, SortitionError> {
    std::panic::catch_unwind(|| search(pool, request))
        .unwrap_or_else(|_| Err(SortitionError::Solver("the solver stopped on this input".to_owned())))
}

fn search(pool: &Pool, request: &Request) -> Result<Lottery, SortitionError> {
    let (model, excluded, barred) = model(pool, request)?;
    let mut stats = Stats { groups: model.groups.len(), ..Stats::default() };
    let available = available(&model);
    if u64::from(model.seats) > available {
        return Err(SortitionError::PoolTooSmall { seats: model.seats, available: available as u32 });
    }
    if let Some(slack) = model.relaxation(&mut stats)? {
        return Err(infeasible(pool, request, &slack));
    }
    let (mut panels, selectable) = cover(&model, &mut stats)?;
    let chances = leximin(&model, &selectable, &mut panels, &mut stats)?;
    let weights = final_lottery(&model, &panels, &chances, &mut stats)?;
    let mut lottery: Vec<(Composition, f64)> =
        panels.into_iter().zip(weights).filter(|(_, w)| *w > NEGLIGIBLE).collect();
    let total: f64 = lottery.iter().map(|(_, w)| w).sum();
    for (_, w) in &mut lottery {
        *w /= total;
    }
    stats.compositions = lottery.len();
    let panels = expand::panels(pool, &model, &lottery);
    let mut chance = vec![0.0; pool.people.len()];
    for panel in &panels {
        for member in &panel.1 {
            chance[*member] += panel.0;
        }
    }
    let by_id = |a: &usize, b: &usize| compare_ids(&pool.people[*a].id, &pool.people[*b].id);
    let mut drawable: Vec<usize> = model.groups.iter().flat_map(|g| g.members.iter().copied()).collect();
    drawable.sort_by(by_id);
    let mut unselectable: Vec<usize> = model
        .groups
        .iter()
        .zip(&selectable)
        .filter(|(_, s)| !**s)
        .flat_map(|(g, _)| g.members.iter().copied())
        .chain(barred)
        .collect();
    unselectable.sort_by(by_id);
    let min_probability =
        drawable.iter().filter(|i| !unselectable.contains(i)).map(|&i| chance[i]).fold(f64::INFINITY, f64::min);
    let mut in_pool: Vec<f64> = drawable.iter().map(|&i| chance[i]).collect();
    in_pool.extend(unselectable.iter().filter(|i| !drawable.contains(i)).map(|_| 0.0));
    let name = |i: &usize| pool.people[*i].id.clone();
    let mut excluded = excluded;
    excluded.sort_by(by_id);
    Ok(Lottery {
        seats: model.seats,
        probabilities: drawable.iter().map(|&i| (name(&i), chance[i])).collect(),
        min_probability: if min_probability.is_finite() { min_probability } else { 0.0 },
        gini: gini(&in_pool),
        panels: panels
            .into_iter()
            .map(|(p, members)| {
                let mut members: Vec<String> = members.iter().map(name).collect();
                members.sort_by(|a, b| compare_ids(a, b));
                super::Panel { members, probability: p }
            })
            .collect(),
        unselectable: unselectable.iter().map(name).collect(),
        excluded: excluded.iter().map(name).collect(),
        stats,
    })
}

/// Panels that between them seat someone of every group that can be seated,
/// and which groups can: a group on no panel found is tried alone.
fn cover(model: &Model, stats: &mut Stats) -> Result<(Vec<Composition>, Vec<bool>), SortitionError> {
    let n = model.groups.len();
    let mut covered = vec![false; n];
    let mut panels: Vec<Composition> = Vec::new();
    loop {
        // Favour groups not yet on a panel: a large weight per first seat.
        stats.panel_searches += 1;
        let mut problem = Problem::new(OptimizationDirection::Maximize);
        let counts = model.count_variables(&mut problem, |_| 0.0);
        let mut any = false;
        for g in 0..n {
            if !covered[g] {
                any = true;
                let seated = problem.add_binary_var(1.0);
                problem.add_constraint([(seated, 1.0), (counts[g], -1.0)], ComparisonOp::Le, 0.0);
            }
        }
        model.constrain(&mut problem, &counts, None);
        if !any {
            break;
        }
        let solution =
            problem.solve().map_err(solver_error)?.into_solution().map_err(|e| solver_error(format!("{e:?}")))?;
        let composition = model.composition(&solution, &counts);
        if !model.admits(&composition) {
            return Err(solver_error("a panel found breaks the quotas"));
        }
        let new = composition.iter().enumerate().filter(|&(g, &c)| c > 0 && !covered[g]).count();
        for (g, &c) in composition.iter().enumerate() {
            covered[g] |= c > 0;
        }
        if !panels.contains(&composition) {
            panels.push(composition);
        }
        if new == 0 {
            break;
        }
    }
    // Groups still uncovered: one search each, for a panel seating them.
    let mut selectable = covered.clone();
    for g in (0..n).filter(|&g| !covered[g]) {
        let weights: Vec<f64> = (0..n).map(|h| if h == g { 1.0 } else { 0.0 }).collect();
        if let Some((composition, value)) = model.best_panel(&weights, stats)?
            && value > 0.5
        {
            for (h, &c) in composition.iter().enumerate() {
                selectable[h] |= c > 0;
            }
            if !panels.contains(&composition) {
                panels.push(composition);
            }
        }
    }
    Ok((panels, selectable))
}

/// Each group's chance (per member) under LEXIMIN; 0 for groups on no panel.
fn leximin(
    model: &Model,
    selectable: &[bool],
    panels: &mut Vec<Composition>,
    stats: &mut Stats,
) -> Result<Vec<f64>, SortitionError> {
    let n = model.groups.len();
    let mut fixed: Vec<Option<f64>> = selectable.iter().map(|&s| if s { None } else { Some(0.0) }).collect();
    let mut known: HashSet<Composition> = panels.iter().cloned().collect();
    let mut relaxed = 0u32;
    while fixed.iter().any(Option::is_none) {
        let (y, cap, objective) = match dual(model, panels, &fixed, stats) {
            Ok(found) => found,
            Err(LpError::Unbounded) | Err(LpError::Infeasible) if relaxed < 100 => {
                // Round-off left the fixed chances just out of reach together.
                relaxed += 1;
                for chance in fixed.iter_mut().flatten() {
                    *chance = (*chance - RELAX_STEP).max(0.0);
                }
                continue;
            }
            Err(e) => return Err(solver_error(e)),
        };
        let weights: Vec<f64> = (0..n)
            .map(|g| if selectable[g] && y[g] > NEGLIGIBLE { y[g] / f64::from(model.size(g)) } else { 0.0 })
            .collect();
        let best = model.best_panel(&weights, stats)?;
        let Some((composition, value)) = best else {
            return Err(solver_error("no panel found for positive weights"));
        };
        if value > cap + PRICING_TOLERANCE && !known.contains(&composition) {
            known.insert(composition.clone());
            panels.push(composition);
            continue;
        }
        let level = objective.max(0.0);
        let mut any = false;
        for g in 0..n {
            if fixed[g].is_none() && y[g] > FIX_TOLERANCE {
                fixed[g] = Some(level);
                any = true;
            }
        }
        if !any {
            // Σ y = 1 over the unfixed makes this unreachable; guard against a loop.
            return Err(solver_error("no chance could be fixed"));
        }
    }
    Ok(fixed.into_iter().map(|f| f.unwrap_or(0.0)).collect())
}

/// Solves the dual over the panels found: weights y per group, cap ŷ, objective.
fn dual(
    model: &Model,
    panels: &[Composition],
    fixed: &[Option<f64>],
    stats: &mut Stats,
) -> Result<(Vec<f64>, f64, f64), LpError> {
    stats.linear_programs += 1;
    let mut problem = Problem::new(OptimizationDirection::Minimize);
    let y: Vec<Variable> =
        fixed.iter().map(|f| problem.add_var(f.map_or(0.0, |chance| -chance), (0.0, f64::INFINITY))).collect();
    let cap = problem.add_var(1.0, (0.0, f64::INFINITY));
    let unfixed: Vec<(Variable, f64)> =
        y.iter().zip(fixed).filter(|(_, f)| f.is_none()).map(|(&v, _)| (v, 1.0)).collect();
    problem.add_constraint(unfixed, ComparisonOp::Eq, 1.0);
    for panel in panels {
        let mut row: Vec<(Variable, f64)> = panel
            .iter()
            .enumerate()
            .filter(|&(_, &c)| c > 0)
            .map(|(g, &c)| (y[g], f64::from(c) / f64::from(model.size(g))))
            .collect();
        row.push((cap, -1.0));
        problem.add_constraint(row, ComparisonOp::Le, 0.0);
    }
    let solution = problem.solve()?.into_solution().map_err(|e| LpError::InternalError(format!("{e:?}")))?;
    let weights = y.iter().map(|&v| solution.var_value(v).max(0.0)).collect();
    Ok((weights, solution.var_value(cap), solution.objective()))
}

/// Chances of the panels found that give every group at least its fixed
/// chance, up to the smallest shortfall the solver can reach.
fn final_lottery(
    model: &Model,
    panels: &[Composition],
    chances: &[f64],
    stats: &mut Stats,
) -> Result<Vec<f64>, SortitionError> {
    stats.linear_programs += 1;
    let mut problem = Problem::new(OptimizationDirection::Minimize);
    let x: Vec<Variable> = panels.iter().map(|_| problem.add_var(0.0, (0.0, 1.0))).collect();
    let shortfall = problem.add_var(1.0, (0.0, 1.0));
    problem.add_constraint(x.iter().map(|&v| (v, 1.0)).collect::<Vec<_>>(), ComparisonOp::Eq, 1.0);
    for (g, &chance) in chances.iter().enumerate() {
        if chance <= 0.0 {
            continue;
        }
        let mut row: Vec<(Variable, f64)> = panels
            .iter()
            .zip(&x)
            .filter(|(p, _)| p[g] > 0)
            .map(|(p, &v)| (v, f64::from(p[g]) / f64::from(model.size(g))))
            .collect();
        row.push((shortfall, 1.0));
        problem.add_constraint(row, ComparisonOp::Ge, chance);
    }
    let solution =
        problem.solve().map_err(solver_error)?.into_solution().map_err(|e| solver_error(format!("{e:?}")))?;
    Ok(x.iter().map(|&v| solution.var_value(v).clamp(0.0, 1.0)).collect())
}
