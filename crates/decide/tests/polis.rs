//! Opinion mapping against Pol.is on its own data: the red-dwarf fixtures
//! (real Pol.is server output) and every openData conversation (adjusted Rand
//! index against Pol.is' group ids, at least red-dwarf's).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;
use tandem_decide::opinion::{self, Analysis, Grouping, Options, Vote, VoteTable, adjusted_rand_index, opendata};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/polis")
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn int(v: &Value, keys: &[&str]) -> i64 {
    keys.iter()
        .find_map(|k| {
            let x = v.get(*k)?;
            x.as_i64()
                .or_else(|| x.as_f64().map(|f| f as i64))
                .or_else(|| x.as_str().and_then(|s| s.parse::<f64>().ok()).map(|f| f as i64))
        })
        .unwrap_or_else(|| panic!("no {keys:?} in {v}"))
}

fn ids(v: &Value) -> Vec<i64> {
    v.as_array().map(|a| a.iter().filter_map(Value::as_i64).collect()).unwrap_or_default()
}

fn floats(v: &Value) -> Vec<f64> {
    v.as_array().map(|a| a.iter().filter_map(Value::as_f64).collect()).unwrap_or_default()
}

struct Fixture {
    name: &'static str,
    /// Whether votes.json holds every vote the server counted.
    complete: bool,
    math: Value,
    analysis: Analysis,
    /// The analysis continued from Pol.is' own group centres.
    with_history: Analysis,
    table: VoteTable,
}

const FIXTURES: [&str; 5] = [
    "below-100-ptpts",
    "25ptpt-3gp-no-strict-with-meta",
    "50ptpt-3gp-strict-no-meta",
    "150ptpt-3gp-no-strict-no-meta",
    "above-100-ptpts",
];

/// Runs the analysis on a fixture's votes with Pol.is' own inputs to its
/// math: the moderated-out and meta statements, and the participants it
/// keeps in the conversation.
fn fixture(name: &'static str) -> Fixture {
    let dir = data().join("reddwarf_fixtures").join(name);
    let math = json(&dir.join("math-pca2.json"));
    let tids: BTreeSet<i64> = ids(&math["tids"]).into_iter().collect();
    let last = math["lastVoteTimestamp"].as_i64().unwrap_or(i64::MAX);
    let mut votes: Vec<(i64, i64, i64, Vote)> = json(&dir.join("votes.json"))
        .as_array()
        .expect("votes.json is a list")
        .iter()
        .filter(|v| int(v, &["modified"]) <= last)
        .map(|v| {
            let vote = Vote::from_value(int(v, &["vote"])).expect("vote is 1, -1 or 0");
            (int(v, &["modified"]), int(v, &["participant_id", "pid"]), int(v, &["statement_id", "tid"]), vote)
        })
        .filter(|v| tids.contains(&v.2))
        .collect();
    votes.sort_by_key(|v| v.0);
    let table = VoteTable::from_votes(votes.iter().map(|v| (v.1, v.2, v.3)));
    let options = Options {
        moderated_out: ids(&math["mod-out"]).into_iter().collect(),
        meta: ids(&math["meta-tids"]).into_iter().collect(),
        keep_participants: ids(&math["in-conv"]).into_iter().collect(),
        ..Options::default()
    };
    let analysis = opinion::analyze(&table, &options);
    // Pol.is continued from its previous groups; give ours the same start.
    let mut with_history = analysis.clone();
    if let Some(groups) = math["group-clusters"].as_array() {
        let tids = ids(&math["tids"]);
        let column: Vec<usize> = tids.iter().filter_map(|t| table.statement_column(*t)).collect();
        let sign = |k: usize| {
            let ours: Vec<f64> = column.iter().map(|&c| analysis.components[k][c]).collect();
            sign_of(&ours, &floats(&math["pca"]["comps"][k]))
        };
        let (s0, s1) = (sign(0), sign(1));
        let centers = groups.iter().map(|g| {
            let c = floats(&g["center"]);
            [-s0 * c[0], -s1 * c[1]]
        });
        let centers: Vec<[f64; 2]> = centers.collect();
        let mut memory = opinion::Memory::starting_from(centers);
        with_history = opinion::update(&table, &options, &mut memory);
    }
    let counts: BTreeMap<i64, i64> = math["user-vote-counts"]
        .as_object()
        .expect("user-vote-counts")
        .iter()
        .map(|(p, n)| (p.parse().expect("participant id"), n.as_i64().unwrap_or(-1)))
        .collect();
    let ours: BTreeMap<i64, i64> =
        table.participants().iter().enumerate().map(|(row, &p)| (p, table.row(row).len() as i64)).collect();
    Fixture { name, complete: counts == ours, math, analysis, with_history, table }
}

