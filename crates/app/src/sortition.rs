//! `tandem sortition`: select a panel by lot with quotas from the Sortition
//! Foundation's CSV files, as fairly as the quotas allow (LEXIMIN), and draw
//! or verify a draw anyone can recompute.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use clap::{Args, Subcommand};
use serde_json::{Value, json};
use tandem_decide::sortition::{self, Lottery, Pool, Request, Seed, SortitionError};
use tandem_service::{counting::Message, i18n::Arg, sortition as messages};

use crate::messages::{Failure, Out, emit};

#[derive(Subcommand)]
pub enum SortitionCommand {
    /// The fairest lottery over panels that meet the quotas, and a draw from it.
    Select(SelectArgs),
    /// Recompute a draw from a published lottery (the JSON of `select --json`).
    Verify(VerifyArgs),
    /// The SHA-256 of a secret: publish it before the draw.
    Commit {
        #[arg(long)]
        secret: String,
    },
}

#[derive(Args)]
pub struct SeedArgs {
    /// Draw with this seed (no public ceremony).
    #[arg(long, conflicts_with_all = ["secret", "entropy"])]
    seed: Option<String>,
    /// The secret whose hash was published before the draw.
    #[arg(long, requires = "entropy")]
    secret: Option<String>,
    /// The public entropy rolled at the draw, e.g. dice as digits.
    #[arg(long, requires = "secret")]
    entropy: Option<String>,
}

impl SeedArgs {
    fn seed(&self) -> Option<Seed> {
        match (&self.seed, &self.secret, &self.entropy) {
            (Some(text), _, _) => Some(Seed::from_text(text)),
            (None, Some(secret), Some(entropy)) => Some(Seed::public(secret, entropy)),
            _ => None,
        }
    }
}

#[derive(Args)]
pub struct SelectArgs {
    /// `category,feature,min,max` (or the Foundation's `feature,value,min,max`).
    categories: PathBuf,
    /// One row per person: `id` (optional: rows are numbered from 1) and one column per category.
    respondents: PathBuf,
    /// Seats on the panel.
    #[arg(long)]
    panel: u32,
    /// Column(s) saying where someone lives: at most one person per household.
    #[arg(long)]
    household: Vec<String>,
    /// Ids that may not be selected (comma-separated).
    #[arg(long, value_delimiter = ',')]
    exclude: Vec<String>,
    /// Ids already on the panel, e.g. who accepted when drawing replacements (comma-separated).
    #[arg(long, value_delimiter = ',')]
    keep: Vec<String>,
    #[command(flatten)]
    seed: SeedArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct VerifyArgs {
    /// The published lottery (JSON written by `tandem sortition select --json`).
    lottery: PathBuf,
    #[command(flatten)]
    seed: SeedArgs,
    /// The hash published before the draw (read from the file when it has one).
    #[arg(long)]
    commitment: Option<String>,
}

fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::new("cli-error-file").arg("path", path.display()).arg("detail", e))
}

fn say(out: &Out, (id, args): &Message) -> String {
    out.t(id, args)
}

fn failure(out: &Out, error: &SortitionError, categories: &Path, respondents: &Path) -> Failure {
    let lines: Vec<String> = messages::problem(error).iter().map(|m| say(out, m)).collect();
    let problem = lines.join("\n  ");
    match error {
        SortitionError::Csv { file, line, .. } => {
            let path = match file {
                sortition::CsvFile::Categories => categories,
                sortition::CsvFile::Respondents => respondents,
            };
            match line {
                Some(line) => Failure::new("cli-error-count-line")
                    .arg("file", path.display())
                    .arg("line", line)
                    .arg("problem", problem),
                None => Failure::new("cli-error-count").arg("file", path.display()).arg("problem", problem),
            }
        }
        _ => Failure::new("cli-error-sortition").arg("problem", problem),
    }
}

fn load(out: &Out, args: &SelectArgs) -> Result<Pool, Failure> {
    let categories = read(&args.categories)?;
    let respondents = read(&args.respondents)?;
    let fail = |e: SortitionError| failure(out, &e, &args.categories, &args.respondents);
    let categories = sortition::read_categories(&categories).map_err(fail)?;
    sortition::read_respondents(&respondents, categories, &args.household).map_err(fail)
}

pub fn run(out: &Out, command: SortitionCommand) -> Result<(), Failure> {
    match command {
        SortitionCommand::Select(args) => select(out, args),
        SortitionCommand::Verify(args) => verify(out, args),
        SortitionCommand::Commit { secret } => {
            emit(&sortition::commitment(&secret));
            Ok(())
        }
    }
}

