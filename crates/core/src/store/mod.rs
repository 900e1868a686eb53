//! The household's SQLite file: opening it safely, migrating it, and the tables.
//!
//! Opening never writes to a file that is not ours or that a newer version wrote: the
//! file is inspected read-only first, and only a file we recognise (or an empty one)
//! is opened for writing.

mod documents;
mod members;
mod migrations;
mod preferences;
mod qualifications;
mod reminders;

pub use qualifications::CurrentQualification;
pub use reminders::ReminderWrite;

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, OpenProblem, Result};

/// Marks the file as ours in the SQLite header (`PRAGMA application_id`): "HKTC".
pub const APPLICATION_ID: i32 = 0x484B_5443;

/// An open household database. One `Store` per process; every method that changes
/// data runs in one transaction.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the database at `path`, creating it (and its folder) if it does not exist,
    /// and bringing its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        inspect_existing(path)?;
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(|_| Error::Open(OpenProblem::Unreadable))?;
        }
        let mut conn = Connection::open(path).map_err(|_| Error::Open(OpenProblem::Unreadable))?;
        restrict_permissions(path);
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a transaction that reported success survives a power cut, not only a crash.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrations::apply(&mut conn)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}

/// Refuses, without writing anything, a file that is not an SQLite database, another
/// application's database, or one from a newer version of the app.
fn inspect_existing(path: &Path) -> Result<()> {
    let Ok(metadata) = fs::metadata(path) else {
        return Ok(()); // a new file
    };
    if metadata.len() == 0 {
        return Ok(());
    }
    let mut header = [0u8; 16];
    {
        use std::io::Read;
        let mut file = fs::File::open(path).map_err(|_| Error::Open(OpenProblem::Unreadable))?;
        if file.read_exact(&mut header).is_err() || &header != b"SQLite format 3\0" {
            return Err(Error::Open(OpenProblem::NotADatabase));
        }
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)
        .map_err(|_| Error::Open(OpenProblem::NotADatabase))?;
    let read = |sql: &str| conn.query_row(sql, [], |row| row.get::<_, i64>(0));
    let (application_id, user_version, objects) = match (
        read("PRAGMA application_id"),
        read("PRAGMA user_version"),
        read("SELECT count(*) FROM sqlite_schema"),
    ) {
        (Ok(a), Ok(u), Ok(o)) => (a, u, o),
        _ => return Err(Error::Open(OpenProblem::NotADatabase)),
    };
    if application_id != i64::from(APPLICATION_ID) && (application_id != 0 || objects > 0) {
        return Err(Error::Open(OpenProblem::ForeignDatabase));
    }
    let supported = migrations::latest_version();
    if user_version > i64::from(supported) {
        return Err(Error::Open(OpenProblem::NewerVersion {
            found: user_version as u32,
            supported,
        }));
    }
    Ok(())
}

/// The file holds personal data: owner-only on Unix.
fn restrict_permissions(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Best effort: a failure here (e.g. a file owned by someone else) must not stop
        // the user from reading their data.
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests;
