//! Operators' backups: a consistent copy of the whole database taken while
//! the servers run, restored into an empty database of either kind (how a
//! district moves from SQLite to PostgreSQL).

use std::{fs::File, path::Path};

pub use tandem_store::backup::{BackupError, Summary};
use tandem_store::{audit, backup};

use crate::Service;

/// Writes a backup to `path`. It goes to a temporary file beside it first
/// and takes the name only when complete, so an interrupted backup never
/// leaves a file that looks whole (nor spoils the one it replaces).
pub async fn take(svc: &Service, path: &Path, progress: impl FnMut(&str, i64)) -> Result<Summary, BackupError> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    let taken = async {
        let file = private_file(&partial)?;
        let summary = backup::dump(&svc.db, &file, progress).await?;
        // On disk before it counts as taken.
        file.sync_all()?;
        std::fs::rename(&partial, path)?;
        Ok(summary)
    }
    .await;
    if taken.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    taken
}

/// A new file only its owner can read: a backup holds everything the
/// database does (pupils' names, password hashes, sign-in secrets).
fn private_file(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Reads a backup through without touching any database.
pub fn check(path: &Path) -> Result<Summary, BackupError> {
    backup::check(File::open(path)?)
}

/// Restores `path` into the service's (empty) database, then checks the
/// audit chain it brought back: the same entries, sealed the same way.
pub async fn restore(
    svc: &Service,
    path: &Path,
    progress: impl FnMut(&str, i64),
) -> Result<(Summary, audit::Verified), BackupError> {
    let summary = backup::restore(&svc.db, || File::open(path), progress).await?;
    let verified = audit::verify(&svc.db, Vec::new()).await?;
    Ok((summary, verified))
}
