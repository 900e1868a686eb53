//! Backups of the household database: a consistent snapshot (`VACUUM INTO`,
//! which also keeps the key of an encrypted file) in the owner-only `backups/` folder
//! next to the database.
//!
//! - once a day on use ([`daily_if_due`], called by the front ends after opening), with
//!   rotation ([`rotation`]: 7 daily + 4 weekly);
//! - before every schema migration (by the open path), before an import, and on request;
//!   those are never rotated;
//! - [`restore`] puts one back, keeping the current file aside (never deleting it).

mod name;
mod rekey;
mod restore;
mod rotation;

pub use name::{BackupKind, BackupName};
pub(crate) use rekey::{census, settle, stage};
pub use restore::{restore, RestoreReport};

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::error::{BackupProblem, Error, OpenProblem, Result};
use crate::files;
use crate::i18n::{Lang, Locale};
use crate::passphrase::Passphrase;
use crate::store::{self, Store};
use crate::wareki::format_both;

/// The folder next to the database that holds its backups.
pub const FOLDER: &str = "backups";

/// A backup as the app and the CLI list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    /// The file name in the backups folder; what `restore` takes.
    pub name: String,
    pub kind: BackupKind,
    pub date: Option<NaiveDate>,
    /// For a migration backup: the schema version the database was about to get.
    pub before_version: Option<u32>,
    pub encrypted: bool,
    #[ts(type = "number")]
    pub bytes: u64,
    /// `毎日の自動バックアップ（令和8年11月25日 (2026-11-25)）`.
    pub label: String,
}

pub fn folder(database: &Path) -> PathBuf {
    files::folder_of(database).join(FOLDER)
}

