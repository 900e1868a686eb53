//! The backups follow the database's passphrase (set, changed or removed), so that a
//! crash at any moment leaves no backup readable without the passphrase once the
//! database is encrypted.
//!
//! In two halves around the database's own rename (the commit point, `store/cipher.rs`):
//! 1. [`stage`], before it: every backup is copied under the new key as
//!    `.<target>.staged`, beside it, synced. The originals are untouched.
//! 2. [`settle`], after it, and again on every open: a staged copy under the key the
//!    database now has is renamed over its backup; one under another key belongs to an
//!    attempt that never reached the commit point and is deleted. Then, for an encrypted
//!    database, any plain backup still there is encrypted.
//!
//! So a kill before the rename leaves the old state (the staged copies are dropped on
//! the next open), and a kill after it leaves the new state, finished on the next open.
//! Until then, [`census`] tells `encryption status` how many backups are plain.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::OpenFlags;

use super::{entries, folder, stem, BackupName, Entry};
use crate::crash_point;
use crate::error::{Error, Result};
use crate::files;
use crate::passphrase::Passphrase;
use crate::store;

const STAGED: &str = ".staged";

/// `.household-2026-11-25.encrypted.db.staged`: hidden, and no backup name parses it.
fn staged_name(target_file: &str) -> String {
    format!(".{target_file}{STAGED}")
}

/// What [`settle`] did.
#[derive(Debug, Default)]
pub(crate) struct Settled {
    /// Backups now under the database's key (or plain, for a plain database).
    pub converted: u32,
    /// Backups that could not be converted: they keep their old key (or stay plain,
    /// which [`census`] reports) and are never deleted.
    pub not_converted: Vec<String>,
}

/// The target name of `entry` under `new` (`.encrypted` added or dropped).
fn target_of(entry: &Entry, encrypted: bool) -> BackupName {
    BackupName {
        encrypted,
        ..entry.name.clone()
    }
}

/// Half 1: copies every backup that the change concerns to `.<target>.staged` under
/// `new`. Returns the backups that could not be copied (another key, damaged).
pub(crate) fn stage(
    database: &Path,
    old: Option<&Passphrase>,
    new: Option<&Passphrase>,
) -> Vec<String> {
    let Ok(entries) = entries(database) else {
        return Vec::new();
    };
    let stem = stem(database);
    let mut not_staged = Vec::new();
    for entry in entries {
        if !entry.name.encrypted && new.is_none() {
            continue; // already plain
        }
        let target = target_of(&entry, new.is_some()).file_name(&stem);
        let staged = entry.path.with_file_name(staged_name(&target));
        let key = if entry.name.encrypted { old } else { None };
        if copy_under(&entry, key, new, &staged).is_err() {
            not_staged.push(entry.file);
        }
    }
    not_staged
}

/// Half 2: puts the staged copies that match the database's `key` in place, drops the
/// others, and encrypts what an encrypted database still has in plain.
pub(crate) fn settle(database: &Path, key: Option<&Passphrase>) -> Settled {
    let mut settled = Settled::default();
    let stem = stem(database);
    let folder = folder(database);
    let Ok(read) = fs::read_dir(&folder) else {
        return settled; // no backups folder: nothing to settle
    };
    let staged: Vec<(PathBuf, BackupName)> = read
        .filter_map(|item| item.ok())
        .filter_map(|item| {
            let file = item.file_name().to_string_lossy().into_owned();
            let target = file.strip_prefix('.')?.strip_suffix(STAGED)?;
            Some((item.path(), BackupName::parse(&stem, target)?))
        })
        .collect();
    for (path, target) in staged {
        let matches = target.encrypted == key.is_some()
            && store::inspect_as(&path, target.encrypted, key).is_ok();
        if !matches {
            // From an attempt that stopped before the database was renamed, or damaged:
            // the backup it was made from is still there, under the database's key.
            let _ = fs::remove_file(&path);
            continue;
        }
        let other = BackupName {
            encrypted: !target.encrypted,
            ..target.clone()
        };
        let placed = fs::rename(&path, folder.join(target.file_name(&stem)));
        if placed.is_ok() {
            // The original under the old name (`.encrypted` added or dropped).
            let _ = fs::remove_file(folder.join(other.file_name(&stem)));
            settled.converted += 1;
        }
        files::sync_folder_of(&path);
        crash_point::reached("rekey:between-backups");
    }
    if let Some(key) = key {
        encrypt_plain(database, key, &mut settled);
    }
    settled
}

/// Encrypts every plain backup of an encrypted database in place (a kill after the
/// database was renamed, a staged copy that could not be written, an old copy put
/// back by hand): an encrypted household keeps no readable copy in `backups/`.
fn encrypt_plain(database: &Path, key: &Passphrase, settled: &mut Settled) {
    let Ok(entries) = entries(database) else {
        return;
    };
    let stem = stem(database);
    for entry in entries.into_iter().filter(|entry| !entry.name.encrypted) {
        let target = entry
            .path
            .with_file_name(target_of(&entry, true).file_name(&stem));
        let converted = copy_under(&entry, None, Some(key), &target)
            .and_then(|()| fs::remove_file(&entry.path).map_err(Error::from));
        match converted {
            Ok(()) => settled.converted += 1,
            Err(_) => settled.not_converted.push(entry.file),
        }
        files::sync_folder_of(&target);
    }
}

/// How many backups are plain and how many encrypted, by their names (which the
/// conversions keep true), without opening any.
pub(crate) fn census(database: &Path) -> Result<(u32, u32)> {
    let mut plain = 0;
    let mut encrypted = 0;
    for entry in entries(database)? {
        match entry.name.encrypted {
            true => encrypted += 1,
            false => plain += 1,
        }
    }
    Ok((plain, encrypted))
}

/// Writes a whole copy of the backup `entry` (opened with `old`) to `target` under
/// `new`: through an owner-only temporary file, synced, with the original's time
/// (which orders the list, "the latest"), then renamed. The original stays.
fn copy_under(
    entry: &Entry,
    old: Option<&Passphrase>,
    new: Option<&Passphrase>,
    target: &Path,
) -> Result<()> {
    store::inspect_as(&entry.path, entry.name.encrypted, old)?;
    let temporary = files::temporary_beside(target, "rekey")?;
    let _ = fs::remove_file(&temporary);
    let copied = (|| -> Result<()> {
        files::create_private(&temporary)?;
        {
            let conn = store::connect(&entry.path, old, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            store::export_copy(&conn, &temporary, new)?;
        }
        let copy = fs::OpenOptions::new().write(true).open(&temporary)?;
        copy.set_modified(entry.modified)?;
        copy.sync_all()?;
        drop(copy);
        fs::rename(&temporary, target)?;
        Ok(())
    })();
    if copied.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    copied
}