/// Pol.is codes agree as −1, so its centre and projections are the
/// negatives of ours; components are compared up to their arbitrary sign.
fn sign_of(ours: &[f64], theirs: &[f64]) -> f64 {
    let dot: f64 = ours.iter().zip(theirs).map(|(a, b)| a * b).sum();
    if dot < 0.0 { -1.0 } else { 1.0 }
}

fn max_diff(a: impl IntoIterator<Item = f64>, b: impl IntoIterator<Item = f64>) -> f64 {
    a.into_iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f64::max)
}

/// Pol.is' groups as participant → group, through its base clusters.
fn polis_groups(math: &Value) -> BTreeMap<i64, usize> {
    let base = &math["base-clusters"];
    let members: BTreeMap<i64, Vec<i64>> =
        ids(&base["id"]).into_iter().zip(base["members"].as_array().expect("members").iter().map(ids)).collect();
    let mut out = BTreeMap::new();
    for g in math["group-clusters"].as_array().expect("group-clusters") {
        let gid = int(g, &["id"]) as usize;
        for b in ids(&g["members"]) {
            for p in &members[&b] {
                out.insert(*p, gid);
            }
        }
    }
    out
}

fn ari_against(analysis: &Analysis, reference: &BTreeMap<i64, usize>) -> (f64, usize) {
    let ours: BTreeMap<i64, usize> =
        analysis.placed.iter().filter_map(|p| p.group.map(|g| (p.participant, g))).collect();
    let (a, b): (Vec<usize>, Vec<usize>) = reference.iter().filter_map(|(p, g)| ours.get(p).map(|o| (*o, *g))).unzip();
    (adjusted_rand_index(&a, &b), a.len())
}

/// One fixture's votes.json lacks votes the server counted (red-dwarf
/// calls it "data integrity issues": participant 50 has 4 votes in Pol.is'
/// `user-vote-counts` and none in the file), so nothing computed from votes
/// can match there. Returns whether to compare, and checks that the only
/// fixture skipped is that one, for that reason.
fn skip_incomplete(f: &Fixture) -> bool {
    if !f.complete {
        assert_eq!(f.name, "50ptpt-3gp-strict-no-meta", "votes.json disagrees with user-vote-counts");
        eprintln!("{}: votes.json lacks votes the server counted; not compared", f.name);
    }
    f.complete
}

#[test]
fn pca_matches_the_polis_server_on_every_fixture() {
    for name in FIXTURES {
        let f = fixture(name);
        if !skip_incomplete(&f) {
            continue;
        }
        let tids = ids(&f.math["tids"]);
        let column: Vec<usize> = tids.iter().map(|t| f.table.statement_column(*t).expect("voted statement")).collect();
        let center: Vec<f64> = column.iter().map(|&c| -f.analysis.center[c]).collect();
        let d_center = max_diff(center, floats(&f.math["pca"]["center"]));
        let mut d_comps: f64 = 0.0;
        let mut d_proj: f64 = 0.0;
        for k in 0..2 {
            let theirs = floats(&f.math["pca"]["comps"][k]);
            let ours: Vec<f64> = column.iter().map(|&c| f.analysis.components[k][c]).collect();
            let s = sign_of(&ours, &theirs);
            d_comps = d_comps.max(max_diff(ours.iter().map(|x| s * x), theirs.iter().copied()));
            let projection = floats(&f.math["pca"]["comment-projection"][k]);
            let ours: Vec<f64> = column
                .iter()
                .map(|&c| -s * if k == 0 { f.analysis.figures[c].x } else { f.analysis.figures[c].y })
                .collect();
            d_proj = d_proj.max(max_diff(ours, projection));
        }
        let extremity: Vec<f64> = column.iter().map(|&c| f.analysis.figures[c].extremity).collect();
        let d_extremity = max_diff(extremity, floats(&f.math["pca"]["comment-extremity"]));
        eprintln!(
            "{}: centre {d_center:.2e}, components {d_comps:.2e}, statement projections {d_proj:.2e}, extremity {d_extremity:.2e}",
            f.name
        );
        assert!(d_center < 1e-9, "{}: centre differs by {d_center}", f.name);
        assert!(d_comps < 1e-6, "{}: components differ by {d_comps}", f.name);
        assert!(d_proj < 1e-6, "{}: statement projections differ by {d_proj}", f.name);
        assert!(d_extremity < 1e-6, "{}: extremities differ by {d_extremity}", f.name);
    }
}

