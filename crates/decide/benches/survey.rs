//! Survey results (see BENCHMARKS.md): `cargo bench -p tandem-decide --bench survey`.
//! Issue 18's target: results for 10,000 responses × 40 questions with 4
//! scales in under 200 ms — every question's distribution and mean with its
//! interval, every scale's score and Cronbach's alpha.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rand::{RngExt, SeedableRng, rngs::StdRng};
use tandem_decide::survey::{self, Responses, Scale};

/// 10,000 respondents, 40 five-point questions (one in twenty left blank),
/// answers driven by four traits so the scales hang together as real ones do.
fn wave() -> (Responses, Vec<Scale>) {
    let (n, q) = (10_000, 40);
    let mut rng = StdRng::seed_from_u64(2026);
    let mut r = Responses::new(n, q);
    for i in 0..n {
        let traits: Vec<f64> = (0..4).map(|_| rng.random_range(1.0..5.0)).collect();
        for j in 0..q {
            if rng.random_range(0..20) == 0 {
                continue;
            }
            let reverse = j % 8 == 7;
            let level = traits[j % 4] + rng.random_range(-1.2..1.2);
            let v = level.round().clamp(1.0, 5.0) as u8;
            r.set(i, j, if reverse { 6 - v } else { v });
        }
    }
    let scales = (0..4)
        .map(|s| Scale { items: (0..8).map(|k| (s + 4 * k, (s + 4 * k) % 8 == 7)).collect(), points: 5 })
        .collect();
    (r, scales)
}

fn results(c: &mut Criterion) {
    let (r, scales) = wave();
    let points = vec![5u8; r.questions()];
    c.bench_function("survey results: 10,000 responses × 40 questions, 4 scales", |b| {
        b.iter(|| black_box(survey::results(black_box(&r), &points, &scales)))
    });
}

criterion_group!(benches, results);
criterion_main!(benches);
