//! The search's data: groups of interchangeable people, the seats and the
//! quotas left after the people kept, and a panel as a count per group.
//! Shared by the search (`leximin`) and by `expand`, which names panels.

/// People who are interchangeable for the quotas: same value in every category
/// and no household shared with someone else in the pool.
#[derive(Debug, Clone)]
pub(super) struct Group {
    /// Indexes into the pool's people, in the order of their ids' SHA-256.
    pub members: Vec<usize>,
    pub features: Vec<usize>,
}

/// The integer program's data: groups, seats, quotas left after the people kept.
pub(super) struct Model {
    pub groups: Vec<Group>,
    pub seats: u32,
    /// Per category and feature, the least and most seats still to give it.
    pub bounds: Vec<Vec<(i64, i64)>>,
    /// Groups (each a single person) sharing a household: at most one of each list.
    pub households: Vec<Vec<usize>>,
    /// People already on the panel.
    pub kept_seats: i64,
}

/// A panel as a count of seats per group.
pub(super) type Composition = Vec<u32>;
