//! `tandem import …`: bulk data from files, all or nothing, through the same
//! use case as the engagement page's upload.

use std::path::PathBuf;

use clap::Subcommand;
use indicatif::{ProgressBar, ProgressStyle};
use tandem_service::{Access, Actor, Service, engagement, i18n::Arg, representation};

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
    /// A community's or school's baseline from a CSV file (dimension,group,count):
    /// each dimension in the file replaces that dimension's baseline.
    Baseline {
        file: PathBuf,
        /// The community's slug, e.g. riverbend
        #[arg(long)]
        community: String,
        /// A school's address, for that school's own baseline
        #[arg(long)]
        school: Option<String>,
        /// Where the counts come from, e.g. "School census, October 2026"
        #[arg(long)]
        source: String,
        /// The day the counts were taken (YYYY-MM-DD); today if left out
        #[arg(long)]
        as_of: Option<String>,
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

fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::new(0);
    bar.set_style(ProgressStyle::with_template("{bar:40} {pos}").unwrap_or_else(|_| ProgressStyle::default_bar()));
    bar
}

pub async fn run(out: &Out, command: ImportCommand) -> Result<(), Failure> {
    match command {
        ImportCommand::Engagement { file, community, initiative, db } => {
            let data = read(&file)?;
            let svc = Service::new(connect(&config::database_url(&db)?, 2).await?);
            let (access, i) = initiative_of(&svc, &community, &initiative).await?;
            let bar = progress_bar();
            let imported =
                engagement::import(&svc, &access, &i, &data, |n| bar.set_position(n as u64), svc.now()).await;
            bar.finish_and_clear();
            out.say("engagement-imported", &[("count", Arg::Num(imported? as i64))]);
        }
        ImportCommand::Baseline { file, community, school, source, as_of, db } => {
            let data = read(&file)?;
            let svc = Service::new(connect(&config::database_url(&db)?, 2).await?);
            let access = Access::load(&svc, &Actor::operator(), &community)
                .await
                .map_err(|_| Failure::new("cli-error-no-community").arg("slug", &community))?;
            let school_id = match school {
                None => None,
                Some(slug) => {
                    let schools = tandem_service::community::schools(&svc, &access).await?;
                    let found = schools.iter().find(|s| s.slug == slug).map(|s| s.id);
                    Some(found.ok_or_else(|| Failure::new("cli-error-no-school").arg("slug", &slug))?)
                }
            };
            let as_of = as_of.unwrap_or_else(|| tandem_domain::time::iso_date(access.zone().date(svc.now())));
            let bar = progress_bar();
            let imported = representation::import_baseline(
                &svc,
                &access,
                school_id,
                &source,
                &as_of,
                &data,
                |n| bar.set_position(n as u64),
                svc.now(),
            )
            .await;
            bar.finish_and_clear();
            out.say("baselines-imported", &[("count", Arg::Num(imported? as i64))]);
        }
    }
    Ok(())
}

fn read(file: &std::path::Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(file).map_err(|e| Failure::new("cli-error-file").arg("path", file.display()).arg("detail", e))
}
