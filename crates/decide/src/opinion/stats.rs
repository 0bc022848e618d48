//! Pol.is' statement statistics, ported from its `repness.clj` and
//! `stats.clj`: Laplace-smoothed probabilities, one- and two-proportion
//! z-tests, representative statements per group, consensus statements,
//! group-informed consensus and the priority used to pick the next statement.

use serde::{Deserialize, Serialize};

/// Pol.is' one-sided 90% critical value (`z-sig-90?`).
pub const Z_90: f64 = 1.2816;

/// Agree / disagree / seen counts of one statement within some set of people.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub agree: u32,
    pub disagree: u32,
    pub seen: u32,
}

impl Tally {
    pub fn pass(&self) -> u32 {
        self.seen - self.agree - self.disagree
    }

    pub fn p_agree(&self) -> f64 {
        (1.0 + f64::from(self.agree)) / (2.0 + f64::from(self.seen))
    }

    pub fn p_disagree(&self) -> f64 {
        (1.0 + f64::from(self.disagree)) / (2.0 + f64::from(self.seen))
    }

    fn add(&mut self, other: &Tally) {
        self.agree += other.agree;
        self.disagree += other.disagree;
        self.seen += other.seen;
    }
}

pub fn prop_test(success: u32, n: u32) -> f64 {
    let (s, n) = (f64::from(success) + 1.0, f64::from(n) + 1.0);
    2.0 * n.sqrt() * (s / n - 0.5)
}

pub fn two_prop_test(success_in: u32, success_out: u32, n_in: u32, n_out: u32) -> f64 {
    let (s1, s2) = (f64::from(success_in) + 1.0, f64::from(success_out) + 1.0);
    let (n1, n2) = (f64::from(n_in) + 1.0, f64::from(n_out) + 1.0);
    let (p1, p2) = (s1 / n1, s2 / n2);
    let p = (s1 + s2) / (n1 + n2);
    if p == 1.0 {
        return 0.0;
    }
    (p1 - p2) / (p * (1.0 - p) * (1.0 / n1 + 1.0 / n2)).sqrt()
}

/// Whether a statement represents a group by its agreement or disagreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Agree,
    Disagree,
}

/// A statement that sets a group apart, with Pol.is' figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Representative {
    /// Column of the statement in the vote table.
    #[serde(skip)]
    pub column: usize,
    pub statement: i64,
    pub direction: Direction,
    pub n_success: u32,
    pub n_trials: u32,
    pub p_success: f64,
    pub p_test: f64,
    pub repness: f64,
    pub repness_test: f64,
    /// True for the statement the group agrees with most distinctively,
    /// which Pol.is always shows first.
    pub best_agree: bool,
}

struct GroupStat {
    own: Tally,
    ra: f64,
    rd: f64,
    rat: f64,
    rdt: f64,
    pa: f64,
    pd: f64,
    pat: f64,
    pdt: f64,
}

fn group_stat(own: Tally, rest: Tally) -> GroupStat {
    let pa = own.p_agree();
    let pd = own.p_disagree();
    GroupStat {
        own,
        ra: pa / ((1.0 + f64::from(rest.agree)) / (2.0 + f64::from(rest.seen))),
        rd: pd / ((1.0 + f64::from(rest.disagree)) / (2.0 + f64::from(rest.seen))),
        rat: two_prop_test(own.agree, rest.agree, own.seen, rest.seen),
        rdt: two_prop_test(own.disagree, rest.disagree, own.seen, rest.seen),
        pa,
        pd,
        pat: prop_test(own.agree, own.seen),
        pdt: prop_test(own.disagree, own.seen),
    }
}

fn finalize(column: usize, statement: i64, s: &GroupStat) -> Representative {
    let agree = s.rat > s.rdt;
    Representative {
        column,
        statement,
        direction: if agree { Direction::Agree } else { Direction::Disagree },
        n_success: if agree { s.own.agree } else { s.own.disagree },
        n_trials: s.own.seen,
        p_success: if agree { s.pa } else { s.pd },
        p_test: if agree { s.pat } else { s.pdt },
        repness: if agree { s.ra } else { s.rd },
        // Pol.is rounds this one figure through a 32-bit float.
        repness_test: f64::from((if agree { s.rat } else { s.rdt }) as f32),
        best_agree: false,
    }
}

fn metric(r: &Representative) -> f64 {
    r.repness * r.repness_test * r.p_success * r.p_test
}

