//! Selection by lot with quotas, as fair as the quotas allow: LEXIMIN
//! (Flanigan, Gölz, Gupta, Hennig and Procaccia, *Fair algorithms for selecting
//! citizens' assemblies*, Nature 596, 2021) — among every lottery over panels
//! that meet the quotas, the one whose smallest selection probability is
//! largest, then the next smallest, and so on — and a draw from it that anyone
//! can recompute.
//!
//! People with the same answers to every category (and no shared household)
//! are interchangeable: LEXIMIN gives them equal chances (its probabilities
//! are unique, and swapping two such people maps the lottery onto itself), so
//! the search runs over these groups rather than over people, and a panel is
//! first a count per group. [`expand`] turns those counts back into panels of
//! named people with exactly the group's chance for each member.

mod csv;
mod draw;
mod expand;
mod leximin;
mod model;

use std::{cmp::Ordering, collections::BTreeMap, fmt};

pub use self::csv::{CsvFile, CsvProblem, read_categories, read_respondents};
pub use self::draw::{Seed, commitment, draw, fingerprint};
pub use self::leximin::select;

/// A category such as gender or school, with a quota per value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub name: String,
    pub features: Vec<Feature>,
}

/// One value of a category with the least and most panel members who have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feature {
    pub name: String,
    pub min: u32,
    pub max: u32,
}

/// Someone in the pool: their value in each category (an index into that
/// category's features, in the order of [`Pool::categories`]) and their
/// household, if one was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: String,
    pub features: Vec<usize>,
    pub household: Option<String>,
}

/// The people who volunteered and the quotas the panel must meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pool {
    pub categories: Vec<Category>,
    pub people: Vec<Person>,
}

/// What to select from a pool.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// Seats to fill.
    pub panel: u32,
    /// People who may not be selected (served last term, asked already).
    pub exclude: Vec<String>,
    /// People already on the panel (accepted, or still deciding): they count
    /// against the quotas and their households, and are not drawn again.
    /// The seats to fill are `panel` minus these.
    pub keep: Vec<String>,
}

/// One panel of the lottery and its chance.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// Ids in canonical order (see [`compare_ids`]).
    pub members: Vec<String>,
    pub probability: f64,
}

/// The fairest lottery over panels that meet the quotas.
#[derive(Debug, Clone, PartialEq)]
pub struct Lottery {
    /// Seats drawn (the request's panel minus the people kept).
    pub seats: u32,
    /// Every person who could be drawn, with their chance, in canonical id order.
    pub probabilities: Vec<(String, f64)>,
    /// The smallest chance among people who can be on some panel.
    pub min_probability: f64,
    /// Gini coefficient of the chances of everyone in the pool who was not excluded.
    pub gini: f64,
    /// Panels with a positive chance, in canonical order; chances add up to 1.
    pub panels: Vec<Panel>,
    /// People on no panel that meets the quotas (chance 0).
    pub unselectable: Vec<String>,
    /// People excluded by the request.
    pub excluded: Vec<String>,
    pub stats: Stats,
}

/// How much work the search took.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Groups of interchangeable people the search ran over.
    pub groups: usize,
    /// Panel compositions (counts per group) the lottery uses.
    pub compositions: usize,
    /// Integer programs solved to find panels.
    pub panel_searches: usize,
    /// Linear programs solved.
    pub linear_programs: usize,
}

/// A quota to change so that some panel can meet them all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relaxation {
    pub category: String,
    pub feature: String,
    pub min: u32,
    pub max: u32,
    pub new_min: u32,
    pub new_max: u32,
}

/// A category whose quotas cannot all hold on a panel of this size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryConflict {
    pub category: String,
    pub sum_min: u64,
    pub sum_max: u64,
    pub seats: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SortitionError {
    /// A file could not be read; `line` counts from 1 (the header is line 1).
    Csv { file: CsvFile, line: Option<u64>, problem: CsvProblem },
    /// No seats to fill.
    NoSeats,
    /// The request names someone who is not in the pool.
    UnknownPerson(String),
    /// More seats than people who can sit on the panel together (one per household).
    PoolTooSmall { seats: u32, available: u32 },
    /// No panel meets every quota; `relaxations` is the smallest change (in
    /// total seats moved) that would let one, `categories` the categories
    /// whose quotas contradict the panel size by themselves.
    Infeasible { relaxations: Vec<Relaxation>, categories: Vec<CategoryConflict> },
    /// The solver failed on a numerically hard problem.
    Solver(String),
}

