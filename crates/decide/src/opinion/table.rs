//! The participants × statements vote table, stored by participant (each row
//! sorted by statement column) so that a new vote touches one short row.

use std::collections::HashMap;

/// A vote: agree is +1, disagree −1, pass 0 (Pol.is' open-data coding; the
/// Pol.is server itself stores agree as −1, which readers of its math output
/// must flip).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vote {
    Agree,
    Disagree,
    Pass,
}

impl Vote {
    pub fn value(self) -> i8 {
        match self {
            Vote::Agree => 1,
            Vote::Disagree => -1,
            Vote::Pass => 0,
        }
    }

    pub fn from_value(value: i64) -> Option<Vote> {
        match value {
            1 => Some(Vote::Agree),
            -1 => Some(Vote::Disagree),
            0 => Some(Vote::Pass),
            _ => None,
        }
    }
}

/// Final votes: one row per participant, one column per statement that has
/// at least one vote. Ids are the caller's (Pol.is uses integers).
#[derive(Clone, Debug, Default)]
pub struct VoteTable {
    participants: Vec<i64>,
    statements: Vec<i64>,
    participant_index: HashMap<i64, usize>,
    statement_index: HashMap<i64, usize>,
    rows: Vec<Vec<(u32, i8)>>,
    votes: usize,
}

impl VoteTable {
    /// Builds the table from votes in the order they were cast: a later vote
    /// by the same participant on the same statement replaces the earlier one.
    /// Rows and columns are ordered by id, as Pol.is orders them.
    pub fn from_votes(votes: impl IntoIterator<Item = (i64, i64, Vote)>) -> VoteTable {
        let mut all: Vec<(i64, i64, usize, i8)> =
            votes.into_iter().enumerate().map(|(seq, (p, s, v))| (p, s, seq, v.value())).collect();
        all.sort_unstable_by_key(|&(p, s, seq, _)| (p, s, seq));
        let mut participants: Vec<i64> = all.iter().map(|v| v.0).collect();
        participants.dedup();
        let mut statements: Vec<i64> = all.iter().map(|v| v.1).collect();
        statements.sort_unstable();
        statements.dedup();
        let statement_index: HashMap<i64, usize> = statements.iter().enumerate().map(|(i, &s)| (s, i)).collect();
        let participant_index: HashMap<i64, usize> = participants.iter().enumerate().map(|(i, &p)| (p, i)).collect();
        let mut rows: Vec<Vec<(u32, i8)>> = vec![Vec::new(); participants.len()];
        let mut count = 0;
        for (i, &(p, s, _, v)) in all.iter().enumerate() {
            // Keep only the last vote of each (participant, statement) run.
            if all.get(i + 1).is_some_and(|next| next.0 == p && next.1 == s) {
                continue;
            }
            let row = participant_index[&p];
            rows[row].push((statement_index[&s] as u32, v));
            count += 1;
        }
        VoteTable { participants, statements, participant_index, statement_index, rows, votes: count }
    }

    /// Records one vote, replacing any earlier vote on the same statement.
    /// Returns true when the statement is new to the table (a new column).
    pub fn record(&mut self, participant: i64, statement: i64, vote: Vote) -> bool {
        let mut new_column = false;
        let column = match self.statement_index.get(&statement) {
            Some(&c) => c,
            None => {
                // Columns stay ordered by id: insert and renumber.
                let at = self.statements.partition_point(|&s| s < statement);
                self.statements.insert(at, statement);
                for row in &mut self.rows {
                    for cell in row.iter_mut() {
                        if cell.0 as usize >= at {
                            cell.0 += 1;
                        }
                    }
                }
                self.statement_index = self.statements.iter().enumerate().map(|(i, &s)| (s, i)).collect();
                new_column = true;
                at
            }
        };
        let row = match self.participant_index.get(&participant) {
            Some(&r) => r,
            None => {
                let at = self.participants.partition_point(|&p| p < participant);
                self.participants.insert(at, participant);
                self.rows.insert(at, Vec::new());
                self.participant_index = self.participants.iter().enumerate().map(|(i, &p)| (p, i)).collect();
                at
            }
        };
        let cells = &mut self.rows[row];
        match cells.binary_search_by_key(&(column as u32), |c| c.0) {
            Ok(i) => cells[i].1 = vote.value(),
            Err(i) => {
                cells.insert(i, (column as u32, vote.value()));
                self.votes += 1;
            }
        }
        new_column
    }

    pub fn participants(&self) -> &[i64] {
        &self.participants
    }

    pub fn statements(&self) -> &[i64] {
        &self.statements
    }

    pub fn row(&self, participant: usize) -> &[(u32, i8)] {
        &self.rows[participant]
    }

    pub fn participant_row(&self, id: i64) -> Option<usize> {
        self.participant_index.get(&id).copied()
    }

    pub fn statement_column(&self, id: i64) -> Option<usize> {
        self.statement_index.get(&id).copied()
    }

    /// Number of (participant, statement) pairs with a vote.
    pub fn vote_count(&self) -> usize {
        self.votes
    }

    pub fn is_empty(&self) -> bool {
        self.votes == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_votes_replace_earlier_ones_and_columns_follow_ids() {
        let mut t = VoteTable::from_votes([
            (7, 3, Vote::Agree),
            (2, 1, Vote::Pass),
            (7, 3, Vote::Disagree),
            (2, 3, Vote::Agree),
        ]);
        assert_eq!(t.participants(), &[2, 7]);
        assert_eq!(t.statements(), &[1, 3]);
        assert_eq!(t.row(1), &[(1, -1)]);
        assert_eq!(t.vote_count(), 3);
        assert!(t.record(5, 2, Vote::Agree));
        assert_eq!(t.statements(), &[1, 2, 3]);
        assert_eq!(t.participants(), &[2, 5, 7]);
        assert_eq!(t.row(0), &[(0, 0), (2, 1)]);
        assert_eq!(t.row(2), &[(2, -1)]);
        assert!(!t.record(5, 2, Vote::Disagree));
        assert_eq!(t.row(1), &[(1, -1)]);
        assert_eq!(t.vote_count(), 4);
    }
}
