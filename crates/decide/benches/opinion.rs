//! Opinion-mapping speed at Pol.is' scale (see BENCHMARKS.md):
//! `cargo bench -p tandem-decide --bench opinion`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use tandem_decide::opinion::{self, OpinionModel, Options, Vote};

mod synthetic;

fn largest_polis_conversation(c: &mut Criterion) {
    let rows = synthetic::real_rows();
    let table = synthetic::build(&rows, 33_422, 783, 2_000_000, synthetic::Layout::Blocks);
    eprintln!(
        "{} participants × {} statements, {} votes",
        table.participants().len(),
        table.statements().len(),
        table.vote_count()
    );
    let options = Options::default();
    let mut group = c.benchmark_group("opinion 33,422 × 783");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("full update", |b| b.iter(|| opinion::analyze(black_box(&table), &options)));
    let mut model = OpinionModel::new(table.clone(), opinion::Memory::default());
    model.update(&options);
    let mut flip = false;
    group.bench_function("update after one new vote", |b| {
        b.iter(|| {
            flip = !flip;
            model.record(17, 5, if flip { Vote::Agree } else { Vote::Disagree });
            model.update(&options)
        })
    });
    group.finish();
}

fn polis_caps(c: &mut Criterion) {
    let rows = synthetic::real_rows();
    let options = Options::default();
    let mut group = c.benchmark_group("opinion 100,000 × 10,000");
    group.sample_size(10).measurement_time(Duration::from_secs(60));
    for (name, layout) in [("variants", synthetic::Layout::Variants), ("blocks", synthetic::Layout::Blocks)] {
        let table = synthetic::build(&rows, 100_000, 10_000, 7_000_000, layout);
        eprintln!(
            "{name}: {} participants × {} statements, {} votes",
            table.participants().len(),
            table.statements().len(),
            table.vote_count()
        );
        group.bench_function(format!("full update ({name})"), |b| {
            b.iter(|| opinion::analyze(black_box(&table), &options))
        });
    }
    group.finish();
}

criterion_group!(benches, largest_polis_conversation, polis_caps);
criterion_main!(benches);
