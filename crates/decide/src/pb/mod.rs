//! Participatory-budgeting rules, each equal to its reference implementation
//! (pabutools 1.2.3 with exact fractions, or the Pabulib checker) on real
//! elections, and each explaining why every project was or was not funded.
//!
//! Tie-breaking follows pabutools everywhere except the official greedy: among
//! tied projects the one whose id sorts first *as a string* wins ("10" before
//! "9"). The official greedy keeps ties in the order of the PROJECTS section,
//! as the Pabulib checker does.

pub mod greedy;
pub mod mes;
pub mod phragmen;

use crate::{amount::Decimal, pabulib::Election};

/// How much a voter gains from a funded project (pabutools' satisfaction classes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Satisfaction {
    /// The project's cost, if the ballot lists it (`Cost_Sat`).
    Cost,
    /// 1 if the ballot lists the project (`Cardinality_Sat`).
    Cardinality,
    /// The points the ballot gives it (`Additive_Cardinal_Sat`, cumulative and scoring ballots).
    Points,
    /// Ballot length − position − 1 (`Additive_Borda_Sat`, ordinal ballots; the last ranked gets 0).
    Borda,
}

/// The projects and budget in one decimal scale, with the tie-break order.
#[derive(Debug, Clone)]
pub struct Instance {
    pub ids: Vec<String>,
    /// Costs in units of 10^-scale.
    pub costs: Vec<i128>,
    pub budget: i128,
    pub scale: u32,
    /// Position of each project when ids are sorted as strings: lower wins ties.
    pub tie_rank: Vec<u32>,
}

impl Instance {
    pub fn new(election: &Election) -> Instance {
        let scale = election.scale();
        let ids: Vec<String> = election.projects.iter().map(|p| p.id.clone()).collect();
        let mut order: Vec<usize> = (0..ids.len()).collect();
        order.sort_by(|&a, &b| ids[a].cmp(&ids[b]));
        let mut tie_rank = vec![0; ids.len()];
        for (rank, &p) in order.iter().enumerate() {
            tie_rank[p] = rank as u32;
        }
        Instance {
            costs: election.projects.iter().map(|p| p.cost.rescale(scale)).collect(),
            budget: election.budget.rescale(scale),
            scale,
            ids,
            tie_rank,
        }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn amount(&self, units: i128) -> Decimal {
        Decimal::from_scaled(units, self.scale)
    }

    pub fn total_cost(&self, projects: &[usize]) -> i128 {
        projects.iter().map(|&p| self.costs[p]).sum()
    }

    /// Project ids sorted as strings, the form reference outputs use.
    pub fn sorted_ids(&self, projects: &[usize]) -> Vec<String> {
        let mut ids: Vec<String> = projects.iter().map(|&p| self.ids[p].clone()).collect();
        ids.sort();
        ids
    }
}

/// Voters with identical satisfactions, counted once with a multiplicity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub voters: u64,
    /// (project, satisfaction), satisfaction > 0, sorted by project.
    pub sats: Vec<(u32, i128)>,
}

/// A profile seen through one satisfaction measure.
#[derive(Debug, Clone)]
pub struct SatProfile {
    pub voters: u64,
    pub groups: Vec<Group>,
    /// Per project: Σ satisfaction over all voters (may be ≤ 0 for scoring ballots).
    pub total: Vec<i128>,
    /// Per project: the groups with positive satisfaction and that satisfaction.
    pub supporters: Vec<Vec<(u32, i128)>>,
    /// The same as (group, satisfaction, voters) in floating point, for the fast paths.
    pub weighted: Vec<Vec<(u32, f64, f64)>>,
}

impl SatProfile {
    pub fn new(election: &Election, instance: &Instance, sat: Satisfaction) -> SatProfile {
        let m = instance.len();
        let mut total = vec![0_i128; m];
        // Every ballot's (project, satisfaction) list, sorted, in one flat buffer.
        let mut flat: Vec<(u32, i128)> = Vec::new();
        let mut spans: Vec<(usize, usize)> = Vec::with_capacity(election.votes.len());
        for vote in &election.votes {
            let len = vote.projects.len();
            let from = flat.len();
            for (pos, &p) in vote.projects.iter().enumerate() {
                let value = match sat {
                    Satisfaction::Cost => instance.costs[p],
                    Satisfaction::Cardinality => 1,
                    Satisfaction::Points => i128::from(vote.points.get(pos).copied().unwrap_or(0)),
                    Satisfaction::Borda => (len - pos - 1) as i128,
                };
                total[p] += value;
                if value > 0 {
                    flat.push((p as u32, value));
                }
            }
            flat[from..].sort_unstable();
            spans.push((from, flat.len()));
        }
        // Identical ballots become one group: sort the ballots, then count runs.
        let slice = |i: usize| &flat[spans[i].0..spans[i].1];
        let mut order: Vec<usize> = (0..spans.len()).collect();
        order.sort_unstable_by(|&a, &b| slice(a).cmp(slice(b)));
        let mut groups: Vec<Group> = Vec::new();
        let mut previous: Option<usize> = None;
        for i in order {
            match previous {
                Some(j) if slice(j) == slice(i) => {
                    if let Some(last) = groups.last_mut() {
                        last.voters += 1;
                    }
                }
                _ => groups.push(Group { voters: 1, sats: slice(i).to_vec() }),
            }
            previous = Some(i);
        }
        let mut supporters = vec![Vec::new(); m];
        for (g, group) in groups.iter().enumerate() {
            for &(p, u) in &group.sats {
                supporters[p as usize].push((g as u32, u));
            }
        }
        let weighted = supporters
            .iter()
            .map(|list| list.iter().map(|&(g, u)| (g, u as f64, groups[g as usize].voters as f64)).collect())
            .collect();
        SatProfile { voters: election.votes.len() as u64, groups, total, supporters, weighted }
    }

