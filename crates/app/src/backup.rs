//! `tandem backup` and `tandem restore`: a consistent copy of the whole
//! database while it runs, restored into an empty one of either kind.

use std::path::{Path, PathBuf};

use tandem_service::{
    Service,
    backup::{self, BackupError},
    i18n::Arg,
};
use tandem_store::{Db, PoolSettings};

use crate::{
    config::{self, DatabaseArgs},
    connect,
    messages::{Failure, Out},
};

#[derive(clap::Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The file to write (gzip-compressed JSON lines); replaced only once the new one is complete.
    pub file: PathBuf,
}

#[derive(clap::Args)]
pub struct RestoreArgs {
    /// A file written by tandem backup.
    pub file: PathBuf,
    /// The empty database to fill: sqlite://PATH or postgres://USER@HOST/DB
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// Only read the file through and say what it holds; change no database.
    #[arg(long)]
    pub check: bool,
}

pub async fn take(out: &Out, args: BackupArgs) -> Result<(), Failure> {
    let svc = Service::new(connect(&config::database_url(&args.db)?, 2).await?);
    let summary = backup::take(&svc, &args.file, |_, _| {}).await.map_err(|e| failure(e, &args.file))?;
    out.say(
        "cli-backup-done",
        &[
            ("rows", Arg::Num(summary.total_rows())),
            ("tables", Arg::Num(summary.rows.len() as i64)),
            ("path", Arg::Str(args.file.display().to_string())),
        ],
    );
    Ok(())
}

pub async fn restore(out: &Out, args: RestoreArgs) -> Result<(), Failure> {
    let path = args.file.display().to_string();
    if args.check {
        let summary = backup::check(&args.file).map_err(|e| failure(e, &args.file))?;
        out.say(
            "cli-backup-checked",
            &[
                ("rows", Arg::Num(summary.total_rows())),
                ("tables", Arg::Num(summary.rows.len() as i64)),
                ("path", Arg::Str(path)),
            ],
        );
        return Ok(());
    }
    let url = config::database_url(&args.db)?;
    // Not migrated here: the restore brings the database to the backup's
    // schema first, then to this binary's newest.
    let db = Db::connect(&url, PoolSettings { max_connections: 2 }).await?;
    let svc = Service::new(db);
    let (summary, verified) = backup::restore(&svc, &args.file, |_, _| {}).await.map_err(|e| failure(e, &args.file))?;
    out.say(
        "cli-restore-done",
        &[
            ("rows", Arg::Num(summary.total_rows())),
            ("tables", Arg::Num(summary.rows.len() as i64)),
            ("path", Arg::Str(path)),
        ],
    );
    match verified.broken {
        None => {
            crate::audit::say_intact(out, &verified);
            Ok(())
        }
        // The rows are back; what they say about their own history is for the operator to see.
        Some(_) => Err(Failure::new("cli-restore-audit-broken")),
    }
}

fn failure(e: BackupError, file: &Path) -> Failure {
    let path = file.display().to_string();
    match e {
        BackupError::Store(e) => e.into(),
        BackupError::Io(e) => Failure::new("cli-error-file").arg("path", path).arg("detail", e),
        BackupError::NotABackup => Failure::new("cli-backup-not-a-backup").arg("path", path),
        BackupError::Damaged(line) => Failure::new("cli-backup-damaged").arg("path", path).arg("line", line),
        BackupError::Truncated => Failure::new("cli-backup-truncated").arg("path", path),
        BackupError::Checksum => Failure::new("cli-backup-checksum").arg("path", path),
        BackupError::Newer { backup, known } => {
            Failure::new("cli-backup-newer").arg("backup", backup).arg("known", known)
        }
        BackupError::TargetAhead { target, backup } => {
            Failure::new("cli-restore-target-ahead").arg("target", target).arg("backup", backup)
        }
        BackupError::NotEmpty => Failure::new("cli-restore-not-empty"),
        BackupError::UnknownTable(table) => Failure::new("cli-backup-unknown").arg("what", table),
        BackupError::UnknownColumn { table, column } => {
            Failure::new("cli-backup-unknown").arg("what", format!("{table}.{column}"))
        }
    }
}
