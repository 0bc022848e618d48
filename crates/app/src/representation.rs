//! `tandem representation BASELINE.csv PARTICIPANTS.csv`: who takes part
//! against who the community is, and how evenly the voice is spread, on
//! files anyone can produce — the same measures and the same suppression
//! as the "Who takes part" pages.

use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::{Value, json};
use tandem_decide::representation::{self, Alert, Report, Settings};
use tandem_domain::{privacy::Threshold, representation as domain};
use tandem_service::i18n::Arg;

use crate::messages::{Failure, Out, emit};

#[derive(Args)]
pub struct RepresentationArgs {
    /// The community's counts: `dimension,group,count`.
    baseline: PathBuf,
    /// One row per participant: `participant`, one column per dimension of
    /// the baseline (empty or `-` = unknown) and `contributions`.
    participants: PathBuf,
    /// Counts under this are suppressed (5 to 100).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(i64).range(5..=100))]
    threshold: i64,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::new("cli-error-file").arg("path", path.display()).arg("detail", e))
}

fn bad_file(path: &Path, problem: &tandem_domain::engagement::CsvProblem) -> Failure {
    let mut f = Failure::new("cli-error-csv-file").arg("path", path.display());
    f.fields = problem.invalid("file").0;
    f
}

pub fn run(out: &Out, args: RepresentationArgs) -> Result<(), Failure> {
    let baseline_bytes = read(&args.baseline)?;
    let participants_bytes = read(&args.participants)?;
    let baseline =
        domain::parse_baseline_csv(&baseline_bytes, |_| true, |_| {}).map_err(|p| bad_file(&args.baseline, &p))?;
    let input =
        domain::parse_participants_csv(&participants_bytes, &baseline).map_err(|p| bad_file(&args.participants, &p))?;
    let report = representation::measure(&input, Threshold::new(args.threshold), &Settings::default());
    if args.json {
        emit(&to_json(&report).to_string());
    } else {
        print_text(out, &report);
    }
    Ok(())
}

/// The documented shape (issue 14): suppressed groups have null figures,
/// shares are fractions of 1.
pub fn to_json(r: &Report) -> Value {
    let dimensions: Vec<Value> = r
        .dimensions
        .iter()
        .map(|d| {
            let groups: Vec<Value> = d
                .groups
                .iter()
                .map(|g| {
                    json!({
                        "group": g.group,
                        "baseline": g.baseline,
                        "baseline_share": g.baseline_share,
                        "participants": g.participants,
                        "share": g.share,
                        "ratio": g.ratio,
                        "rate": g.rate,
                        "rate_interval": g.rate_low.zip(g.rate_high).map(|(lo, hi)| [lo, hi]),
                        "impact_ratio": g.impact_ratio,
                        "flagged": g.flagged,
                        "contribution_share": g.contribution_share,
                        "suppressed": g.suppressed,
                    })
                })
                .collect();
            json!({
                "dimension": d.dimension,
                "shown": d.shown,
                "groups": groups,
                "dissimilarity": d.dissimilarity,
                "unknown": d.unknown,
            })
        })
        .collect();
    let voice = r.voice.as_ref().map(|v| {
        json!({
            "participants": v.participants,
            "contributions": v.contributions,
            "gini": v.gini,
            "hoover": v.hoover,
            "top10_share": v.top10_share,
        })
    });
    json!({ "dimensions": dimensions, "voice": voice, "alerts": r.alerts })
}

fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_owned(), |x| format!("{:.1}%", x * 100.0))
}

fn number(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_owned(), |x| format!("{x:.2}"))
}

fn print_text(out: &Out, r: &Report) {
    for d in &r.dimensions {
        if !d.shown {
            out.say("cli-representation-hidden", &[("dimension", Arg::Str(d.dimension.clone()))]);
            continue;
        }
        out.say(
            "cli-representation-dimension",
            &[
                ("dimension", Arg::Str(d.dimension.clone())),
                ("dissimilarity", Arg::Str(number(d.dissimilarity))),
                ("unknown", Arg::Str(d.unknown.map_or_else(|| "—".to_owned(), |n| n.to_string()))),
            ],
        );
        for g in &d.groups {
            let id = if g.suppressed { "cli-representation-group-hidden" } else { "cli-representation-group" };
            let line = out.t(
                id,
                &[
                    ("group", Arg::Str(g.group.clone())),
                    ("baseline", Arg::Num(g.baseline)),
                    ("baseline_share", Arg::Str(percent(g.baseline_share))),
                    ("participants", Arg::Str(g.participants.map_or_else(String::new, |n| n.to_string()))),
                    ("share", Arg::Str(percent(g.share))),
                    ("ratio", Arg::Str(number(g.ratio))),
                    ("rate", Arg::Str(percent(g.rate))),
                    ("impact", Arg::Str(number(g.impact_ratio))),
                ],
            );
            emit(&format!("  {line}"));
        }
    }
    match &r.voice {
        Some(v) => out.say(
            "cli-representation-voice",
            &[
                ("participants", Arg::Num(v.participants)),
                ("contributions", Arg::Num(i64::try_from(v.contributions).unwrap_or(i64::MAX))),
                ("gini", Arg::Str(number(v.gini))),
                ("hoover", Arg::Str(number(v.hoover))),
                ("top", Arg::Str(percent(v.top10_share))),
            ],
        ),
        None => out.say("cli-representation-few", &[]),
    }
    for a in &r.alerts {
        let line = match a {
            Alert::Gap { dimension, group, impact_ratio } => out.t(
                "cli-representation-alert-gap",
                &[
                    ("dimension", Arg::Str(dimension.clone())),
                    ("group", Arg::Str(group.clone())),
                    ("ratio", Arg::Str(number(Some(*impact_ratio)))),
                ],
            ),
            Alert::Capture { dimension, group, contribution_share, participant_share } => out.t(
                "cli-representation-alert-capture",
                &[
                    ("dimension", Arg::Str(dimension.clone())),
                    ("group", Arg::Str(group.clone())),
                    ("contributions", Arg::Str(percent(Some(*contribution_share)))),
                    ("participants", Arg::Str(percent(Some(*participant_share)))),
                ],
            ),
            Alert::Concentration { top10_share } => {
                out.t("cli-representation-alert-concentration", &[("top", Arg::Str(percent(Some(*top10_share))))])
            }
            Alert::Absent { dimension, group } => out.t(
                "cli-representation-alert-absent",
                &[("dimension", Arg::Str(dimension.clone())), ("group", Arg::Str(group.clone()))],
            ),
        };
        emit(&line);
    }
}
