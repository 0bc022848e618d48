//! Large conversations resampled from a real one, for benchmarks: every
//! synthetic participant is a real participant of
//! austria-climate.2vkxcncppn (1,756 participants × 1,039 statements,
//! 130,798 votes) with their votes mapped onto the wanted statement range
//! and thinned to the wanted vote count.

use std::path::Path;

use tandem_decide::opinion::{Vote, VoteTable, opendata};

/// Real participants' final votes, as (statement, vote) rows.
pub fn real_rows() -> Vec<Vec<(i64, Vote)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/polis/openData/austria-climate.2vkxcncppn.2022-07-07");
    let read = |f: &str| std::fs::read(dir.join(f)).ok();
    let comments = read("comments.csv").unwrap_or_default();
    let conversation = opendata::read(&comments, None, read("participants-votes.csv").as_deref(), None)
        .unwrap_or_else(|e| panic!("{e}"));
    let table = conversation.table();
    (0..table.participants().len())
        .map(|p| {
            table
                .row(p)
                .iter()
                .map(|&(c, v)| (table.statements()[c as usize], Vote::from_value(v.into()).unwrap_or(Vote::Pass)))
                .collect()
        })
        .filter(|r: &Vec<(i64, Vote)>| !r.is_empty())
        .collect()
}

/// How a wider conversation is made from the real one's 1,039 statements.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Copies side by side; each participant votes in one copy only (ten
    /// unrelated copies: the top eigenvalues are nearly equal).
    Blocks,
    /// Each real statement has several wordings; each vote goes to one of
    /// them at random (one opinion structure, as in a real conversation).
    Variants,
}

/// `participants` × `statements` with about `votes` votes, deterministic.
pub fn build(
    rows: &[Vec<(i64, Vote)>],
    participants: usize,
    statements: usize,
    votes: usize,
    layout: Layout,
) -> VoteTable {
    let mut state = 0x5EED_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let available: usize = (0..participants).map(|p| rows[p % rows.len()].len()).sum();
    let keep = (votes as f64 / available as f64).min(1.0);
    let threshold = (keep * u32::MAX as f64) as u64;
    let mut out = Vec::with_capacity(votes + votes / 10);
    for p in 0..participants {
        let source = &rows[(next() as usize) % rows.len()];
        // Wider conversations are copies of the real one side by side, so
        // each copy keeps the real correlations between statements.
        let copies = statements.div_ceil(1039).max(1);
        let mut offset = 1039 * ((next() as usize) % copies);
        let before = out.len();
        for &(s, v) in source {
            if layout == Layout::Variants {
                offset = 1039 * ((next() as usize) % copies);
            }
            if (next() & 0xFFFF_FFFF) <= threshold {
                out.push((p as i64, ((s as usize + offset) % statements) as i64, v));
            }
        }
        if out.len() == before {
            let (s, v) = source[0];
            out.push((p as i64, ((s as usize + offset) % statements) as i64, v));
        }
    }
    VoteTable::from_votes(out)
}
