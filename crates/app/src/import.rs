//! `tandem import …`: bulk data from files, all or nothing, through the same
//! use case as the engagement page's upload.

use std::path::PathBuf;

use clap::Subcommand;
use indicatif::{ProgressBar, ProgressStyle};
use tandem_service::{Access, Actor, Service, engagement, i18n::Arg};

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

/// The community and initiative the command line names, as its operator.
pub async fn initiative_of(
    svc: &Service,
    community: &str,
    initiative: &str,
) -> Result<(Access, tandem_service::initiatives::Initiative), Failure> {
    let access = Access::load(svc, &Actor::operator(), community)
        .await
        .map_err(|_| Failure::new("cli-error-no-community").arg("slug", community))?;
    let i = access
        .initiative(svc, initiative)
        .await
        .map_err(|_| Failure::new("cli-error-no-initiative").arg("slug", initiative))?;
    Ok((access, i))
}

pub async fn run(out: &Out, command: ImportCommand) -> Result<(), Failure> {
    let ImportCommand::Engagement { file, community, initiative, db } = command;
    let data = std::fs::read(&file)
        .map_err(|e| Failure::new("cli-error-file").arg("path", file.display()).arg("detail", e))?;
    let svc = Service::new(connect(&config::database_url(&db)?, 2).await?);
    let (access, i) = initiative_of(&svc, &community, &initiative).await?;
    let bar = ProgressBar::new(0);
    bar.set_style(ProgressStyle::with_template("{bar:40} {pos}").unwrap_or_else(|_| ProgressStyle::default_bar()));
    let imported = engagement::import(&svc, &access, &i, &data, |n| bar.set_position(n as u64), svc.now()).await;
    bar.finish_and_clear();
    out.say("engagement-imported", &[("count", Arg::Num(imported? as i64))]);
    Ok(())
}