    /// Number of voters with positive satisfaction from `project`.
    pub fn supporter_count(&self, project: usize) -> u64 {
        self.supporters[project].iter().map(|&(g, _)| self.groups[g as usize].voters).sum()
    }
}

/// Why a project was or was not funded.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Verdict {
    /// Funded, as the `round`-th project chosen (1-based).
    Funded { round: u32 },
    /// Funded before the rule ran: it costs nothing and someone wants it.
    FundedFree,
    /// Its supporters could not pay for it together (Equal Shares).
    SupportersCannotAfford,
    /// It did not fit in what was left of the budget when its turn came.
    DidNotFit { left: Decimal },
    /// The rule stopped before reaching it (Phragmén, greedy without skipping).
    RuleStopped,
    /// Its score is below the file's threshold.
    BelowThreshold,
    /// Nobody supported it.
    NoSupport,
    /// A completion step added it after the main rule (e.g. greedy after Equal Shares).
    Completion { round: u32 },
}

/// One project's line in a results table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProjectResult {
    pub id: String,
    pub cost: Decimal,
    /// Voters who listed it (or gave it points).
    pub supporters: u64,
    pub verdict: Verdict,
}

/// A rule's outcome with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Outcome {
    pub rule: crate::Name,
    /// Funded projects in the order the rule chose them.
    pub selected: Vec<usize>,
    pub spent: Decimal,
    pub budget: Decimal,
    pub projects: Vec<ProjectResult>,
    /// Rule-specific notes (e.g. the per-voter budget Equal Shares settled on).
    pub notes: Vec<(String, String)>,
}

impl Outcome {
    pub(crate) fn build(
        rule: &'static str,
        instance: &Instance,
        counts: &[u64],
        selected: Vec<usize>,
        verdicts: Vec<Verdict>,
    ) -> Outcome {
        let projects = (0..instance.len())
            .map(|p| ProjectResult {
                id: instance.ids[p].clone(),
                cost: instance.amount(instance.costs[p]),
                supporters: counts.get(p).copied().unwrap_or(0),
                verdict: verdicts[p].clone(),
            })
            .collect();
        Outcome {
            rule: crate::Name::Borrowed(rule),
            spent: instance.amount(instance.total_cost(&selected)),
            budget: instance.amount(instance.budget),
            selected,
            projects,
            notes: Vec::new(),
        }
    }

    pub fn sorted_ids(&self, instance: &Instance) -> Vec<String> {
        instance.sorted_ids(&self.selected)
    }
}

/// How many voters list each project, whatever the ballot type.
pub fn listing_counts(election: &Election) -> Vec<u64> {
    let mut counts = vec![0_u64; election.projects.len()];
    for v in &election.votes {
        for &p in &v.projects {
            counts[p] += 1;
        }
    }
    counts
}

/// The rules the CLI and the app offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Pabulib's official greedy by votes, honouring the file's threshold and no-skip rule.
    OfficialGreedy,
    /// Utilitarian greedy with cost satisfaction (pabutools).
    GreedyCost,
    /// Utilitarian greedy with cardinality satisfaction (pabutools).
    GreedyCardinality,
    /// Method of Equal Shares with cost satisfaction.
    Mes,
    /// Method of Equal Shares with cardinality satisfaction.
    MesCardinality,
    /// Sequential Phragmén (approval ballots).
    Phragmen,
}

impl Rule {
    pub fn key(self) -> &'static str {
        match self {
            Rule::OfficialGreedy => "greedy",
            Rule::GreedyCost => "greedy-cost",
            Rule::GreedyCardinality => "greedy-card",
            Rule::Mes => "mes",
            Rule::MesCardinality => "mes-card",
            Rule::Phragmen => "phragmen",
        }
    }

    pub const ALL: [Rule; 6] = [
        Rule::OfficialGreedy,
        Rule::GreedyCost,
        Rule::GreedyCardinality,
        Rule::Mes,
        Rule::MesCardinality,
        Rule::Phragmen,
    ];

    pub fn parse(text: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.key() == text)
    }
}

/// What Equal Shares does when it stops with budget left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completion {
    None,
    /// Raise every voter's budget by one currency unit until the outcome is
    /// exhaustive or would overspend (pabutools `voter_budget_increment=1`).
    Add1,
    /// Add1, then utilitarian greedy (cost satisfaction) on what is left.
    Add1Greedy,
}

/// Runs a rule; `None` when it does not apply (Phragmén on non-approval ballots).
pub fn run(election: &Election, rule: Rule, completion: Completion) -> Option<Outcome> {
    let instance = Instance::new(election);
    let counts = listing_counts(election);
    Some(match rule {
        Rule::OfficialGreedy => greedy::official(election, &instance, &counts),
        Rule::GreedyCost | Rule::GreedyCardinality => {
            let sat = if rule == Rule::GreedyCost { Satisfaction::Cost } else { Satisfaction::Cardinality };
            let profile = SatProfile::new(election, &instance, sat);
            greedy::utilitarian(rule.key(), &instance, &profile, &counts, &[])
        }
        Rule::Mes | Rule::MesCardinality => {
            let sat = if rule == Rule::Mes { Satisfaction::Cost } else { Satisfaction::Cardinality };
            let profile = SatProfile::new(election, &instance, sat);
            mes::equal_shares(&instance, &profile, &counts, completion, election)
        }
        Rule::Phragmen => {
            if !election.vote_type.is_approval() {
                return None;
            }
            let profile = SatProfile::new(election, &instance, Satisfaction::Cardinality);
            phragmen::sequential(&instance, &profile, &counts)
        }
    })
}