/// The database's file name without its extension: the prefix of its backups' names.
fn stem(database: &Path) -> String {
    database
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A backup file found in the folder.
struct Entry {
    name: BackupName,
    file: String,
    path: PathBuf,
    modified: SystemTime,
    bytes: u64,
}

/// The database's backups, newest first (by the time the file was written).
fn entries(database: &Path) -> Result<Vec<Entry>> {
    let folder = folder(database);
    let read = match fs::read_dir(&folder) {
        Ok(read) => read,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(_) => return Err(Error::Backup(BackupProblem::CannotWrite)),
    };
    let stem = stem(database);
    let mut entries: Vec<Entry> = read
        .filter_map(|item| item.ok())
        .filter_map(|item| {
            let file = item.file_name().to_string_lossy().into_owned();
            let name = BackupName::parse(&stem, &file)?;
            let metadata = item.metadata().ok().filter(|m| m.is_file())?;
            Some(Entry {
                name,
                path: item.path(),
                file,
                modified: metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                bytes: metadata.len(),
            })
        })
        .collect();
    entries.sort_by(|a, b| (b.modified, &b.file).cmp(&(a.modified, &a.file)));
    Ok(entries)
}

pub fn list(database: &Path, locale: Locale) -> Result<Vec<BackupInfo>> {
    Ok(entries(&store::absolute_path(database)?)?
        .iter()
        .map(|entry| info(entry, locale))
        .collect())
}

fn info(entry: &Entry, locale: Locale) -> BackupInfo {
    let lang = locale.lang;
    let name = &entry.name;
    let when = name
        .date
        .map(|date| format_both(date, locale))
        .unwrap_or_default();
    let version = name.version.unwrap_or_default();
    let mut label = match (name.kind, lang) {
        (BackupKind::Daily, Lang::Ja) => format!("毎日の自動バックアップ（{when}）"),
        (BackupKind::Daily, Lang::En) => format!("Daily backup ({when})"),
        (BackupKind::Manual, Lang::Ja) => format!("手動のバックアップ（{when}）"),
        (BackupKind::Manual, Lang::En) => format!("Manual backup ({when})"),
        (BackupKind::BeforeImport, Lang::Ja) => format!("インポート前のバックアップ（{when}）"),
        (BackupKind::BeforeImport, Lang::En) => format!("Before an import ({when})"),
        (BackupKind::BeforeMigration, Lang::Ja) => {
            format!("データ形式 {version} に更新する前のバックアップ")
        }
        (BackupKind::BeforeMigration, Lang::En) => {
            format!("Before the update to data format {version}")
        }
    };
    if name.encrypted {
        label.push_str(lang.pick("・暗号化", " (encrypted)"));
    }
    BackupInfo {
        name: entry.file.clone(),
        kind: name.kind,
        date: name.date,
        before_version: name.version,
        encrypted: name.encrypted,
        bytes: entry.bytes,
        label,
    }
}

/// Makes today's backup if there is none yet, then rotates the daily ones. `None` when
/// today's backup already exists.
pub fn daily_if_due(store: &Store, today: NaiveDate, locale: Locale) -> Result<Option<BackupInfo>> {
    let existing = entries(store.path())?;
    let done_today = existing
        .iter()
        .any(|entry| entry.name.kind == BackupKind::Daily && entry.name.date == Some(today));
    if done_today {
        return Ok(None);
    }
    remove_leftover_temporaries(&folder(store.path()));
    let name = BackupName {
        kind: BackupKind::Daily,
        date: Some(today),
        version: None,
        sequence: 1,
        encrypted: store.is_encrypted(),
    };
    let made = snapshot(store.connection(), store.path(), &name)?;
    let dailies: Vec<&Entry> = existing
        .iter()
        .filter(|entry| entry.name.kind == BackupKind::Daily)
        .collect();
    let dates: Vec<NaiveDate> = dailies
        .iter()
        .filter_map(|entry| entry.name.date)
        .chain([today])
        .collect();
    let expired = rotation::expired(&dates);
    for entry in dailies {
        if entry.name.date.is_some_and(|date| expired.contains(&date)) {
            let _ = fs::remove_file(&entry.path);
        }
    }
    Ok(Some(info(&made, locale)))
}

/// A backup on request (`Manual`) or before an import (`BeforeImport`), kept until the
/// user deletes it.
pub fn create(
    store: &Store,
    kind: BackupKind,
    today: NaiveDate,
    locale: Locale,
) -> Result<BackupInfo> {
    let name = next_free(store.path(), kind, Some(today), None, store.is_encrypted());
    Ok(info(
        &snapshot(store.connection(), store.path(), &name)?,
        locale,
    ))
}

/// The database as it was before the open path migrates it to `to_version`.
pub(crate) fn before_migration(
    conn: &Connection,
    database: &Path,
    to_version: u32,
    key: Option<&Passphrase>,
) -> Result<()> {
    let name = next_free(
        database,
        BackupKind::BeforeMigration,
        None,
        Some(to_version),
        key.is_some(),
    );
    snapshot(conn, database, &name)?;
    Ok(())
}

/// The first free sequence number for this kind of backup on this day (or version).
fn next_free(
    database: &Path,
    kind: BackupKind,
    date: Option<NaiveDate>,
    version: Option<u32>,
    encrypted: bool,
) -> BackupName {
    let folder = folder(database);
    let stem = stem(database);
    let mut name = BackupName {
        kind,
        date,
        version,
        sequence: 1,
        encrypted,
    };
    while [true, false].iter().any(|&encrypted| {
        let candidate = BackupName {
            encrypted,
            ..name.clone()
        };
        folder.join(candidate.file_name(&stem)).exists()
    }) {
        name.sequence += 1;
    }
    name
}

/// Writes the snapshot to a temporary file (created owner-only and empty, as
/// `VACUUM INTO` requires), flushes it, and renames it into place: a backup file is
/// always whole.
fn snapshot(conn: &Connection, database: &Path, name: &BackupName) -> Result<Entry> {
    let cannot_write = || Error::Backup(BackupProblem::CannotWrite);
    let folder = folder(database);
    files::create_private_folder(&folder).map_err(|_| cannot_write())?;
    files::restrict(&folder, 0o700);
    let file = name.file_name(&stem(database));
    let target = folder.join(&file);
    let temporary = files::temporary_beside(&target, "tmp").map_err(|_| cannot_write())?;
    let _ = fs::remove_file(&temporary);
    let written = files::create_private(&temporary)
        .map_err(|_| cannot_write())
        .and_then(|_| {
            let target = store::sql_path(&temporary).map_err(|_| cannot_write())?;
            conn.execute("VACUUM INTO CAST(?1 AS TEXT)", [target])
                .map_err(|_| cannot_write())
        })
        .and_then(|_| files::sync_file(&temporary).map_err(|_| cannot_write()))
        .and_then(|_| fs::rename(&temporary, &target).map_err(|_| cannot_write()));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written?;
    files::sync_folder_of(&target);
    let metadata = fs::metadata(&target).map_err(|_| cannot_write())?;
    Ok(Entry {
        name: name.clone(),
        file,
        path: target,
        modified: metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH),
        bytes: metadata.len(),
    })
}

/// Temporary files of snapshots whose process was killed (`.name.<pid>.tmp`). Run once
/// a day, before the daily snapshot.
fn remove_leftover_temporaries(folder: &Path) {
    let Ok(read) = fs::read_dir(folder) else {
        return;
    };
    for item in read.filter_map(|item| item.ok()) {
        let file = item.file_name().to_string_lossy().into_owned();
        if file.starts_with('.') && (file.ends_with(".tmp") || file.ends_with(".rekey")) {
            let _ = fs::remove_file(item.path());
        }
    }
}

/// The newest backup that passes the same checks as the database itself (an encrypted
/// one without the passphrase at hand counts: it cannot be checked, but is likely good).
pub(crate) fn latest_good(database: &Path, passphrase: Option<&Passphrase>) -> Option<String> {
    entries(database).ok()?.into_iter().find_map(|entry| {
        match store::inspect_as(&entry.path, entry.name.encrypted, passphrase) {
            Ok(_)
            | Err(Error::Open {
                problem: OpenProblem::NeedsPassphrase,
                ..
            }) => Some(entry.file),
            Err(_) => None,
        }
    })
}

#[cfg(test)]
mod tests;
