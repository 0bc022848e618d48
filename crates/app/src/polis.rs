//! `tandem polis analyze|import|export`: the opinion map of a conversation in
//! Pol.is' open-data layout (groups, consensus and representative
//! statements, as text in the terminal's language or as JSON), and moving
//! conversations between that layout and an initiative.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::json;
use tandem_decide::opinion::{self, Direction, opendata};
use tandem_service::{Service, conversations, i18n::Arg};

use crate::{
    config::{self, DatabaseArgs},
    connect,
    import::initiative_of,
    messages::{Failure, Out, emit},
};

#[derive(Subcommand)]
pub enum PolisCommand {
    /// Map the opinions of a conversation in Pol.is' open-data CSV layout
    /// (comments.csv, votes.csv and/or participants-votes.csv).
    Analyze(AnalyzeArgs),
    /// Import a conversation in Pol.is' open-data layout into an initiative
    /// (all of it or nothing); its map is drawn at once.
    Import {
        dir: PathBuf,
        /// The community's slug, e.g. riverbend
        #[arg(long)]
        community: String,
        /// The initiative's slug
        #[arg(long)]
        initiative: String,
        #[command(flatten)]
        db: DatabaseArgs,
    },
    /// Export a conversation in Pol.is' open-data layout (participants are
    /// numbered, never named; group ids from the latest map).
    Export {
        /// The folder to write (created if missing).
        dir: PathBuf,
        #[arg(long)]
        community: String,
        #[arg(long)]
        initiative: String,
        /// The conversation's number
        #[arg(long)]
        conversation: i64,
        #[command(flatten)]
        db: DatabaseArgs,
    },
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
    /// How participants are grouped: `refined` (the default, which agrees
    /// more with Pol.is on conversations it was not tuned on) or `polis`
    /// (Pol.is' own pipeline: 100 base clusters, silhouette over them).
    #[arg(long, value_enum, default_value_t = GroupingArg::Refined)]
    grouping: GroupingArg,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum GroupingArg {
    Refined,
    Polis,
}

pub async fn run(out: &Out, command: PolisCommand) -> Result<(), Failure> {
    match command {
        PolisCommand::Analyze(args) => analyze(out, args),
        PolisCommand::Import { dir, community, initiative, db } => {
            import(out, &dir, &community, &initiative, &db).await
        }
        PolisCommand::Export { dir, community, initiative, conversation, db } => {
            export(out, &dir, &community, &initiative, conversation, &db).await
        }
    }
}

fn read_dir(out: &Out, dir: &Path) -> Result<opendata::Conversation, Failure> {
    let comments_path = dir.join("comments.csv");
    let comments = std::fs::read(&comments_path)
        .map_err(|e| Failure::new("cli-error-file").arg("path", comments_path.display()).arg("detail", e))?;
    let votes = read_optional(&dir.join("votes.csv"))?;
    let matrix = read_optional(&dir.join("participants-votes.csv"))?;
    let summary = read_optional(&dir.join("summary.csv"))?;
    opendata::read(&comments, votes.as_deref(), matrix.as_deref(), summary.as_deref()).map_err(|e| {
        let file = dir.join(e.file);
        if e.line > 0 {
            Failure::new("cli-error-count-line")
                .arg("file", file.display())
                .arg("line", e.line)
                .arg("problem", problem(out, &e))
        } else {
            Failure::new("cli-error-count").arg("file", file.display()).arg("problem", problem(out, &e))
        }
    })
}

async fn import(out: &Out, dir: &Path, community: &str, initiative: &str, db: &DatabaseArgs) -> Result<(), Failure> {
    let conversation = read_dir(out, dir)?;
    let svc = Service::new(connect(&config::database_url(db)?, 2).await?);
    let (access, i) = initiative_of(&svc, community, initiative).await?;
    let fallback = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let imported = conversations::import_opendata(&svc, &access, &i, &conversation, &fallback, svc.now()).await?;
    out.say(
        "polis-imported",
        &[
            ("id", Arg::Num(imported.id)),
            ("statements", Arg::from(imported.statements)),
            ("votes", Arg::from(imported.votes)),
            ("skipped", Arg::from(imported.skipped)),
        ],
    );
    Ok(())
}

async fn export(
    out: &Out,
    dir: &Path,
    community: &str,
    initiative: &str,
    id: i64,
    db: &DatabaseArgs,
) -> Result<(), Failure> {
    let svc = Service::new(connect(&config::database_url(db)?, 2).await?);
    let (access, i) = initiative_of(&svc, community, initiative).await?;
    let c = conversations::conversation(&svc, &i, id)
        .await
        .map_err(|_| Failure::new("polis-no-conversation").arg("id", id))?;
    let (exported, groups) = conversations::export_opendata(&svc, &access, &c).await?;
    let participants: BTreeSet<i64> =
        exported.votes.iter().map(|v| v.voter).chain(exported.comments.iter().filter_map(|c| c.author)).collect();
    std::fs::create_dir_all(dir)
        .map_err(|e| Failure::new("cli-error-write").arg("path", dir.display()).arg("detail", e))?;
    for (name, bytes) in exported.write(&groups) {
        let path = dir.join(name);
        std::fs::write(&path, bytes)
            .map_err(|e| Failure::new("cli-error-write").arg("path", path.display()).arg("detail", e))?;
    }
    out.say(
        "polis-exported",
        &[("dir", Arg::Str(dir.display().to_string())), ("participants", Arg::from(participants.len()))],
    );
    Ok(())
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
    let conversation = read_dir(out, &args.dir)?;
    let table = conversation.table();
    let grouping = match args.grouping {
        GroupingArg::Refined => opinion::Grouping::Refined,
        GroupingArg::Polis => opinion::Grouping::Polis,
    };
    let options = opinion::Options { seed: args.seed, grouping, ..conversation.options() };
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
