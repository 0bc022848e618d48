//! `tandem recount`: counts a closed poll's or budget's stored ballots again
//! and says whether the stored result matches (exit status 1 if not).

use clap::Args;
use tandem_service::{Service, budgets, counts, i18n::Arg, polls};

use crate::{
    config::{self, DatabaseArgs},
    connect,
    import::initiative_of,
    messages::{Failure, Out},
};

#[derive(Args)]
#[command(group(clap::ArgGroup::new("what").required(true).multiple(false).args(["poll", "budget"])))]
pub struct RecountArgs {
    /// The community's slug, e.g. riverbend
    #[arg(long)]
    community: String,
    /// The initiative's slug
    #[arg(long)]
    initiative: String,
    /// The poll's number (as in its address)
    #[arg(long)]
    poll: Option<i64>,
    /// The budget's number (as in its address)
    #[arg(long)]
    budget: Option<i64>,
    #[command(flatten)]
    db: DatabaseArgs,
}

pub async fn run(out: &Out, args: RecountArgs) -> Result<(), Failure> {
    let svc = Service::new(connect(&config::database_url(&args.db)?, 2).await?);
    let (access, i) = initiative_of(&svc, &args.community, &args.initiative).await?;
    let now = svc.now();
    // clap requires exactly one of --poll and --budget.
    let found = match args.budget {
        Some(id) => {
            let budget = budgets::budget(&svc, &i, id).await?;
            counts::recount_budget(&svc, &access, &i, &budget, now).await?
        }
        None => {
            let poll = polls::poll(&svc, &i, args.poll.unwrap_or_default()).await?;
            counts::recount_poll(&svc, &access, &i, &poll, now).await?
        }
    };
    if found.matches {
        out.say(
            "cli-recount-matches",
            &[
                ("ballots", Arg::Num(found.ballots)),
                ("hash", Arg::Str(found.ballots_sha256.clone())),
                ("date", Arg::Str(found.stored.counted_at.rfc3339())),
            ],
        );
        Ok(())
    } else {
        Err(Failure::new("cli-recount-differs")
            .arg("ballots", found.ballots)
            .arg("hash", &found.ballots_sha256)
            .arg("stored", found.stored.ballots)
            .arg("stored_hash", &found.stored.ballots_sha256)
            .arg("date", found.stored.counted_at.rfc3339()))
    }
}
