//! Single-winner voting methods with the explanation a results page needs.
//!
//! Ties are never broken silently: when candidates tie, every tied candidate is
//! a winner and the page says so (a facilitator then decides in the open, as the
//! charter says). The rules, method by method:
//!
//! * **Plurality, approval, score, Borda**: highest total wins; equal totals tie.
//! * **Borda** is the symmetric count: on each ballot a candidate scores the
//!   number ranked below it minus the number ranked above it; unranked
//!   candidates are tied below every ranked one.
//! * **Instant-runoff**: a candidate with more than half of the ballots still
//!   counting wins; otherwise every candidate with the fewest first preferences
//!   is eliminated together and their ballots pass to the next preference still
//!   standing. Ballots with no preference left are exhausted. If all remaining
//!   candidates have the same count, they tie.
//! * **Schulze** (beat-path) on margins: the strength of a path is its weakest
//!   margin; a wins if its strongest path to every b is at least b's to a.
//! * **Consent** (Loomio's consent process): a proposal passes unless someone
//!   blocks it; with no responses at all there is no decision.

use serde::{Deserialize, Serialize};

/// Ranked ballots: candidates by name; ballots as (count, ranking best first).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ranked {
    pub candidates: Vec<String>,
    pub ballots: Vec<(u64, Vec<u32>)>,
}

impl Ranked {
    pub fn voters(&self) -> u64 {
        self.ballots.iter().map(|(c, _)| c).sum()
    }

    fn m(&self) -> usize {
        self.candidates.len()
    }
}

/// Winners with totals per candidate (plurality, approval, score, Borda).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub method: crate::Name,
    pub winners: Vec<u32>,
    pub scores: Vec<i64>,
}

fn top(method: &'static str, scores: Vec<i64>) -> Tally {
    let best = scores.iter().copied().max();
    let winners = match best {
        Some(b) => (0..scores.len() as u32).filter(|&c| scores[c as usize] == b).collect(),
        None => Vec::new(),
    };
    Tally { method: crate::Name::Borrowed(method), winners, scores }
}

pub fn plurality(profile: &Ranked) -> Tally {
    let mut scores = vec![0_i64; profile.m()];
    for (count, ranking) in &profile.ballots {
        if let Some(&first) = ranking.first() {
            scores[first as usize] += *count as i64;
        }
    }
    top("plurality", scores)
}

pub fn borda(profile: &Ranked) -> Tally {
    let m = profile.m() as i64;
    let mut scores = vec![0_i64; profile.m()];
    for (count, ranking) in &profile.ballots {
        let listed = ranking.len() as i64;
        let mut ranked = vec![false; profile.m()];
        for (pos, &c) in ranking.iter().enumerate() {
            let pos = pos as i64;
            // Below: later listed ones and every unlisted one; above: earlier listed ones.
            let below = (listed - pos - 1) + (m - listed);
            scores[c as usize] += *count as i64 * (below - pos);
            ranked[c as usize] = true;
        }
        for (c, score) in scores.iter_mut().enumerate() {
            if !ranked[c] {
                *score -= *count as i64 * listed;
            }
        }
    }
    top("borda", scores)
}

/// Approval ballots: each ballot is a set of candidates.
pub fn approval(candidates: usize, ballots: &[(u64, Vec<u32>)]) -> Tally {
    let mut scores = vec![0_i64; candidates];
    for (count, set) in ballots {
        for &c in set {
            if let Some(s) = scores.get_mut(c as usize) {
                *s += *count as i64;
            }
        }
    }
    top("approval", scores)
}

