//! Looking at an existing file before anything writes to it.
//!
//! How the open path decides (docs/SECURITY.md, "How a file is recognised"):
//! 1. missing or an empty regular file → a new database (a link or a special file is
//!    refused: [`OpenProblem::NotAFile`]);
//! 2. starts with SQLite's header → a plain database: it must carry our
//!    `application_id`, a schema version we know, and pass `PRAGMA integrity_check`;
//! 3. anything else is either encrypted or not ours at all: an encrypted file is random
//!    bytes by design, so the `-encrypted` marker written next to it tells the two apart.
//!    With the marker and no passphrase → [`OpenProblem::NeedsPassphrase`]; with a
//!    passphrase the key is tried, and then the checks of 2 apply. A file whose key does
//!    not work is [`OpenProblem::WrongPassphrase`] when marked, else not a database.

use std::fs;
use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::{cipher, companion, connect, migrations, APPLICATION_ID};
use crate::error::{Error, OpenProblem, Result};
use crate::files;
use crate::passphrase::Passphrase;

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// What an existing database turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub version: u32,
    pub encrypted: bool,
}

/// Inspects the database file at `path` without writing: `None` for a new (missing or
/// empty) file.
pub(crate) fn inspect(path: &Path, passphrase: Option<&Passphrase>) -> Result<Option<Found>> {
    // Not following a link: only "not found" or an empty regular file is new (a link,
    // even a dangling one, or a device reads as empty too).
    match fs::symlink_metadata(path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(_) => return Err(Error::open(OpenProblem::Unreadable)),
        Ok(metadata) if !metadata.file_type().is_file() => {
            return Err(Error::open(OpenProblem::NotAFile))
        }
        Ok(metadata) if metadata.len() == 0 => return Ok(None),
        Ok(_) => {}
    }
    inspect_as(path, cipher::is_marked(path), passphrase).map(Some)
}

/// Inspects a file known to be encrypted or not (a backup says so in its name). A
/// plain-looking file is always checked as plain, whatever `encrypted` says.
pub(crate) fn inspect_as(
    path: &Path,
    encrypted: bool,
    passphrase: Option<&Passphrase>,
) -> Result<Found> {
    if has_sqlite_header(path)? {
        return check_leaving_no_trace(path, None);
    }
    match (passphrase, encrypted) {
        (None, true) => Err(Error::open(OpenProblem::NeedsPassphrase)),
        (None, false) => Err(Error::open(OpenProblem::NotADatabase)),
        (Some(passphrase), _) => match check_leaving_no_trace(path, Some(passphrase)) {
            Err(Error::Open {
                problem: OpenProblem::NotADatabase,
                ..
            }) if encrypted => Err(Error::open(OpenProblem::WrongPassphrase)),
            other => other,
        },
    }
}

/// [`check`], and when it refuses the file, removes the empty `-wal` and `-shm` that
/// SQLite creates to read a WAL-mode file, so a refused file is left exactly as found.
fn check_leaving_no_trace(path: &Path, key: Option<&Passphrase>) -> Result<Found> {
    let wal = companion(path, "-wal");
    let shm = companion(path, "-shm");
    let had_companions = wal.exists() || shm.exists();
    let checked = check(path, key);
    if checked.is_err() && !had_companions && fs::metadata(&wal).map_or(true, |m| m.len() == 0) {
        let _ = fs::remove_file(wal);
        let _ = fs::remove_file(shm);
    }
    checked
}

fn has_sqlite_header(path: &Path) -> Result<bool> {
    let mut file = fs::File::open(path).map_err(|_| Error::open(OpenProblem::Unreadable))?;
    let mut header = [0u8; 16];
    Ok(file.read_exact(&mut header).is_ok() && &header == SQLITE_HEADER)
}

/// Ours, not newer, and whole. Read-only: nothing here can change the file.
fn check(path: &Path, key: Option<&Passphrase>) -> Result<Found> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = connect(path, key, flags).map_err(|_| Error::open(OpenProblem::NotADatabase))?;
    // Another process re-keying or restoring holds the file for a moment: wait, and if
    // it is still held, say so rather than calling the file damaged.
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let read = |sql: &str| conn.query_row(sql, [], |row| row.get::<_, i64>(0));
    // SQLite calls a file with its header but missing or mangled pages corrupt (a
    // truncated copy, a damaged disk), and anything else not a database.
    let unreadable = |error: rusqlite::Error, ours: bool| match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            Error::InUse
        }
        // Reading a WAL-mode file makes SQLite create its `-shm` beside it: in a folder
        // that refuses it, a healthy file cannot be read.
        Some(
            rusqlite::ErrorCode::CannotOpen
            | rusqlite::ErrorCode::ReadOnly
            | rusqlite::ErrorCode::PermissionDenied,
        ) if !files::folder_accepts_new_files(files::folder_of(path)) => {
            Error::open(OpenProblem::NotWritable)
        }
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => Error::open(OpenProblem::Damaged),
        _ if ours => Error::open(OpenProblem::Damaged),
        _ => Error::open(OpenProblem::NotADatabase),
    };
    let application_id = read("PRAGMA application_id").map_err(|e| unreadable(e, false))?;
    // Once the header says it is ours, anything unreadable after it is damage.
    let ours = application_id == i64::from(APPLICATION_ID);
    let user_version = read("PRAGMA user_version").map_err(|e| unreadable(e, ours))?;
    let objects = read("SELECT count(*) FROM sqlite_schema").map_err(|e| unreadable(e, ours))?;
    if !ours && (application_id != 0 || objects > 0) {
        return Err(Error::open(OpenProblem::ForeignDatabase));
    }
    let supported = migrations::latest_version();
    if user_version > i64::from(supported) {
        return Err(Error::open(OpenProblem::NewerVersion {
            found: user_version as u32,
            supported,
        }));
    }
    if !is_whole(&conn) {
        return Err(Error::open(OpenProblem::Damaged));
    }
    Ok(Found {
        version: user_version as u32,
        encrypted: key.is_some(),
    })
}

/// `PRAGMA integrity_check` reads every page (a household's file is small, so this takes
/// milliseconds); `quick_check` would miss a damaged index entry.
fn is_whole(conn: &Connection) -> bool {
    let Ok(mut statement) = conn.prepare("PRAGMA integrity_check") else {
        return false;
    };
    let Ok(rows) = statement.query_map([], |row| row.get::<_, String>(0)) else {
        return false;
    };
    let results: rusqlite::Result<Vec<String>> = rows.collect();
    matches!(results.as_deref(), Ok([ok]) if ok == "ok")
}
