//! Putting a backup back. The current file (and its `-wal`, `-shm` and `-encrypted`
//! companions) is renamed to `<name>.before-restore-<date>[-N]`, never overwritten or
//! deleted, even when it is damaged or not ours; the backup is checked before anything
//! moves, and copied in whole before it takes the database's name.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::OpenFlags;
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
    let database = &store::checked_path(database)?;
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
    let current = store::inspect(database, passphrase);
    // A good database with the backup's key (the usual case) is restored in place: the
    // file keeps its identity, so another process that opened it meanwhile (the app's
    // scheduler, a second command) waits for the lock and then writes to the restored
    // content, instead of writing to a file that was renamed away.
    if let Ok(Some(found)) = current {
        if found.encrypted == key.is_some() {
            let aside = restore_in_place(database, &entry.path, key, today)?;
            // Opening checks the restored file again and migrates an older one.
            drop(Store::open_with(database, key)?);
            return Ok(RestoreReport {
                restored: info(&entry, locale),
                set_aside: aside.file_name().map(|n| n.to_string_lossy().into_owned()),
            });
        }
    }
    // A good database may be open elsewhere (the app): replacing it under that program
    // would send its writes to the file set aside.
    if let Ok(Some(found)) = current {
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

/// Under the database's exclusive lock, held from before the copy aside to after the
/// backup is in: keeps a copy of the current content as `<name>.before-restore-<date>`
/// (`VACUUM INTO`: whole, with the WAL's commits and the same key), then writes the
/// backup's pages into the database through SQLite's backup API, one transaction, so a
/// failure leaves the database as it was. Nobody writes in between: a connection that
/// opens meanwhile waits for the lock and then sees the restored content.
fn restore_in_place(
    database: &Path,
    backup: &Path,
    key: Option<&Passphrase>,
    today: NaiveDate,
) -> Result<PathBuf> {
    let mut conn = store::lock_unused(database, key)?;
    let aside = free_aside_name(database, today);
    let copied = files::create_private(&aside)
        .map_err(Error::from)
        .and_then(|_| {
            conn.execute("VACUUM INTO CAST(?1 AS TEXT)", [store::sql_path(&aside)?])
                .map_err(Error::from)
        })
        .and_then(|_| files::sync_file(&aside).map_err(Error::from));
    if let Err(error) = copied {
        let _ = fs::remove_file(&aside);
        return Err(error);
    }
    store::mark(&aside, key.is_some());
    let restored = (|| -> Result<()> {
        let source = store::connect(backup, key, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let copy = rusqlite::backup::Backup::new(&source, &mut conn)?;
        // All pages in one step: one write transaction on the database, so it is
        // either the backup's content or unchanged.
        match copy.step(-1)? {
            rusqlite::backup::StepResult::Done => Ok(()),
            _ => Err(Error::InUse),
        }
    })();
    if let Err(error) = restored {
        // The database is unchanged: the copy aside would only be a duplicate.
        let _ = fs::remove_file(&aside);
        let _ = fs::remove_file(store::companion(&aside, "-encrypted"));
        return Err(error);
    }
    files::sync_folder_of(database);
    Ok(aside)
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
    let aside = free_aside_name(database, today);
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

/// The first `<name>.before-restore-<date>[-N]` that no file (nor companion) has.
fn free_aside_name(database: &Path, today: NaiveDate) -> PathBuf {
    (1..)
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
        .expect("an unused name")
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
