//! `tandem polis analyze DIR`: the opinion map of a conversation exported in
//! Pol.is' open-data layout — groups, consensus and representative
//! statements — as text in the terminal's language or as JSON.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::json;
use tandem_decide::opinion::{self, Direction, opendata};
use tandem_web::i18n::Arg;

use crate::messages::{Failure, Out, emit};

#[derive(Subcommand)]
pub enum PolisCommand {
    /// Map the opinions of a conversation in Pol.is' open-data CSV layout
    /// (comments.csv, votes.csv and/or participants-votes.csv).
    Analyze(AnalyzeArgs),
}

#[derive(Args)]
pub struct AnalyzeArgs {
    /// The folder holding the CSV files.
    dir: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    /// Seed for the k-means restarts (the result is the same for the same seed).
    #[arg(long, default_value_t = 0)]
    seed: u64,
}

pub fn run(out: &Out, command: PolisCommand) -> Result<(), Failure> {
    match command {
        PolisCommand::Analyze(args) => analyze(out, args),
    }
}

fn read_optional(path: &Path) -> Result<Option<Vec<u8>>, Failure> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Failure::new("cli-error-file").arg("path", path.display()).arg("detail", e)),
    }
}

fn problem(out: &Out, e: &opendata::Error) -> String {
    match &e.problem {
        opendata::Problem::MissingFile => out.t("polis-missing-votes", &[]),
        opendata::Problem::MissingColumn(c) => out.t("polis-missing-column", &[("column", Arg::Str((*c).into()))]),
        opendata::Problem::NotAnInteger { column, value } => {
            out.t("polis-not-integer", &[("column", Arg::Str(column.clone())), ("value", Arg::Str(value.clone()))])
        }
        opendata::Problem::BadVote(v) => out.t("polis-bad-vote", &[("value", Arg::Str(v.clone()))]),
        opendata::Problem::Malformed(_) => out.t("polis-malformed", &[]),
    }
}

fn analyze(out: &Out, args: AnalyzeArgs) -> Result<(), Failure> {
    let comments_path = args.dir.join("comments.csv");
    let comments = std::fs::read(&comments_path)
        .map_err(|e| Failure::new("cli-error-file").arg("path", comments_path.display()).arg("detail", e))?;
    let votes = read_optional(&args.dir.join("votes.csv"))?;
    let matrix = read_optional(&args.dir.join("participants-votes.csv"))?;
    let summary = read_optional(&args.dir.join("summary.csv"))?;
    let conversation =
        opendata::read(&comments, votes.as_deref(), matrix.as_deref(), summary.as_deref()).map_err(|e| {
            let file = args.dir.join(e.file);
            if e.line > 0 {
                Failure::new("cli-error-count-line")
                    .arg("file", file.display())
                    .arg("line", e.line)
                    .arg("problem", problem(out, &e))
            } else {
                Failure::new("cli-error-count").arg("file", file.display()).arg("problem", problem(out, &e))
            }
        })?;
    let table = conversation.table();
    let options = opinion::Options { seed: args.seed, ..conversation.options() };
    let analysis = opinion::analyze(&table, &options);
    let text: BTreeMap<i64, &str> = conversation.comments.iter().map(|c| (c.id, c.body.as_str())).collect();

    if args.json {
        let consensus: Vec<String> = analysis
            .consensus_agree
            .iter()
            .chain(&analysis.consensus_disagree)
            .map(|c| c.statement.to_string())
            .collect();
        let repness: BTreeMap<String, Vec<String>> = analysis
            .representative
            .iter()
            .enumerate()
            .map(|(g, reps)| (g.to_string(), reps.iter().map(|r| r.statement.to_string()).collect()))
            .collect();
        let value = json!({
            "participants": analysis.participants,
            "statements": analysis.statements,
            "votes": analysis.votes,
            "groups": analysis.groups.iter().map(|g| json!({
                "id": g.id,
                "center": g.center,
                "participants": g.participants.iter().map(i64::to_string).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "consensus": consensus,
            "consensus_detail": {"agree": analysis.consensus_agree, "disagree": analysis.consensus_disagree},
            "repness": repness,
            "repness_detail": analysis.representative,
            "divisive": analysis.divisive.iter().map(i64::to_string).collect::<Vec<_>>(),
            "silhouettes": analysis.silhouettes,
            "explained_variance": analysis.explained_variance,
            "statements_detail": analysis.figures,
            "map": analysis.placed.iter().map(|p| json!({
                "participant": p.participant.to_string(), "x": p.x, "y": p.y, "group": p.group,
            })).collect::<Vec<_>>(),
        });
        emit(&value.to_string());
        return Ok(());
    }

    let on_map: BTreeSet<i64> = analysis.groups.iter().flat_map(|g| g.participants.iter().copied()).collect();
    out.say(
        "polis-header",
        &[
            ("participants", Arg::from(analysis.participants)),
            ("statements", Arg::from(analysis.statements)),
            ("votes", Arg::from(analysis.votes)),
            ("mapped", Arg::from(on_map.len())),
            ("groups", Arg::from(analysis.groups.len())),
        ],
    );
    let short = |id: i64| {
        let body = text.get(&id).copied().unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
        let mut s: String = body.chars().take(90).collect();
        if body.chars().count() > 90 {
            s.push('…');
        }
        format!("#{id} {s}")
    };
    if !analysis.consensus_agree.is_empty() || !analysis.consensus_disagree.is_empty() {
        out.say("polis-consensus", &[]);
        for c in &analysis.consensus_agree {
            let pct = Arg::Str(format!("{:.0}", 100.0 * c.p_success));
            emit(&format!(
                "  {}",
                out.t("polis-agree-line", &[("percent", pct), ("statement", Arg::Str(short(c.statement)))])
            ));
        }
        for c in &analysis.consensus_disagree {
            let pct = Arg::Str(format!("{:.0}", 100.0 * c.p_success));
            emit(&format!(
                "  {}",
                out.t("polis-disagree-line", &[("percent", pct), ("statement", Arg::Str(short(c.statement)))])
            ));
        }
    }
    for (group, reps) in analysis.groups.iter().zip(&analysis.representative) {
        out.say("polis-group", &[("group", Arg::from(group.id + 1)), ("size", Arg::from(group.participants.len()))]);
        for r in reps {
            let key = if r.direction == Direction::Agree { "polis-agree-line" } else { "polis-disagree-line" };
            let pct = Arg::Str(format!("{:.0}", 100.0 * r.p_success));
            emit(&format!("  {}", out.t(key, &[("percent", pct), ("statement", Arg::Str(short(r.statement)))])));
        }
    }
    if !analysis.divisive.is_empty() {
        out.say("polis-divisive", &[]);
        for &s in &analysis.divisive {
            emit(&format!("  {}", short(s)));
        }
    }
    Ok(())
}
