//! One full opinion-map update at a given size, timed, for peak-memory
//! measurement: `cargo run --release -p tandem-decide --example opinion_scale
//! -- 33422 783 2000000 [--variants]` under `/usr/bin/time -v`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use tandem_decide::opinion::{self, Options};

#[path = "../benches/synthetic.rs"]
mod synthetic;

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let (participants, statements, votes) = match args[..] {
        [p, s, v] => (p, s, v),
        _ => (33_422, 783, 2_000_000),
    };
    let rows = synthetic::real_rows();
    let started = Instant::now();
    let layout = if std::env::args().any(|a| a == "--variants") {
        synthetic::Layout::Variants
    } else {
        synthetic::Layout::Blocks
    };
    let table = synthetic::build(&rows, participants, statements, votes, layout);
    let built = started.elapsed();
    let started = Instant::now();
    let analysis = opinion::analyze(&table, &Options::default());
    let took = started.elapsed();
    let started = Instant::now();
    let mut model = opinion::OpinionModel::new(table.clone(), opinion::Memory::default());
    let co_votes = started.elapsed();
    let warm = model.update(&Options::default());
    let with_co_votes = started.elapsed();
    println!(
        "with co-vote sums: sums in {co_votes:.2?}, whole update in {with_co_votes:.2?} ({} groups)",
        warm.groups.len()
    );
    println!(
        "{} participants × {} statements, {} votes: table built in {:.2?}, analysis in {:.2?} ({} PCA iterations, {} groups, explained variance {:.3}/{:.3})",
        table.participants().len(),
        table.statements().len(),
        table.vote_count(),
        built,
        took,
        analysis.pca_iterations,
        analysis.groups.len(),
        analysis.explained_variance[0],
        analysis.explained_variance[1]
    );
}