/// Representative statements per group (`select-rep-comments`): those whose
/// agreement (or disagreement) is significantly both common in the group and
/// more common than outside it, best first, at most five, agreements before
/// disagreements; always at least one per group when any was voted on.
/// `tallies[g][c]` holds group g's votes on column c.
pub fn representative(tallies: &[Vec<Tally>], statements: &[i64], excluded: &[bool]) -> Vec<Vec<Representative>> {
    let groups = tallies.len();
    let columns = statements.len();
    let mut totals = vec![Tally::default(); columns];
    for g in tallies {
        for (t, x) in totals.iter_mut().zip(g) {
            t.add(x);
        }
    }
    (0..groups)
        .map(|g| {
            let mut sufficient: Vec<Representative> = Vec::new();
            let mut best: Option<Representative> = None;
            let mut best_agree: Option<(usize, GroupStat)> = None;
            for c in 0..columns {
                if excluded.get(c).copied().unwrap_or(false) {
                    continue;
                }
                let own = tallies[g][c];
                let rest = Tally {
                    agree: totals[c].agree - own.agree,
                    disagree: totals[c].disagree - own.disagree,
                    seen: totals[c].seen - own.seen,
                };
                let s = group_stat(own, rest);
                if (s.rat > Z_90 && s.pat > Z_90) || (s.rdt > Z_90 && s.pdt > Z_90) {
                    sufficient.push(finalize(c, statements[c], &s));
                }
                if sufficient.is_empty() && best.as_ref().is_none_or(|b| s.rat.max(s.rdt) > b.repness_test) {
                    best = Some(finalize(c, statements[c], &s));
                }
                if beats_best_agree(&s, best_agree.as_ref().map(|b| &b.1)) {
                    best_agree = Some((c, s));
                }
            }
            let best_agree = best_agree.map(|(c, s)| {
                let mut r = finalize(c, statements[c], &s);
                // Pol.is shows it as an agreement whatever finalize chose.
                r.best_agree = true;
                r
            });
            let head: Vec<Representative> = match (&best_agree, &best) {
                (Some(a), _) => vec![a.clone()],
                (None, Some(b)) => vec![b.clone()],
                _ => vec![],
            };
            if sufficient.is_empty() {
                return head;
            }
            let skip = best_agree.as_ref().map(|a| a.statement);
            sufficient.retain(|r| Some(r.statement) != skip);
            // Stable sort: ties keep statement order, as Clojure's sort-by.
            sufficient.sort_by(|a, b| metric(b).total_cmp(&metric(a)));
            let mut chosen: Vec<Representative> = head.into_iter().chain(sufficient).take(5).collect();
            chosen.sort_by_key(|r| r.direction == Direction::Disagree);
            chosen
        })
        .collect()
}

fn beats_best_agree(s: &GroupStat, best: Option<&GroupStat>) -> bool {
    if s.own.agree == 0 && s.own.disagree == 0 {
        return false;
    }
    match best {
        Some(b) if b.ra > 1.0 => s.ra * s.rat * s.pa * s.pat > b.ra * b.rat * b.pa * b.pat,
        Some(b) => s.pa * s.pat > b.pa * b.pat,
        None => s.pat > Z_90 || (s.ra > 1.0 && s.pa > 0.5),
    }
}

/// A statement most people agree (or disagree) with, across everyone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Consensus {
    #[serde(skip)]
    pub column: usize,
    pub statement: i64,
    pub n_success: u32,
    pub n_trials: u32,
    pub p_success: f64,
    pub p_test: f64,
}

/// Pol.is' consensus statements: up to five each way with a smoothed
/// probability above one half that is significant at 90%.
pub fn consensus(totals: &[Tally], statements: &[i64], excluded: &[bool]) -> (Vec<Consensus>, Vec<Consensus>) {
    let pick = |agree: bool| -> Vec<Consensus> {
        let mut candidates: Vec<(f64, Consensus)> = totals
            .iter()
            .enumerate()
            .filter(|(c, _)| !excluded.get(*c).copied().unwrap_or(false))
            .filter_map(|(c, t)| {
                let (n, p, z) = if agree {
                    (t.agree, t.p_agree(), prop_test(t.agree, t.seen))
                } else {
                    (t.disagree, t.p_disagree(), prop_test(t.disagree, t.seen))
                };
                (p > 0.5 && z > Z_90).then(|| {
                    (
                        p * z,
                        Consensus {
                            column: c,
                            statement: statements[c],
                            n_success: n,
                            n_trials: t.seen,
                            p_success: p,
                            p_test: z,
                        },
                    )
                })
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
        candidates.into_iter().take(5).map(|(_, c)| c).collect()
    };
    (pick(true), pick(false))
}

/// Group-informed consensus: the product over groups of each group's
/// smoothed agreement, (A+1)/(S+2) — high only when every group agrees.
pub fn group_aware_consensus(tallies: &[Vec<Tally>], columns: usize) -> Vec<f64> {
    (0..columns).map(|c| tallies.iter().map(|g| g[c].p_agree()).product()).collect()
}

/// How far apart the groups are on a statement: the gap between the most
/// and the least agreeing group's smoothed agreement, in [0, 1).
pub fn divisiveness(tallies: &[Vec<Tally>], columns: usize) -> Vec<f64> {
    (0..columns)
        .map(|c| {
            let p = tallies.iter().map(|g| g[c].p_agree());
            let (lo, hi) = p.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| (lo.min(x), hi.max(x)));
            if tallies.len() < 2 { 0.0 } else { hi - lo }
        })
        .collect()
}

/// Pol.is' comment priority: smoothed agreement × engagement (not passing) ×
/// (1 + how far an agree alone moves a voter on the map), boosted for new
/// statements, squared; meta statements get a fixed 7² = 49.
pub fn priority(t: &Tally, extremity: f64, is_meta: bool) -> f64 {
    if is_meta {
        return 49.0;
    }
    let seen = f64::from(t.seen);
    let p_agree = t.p_agree();
    let p_pass = (1.0 + f64::from(t.pass())) / (2.0 + seen);
    let importance = p_agree * (1.0 - p_pass) * (1.0 + extremity);
    let newness = 1.0 + 8.0 * 2f64.powf(-seen / 5.0);
    (importance * newness).powi(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_match_polis_formulas() {
        assert!((prop_test(6, 6) - 2.6457513110645907).abs() < 1e-12);
        assert_eq!(two_prop_test(3, 4, 3, 4), 0.0);
        let t = Tally { agree: 15, disagree: 1, seen: 16 };
        assert!((t.p_agree() - 0.888888888888889).abs() < 1e-12);
        assert!((prop_test(15, 16) - 3.6380343755449944).abs() < 1e-12);
    }
}