/// Score (range) ballots: points per candidate; missing candidates score 0.
pub fn score(candidates: usize, ballots: &[(u64, Vec<(u32, i64)>)]) -> Tally {
    let mut scores = vec![0_i64; candidates];
    for (count, marks) in ballots {
        for &(c, points) in marks {
            if let Some(s) = scores.get_mut(c as usize) {
                *s += *count as i64 * points;
            }
        }
    }
    top("score", scores)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IrvRound {
    /// First preferences of each candidate still standing (None once eliminated).
    pub tallies: Vec<Option<u64>>,
    pub exhausted: u64,
    /// Eliminated at the end of this round (empty in the last round).
    pub eliminated: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Irv {
    pub method: crate::Name,
    pub winners: Vec<u32>,
    pub rounds: Vec<IrvRound>,
}

pub fn instant_runoff(profile: &Ranked) -> Irv {
    let m = profile.m();
    let mut standing = vec![true; m];
    let mut rounds = Vec::new();
    loop {
        let mut tallies = vec![0_u64; m];
        let mut exhausted = 0;
        for (count, ranking) in &profile.ballots {
            match ranking.iter().find(|&&c| standing[c as usize]) {
                Some(&c) => tallies[c as usize] += count,
                None => exhausted += count,
            }
        }
        let counting: u64 = tallies.iter().sum();
        let shown: Vec<Option<u64>> = (0..m).map(|c| standing[c].then_some(tallies[c])).collect();
        let alive: Vec<u32> = (0..m as u32).filter(|&c| standing[c as usize]).collect();
        if let Some(&w) = alive.iter().find(|&&c| 2 * tallies[c as usize] > counting) {
            rounds.push(IrvRound { tallies: shown, exhausted, eliminated: Vec::new() });
            return Irv { method: crate::Name::Borrowed("irv"), winners: vec![w], rounds };
        }
        let fewest = alive.iter().map(|&c| tallies[c as usize]).min().unwrap_or(0);
        let losers: Vec<u32> = alive.iter().copied().filter(|&c| tallies[c as usize] == fewest).collect();
        if losers.len() == alive.len() {
            rounds.push(IrvRound { tallies: shown, exhausted, eliminated: Vec::new() });
            return Irv { method: crate::Name::Borrowed("irv"), winners: alive, rounds };
        }
        for &c in &losers {
            standing[c as usize] = false;
        }
        rounds.push(IrvRound { tallies: shown, exhausted, eliminated: losers });
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schulze {
    pub method: crate::Name,
    pub winners: Vec<u32>,
    /// pairwise[a][b]: voters who rank a above b (ranked above unranked).
    pub pairwise: Vec<Vec<u64>>,
    /// strongest[a][b]: strength of the strongest path from a to b over positive margins (0: none).
    pub strongest: Vec<Vec<i64>>,
}

pub fn pairwise(profile: &Ranked) -> Vec<Vec<u64>> {
    let m = profile.m();
    let mut d = vec![vec![0_u64; m]; m];
    for (count, ranking) in &profile.ballots {
        let mut ranked = vec![false; m];
        for (i, &a) in ranking.iter().enumerate() {
            for &b in &ranking[i + 1..] {
                d[a as usize][b as usize] += count;
            }
            ranked[a as usize] = true;
        }
        for &a in ranking {
            for (b, is_ranked) in ranked.iter().enumerate() {
                if !is_ranked {
                    d[a as usize][b] += count;
                }
            }
        }
    }
    d
}

pub fn schulze(profile: &Ranked) -> Schulze {
    let m = profile.m();
    let d = pairwise(profile);
    let mut p = vec![vec![0_i64; m]; m];
    for a in 0..m {
        for b in 0..m {
            let margin = d[a][b] as i64 - d[b][a] as i64;
            if a != b && margin > 0 {
                p[a][b] = margin;
            }
        }
    }
    for k in 0..m {
        for a in 0..m {
            if a == k {
                continue;
            }
            for b in 0..m {
                if b == k || b == a {
                    continue;
                }
                let via = p[a][k].min(p[k][b]);
                if via > p[a][b] {
                    p[a][b] = via;
                }
            }
        }
    }
    let winners =
        (0..m as u32).filter(|&a| (0..m).all(|b| b == a as usize || p[a as usize][b] >= p[b][a as usize])).collect();
    Schulze { method: crate::Name::Borrowed("schulze"), winners, pairwise: d, strongest: p }
}

/// A response to a proposal under the consent process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Agree,
    Abstain,
    Disagree,
    Block,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentOutcome {
    Passes,
    Blocked,
    NoResponses,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub outcome: ConsentOutcome,
    pub agree: u64,
    pub abstain: u64,
    pub disagree: u64,
    pub block: u64,
}

pub fn consent(responses: &[(u64, Stance)]) -> Consent {
    let count = |s: Stance| responses.iter().filter(|(_, x)| *x == s).map(|(c, _)| c).sum::<u64>();
    let (agree, abstain, disagree, block) =
        (count(Stance::Agree), count(Stance::Abstain), count(Stance::Disagree), count(Stance::Block));
    let outcome = if block > 0 {
        ConsentOutcome::Blocked
    } else if agree + abstain + disagree == 0 {
        ConsentOutcome::NoResponses
    } else {
        ConsentOutcome::Passes
    };
    Consent { outcome, agree, abstain, disagree, block }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(m: usize, ballots: &[(u64, &[u32])]) -> Ranked {
        Ranked {
            candidates: (0..m).map(|i| format!("c{i}")).collect(),
            ballots: ballots.iter().map(|(c, r)| (*c, r.to_vec())).collect(),
        }
    }

    #[test]
    fn instant_runoff_transfers_and_exhausts() {
        // A 8, B 6, C 5 (C's voters: 3 to B, 2 exhaust) → B 9 of 17 counting.
        let p = profile(3, &[(8, &[0]), (6, &[1, 0]), (3, &[2, 1]), (2, &[2])]);
        let r = instant_runoff(&p);
        assert_eq!(r.winners, vec![1]);
        assert_eq!(r.rounds.len(), 2);
        assert_eq!(r.rounds[0].eliminated, vec![2]);
        assert_eq!(r.rounds[1].tallies, vec![Some(8), Some(9), None]);
        assert_eq!(r.rounds[1].exhausted, 2);
    }

    #[test]
    fn instant_runoff_reports_a_full_tie() {
        let p = profile(2, &[(3, &[0]), (3, &[1])]);
        assert_eq!(instant_runoff(&p).winners, vec![0, 1]);
    }

    #[test]
    fn schulze_finds_the_condorcet_winner_and_handles_cycles() {
        // Wikipedia's Schulze example (45 voters, 5 candidates): E wins.
        let p = profile(
            5,
            &[
                (5, &[0, 2, 1, 4, 3]),
                (5, &[0, 3, 4, 2, 1]),
                (8, &[1, 4, 3, 0, 2]),
                (3, &[2, 0, 1, 4, 3]),
                (7, &[2, 0, 4, 1, 3]),
                (2, &[2, 1, 0, 3, 4]),
                (7, &[3, 2, 4, 1, 0]),
                (8, &[4, 1, 0, 3, 2]),
            ],
        );
        let s = schulze(&p);
        assert_eq!(s.winners, vec![4]);
        assert_eq!(s.pairwise[0][1], 20);
        assert_eq!(s.pairwise[1][0], 25);
        // A perfect three-way cycle is a three-way tie.
        let cycle = profile(3, &[(1, &[0, 1, 2]), (1, &[1, 2, 0]), (1, &[2, 0, 1])]);
        assert_eq!(schulze(&cycle).winners, vec![0, 1, 2]);
    }

    #[test]
    fn borda_counts_unranked_candidates_as_tied_last() {
        // 3 candidates; ballot [0]: 0 gets +2, 1 and 2 get -1 each.
        let p = profile(3, &[(1, &[0]), (1, &[1, 2, 0])]);
        let b = borda(&p);
        assert_eq!(b.scores, vec![2 - 2, -1 + 2, -1]);
        assert_eq!(b.winners, vec![1]);
        assert_eq!(plurality(&p).scores, vec![1, 1, 0]);
        assert_eq!(plurality(&p).winners, vec![0, 1]);
    }

    #[test]
    fn approval_score_and_consent() {
        let a = approval(3, &[(2, vec![0, 1]), (1, vec![2]), (1, vec![7])]);
        assert_eq!(a.scores, vec![2, 2, 1]);
        assert_eq!(a.winners, vec![0, 1]);
        let s = score(2, &[(1, vec![(0, 5), (1, 3)]), (2, vec![(1, 4)])]);
        assert_eq!(s.scores, vec![5, 11]);
        assert_eq!(consent(&[(5, Stance::Agree), (1, Stance::Disagree)]).outcome, ConsentOutcome::Passes);
        assert_eq!(consent(&[(5, Stance::Agree), (1, Stance::Block)]).outcome, ConsentOutcome::Blocked);
        assert_eq!(consent(&[]).outcome, ConsentOutcome::NoResponses);
    }
}
