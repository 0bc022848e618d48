//! Selection by lot (see BENCHMARKS.md): `cargo bench -p tandem-decide --bench sortition`.
//! The targets: pool 300 / panel 30 / 4 categories under 5 s, and the
//! Nature paper's pool 2,000 / panel 200 under 60 s (Gurobi took 2.7 s and
//! 1,162 s on the paper's two instances).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{hint::black_box, path::Path, time::Duration};

use criterion::{Criterion, criterion_group, criterion_main};
use tandem_decide::sortition::{self, Pool, Request};

fn load(dir: &Path) -> Pool {
    let categories = sortition::read_categories(&std::fs::read(dir.join("categories.csv")).unwrap()).unwrap();
    sortition::read_respondents(&std::fs::read(dir.join("respondents.csv")).unwrap(), categories, &[]).unwrap()
}

fn leximin(c: &mut Criterion) {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases = [
        ("pool 300, panel 30, 4 categories (skewed)", here.join("tests/fixtures/sortition/skewed_300_30"), 30),
        ("pool 120, panel 12, 3 categories (skewed)", here.join("tests/fixtures/sortition/skewed_120_12"), 12),
        (
            "paper example_small_20: pool 200, panel 20",
            here.join("../../../shared/data/sortition/example_small_20"),
            20,
        ),
        (
            "paper example_large_200: pool 2,000, panel 200",
            here.join("../../../shared/data/sortition/example_large_200"),
            200,
        ),
    ];
    let mut group = c.benchmark_group("leximin");
    group.sample_size(10).measurement_time(Duration::from_secs(15));
    for (name, dir, panel) in cases {
        let pool = load(&dir);
        let request = Request { panel, ..Request::default() };
        let lottery = sortition::select(&pool, &request).unwrap();
        eprintln!(
            "{name}: min {:.4}, gini {:.4}, {} panels, {:?}",
            lottery.min_probability,
            lottery.gini,
            lottery.panels.len(),
            lottery.stats
        );
        group.bench_function(name, |b| b.iter(|| sortition::select(black_box(&pool), &request).unwrap()));
    }
    group.finish();
}

criterion_group!(benches, leximin);
criterion_main!(benches);