#[test]
fn participants_sit_where_polis_puts_them() {
    for name in FIXTURES {
        let f = fixture(name);
        if !skip_incomplete(&f) {
            continue;
        }
        let base = &f.math["base-clusters"];
        let placed: BTreeMap<i64, (f64, f64)> = f.analysis.placed.iter().map(|p| (p.participant, (p.x, p.y))).collect();
        let comps0 = floats(&f.math["pca"]["comps"][0]);
        let comps1 = floats(&f.math["pca"]["comps"][1]);
        let tids = ids(&f.math["tids"]);
        let column: Vec<usize> = tids.iter().map(|t| f.table.statement_column(*t).expect("voted")).collect();
        let s0 = sign_of(&column.iter().map(|&c| f.analysis.components[0][c]).collect::<Vec<_>>(), &comps0);
        let s1 = sign_of(&column.iter().map(|&c| f.analysis.components[1][c]).collect::<Vec<_>>(), &comps1);
        // Each base cluster's centre is the mean of its members' positions.
        let mut worst: f64 = 0.0;
        for ((members, x), y) in
            base["members"].as_array().expect("members").iter().map(ids).zip(floats(&base["x"])).zip(floats(&base["y"]))
        {
            let n = members.len() as f64;
            let mx = members.iter().map(|p| -s0 * placed[p].0).sum::<f64>() / n;
            let my = members.iter().map(|p| -s1 * placed[p].1).sum::<f64>() / n;
            worst = worst.max((mx - x).abs()).max((my - y).abs());
        }
        let on_map: BTreeSet<i64> =
            f.analysis.placed.iter().filter(|p| p.group.is_some()).map(|p| p.participant).collect();
        let polis_on_map: BTreeSet<i64> = base["members"].as_array().expect("members").iter().flat_map(ids).collect();
        eprintln!(
            "{}: base-cluster centres within {worst:.2e}; {} on the map (Pol.is {})",
            f.name,
            on_map.len(),
            polis_on_map.len()
        );
        assert_eq!(on_map, polis_on_map, "{}: different participants on the map", f.name);
        assert!(worst < 1e-6, "{}: base-cluster centres differ by {worst}", f.name);
    }
}

