//! Every PrefLib election in ../shared/data: our winners equal the reference
//! libraries' (pref_voting, pyrankvote, svvamp) for instant-runoff, Schulze,
//! Borda and plurality, and our Borda and plurality totals equal theirs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{collections::BTreeMap, path::PathBuf};

use serde_json::Value;
use tandem_decide::{
    preflib::{Kind, parse},
    vote::{borda, instant_runoff, plurality, schulze},
};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/preflib")
}

fn winners(v: &Value) -> Vec<u32> {
    v["winners"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap() as u32).collect()
}

fn ids(w: &[u32]) -> Vec<u32> {
    w.iter().map(|c| c + 1).collect()
}

#[test]
fn every_election_has_the_reference_winners() {
    let text = std::fs::read_to_string(data_dir().join("expected.json")).unwrap();
    let expected: BTreeMap<String, Value> = serde_json::from_str(&text).unwrap();
    let mut checked = 0;
    for (name, want) in expected.iter().filter(|(k, _)| k.ends_with(".soi")) {
        let folder = if name.starts_with("00002") { "debian" } else { "nswla" };
        let bytes = std::fs::read(data_dir().join(folder).join(name)).unwrap();
        let file = parse(&bytes, Kind::Soi).unwrap_or_else(|e| panic!("{name}: {e}"));
        let p = &file.profile;
        assert_eq!(p.voters(), want["num_voters"].as_u64().unwrap(), "{name}");
        assert_eq!(p.candidates.len() as u64, want["num_candidates"].as_u64().unwrap(), "{name}");
        let irv = instant_runoff(p);
        for key in ["irv_pref_voting", "irv_pyrankvote", "irv_svvamp"] {
            assert_eq!(ids(&irv.winners), winners(&want[key]), "{name} {key}");
        }
        assert_eq!(ids(&schulze(p).winners), winners(&want["schulze_pref_voting"]), "{name} schulze");
        for (key, tally) in [("borda_pref_voting", borda(p)), ("plurality_pref_voting", plurality(p))] {
            assert_eq!(ids(&tally.winners), winners(&want[key]), "{name} {key}");
            for (c, score) in want[key]["scores"].as_object().unwrap() {
                let c: usize = c.parse().unwrap();
                assert_eq!(tally.scores[c - 1], score.as_i64().unwrap(), "{name} {key} candidate {c}");
            }
        }
        checked += 1;
    }
    assert_eq!(checked, 188);
}