fn select(out: &Out, args: SelectArgs) -> Result<(), Failure> {
    let pool = load(out, &args)?;
    let request = Request { panel: args.panel, exclude: args.exclude.clone(), keep: args.keep.clone() };
    let lottery =
        sortition::select(&pool, &request).map_err(|e| failure(out, &e, &args.categories, &args.respondents))?;
    let selected = args.seed.seed().and_then(|seed| sortition::draw(&lottery.panels, &seed));
    let commitment = args.seed.secret.as_deref().map(sortition::commitment);
    if args.json {
        let mut value = messages::lottery_json(&pool, &request, &lottery, commitment.as_deref());
        if let Some(i) = selected {
            value["selected"] = json!(lottery.panels[i].members);
        }
        if commitment.is_some() {
            value["entropy"] = json!(args.seed.entropy);
        }
        emit(&value.to_string());
    } else {
        print_text(out, &pool, &lottery);
        if let Some(c) = commitment {
            out.say("sortition-cli-commitment", &[("commitment", Arg::Str(c))]);
        }
        if let Some(i) = selected {
            out.say("sortition-cli-selected", &[("ids", Arg::Str(lottery.panels[i].members.join(", ")))]);
        }
    }
    Ok(())
}

fn percent(p: f64) -> String {
    format!("{:.2} %", p * 100.0)
}

fn print_text(out: &Out, pool: &Pool, lottery: &Lottery) {
    let num = |v: usize| Arg::Num(i64::try_from(v).unwrap_or(i64::MAX));
    out.say(
        "sortition-cli-summary",
        &[
            ("people", num(pool.people.len())),
            ("seats", num(lottery.seats as usize)),
            ("panels", num(lottery.panels.len())),
        ],
    );
    out.say(
        "sortition-cli-fairness",
        &[("min", Arg::Str(percent(lottery.min_probability))), ("gini", Arg::Str(percent(lottery.gini)))],
    );
    // Chances grouped by level (to 0.01 %), lowest first: the people at each.
    let mut levels: BTreeMap<i64, usize> = BTreeMap::new();
    for (_, p) in &lottery.probabilities {
        *levels.entry((p * 10_000.0).round() as i64).or_default() += 1;
    }
    for (level, count) in levels {
        out.say(
            "sortition-cli-level",
            &[("chance", Arg::Str(percent(level as f64 / 10_000.0))), ("count", num(count))],
        );
    }
    if !lottery.unselectable.is_empty() {
        out.say("sortition-cli-unselectable", &[("ids", Arg::Str(lottery.unselectable.join(", ")))]);
    }
    if !lottery.excluded.is_empty() {
        out.say("sortition-cli-excluded", &[("ids", Arg::Str(lottery.excluded.join(", ")))]);
    }
    out.say("sortition-cli-fingerprint", &[("fingerprint", Arg::Str(sortition::fingerprint(&lottery.panels)))]);
}

fn verify(out: &Out, args: VerifyArgs) -> Result<(), Failure> {
    let path = args.lottery.display().to_string();
    let bad = || Failure::new("sortition-cli-bad-lottery").arg("path", &path);
    let value: Value = serde_json::from_slice(&read(&args.lottery)?).map_err(|_| bad())?;
    let panels = messages::published_panels(&value).ok_or_else(bad)?;
    if let Some(published) = value["fingerprint"].as_str()
        && published != sortition::fingerprint(&panels)
    {
        return Err(Failure::new("sortition-cli-altered"));
    }
    let commitment = args.commitment.clone().or_else(|| value["commitment"].as_str().map(str::to_owned));
    if let (Some(commitment), Some(secret)) = (&commitment, &args.seed.secret)
        && !commitment.eq_ignore_ascii_case(&sortition::commitment(secret))
    {
        return Err(Failure::new("sortition-cli-reveal-mismatch"));
    }
    let seed = args.seed.seed().ok_or_else(|| Failure::new("sortition-cli-need-seed"))?;
    let pick = sortition::draw(&panels, &seed).ok_or_else(bad)?;
    let members = &panels[pick].members;
    out.say("sortition-cli-selected", &[("ids", Arg::Str(members.join(", ")))]);
    if let Some(recorded) = value["selected"].as_array() {
        let recorded: Vec<&str> = recorded.iter().filter_map(Value::as_str).collect();
        if recorded != members.iter().map(String::as_str).collect::<Vec<_>>() {
            return Err(Failure::new("sortition-cli-selected-mismatch"));
        }
        out.say("sortition-cli-verified", &[]);
    }
    Ok(())
}
