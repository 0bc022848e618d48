//! The parsers on damaged real files, in every `cargo test` (the cargo-fuzz
//! targets in fuzz/ go further on nightly): every mutation gives either an
//! election that writes and reads back identically, or an error whose line
//! exists in the file — never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use rand::{RngExt, SeedableRng, rngs::StdRng};
use tandem_decide::{pabulib::Election, pb, preflib, vote};

fn data(path: &str) -> Vec<u8> {
    std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data").join(path)).unwrap()
}

fn mutate(rng: &mut StdRng, original: &[u8]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for _ in 0..rng.random_range(1..6) {
        if bytes.is_empty() {
            break;
        }
        let at = rng.random_range(0..bytes.len());
        match rng.random_range(0..6) {
            0 => bytes[at] = rng.random(),
            1 => {
                bytes.remove(at);
            }
            2 => bytes.insert(at, *b";,:\n-0123456789{}\"".get(rng.random_range(0..19)).unwrap_or(&b'x')),
            3 => {
                let end = (at + rng.random_range(1..200)).min(bytes.len());
                bytes.drain(at..end);
            }
            4 => {
                let end = (at + rng.random_range(1..100)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}

fn lines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64 + 1
}

#[test]
fn damaged_pabulib_files_never_panic() {
    let mut rng = StdRng::seed_from_u64(20261122);
    let originals = [
        data("pabulib/Netherlands_Assen_2024.pb"),
        data("pabulib/Poland_Gdansk_2020_Rudniki.pb"),
        data("pabulib/Worldwide_Mechanical_Turk_Ranking_value_8.pb"),
        data("pabulib/Poland_Krakow_2024_Stare_Miasto.pb")[..6000].to_vec(),
    ];
    let (mut read, mut refused) = (0, 0);
    for i in 0..1500 {
        let bytes = mutate(&mut rng, &originals[i % originals.len()]);
        match Election::parse(&bytes) {
            Ok(e) => {
                read += 1;
                // The same election; a lenient read's warnings name the lines of the file written.
                let without_lines = |mut x: Election| {
                    x.warnings.iter_mut().for_each(|w| w.line = 0);
                    x
                };
                assert_eq!(without_lines(Election::parse(e.to_pb().as_bytes()).unwrap()), without_lines(e.clone()));
                if e.votes.len() <= 2000 {
                    for rule in pb::Rule::ALL {
                        if let Some(o) = pb::run(&e, rule, pb::Completion::None) {
                            let scale = o.spent.scale.max(e.budget.scale);
                            assert!(o.spent.rescale(scale) <= e.budget.rescale(scale), "{} overspends", rule.key());
                            assert_eq!(o.projects.len(), e.projects.len());
                        }
                    }
                }
            }
            Err(err) => {
                refused += 1;
                if let Some(line) = err.line {
                    assert!(line >= 1 && line <= lines(&bytes), "{err} in a {}-line file", lines(&bytes));
                }
            }
        }
    }
    assert!(read > 50 && refused > 50, "both kinds exercised: {read} read, {refused} refused");
}

#[test]
fn damaged_preflib_files_never_panic() {
    let mut rng = StdRng::seed_from_u64(7);
    let originals = [data("preflib/debian/00002-00000001.soi"), data("preflib/nswla/00058-00000001.soi")];
    let (mut read, mut refused) = (0, 0);
    for i in 0..1500 {
        let bytes = mutate(&mut rng, &originals[i % originals.len()]);
        match preflib::parse(&bytes, preflib::Kind::Soi) {
            Ok(f) => {
                read += 1;
                let irv = vote::instant_runoff(&f.profile);
                assert!(!irv.winners.is_empty() || f.profile.ballots.is_empty());
                let again =
                    preflib::parse(preflib::write(&f.title, &f.profile).as_bytes(), preflib::Kind::Soi).unwrap();
                assert_eq!(again.profile.voters(), f.profile.voters());
                let _ = vote::schulze(&f.profile);
            }
            Err(err) => {
                refused += 1;
                if let Some(line) = err.line {
                    assert!(line >= 1 && line <= lines(&bytes), "{err}");
                }
            }
        }
    }
    assert!(read > 50 && refused > 50, "both kinds exercised: {read} read, {refused} refused");
}
