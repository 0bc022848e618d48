//! Every rule on every real Pabulib file in ../shared/data equals the reference:
//! pabutools 1.2.3 with exact fractions (`outcomes`), and the Pabulib checker's
//! official greedy (`official_greedy`), which must also reproduce the file's own
//! `selected` column wherever the reference says it does.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{collections::BTreeMap, path::PathBuf};

use serde_json::Value;
use tandem_decide::{
    pabulib::Election,
    pb::{Completion, Instance, Outcome, SatProfile, Satisfaction, greedy, listing_counts, mes, phragmen},
};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/pabulib")
}

fn expected() -> BTreeMap<String, Value> {
    let text = std::fs::read_to_string(data_dir().join("expected.json")).expect("shared/data/pabulib/expected.json");
    let all: BTreeMap<String, Value> = serde_json::from_str(&text).unwrap();
    all.into_iter().filter(|(k, _)| k.ends_with(".pb")).collect()
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_owned()).collect()
}

/// Runs one pabutools outcome key; None when our rule does not apply.
fn outcome(key: &str, election: &Election, instance: &Instance) -> Option<Outcome> {
    let counts = listing_counts(election);
    let profile = |sat| SatProfile::new(election, instance, sat);
    Some(match key {
        "greedy_cost_sat" => greedy::utilitarian(key_rule(key), instance, &profile(Satisfaction::Cost), &counts, &[]),
        "greedy_cardinality_sat" => {
            greedy::utilitarian(key_rule(key), instance, &profile(Satisfaction::Cardinality), &counts, &[])
        }
        "greedy_additive_cardinal_sat" => {
            greedy::utilitarian(key_rule(key), instance, &profile(Satisfaction::Points), &counts, &[])
        }
        "greedy_additive_borda_sat" => {
            greedy::utilitarian(key_rule(key), instance, &profile(Satisfaction::Borda), &counts, &[])
        }
        "mes_cost_sat" => {
            mes::equal_shares(instance, &profile(Satisfaction::Cost), &counts, Completion::None, election)
        }
        "mes_cost_sat_add1" => {
            mes::equal_shares(instance, &profile(Satisfaction::Cost), &counts, Completion::Add1, election)
        }
        "mes_cost_sat_add1_greedy" => {
            mes::equal_shares(instance, &profile(Satisfaction::Cost), &counts, Completion::Add1Greedy, election)
        }
        "mes_additive_cardinal_sat" => {
            mes::equal_shares(instance, &profile(Satisfaction::Points), &counts, Completion::None, election)
        }
        "mes_additive_borda_sat" => {
            mes::equal_shares(instance, &profile(Satisfaction::Borda), &counts, Completion::None, election)
        }
        "sequential_phragmen" => {
            if !election.vote_type.is_approval() {
                return None;
            }
            phragmen::sequential(instance, &profile(Satisfaction::Cardinality), &counts)
        }
        other => panic!("unknown outcome key {other}"),
    })
}

fn key_rule(key: &str) -> &'static str {
    match key {
        "greedy_cost_sat" => "greedy-cost",
        "greedy_cardinality_sat" => "greedy-card",
        _ => "greedy-additive",
    }
}

