//! Encryption at rest with SQLCipher: the key on each connection, the `-encrypted`
//! marker next to an encrypted file, and setting, changing or removing the passphrase.
//!
//! Every change writes a complete copy with the new key (`sqlcipher_export`) beside the
//! database and renames it over the old file, so a crash leaves either the old file or
//! the new one, never half of each. The backups' copies under the new key are written
//! before that rename and put in place after it (`backup/rekey.rs`), so that a crash
//! never leaves an encrypted database with plain backups after its next open.

use std::fs;
use std::path::Path;

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;
use zeroize::Zeroizing;

use super::{companion, lock_exclusively, open_checked, remove_empty_companions, Store};
use crate::crash_point;
use crate::error::{EncryptionProblem, Error, Result};
use crate::files;
use crate::passphrase::Passphrase;

/// What the marker file holds: no secret, only what the file is.
const MARKER: &str =
    "{\"format\":\"hoken-techo-encrypted\",\"version\":1,\"cipher\":\"sqlcipher-4\"}\n";

/// What changed, for the front end to say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EncryptionChanged {
    /// Whether the database is now encrypted.
    pub encrypted: bool,
    /// Backups now under the new key (or decrypted).
    pub backups_converted: u32,
    /// Backups that could not be converted (another key, damaged): they keep their
    /// old key and are never deleted.
    pub backups_not_converted: Vec<String>,
}

/// The marker next to an encrypted database: `hoken-techo.db-encrypted`.
fn marker_path(path: &Path) -> std::path::PathBuf {
    companion(path, "-encrypted")
}

pub(super) fn is_marked(path: &Path) -> bool {
    marker_path(path).is_file()
}

/// Writes or removes the marker so that it matches the file. Best effort: the marker
/// only chooses between two messages, never what is written to the database.
pub(crate) fn mark(path: &Path, encrypted: bool) {
    match (encrypted, is_marked(path)) {
        (true, false) => {
            let _ = files::write_atomically(&marker_path(path), MARKER.as_bytes());
        }
        (false, true) => {
            let _ = fs::remove_file(marker_path(path));
        }
        _ => {}
    }
}

/// Silences SQLCipher's log (it prints to stderr on a wrong key) and applies the key.
pub(super) fn apply_key(conn: &Connection, key: Option<&Passphrase>) -> Result<()> {
    conn.pragma_update(None, "cipher_log_level", "NONE")?;
    if let Some(key) = key {
        // From here on SQLite wipes every allocation it frees (the statement text that
        // held the key, decrypted pages). Process-wide and, once on, on for good, so only
        // for an encrypted household: it slows SQLite down, which a plain one need not pay.
        conn.pragma_update(None, "cipher_memory_security", "ON")?;
        // Not `pragma_update`: it would quote the key into a String of its own, left in
        // freed memory. This one is wiped when dropped.
        let text = key.expose();
        let mut statement = Zeroizing::new(String::with_capacity(text.len() * 2 + 16));
        statement.push_str("PRAGMA key = '");
        for c in text.chars() {
            if c == '\'' {
                statement.push('\'');
            }
            statement.push(c);
        }
        statement.push('\'');
        conn.execute_batch(&statement)?;
    }
    Ok(())
}

/// Copies the whole database behind `conn` into the empty file `target`, encrypted with
/// `key` (plain without one), keeping what marks it as ours and its schema version
/// (`sqlcipher_export` copies neither).
pub(crate) fn export_copy(
    conn: &Connection,
    target: &Path,
    key: Option<&Passphrase>,
) -> Result<()> {
    // The path's bytes as they are (a folder name that is not UTF-8 stays itself).
    let target = super::path::sql_text(target)?;
    let key_text = key.map(Passphrase::expose).unwrap_or("");
    conn.execute(
        "ATTACH DATABASE CAST(?1 AS TEXT) AS copy KEY ?2",
        rusqlite::params![target, key_text],
    )?;
    let copied = (|| -> Result<()> {
        conn.query_row("SELECT sqlcipher_export('copy')", [], |_| Ok(()))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        let application_id: i64 =
            conn.pragma_query_value(None, "application_id", |row| row.get(0))?;
        let copy = Some("copy");
        conn.pragma_update(copy, "user_version", version)?;
        conn.pragma_update(copy, "application_id", application_id)?;
        Ok(())
    })();
    let detached = conn.execute("DETACH DATABASE copy", []);
    copied?;
    detached?;
    Ok(())
}

impl Store {
    /// Encrypts a plain database (and its backups) with `new`.
    pub fn set_passphrase(&mut self, new: &Passphrase) -> Result<EncryptionChanged> {
        if self.is_encrypted() {
            return Err(Error::Encryption(EncryptionProblem::AlreadyEncrypted));
        }
        new.validate_new()?;
        self.rekey(Some(new))
    }

