//! Times updates after single new votes on the 33,422 × 783 conversation:
//! `cargo run --release -p tandem-decide --example opinion_update`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use tandem_decide::opinion::{self, OpinionModel, Options, Vote};

#[path = "../benches/synthetic.rs"]
mod synthetic;

fn main() {
    let rows = synthetic::real_rows();
    let table = synthetic::build(&rows, 33_422, 783, 2_000_000, synthetic::Layout::Blocks);
    let options = Options::default();
    let started = Instant::now();
    let mut model = OpinionModel::new(table, opinion::Memory::default());
    println!("co-vote sums built in {:.2?}", started.elapsed());
    let started = Instant::now();
    model.update(&options);
    println!("first update in {:.2?}", started.elapsed());
    let runs = 20;
    let started = Instant::now();
    let mut recording = std::time::Duration::ZERO;
    for i in 0..runs {
        let r = Instant::now();
        model.record(17 + i, 5, if i % 2 == 0 { Vote::Agree } else { Vote::Disagree });
        recording += r.elapsed();
        let a = model.update(&options);
        if i == 0 {
            println!("PCA iterations after one vote: {}", a.pca_iterations);
        }
    }
    println!(
        "update after one new vote: {:.2?} on average over {runs} (recording the vote: {:.2?})",
        started.elapsed() / runs as u32,
        recording / runs as u32
    );
}