#[test]
fn groups_representative_and_consensus_statements_match_polis() {
    for name in FIXTURES {
        let f = fixture(name);
        let reference = polis_groups(&f.math);
        let (cold, _) = ari_against(&f.analysis, &reference);
        let (ari, n) = ari_against(&f.with_history, &reference);
        let k = f.math["group-clusters"].as_array().map_or(0, Vec::len);
        eprintln!(
            "{}: from Pol.is' last centres {} groups (Pol.is {k}), ARI {ari:.3} over {n}; from scratch {} groups, ARI {cold:.3}",
            f.name,
            f.with_history.groups.len(),
            f.analysis.groups.len()
        );

        // Consensus depends on the votes only: it must be exactly Pol.is'.
        if !skip_incomplete(&f) {
            continue;
        }
        for (way, ours) in [("agree", &f.analysis.consensus_agree), ("disagree", &f.analysis.consensus_disagree)] {
            let theirs: Vec<i64> =
                f.math["consensus"][way].as_array().expect("consensus").iter().map(|c| int(c, &["tid"])).collect();
            // Pol.is counts agree as −1: its "agree" list is our agree list.
            let ours: Vec<i64> = ours.iter().map(|c| c.statement).collect();
            assert_eq!(ours, theirs, "{}: consensus {way}", f.name);
        }

        // Where our groups are Pol.is' groups, so are the statistics on them.
        if !f.complete {
            continue;
        }
        // Pol.is grouped above-100-ptpts' 208 participants through 100
        // base clusters; ours are exact (each participant's own point), so a
        // few participants sharing a base cluster there land elsewhere here.
        let coarse = f.name == "above-100-ptpts";
        assert!(ari >= if coarse { 0.95 } else { 0.999 }, "{}: groups differ from Pol.is' (ARI {ari})", f.name);
        if !coarse {
            let ours_by_polis: BTreeMap<usize, usize> = f
                .with_history
                .placed
                .iter()
                .filter_map(|p| Some((*reference.get(&p.participant)?, p.group?)))
                .collect();
            for (gid, reps) in f.math["repness"].as_object().expect("repness") {
                let g = ours_by_polis[&gid.parse::<usize>().expect("group id")];
                let theirs: Vec<(i64, String)> = reps
                    .as_array()
                    .expect("list")
                    .iter()
                    .map(|r| (int(r, &["tid"]), r["repful-for"].as_str().unwrap_or("").to_string()))
                    .collect();
                let ours: Vec<(i64, String)> = f.with_history.representative[g]
                    .iter()
                    .map(|r| (r.statement, format!("{:?}", r.direction).to_lowercase()))
                    .collect();
                assert_eq!(ours, theirs, "{}: representative statements of group {gid}", f.name);
            }
            let gac = f.math["group-aware-consensus"].as_object().expect("gac");
            let worst = gac
                .iter()
                .map(|(tid, v)| {
                    let c = f.table.statement_column(tid.parse().expect("tid")).expect("voted");
                    (f.with_history.figures[c].group_aware_consensus - v.as_f64().unwrap_or(f64::NAN)).abs()
                })
                .fold(0.0, f64::max);
            assert!(worst < 1e-12, "{}: group-aware consensus differs by {worst}", f.name);
        }
    }
}