    /// Re-encrypts an encrypted database (and its backups) with `new`.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<EncryptionChanged> {
        if !self.is_encrypted() {
            return Err(Error::Encryption(EncryptionProblem::NotEncrypted));
        }
        new.validate_new()?;
        self.rekey(Some(new))
    }

    /// Decrypts the database (and its backups) back to plain SQLite.
    pub fn remove_passphrase(&mut self) -> Result<EncryptionChanged> {
        if !self.is_encrypted() {
            return Err(Error::Encryption(EncryptionProblem::NotEncrypted));
        }
        self.rekey(None)
    }

    fn rekey(&mut self, new: Option<&Passphrase>) -> Result<EncryptionChanged> {
        let old = self.passphrase.clone();
        // Alone with the file from here to the rename: no other connection may write
        // to the copy's source or keep the old file open.
        if let Err(error) = lock_exclusively(&self.conn) {
            self.release_lock();
            return Err(error);
        }
        let temporary = files::temporary_beside(&self.path, "rekey")
            .map_err(|_| Error::Encryption(EncryptionProblem::CannotWrite))?;
        let written = self.write_copy(&temporary, new);
        if let Err(error) = written {
            let _ = fs::remove_file(&temporary);
            self.release_lock();
            return Err(error);
        }
        // The backups under the new key, beside the old ones, before the commit point:
        // after it they only need renaming, which the next open finishes if we are killed
        // (backup/rekey.rs).
        let not_staged = crate::backup::stage(&self.path, old.as_ref(), new);
        crash_point::reached("rekey:before-rename");
        // Marked before the rename: a crash in between leaves a plain file with a stale
        // marker (ignored and removed on open), never an unmarked encrypted one.
        mark(&self.path, true);
        // Closing the only connection checkpoints and deletes the WAL.
        self.conn = Connection::open_in_memory()?;
        let replaced = if remove_empty_companions(&self.path) {
            fs::rename(&temporary, &self.path)
        } else {
            Err(std::io::Error::other("the WAL still holds commits"))
        };
        if replaced.is_err() {
            let _ = fs::remove_file(&temporary);
        }
        files::sync_folder_of(&self.path);
        crash_point::reached("rekey:after-rename");
        let key = if replaced.is_ok() { new } else { old.as_ref() };
        mark(&self.path, key.is_some());
        *self = open_checked(&self.path, key)?;
        // The staged copies go into place, or, after a failed rename, are dropped (they
        // are not under the database's key): none is left behind either way.
        crash_point::reached("rekey:before-backups");
        let settled = crate::backup::settle(&self.path, key);
        replaced.map_err(|_| Error::Encryption(EncryptionProblem::CannotWrite))?;
        // A backup that could not be staged may have been converted by the settle after
        // all (a plain one of a now encrypted database): name only what is still there.
        let folder = crate::backup::folder(&self.path);
        let mut not_converted: Vec<String> = not_staged
            .into_iter()
            .filter(|file| folder.join(file).exists())
            .chain(settled.not_converted)
            .collect();
        not_converted.sort();
        not_converted.dedup();
        Ok(EncryptionChanged {
            encrypted: new.is_some(),
            backups_converted: settled.converted,
            backups_not_converted: not_converted,
        })
    }

    fn write_copy(&self, temporary: &Path, new: Option<&Passphrase>) -> Result<()> {
        let _ = fs::remove_file(temporary); // a leftover of a crashed attempt
        files::create_private(temporary)
            .map_err(|_| Error::Encryption(EncryptionProblem::CannotWrite))?;
        export_copy(&self.conn, temporary, new)
            .map_err(|_| Error::Encryption(EncryptionProblem::CannotWrite))?;
        files::sync_file(temporary).map_err(|_| Error::Encryption(EncryptionProblem::CannotWrite))
    }

    /// Back to normal locking after a failed attempt, so the store stays usable.
    fn release_lock(&self) {
        let _ = self.conn.pragma_update(None, "locking_mode", "NORMAL");
        let _ = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()));
    }
}

/// What `encryption status` says, read without the passphrase and without writing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EncryptionStatus {
    pub encrypted: bool,
    /// Backups that anyone with the file can read. Non-zero for an encrypted database
    /// only after a passphrase change was interrupted: the next open encrypts them.
    pub plain_backups: u32,
    pub encrypted_backups: u32,
}

/// Whether the database at `path` is encrypted (by its bytes: a plain SQLite header
/// wins over a stale marker), and how its backups are kept.
pub fn status(path: &Path) -> Result<EncryptionStatus> {
    let path = &super::path::checked(path)?;
    let encrypted = match super::inspect(path, None) {
        Ok(found) => found.is_some_and(|found| found.encrypted),
        Err(Error::Open {
            problem: crate::error::OpenProblem::NeedsPassphrase,
            ..
        }) => true,
        Err(error) => return Err(error),
    };
    let (plain_backups, encrypted_backups) = crate::backup::census(path)?;
    Ok(EncryptionStatus {
        encrypted,
        plain_backups,
        encrypted_backups,
    })
}