fn load(name: &str) -> Election {
    let bytes = std::fs::read(data_dir().join(name)).unwrap();
    Election::parse(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Runs the comparison for files whose name passes `filter`; returns how many outcomes were compared.
fn compare(filter: impl Fn(&str, &Value) -> bool, keys: &[&str]) -> usize {
    let mut compared = 0;
    let mut failures = Vec::new();
    for (name, entry) in expected() {
        if !filter(&name, &entry) {
            continue;
        }
        let election = load(&name);
        let instance = Instance::new(&election);
        for (key, want) in entry["outcomes"].as_object().unwrap() {
            if !keys.contains(&key.as_str()) {
                continue;
            }
            let Some(want_sel) = want.get("selected") else { continue };
            let got = outcome(key, &election, &instance).unwrap_or_else(|| panic!("{name} {key}: rule did not run"));
            let got_ids = got.sorted_ids(&instance);
            compared += 1;
            if got_ids != ids(want_sel) {
                failures.push(format!("{name} {key}: got {got_ids:?}, expected {:?}", ids(want_sel)));
            } else {
                let cost = want["total_cost"].as_str().unwrap();
                assert_eq!(got.spent.to_string(), normalise(cost), "{name} {key} total cost");
            }
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
    compared
}

/// pabutools prints fractions as "a/b"; every expected total here is a decimal.
fn normalise(cost: &str) -> String {
    if let Some((n, d)) = cost.split_once('/') {
        let n: f64 = n.parse().unwrap();
        let d: f64 = d.parse().unwrap();
        let v = n / d;
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        cost.to_owned()
    }
}

#[test]
fn greedy_rules_equal_pabutools_on_every_file() {
    let keys =
        ["greedy_cost_sat", "greedy_cardinality_sat", "greedy_additive_cardinal_sat", "greedy_additive_borda_sat"];
    let n = compare(|_, _| true, &keys);
    assert!(n >= 140, "{n} outcomes compared");
}

#[test]
fn equal_shares_equals_pabutools_on_every_file() {
    let keys = ["mes_cost_sat", "mes_additive_cardinal_sat", "mes_additive_borda_sat"];
    let n = compare(|_, _| true, &keys);
    assert_eq!(n, 60 + 11 + 10);
}

#[test]
fn equal_shares_with_add1_completion_equals_pabutools() {
    let keys = ["mes_cost_sat_add1", "mes_cost_sat_add1_greedy"];
    let n = compare(|_, _| true, &keys);
    assert_eq!(n, 56 * 2, "every outcome pabutools computed in its time limit");
}

#[test]
fn sequential_phragmen_equals_pabutools_on_every_approval_file() {
    let n = compare(|_, _| true, &["sequential_phragmen"]);
    assert_eq!(n, 39);
}

#[test]
fn the_official_greedy_equals_the_pabulib_checker_and_the_files_own_outcome() {
    let mut reproduced = 0;
    for (name, entry) in expected() {
        let election = load(&name);
        let instance = Instance::new(&election);
        let got = greedy::official(&election, &instance, &listing_counts(&election));
        let want = &entry["official_greedy"];
        assert_eq!(got.sorted_ids(&instance), ids(&want["selected"]), "{name}");
        if want["matches_official_selected"].as_bool() == Some(true) {
            assert_eq!(got.sorted_ids(&instance), ids(&entry["selected"]), "{name}: the file's own outcome");
            reproduced += 1;
        }
    }
    assert!(reproduced >= 25, "{reproduced} files' official outcomes reproduced");
}

/// Published files where a vote lists a project twice (Warsaw 2026 districts,
/// Amsterdam 604, Częstochowa 2020) are read as pabutools reads them. Built
/// here from every shared file: the first twenty votes repeat their first
/// project (with the same points, for point ballots); the election read back
/// is the original one, and each repeat is a warning naming its line.
#[test]
fn a_project_listed_twice_in_a_vote_is_read_as_pabutools_reads_it_on_every_file() {
    let mut files = 0;
    for entry in std::fs::read_dir(data_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("pb") {
            continue;
        }
        let original = Election::parse(&std::fs::read(&path).unwrap()).unwrap();
        let vote_col = original.vote_columns.iter().position(|c| c == "vote").unwrap();
        let points_col = original.vote_columns.iter().position(|c| c == "points");
        let mut doubled = original.clone();
        let mut expected_voters = Vec::new();
        for v in doubled.votes.iter_mut().take(20).filter(|v| !v.projects.is_empty()) {
            let first = v.fields[vote_col].split(',').next().unwrap().trim().to_owned();
            v.fields[vote_col] = format!("{},{first}", v.fields[vote_col]);
            if let (Some(c), true) = (points_col, original.vote_type.has_points()) {
                let again = v.fields[c].split(',').next().unwrap().trim().to_owned();
                v.fields[c] = format!("{},{again}", v.fields[c]);
            }
            expected_voters.push(v.voter_id.clone());
        }
        let text = doubled.to_pb();
        let read = Election::parse(text.as_bytes()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().unwrap().to_string_lossy();
        for (a, b) in read.votes.iter().zip(&original.votes) {
            assert_eq!((&a.projects, &a.points), (&b.projects, &b.points), "{name}: voter {}", a.voter_id);
        }
        let warned: Vec<&str> = read.warnings.iter().map(|w| w.voter_id.as_str()).collect();
        assert_eq!(warned, expected_voters, "{name}");
        let lines: Vec<&str> = text.lines().collect();
        for w in &read.warnings {
            let row = lines[usize::try_from(w.line).unwrap() - 1];
            assert!(
                row.contains(&w.voter_id) && row.contains(&w.project) && w.times == 2,
                "{name}: line {} is {row}",
                w.line
            );
        }
        files += 1;
    }
    assert!(files >= 50, "every shared file ({files})");
}
