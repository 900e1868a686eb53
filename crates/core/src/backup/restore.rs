//! Putting a backup back. The current file (and its `-wal`, `-shm` and `-encrypted`
//! companions) is renamed to `<name>.before-restore-<date>[-N]`, never overwritten or
//! deleted, even when it is damaged or not ours; the backup is checked before anything
//! moves, and copied in whole before it takes the database's name.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::{entries, info, BackupInfo};
use crate::error::{BackupProblem, Error, Result};
use crate::files;
use crate::i18n::Locale;
use crate::passphrase::Passphrase;
use crate::store::{self, Store};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreReport {
    pub restored: BackupInfo,
    /// The file name the previous database was kept under (none if there was none).
    pub set_aside: Option<String>,
}

/// SQLite's companions, moved with the database in this order: a `-wal` must never be
/// left next to another database (it would be replayed into it), so it goes first.
const COMPANIONS: [&str; 4] = ["-wal", "-shm", "", "-encrypted"];

/// Restores the backup `name` (as listed) over the database at `database`. Works
/// without an open store, so also when the current file cannot be opened.
pub fn restore(
    database: &Path,
    name: &str,
    passphrase: Option<&Passphrase>,
    today: NaiveDate,
    locale: Locale,
) -> Result<RestoreReport> {
    let entry = entries(database)?
        .into_iter()
        .find(|entry| entry.file == name)
        .ok_or(Error::Backup(BackupProblem::NotFound))?;
    store::inspect_as(&entry.path, entry.name.encrypted, passphrase).map_err(
        |error| match error {
            Error::Open { problem, .. } => Error::Backup(BackupProblem::Unusable(problem)),
            other => other,
        },
    )?;
    let key = if entry.name.encrypted {
        passphrase
    } else {
        None
    };
    // A good database may be open elsewhere (the app): replacing it under that program
    // would send its writes to the file set aside.
    if let Ok(Some(found)) = store::inspect(database, passphrase) {
        store::ensure_unused(database, if found.encrypted { passphrase } else { None })?;
    }
    let temporary = files::temporary_beside(database, "restore")?;
    let _ = fs::remove_file(&temporary);
    copy_whole(&entry.path, &temporary).inspect_err(|_| {
        let _ = fs::remove_file(&temporary);
    })?;
    let aside = set_aside(database, today).inspect_err(|_| {
        let _ = fs::remove_file(&temporary);
    })?;
    store::mark(database, key.is_some());
    if let Err(error) = fs::rename(&temporary, database) {
        let _ = fs::remove_file(&temporary);
        if let Some(aside) = &aside {
            put_back(aside, database);
        }
        return Err(error.into());
    }
    files::sync_folder_of(database);
    // Opening checks the restored file again and migrates an older one.
    drop(Store::open_with(database, key)?);
    Ok(RestoreReport {
        restored: info(&entry, locale),
        set_aside: aside
            .and_then(|path| path.file_name().map(|n| n.to_string_lossy().into_owned())),
    })
}

fn copy_whole(from: &Path, to: &Path) -> Result<()> {
    let mut source = fs::File::open(from)?;
    let mut target = files::create_private(to)?;
    std::io::copy(&mut source, &mut target)?;
    target.sync_all()?;
    Ok(())
}

/// Renames the database and its companions to the first free
/// `<name>.before-restore-<date>[-N]`; `None` when there was nothing to keep.
fn set_aside(database: &Path, today: NaiveDate) -> Result<Option<PathBuf>> {
    let present: Vec<&str> = COMPANIONS
        .into_iter()
        .filter(|suffix| store::companion(database, suffix).exists())
        .collect();
    if present.is_empty() {
        return Ok(None);
    }
    let aside = (1..)
        .map(|n| {
            let suffix = match n {
                1 => format!(".before-restore-{today}"),
                n => format!(".before-restore-{today}-{n}"),
            };
            store::companion(database, &suffix)
        })
        .find(|aside| {
            COMPANIONS
                .iter()
                .all(|suffix| !store::companion(aside, suffix).exists())
        })
        .expect("an unused name");
    for suffix in present {
        if let Err(error) = fs::rename(
            store::companion(database, suffix),
            store::companion(&aside, suffix),
        ) {
            put_back(&aside, database);
            return Err(error.into());
        }
    }
    files::sync_folder_of(database);
    Ok(Some(aside))
}

/// Undoes [`set_aside`] after a failure, database first so no `-wal` waits beside
/// nothing.
fn put_back(aside: &Path, database: &Path) {
    for suffix in COMPANIONS.iter().rev() {
        let from = store::companion(aside, suffix);
        if from.exists() {
            let _ = fs::rename(from, store::companion(database, suffix));
        }
    }
}
