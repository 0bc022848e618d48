//! `tandem`: the one binary. Serves the site, runs jobs, migrates, fills a
//! demo, and bootstraps real installations.

use std::{path::PathBuf, process::ExitCode};

use clap::{Parser, Subcommand};
use tandem_service::{Service, i18n::Arg, jobs};
use tandem_store::{Db, PoolSettings};
use tandem_web::AppState;

// Request handling allocates many short-lived strings across threads; mimalloc
// does that with far less contention than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod admin;
mod audit;
mod backup;
mod config;
mod count;
mod demo;
mod demo_scale;
mod import;
mod messages;
mod polis;
mod recount;
mod representation;
mod smtp_sink;
mod sortition;

use config::{DatabaseArgs, ServeArgs};
use messages::{Failure, Out};

#[derive(Parser)]
#[command(name = "tandem", version, about = "Co-creation and co-production in public education")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web site and the API (and run background jobs).
    Serve(ServeArgs),
    /// Apply database migrations for the backend the URL names.
    Migrate(DatabaseArgs),
    /// Run background jobs only (for servers started with --worker false).
    Worker(config::WorkerArgs),
    /// Create a fresh demo district, serve it and print the demo logins.
    Demo {
        /// Address to listen on (port 0 picks a free port).
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        /// Keep the demo database in this file instead of a temporary one.
        #[arg(long, conflicts_with = "database_url")]
        database: Option<PathBuf>,
        /// Fill this (empty) database instead, e.g. postgres://postgres@127.0.0.1/tandem_demo
        #[arg(long)]
        database_url: Option<String>,
        /// Overwrite --database if it already exists.
        #[arg(long)]
        replace: bool,
        /// Build the district at this many times the demo's size (1 to 1000), to measure pages at scale.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1000))]
        scale: u32,
        #[command(flatten)]
        mail: config::MailArgs,
    },
    /// Bootstrap a real installation.
    #[command(subcommand)]
    Admin(admin::AdminCommand),
    /// Write a consistent backup of the whole database (while servers run).
    Backup(backup::BackupArgs),
    /// Restore a backup into an empty database, SQLite or PostgreSQL.
    Restore(backup::RestoreArgs),
    /// Check the tamper-evident audit log.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Import data from files (all of a file, or nothing).
    #[command(subcommand)]
    Import(import::ImportCommand),
    /// Count a participatory budget from a Pabulib .pb file and explain the result.
    Pb(count::PbArgs),
    /// Count an election from a PrefLib .soi/.soc file and explain the result.
    Vote(count::VoteArgs),
    /// Count a closed poll's or budget's stored ballots again and check the stored result.
    Recount(recount::RecountArgs),
    /// Who takes part against who the community is, and how evenly the voice
    /// is spread, from two CSV files.
    Representation(representation::RepresentationArgs),
    /// Selection by lot with quotas, as fair as they allow (LEXIMIN), and draws anyone can verify.
    #[command(subcommand)]
    Sortition(sortition::SortitionCommand),
    /// Opinion maps of Pol.is-style conversations.
    #[command(subcommand)]
    Polis(polis::PolisCommand),
    /// Run a small SMTP server that stores every message in a folder (development and tests).
    SmtpSink {
        #[arg(long, default_value = "127.0.0.1:2525")]
        addr: String,
        #[arg(long, default_value = "mail")]
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let out = Out::new();
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("TANDEM_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, &out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", out.t("cli-error", &[("message", Arg::Str(out.failure(&failure)))]));
            ExitCode::FAILURE
        }
    }
}

async fn connect(url: &str, max_connections: u32) -> Result<Db, Failure> {
    let db = Db::connect(url, PoolSettings { max_connections }).await.map_err(|e| match e {
        tandem_store::StoreError::UnsupportedUrl => Failure::new("cli-error-url"),
        other => Failure::new("cli-error-database").arg("detail", other),
    })?;
    db.migrate().await?;
    Ok(db)
}

