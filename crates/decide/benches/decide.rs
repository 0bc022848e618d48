//! The decide library's speed on the shared real elections (figures in BENCHMARKS.md):
//!
//!   cargo bench -p tandem-decide
//!
//! * parsing Poland_Lodz_2022.pb (90,494 ballots × 160 projects);
//! * Equal Shares with cost satisfaction on it (profile built and rule run);
//! * every rule on every shared .pb file, in total;
//! * instant-runoff on every NSW election, in total.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{hint::black_box, path::PathBuf, time::Duration};

use criterion::{Criterion, criterion_group, criterion_main};
use tandem_decide::{
    pabulib::Election,
    pb::{self, Completion, Rule},
    preflib, vote,
};

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

fn files(dir: &str, ext: &str) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(data().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    paths.sort();
    paths.into_iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// The rules the CLI offers, as pabutools' reference outcomes name them.
const RULES: [(Rule, Completion); 8] = [
    (Rule::OfficialGreedy, Completion::None),
    (Rule::GreedyCost, Completion::None),
    (Rule::GreedyCardinality, Completion::None),
    (Rule::Mes, Completion::None),
    (Rule::MesCardinality, Completion::None),
    (Rule::Mes, Completion::Add1),
    (Rule::Mes, Completion::Add1Greedy),
    (Rule::Phragmen, Completion::None),
];

fn lodz(c: &mut Criterion) {
    let bytes = std::fs::read(data().join("pabulib/Poland_Lodz_2022.pb")).unwrap();
    c.bench_function("parse Poland_Lodz_2022.pb", |b| b.iter(|| Election::parse(black_box(&bytes)).unwrap()));
    let election = Election::parse(&bytes).unwrap();
    c.bench_function("MES cost satisfaction, Poland_Lodz_2022", |b| {
        b.iter(|| pb::run(black_box(&election), Rule::Mes, Completion::None).unwrap())
    });
}

fn all_pabulib(c: &mut Criterion) {
    let elections: Vec<Election> = files("pabulib", "pb").iter().map(|b| Election::parse(b).unwrap()).collect();
    let mut group = c.benchmark_group("every rule on every shared .pb file");
    group.sample_size(10).measurement_time(Duration::from_secs(60)).warm_up_time(Duration::from_secs(1));
    group.bench_function("8 rules × 60 files", |b| {
        b.iter(|| {
            for e in &elections {
                for (rule, completion) in RULES {
                    black_box(pb::run(e, rule, completion));
                }
            }
        })
    });
    group.finish();
}

fn nsw_irv(c: &mut Criterion) {
    let elections: Vec<vote::Ranked> =
        files("preflib/nswla", "soi").iter().map(|b| preflib::parse(b, preflib::Kind::Soi).unwrap().profile).collect();
    c.bench_function("IRV on every NSW election (186)", |b| {
        b.iter(|| {
            for e in &elections {
                black_box(vote::instant_runoff(e));
            }
        })
    });
}

/// Issue 14's target: every representation measure for 100,000 participants
/// across 6 dimensions (target: under 50 ms on one core).
fn representation_100k(c: &mut Criterion) {
    use rand::{RngExt, SeedableRng};
    use tandem_decide::{
        disclosure::Threshold,
        representation::{self, DimensionInput, Input, Settings, UNKNOWN},
    };
    let n = 100_000;
    let mut rng = rand::rngs::StdRng::seed_from_u64(14);
    let sizes = [8usize, 12, 7, 20, 15, 3];
    let dimensions = sizes
        .iter()
        .enumerate()
        .map(|(d, &groups)| DimensionInput {
            name: format!("d{d}"),
            sensitive: d == 5,
            groups: (0..groups).map(|g| (format!("g{g}"), rng.random_range(50..50_000))).collect(),
            values: (0..n)
                .map(|_| if rng.random_bool(0.1) { UNKNOWN } else { rng.random_range(0..groups as u32) })
                .collect(),
        })
        .collect();
    let contributions = (0..n).map(|_| rng.random_range(0..40u64).pow(2) / 40).collect();
    let input = Input { dimensions, contributions };
    c.bench_function("representation: 100,000 participants x 6 dimensions", |b| {
        b.iter(|| representation::measure(&input, Threshold::new(5), &Settings::default()))
    });
}

criterion_group!(benches, lodz, nsw_irv, all_pabulib, representation_100k);
criterion_main!(benches);