fn open_data(name: &str) -> opendata::Conversation {
    let dir = data().join("openData").join(name);
    let read = |file: &str| std::fs::read(dir.join(file)).ok();
    let comments = read("comments.csv").unwrap_or_else(|| panic!("{name}: comments.csv"));
    opendata::read(
        &comments,
        read("votes.csv").as_deref(),
        read("participants-votes.csv").as_deref(),
        read("summary.csv").as_deref(),
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// One grouping's figures on one openData conversation.
struct Agreement {
    ari: f64,
    groups: usize,
    polis_groups: usize,
}

fn agreement(conversation: &opendata::Conversation, setting: Setting) -> Agreement {
    let (grouping, silhouette_margin) = setting;
    let options = Options { grouping, silhouette_margin, ..conversation.options() };
    let analysis = opinion::analyze(&conversation.table(), &options);
    let (ari, n) = ari_against(&analysis, &conversation.groups);
    assert!(n > 0, "no participant in common with Pol.is' groups");
    Agreement {
        ari,
        groups: analysis.groups.len(),
        polis_groups: conversation.groups.values().collect::<BTreeSet<_>>().len(),
    }
}

type Setting = (Grouping, f64);

/// Same number of groups as Pol.is, then mean ARI: how a setting is judged.
fn judge(figures: &[Agreement]) -> (usize, f64) {
    let same = figures.iter().filter(|a| a.groups == a.polis_groups).count();
    (same, figures.iter().map(|a| a.ari).sum::<f64>() / figures.len().max(1) as f64)
}

fn better(a: (usize, f64), b: (usize, f64)) -> bool {
    a.0 > b.0 || (a.0 == b.0 && a.1 > b.1 + 1e-9)
}

/// On the twelve openData conversations, the default grouping finds Pol.is'
/// number of groups on at least ten and agrees with Pol.is' own `group-id`
/// at least as well as red-dwarf on every one (adjusted Rand index).
///
/// The default is chosen without looking at half of the conversations: in
/// name order they are split into halves (even and odd positions). On the
/// first half, Pol.is' own pipeline and the refined grouping with several
/// silhouette margins are judged (same number of groups as Pol.is first,
/// then mean ARI; ties go to the setting nearer Pol.is' own — listed first:
/// its pipeline, then larger margins, which depart less from its start);
/// the best must be the default. On the held-out second
/// half the default is reported next to Pol.is' pipeline, and a variant
/// other than Pol.is' is kept only if it is better there too.
#[test]
fn groups_agree_with_polis_on_every_open_data_conversation() {
    let expected = json(&data().join("expected_ari.json"));
    let conversations: Vec<(&String, &Value)> =
        expected.as_object().expect("object").iter().filter(|(k, _)| !k.starts_with('_')).collect();
    assert_eq!(conversations.len(), 12, "the shared data holds twelve conversations");
    let read: Vec<opendata::Conversation> = conversations.iter().map(|(name, _)| open_data(name)).collect();
    let (choosing, held_out): (Vec<usize>, Vec<usize>) = (0..read.len()).partition(|i| i % 2 == 0);
    let on = |half: &[usize], setting: Setting| -> Vec<Agreement> {
        half.iter().map(|&i| agreement(&read[i], setting)).collect()
    };

    let polis: Setting = (Grouping::Polis, 0.0);
    let candidates: Vec<Setting> =
        std::iter::once(polis).chain([0.05, 0.02, 0.01, 0.0].map(|m| (Grouping::Refined, m))).collect();
    let mut best: Option<(Setting, (usize, f64))> = None;
    for &setting in &candidates {
        let score = judge(&on(&choosing, setting));
        eprintln!("choosing half, {setting:?}: {score:?} (same k of {}, mean ARI)", choosing.len());
        if best.is_none_or(|(_, b)| better(score, b)) {
            best = Some((setting, score));
        }
    }
    let (chosen, _) = best.expect("candidates");
    let defaults = Options::default();
    assert_eq!(
        (defaults.grouping, defaults.silhouette_margin),
        chosen,
        "the default is the setting chosen on the first half"
    );

    let held_default = judge(&on(&held_out, chosen));
    let held_polis = judge(&on(&held_out, polis));
    eprintln!(
        "held-out half: default {held_default:?}, Pol.is' pipeline {held_polis:?} (same k of {}, mean ARI)",
        held_out.len()
    );
    if chosen != polis {
        assert!(
            better(held_default, held_polis),
            "the variant is not better than Pol.is' pipeline on the held-out half"
        );
    }

    let mut same_k = 0;
    for (&(name, entry), conversation) in conversations.iter().zip(&read) {
        let reddwarf = entry["reddwarf_auto_k"]["ari"].as_f64().expect("reddwarf_auto_k ari");
        let a = agreement(conversation, chosen);
        eprintln!(
            "{name}: ARI {:.3} (red-dwarf {reddwarf:.3}), {} groups (Pol.is {})",
            a.ari, a.groups, a.polis_groups
        );
        // expected_ari.json rounds to six decimals.
        assert!(a.ari >= reddwarf - 5e-7, "{name}: ARI {} below red-dwarf's {reddwarf}", a.ari);
        same_k += usize::from(a.groups == a.polis_groups);
    }
    assert!(same_k >= 10, "Pol.is' number of groups on {same_k} of 12 conversations");
}

#[test]
fn statement_priorities_match_polis() {
    for name in FIXTURES {
        let f = fixture(name);
        if !skip_incomplete(&f) {
            continue;
        }
        let theirs = f.math["comment-priorities"].as_object().expect("comment-priorities");
        let mut worst: f64 = 0.0;
        for (tid, p) in theirs {
            let c = f.table.statement_column(tid.parse().expect("tid")).expect("voted");
            let p = p.as_f64().expect("number");
            worst = worst.max((f.analysis.figures[c].priority - p).abs() / p.max(1.0));
        }
        eprintln!("{}: priorities within {worst:.2e} (relative)", f.name);
        assert!(worst < 1e-6, "{}: priorities differ by {worst}", f.name);
    }
}