async fn run(command: Command, out: &Out) -> Result<(), Failure> {
    match command {
        Command::Serve(args) => {
            let settings = config::settings(&args)?;
            let db = connect(&settings.database_url, settings.max_connections).await?;
            let listener = bind(&settings.addr.to_string()).await?;
            let url = format!("http://{}", local_addr(&listener)?);
            out.say("cli-running", &[("url", Arg::Str(settings.web.public_url.clone().unwrap_or(url)))]);
            let svc = with_mail(Service::new(db), &settings.mail)?;
            serve(listener, AppState::new(svc, settings.web), settings.worker).await
        }
        Command::Migrate(args) => {
            let url = config::database_url(&args)?;
            let db = Db::connect(&url, PoolSettings { max_connections: 1 }).await?;
            let applied = db.migrate().await?;
            out.say("cli-migrated", &[("count", Arg::Num(applied as i64))]);
            Ok(())
        }
        Command::Worker(args) => {
            let url = config::database_url(&args.db)?;
            let db = connect(&url, 4).await?;
            let svc = Service::new(db).with_public_url(config::worker_public_url(&args)?);
            let svc = with_mail(svc, &config::mail(&args.mail, &args.db)?)?;
            let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
            let worker = tokio::spawn(jobs::run_forever(svc, worker_name(), stop_rx));
            shutdown_signal().await;
            let _ = stop_tx.send(true);
            let _ = worker.await;
            Ok(())
        }
        Command::Demo { addr, database, database_url, replace, scale, mail } => {
            let mail = config::MailSettings {
                smtp_url: mail.smtp_url.filter(|u| !u.trim().is_empty()),
                from: mail.mail_from.unwrap_or_else(|| tandem_service::DEFAULT_MAIL_FROM.to_owned()),
            };
            demo::run(out, &addr, database, database_url, replace, scale as usize, &mail).await
        }
        Command::Admin(command) => admin::run(out, command).await,
        Command::Audit(command) => audit::run(out, command).await,
        Command::Backup(args) => backup::take(out, args).await,
        Command::Restore(args) => backup::restore(out, args).await,
        Command::Import(command) => import::run(out, command).await,
        Command::Recount(args) => recount::run(out, args).await,
        Command::SmtpSink { addr, dir } => smtp_sink::run(&addr, dir).await,
        Command::Pb(args) => count::pb(out, args),
        Command::Vote(args) => count::vote(out, args),
        Command::Polis(command) => polis::run(out, command).await,
        Command::Representation(args) => representation::run(out, args),
        Command::Sortition(command) => sortition::run(out, command),
    }
}

/// Adds email to the service when an SMTP server is configured.
pub fn with_mail(svc: Service, mail: &config::MailSettings) -> Result<Service, Failure> {
    match &mail.smtp_url {
        Some(url) => {
            let mailer = tandem_service::mail::Mailer::new(url, &mail.from)
                .map_err(|e| Failure::new("cli-error-smtp").arg("detail", e))?;
            Ok(svc.with_mailer(mailer))
        }
        None => Ok(svc),
    }
}

pub async fn bind(addr: &str) -> Result<tokio::net::TcpListener, Failure> {
    let parsed = config::parse_addr(addr)?;
    tokio::net::TcpListener::bind(parsed)
        .await
        .map_err(|e| Failure::new("cli-error-bind").arg("addr", addr).arg("detail", e))
}

pub fn local_addr(listener: &tokio::net::TcpListener) -> Result<std::net::SocketAddr, Failure> {
    listener.local_addr().map_err(|e| Failure::new("cli-error-bind").arg("addr", "?").arg("detail", e))
}

fn worker_name() -> String {
    format!("{}-{}", std::env::var("HOSTNAME").unwrap_or_else(|_| String::from("tandem")), std::process::id())
}

/// Serves until Ctrl+C or SIGTERM, with the job worker alongside unless disabled.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState, worker: bool) -> Result<(), Failure> {
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let worker_task = worker.then(|| tokio::spawn(jobs::run_forever(state.svc.clone(), worker_name(), stop_rx)));
    let result = tandem_web::serve(listener, state, shutdown_signal()).await;
    let _ = stop_tx.send(true);
    if let Some(task) = worker_task {
        let _ = task.await;
    }
    result.map_err(|e| Failure::new("cli-error-serve").arg("detail", e))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}
