//! `tandem pb` and `tandem vote`: count a Pabulib budget or a PrefLib election
//! from a file and explain the result, in the terminal's language or as JSON.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use serde_json::json;
use tandem_decide::{
    pabulib::Election,
    pb::{self, Completion, Outcome, Rule},
    preflib, vote,
};
use tandem_service::{counting, i18n::Arg};

use crate::messages::{Failure, Out, emit};

#[derive(Clone, Copy, ValueEnum)]
pub enum RuleArg {
    /// Pabulib's official greedy by votes (honours the file's threshold and no-skip rule).
    Greedy,
    /// Utilitarian greedy with cost satisfaction.
    GreedyCost,
    /// Utilitarian greedy with cardinality satisfaction.
    GreedyCard,
    /// Method of Equal Shares with cost satisfaction.
    Mes,
    /// Method of Equal Shares with cardinality satisfaction.
    MesCard,
    /// Sequential Phragmén (approval ballots only).
    Phragmen,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum CompletionArg {
    /// Raise every voter's share by one currency unit until the outcome uses the budget.
    Add1,
    /// Add1, then utilitarian greedy on what is left.
    Add1Greedy,
}

#[derive(Args)]
pub struct PbArgs {
    /// A Pabulib .pb file.
    file: PathBuf,
    #[arg(long, value_enum)]
    rule: RuleArg,
    /// Completion for Equal Shares (none unless given).
    #[arg(long, value_enum)]
    completion: Option<CompletionArg>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum MethodArg {
    Irv,
    Schulze,
    Borda,
    Plurality,
}

#[derive(Args)]
pub struct VoteArgs {
    /// A PrefLib .soi or .soc file.
    file: PathBuf,
    #[arg(long, value_enum)]
    method: MethodArg,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::new("cli-error-file").arg("path", path.display()).arg("detail", e))
}

fn t(out: &Out, message: counting::Message) -> String {
    out.t(message.0, &message.1)
}

pub fn pb(out: &Out, args: PbArgs) -> Result<(), Failure> {
    let bytes = read(&args.file)?;
    let election = Election::parse(&bytes).map_err(|e| {
        let problem = t(out, counting::pb_problem(&e));
        match e.line {
            Some(line) => Failure::new("cli-error-count-line")
                .arg("file", args.file.display())
                .arg("line", line)
                .arg("problem", problem),
            None => Failure::new("cli-error-count").arg("file", args.file.display()).arg("problem", problem),
        }
    })?;
    let rule = match args.rule {
        RuleArg::Greedy => Rule::OfficialGreedy,
        RuleArg::GreedyCost => Rule::GreedyCost,
        RuleArg::GreedyCard => Rule::GreedyCardinality,
        RuleArg::Mes => Rule::Mes,
        RuleArg::MesCard => Rule::MesCardinality,
        RuleArg::Phragmen => Rule::Phragmen,
    };
    let completion = match args.completion {
        None => Completion::None,
        Some(CompletionArg::Add1) => Completion::Add1,
        Some(CompletionArg::Add1Greedy) => Completion::Add1Greedy,
    };
    if completion != Completion::None && !matches!(rule, Rule::Mes | Rule::MesCardinality) {
        return Err(Failure::new("cli-error-completion"));
    }
    let outcome = pb::run(&election, rule, completion)
        .ok_or_else(|| Failure::new("cli-error-phragmen").arg("kind", election.vote_type.key()))?;
    let instance = pb::Instance::new(&election);
    if args.json {
        print_pb_json(&election, &instance, &outcome, completion);
    } else {
        print_pb_text(out, &election, &outcome);
    }
    Ok(())
}

fn name(election: &Election, p: usize) -> String {
    election.project_field(p, "name").unwrap_or_default().to_owned()
}

fn print_pb_json(election: &Election, instance: &pb::Instance, outcome: &Outcome, completion: Completion) {
    let projects: Vec<serde_json::Value> = outcome
        .projects
        .iter()
        .enumerate()
        .map(|(p, r)| {
            json!({
                "id": r.id, "name": name(election, p), "cost": r.cost, "supporters": r.supporters,
                "verdict": r.verdict,
            })
        })
        .collect();
    let notes: serde_json::Map<String, serde_json::Value> =
        outcome.notes.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
    let completion = match completion {
        Completion::None => serde_json::Value::Null,
        Completion::Add1 => json!("add1"),
        Completion::Add1Greedy => json!("add1-greedy"),
    };
    let value = json!({
        "rule": outcome.rule,
        "completion": completion,
        "selected": outcome.sorted_ids(instance),
        "order": outcome.selected.iter().map(|&p| instance.ids[p].clone()).collect::<Vec<_>>(),
        "spent": outcome.spent,
        "budget": outcome.budget,
        "voters": election.votes.len(),
        "projects": projects,
        "notes": notes,
        "warnings": election.warnings.iter().map(|w| json!({
            "line": w.line, "voter": w.voter_id, "project": w.project, "times": w.times, "message": w.to_string(),
        })).collect::<Vec<_>>(),
    });
    emit(&value.to_string());
}

fn print_pb_text(out: &Out, election: &Election, outcome: &Outcome) {
    let rule = out.t(counting::rule_name(&outcome.rule), &[]);
    out.say(
        "cli-pb-header",
        &[
            ("rule", Arg::Str(rule)),
            ("funded", Arg::from(outcome.selected.len())),
            ("projects", Arg::from(outcome.projects.len())),
            ("voters", Arg::from(election.votes.len())),
        ],
    );
    let percent =
        if outcome.budget.to_f64() > 0.0 { 100.0 * outcome.spent.to_f64() / outcome.budget.to_f64() } else { 0.0 };
    out.say(
        "cli-pb-spent",
        &[
            ("spent", Arg::Str(outcome.spent.to_string())),
            ("budget", Arg::Str(outcome.budget.to_string())),
            ("percent", Arg::Str(format!("{percent:.1}"))),
        ],
    );
    let line = |p: usize| {
        let r = &outcome.projects[p];
        out.t(
            "cli-pb-project",
            &[
                ("id", Arg::Str(r.id.clone())),
                ("name", Arg::Str(name(election, p))),
                ("cost", Arg::Str(r.cost.to_string())),
                ("supporters", Arg::Num(r.supporters as i64)),
                ("verdict", Arg::Str(t(out, counting::verdict(&r.verdict)))),
            ],
        )
    };
    for warning in &election.warnings {
        emit(&format!("! {}", t(out, counting::pb_warning(warning))));
    }
    out.say("cli-pb-funded", &[]);
    for &p in &outcome.selected {
        emit(&format!("  {}", line(p)));
    }
    let rest: Vec<usize> = (0..outcome.projects.len()).filter(|p| !outcome.selected.contains(p)).collect();
    if !rest.is_empty() {
        out.say("cli-pb-not-funded", &[]);
        for p in rest {
            emit(&format!("  {}", line(p)));
        }
    }
}

pub fn vote(out: &Out, args: VoteArgs) -> Result<(), Failure> {
    let bytes = read(&args.file)?;
    let kind = match args.file.extension().and_then(|e| e.to_str()) {
        Some("soc") => preflib::Kind::Soc,
        _ => preflib::Kind::Soi,
    };
    let file = preflib::parse(&bytes, kind).map_err(|e| {
        let problem = t(out, counting::preflib_problem(&e));
        match e.line {
            Some(line) => Failure::new("cli-error-count-line")
                .arg("file", args.file.display())
                .arg("line", line)
                .arg("problem", problem),
            None => Failure::new("cli-error-count").arg("file", args.file.display()).arg("problem", problem),
        }
    })?;
    let p = &file.profile;
    if !args.json {
        let key = match args.method {
            MethodArg::Irv => "irv",
            MethodArg::Schulze => "schulze",
            MethodArg::Borda => "borda",
            MethodArg::Plurality => "plurality",
        };
        out.say(
            "cli-vote-header",
            &[
                ("method", Arg::Str(out.t(counting::method_name(key), &[]))),
                ("voters", Arg::Num(p.voters() as i64)),
                ("candidates", Arg::from(p.candidates.len())),
            ],
        );
    }
    let id = |c: u32| (c + 1).to_string();
    let names = |cs: &[u32]| cs.iter().map(|&c| format!("{} {}", c + 1, p.candidates[c as usize])).collect::<Vec<_>>();
    let (method, winners, detail) = match args.method {
        MethodArg::Irv => {
            let r = vote::instant_runoff(p);
            let detail = json!({"rounds": r.rounds});
            if !args.json {
                for (i, round) in r.rounds.iter().enumerate() {
                    let tallies: Vec<String> = round
                        .tallies
                        .iter()
                        .enumerate()
                        .filter_map(|(c, t)| t.map(|t| format!("{} {t}", p.candidates[c])))
                        .collect();
                    let mut text = out.t(
                        "cli-vote-round",
                        &[
                            ("round", Arg::from(i + 1)),
                            ("tallies", Arg::Str(tallies.join(", "))),
                            ("exhausted", Arg::Num(round.exhausted as i64)),
                        ],
                    );
                    if !round.eliminated.is_empty() {
                        let gone = names(&round.eliminated).join(", ");
                        text.push_str(&format!("; {}", out.t("cli-vote-eliminated", &[("names", Arg::Str(gone))])));
                    }
                    emit(&text);
                }
            }
            ("irv", r.winners, detail)
        }
        MethodArg::Schulze => {
            let r = vote::schulze(p);
            if !args.json {
                out.say("cli-vote-pairwise", &[]);
                print_matrix(p, |a, b| r.pairwise[a][b] as i64);
                out.say("cli-vote-strongest", &[]);
                print_matrix(p, |a, b| r.strongest[a][b]);
            }
            ("schulze", r.winners, json!({"pairwise": r.pairwise, "strongest": r.strongest}))
        }
        MethodArg::Borda | MethodArg::Plurality => {
            let r = if matches!(args.method, MethodArg::Borda) { vote::borda(p) } else { vote::plurality(p) };
            if !args.json {
                let scores: Vec<String> =
                    r.scores.iter().enumerate().map(|(c, s)| format!("{} {s}", p.candidates[c])).collect();
                out.say("cli-vote-scores", &[("scores", Arg::Str(scores.join(", ")))]);
            }
            let scores: serde_json::Map<String, serde_json::Value> =
                r.scores.iter().enumerate().map(|(c, s)| (id(c as u32), json!(s))).collect();
            (
                if matches!(args.method, MethodArg::Borda) { "borda" } else { "plurality" },
                r.winners,
                json!({"scores": scores}),
            )
        }
    };
    if args.json {
        let mut value = json!({
            "method": method,
            "winners": winners.iter().map(|&c| id(c)).collect::<Vec<_>>(),
            "voters": p.voters(),
            "candidates": p.candidates,
        });
        if let (Some(obj), Some(extra)) = (value.as_object_mut(), detail.as_object()) {
            obj.extend(extra.clone());
        }
        emit(&value.to_string());
    } else {
        let id = if winners.len() == 1 { "cli-vote-winner" } else { "cli-vote-tie" };
        out.say(id, &[("names", Arg::Str(names(&winners).join(", ")))]);
    }
    Ok(())
}

fn print_matrix(p: &vote::Ranked, cell: impl Fn(usize, usize) -> i64) {
    let m = p.candidates.len();
    for a in 0..m {
        let row: Vec<String> =
            (0..m).map(|b| if a == b { String::from("-") } else { cell(a, b).to_string() }).collect();
        emit(&format!("  {:>3} {:<24} {}", a + 1, p.candidates[a], row.join("\t")));
    }
}