impl fmt::Display for SortitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SortitionError::Csv { file, line, problem } => match line {
                Some(line) => write!(f, "{file}, line {line}: {problem}"),
                None => write!(f, "{file}: {problem}"),
            },
            SortitionError::NoSeats => write!(f, "there are no seats to fill"),
            SortitionError::UnknownPerson(id) => write!(f, "no one with id {id} is in the pool"),
            SortitionError::PoolTooSmall { seats, available } => {
                write!(f, "{seats} seats but only {available} people can sit together")
            }
            SortitionError::Infeasible { relaxations, categories } => {
                write!(f, "no panel meets every quota")?;
                for c in categories {
                    write!(
                        f,
                        "; {}: minimums add up to {}, maximums to {}, for {} seats",
                        c.category, c.sum_min, c.sum_max, c.seats
                    )?;
                }
                for r in relaxations {
                    write!(f, "; {}={}: {}–{} → {}–{}", r.category, r.feature, r.min, r.max, r.new_min, r.new_max)?;
                }
                Ok(())
            }
            SortitionError::Solver(detail) => write!(f, "the solver failed: {detail}"),
        }
    }
}

impl std::error::Error for SortitionError {}

/// Canonical order of ids: numbers by value (so 2 comes before 10), then
/// other text by its bytes. Outputs use it so that they do not depend on the
/// order of the input.
pub fn compare_ids(a: &str, b: &str) -> Ordering {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    match (digits(a), digits(b)) {
        (true, true) => {
            let (ta, tb) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
            ta.len().cmp(&tb.len()).then_with(|| ta.cmp(tb)).then_with(|| a.cmp(b))
        }
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        (false, false) => a.cmp(b),
    }
}

/// Gini coefficient of non-negative values (0 when all are equal or all zero):
/// the mean absolute difference over twice the mean.
pub fn gini(values: &[f64]) -> f64 {
    let n = values.len();
    let total: f64 = values.iter().sum();
    if n == 0 || total <= 0.0 {
        return 0.0;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let weighted: f64 = sorted.iter().enumerate().map(|(i, v)| (i as f64 + 1.0) * v).sum();
    let n = n as f64;
    ((2.0 * weighted) / (n * total) - (n + 1.0) / n).max(0.0)
}

/// Does this panel (ids) meet every quota and the household rule, counting the
/// people kept? Exact: integer counts only.
pub fn meets_quotas(pool: &Pool, kept: &[String], members: &[String]) -> bool {
    let by_id: BTreeMap<&str, &Person> = pool.people.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut counts: Vec<Vec<u64>> = pool.categories.iter().map(|c| vec![0; c.features.len()]).collect();
    let mut households = std::collections::BTreeSet::new();
    let mut seen = std::collections::BTreeSet::new();
    for id in kept.iter().chain(members) {
        let Some(person) = by_id.get(id.as_str()) else { return false };
        if !seen.insert(id.as_str()) {
            return false;
        }
        if let Some(h) = &person.household
            && !households.insert(h.as_str())
        {
            return false;
        }
        for (c, &f) in person.features.iter().enumerate() {
            counts[c][f] += 1;
        }
    }
    pool.categories.iter().zip(&counts).all(|(category, counts)| {
        category.features.iter().zip(counts).all(|(f, &n)| u64::from(f.min) <= n && n <= u64::from(f.max))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_sort_as_numbers_then_text() {
        let mut ids = vec!["10", "b", "2", "a", "02", "1"];
        ids.sort_by(|a, b| compare_ids(a, b));
        assert_eq!(ids, ["1", "02", "2", "10", "a", "b"]);
    }

    #[test]
    fn gini_of_equal_and_of_one_holder() {
        assert_eq!(gini(&[0.1, 0.1, 0.1]), 0.0);
        // One of four holds everything: mean difference 6/16·… = 0.75.
        assert!((gini(&[0.0, 0.0, 0.0, 1.0]) - 0.75).abs() < 1e-12);
        assert!((gini(&[1.0, 3.0]) - 0.25).abs() < 1e-12);
    }
}
