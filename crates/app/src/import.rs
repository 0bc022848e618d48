//! `tandem import …`: bulk data from files, all or nothing.

use std::path::PathBuf;

use clap::Subcommand;
use indicatif::{ProgressBar, ProgressStyle};
use tandem_domain::engagement::parse_csv;
use tandem_store::{communities, engagement, initiatives};
use tandem_web::{Clock, SystemClock, i18n::Arg};

use crate::{
    config::{self, DatabaseArgs},
    connect,
    messages::{Failure, Out},
};

#[derive(Subcommand)]
pub enum ImportCommand {
    /// Engagement records from a CSV file (date,group,kind,people,source).
    Engagement {
        file: PathBuf,
        /// The community's slug, e.g. riverbend
        #[arg(long)]
        community: String,
        /// The initiative's slug
        #[arg(long)]
        initiative: String,
        #[command(flatten)]
        db: DatabaseArgs,
    },
}

pub async fn run(out: &Out, command: ImportCommand) -> Result<(), Failure> {
    let ImportCommand::Engagement { file, community, initiative, db } = command;
    let data = std::fs::read(&file)
        .map_err(|e| Failure::new("cli-error-file").arg("path", file.display()).arg("detail", e))?;
    let db = connect(&config::database_url(&db)?, 2).await?;
    let c = communities::by_slug(&db, &community)
        .await?
        .ok_or_else(|| Failure::new("cli-error-no-community").arg("slug", &community))?;
    let i = initiatives::by_slug(&db, c.id, &initiative)
        .await?
        .ok_or_else(|| Failure::new("cli-error-no-initiative").arg("slug", &initiative))?;
    let groups = communities::groups(&db, c.id).await?;
    let events = parse_csv(&data, |key| groups.iter().find(|g| g.key == key).map(|g| g.id)).map_err(|problem| {
        let mut f = Failure::new("cli-error-csv-line").arg("line", problem.line);
        f.fields = problem.errors.0.iter().map(|e| (e.field, e.message)).collect();
        f
    })?;
    let bar = ProgressBar::new(events.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len}").unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let imported =
        engagement::import(&db, i.id, &events, None, SystemClock.now(), |n| bar.set_position(n as u64)).await?;
    bar.finish_and_clear();
    out.say("engagement-imported", &[("count", Arg::Num(imported as i64))]);
    Ok(())
}
