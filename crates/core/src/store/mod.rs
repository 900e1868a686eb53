//! The household's SQLite file: opening it safely, migrating it, and the tables.
//!
//! Opening never writes to a file that is not ours, that a newer version wrote, or that
//! fails its integrity check: the file is inspected read-only first ([`inspect`]), and
//! only a file we recognise (or an empty one) is opened for writing. When opening fails
//! for a reason a backup can fix, the error names the newest good backup.

mod cipher;
mod demo;
mod documents;
mod household;
mod inspect;
mod members;
mod migrations;
mod path;
mod preferences;
mod qualifications;
mod reminders;

pub(crate) use cipher::{export_copy, mark};
pub use cipher::{status as encryption_status, EncryptionChanged, EncryptionStatus};
pub use household::MemberRows;
pub(crate) use household::{Inserted, Position, ReplaceFailure};
pub(crate) use inspect::{inspect, inspect_as, Found};
pub(crate) use path::{absolute as absolute_path, checked as checked_path, sql_text as sql_path};
pub use qualifications::CurrentQualification;
pub use reminders::ReminderWrite;

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::error::{Error, OpenProblem, Result};
use crate::files;
use crate::passphrase::Passphrase;

/// The schema version this build writes; newer files are refused.
pub fn latest_schema_version() -> u32 {
    migrations::latest_version()
}

/// Marks the file as ours in the SQLite header (`PRAGMA application_id`): "HKTC".
pub const APPLICATION_ID: i32 = 0x484B_5443;

/// An open household database. One `Store` per process; every method that changes
/// data runs in one transaction.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The key of an encrypted file, kept to open its backups (same key) and to re-key.
    passphrase: Option<Passphrase>,
}

impl Store {
    /// Opens the database at `path`, creating it (and its folder) if it does not exist,
    /// and bringing its schema up to date. An encrypted file needs [`Store::unlock`].
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, None)
    }

    /// Opens an encrypted database with its passphrase. A plain file opens as usual
    /// (the passphrase is not needed, and not applied).
    pub fn unlock(path: &Path, passphrase: &Passphrase) -> Result<Store> {
        Store::open_with(path, Some(passphrase))
    }

    /// [`Store::open`] or [`Store::unlock`], for front ends that may or may not have a
    /// passphrase.
    pub fn open_with(path: &Path, passphrase: Option<&Passphrase>) -> Result<Store> {
        let path = &path::checked(path)?;
        let store = open_checked(path, passphrase).map_err(|error| match error {
            Error::Open { problem, .. } if problem.backup_may_help() => Error::Open {
                latest_backup: crate::backup::latest_good(path, passphrase),
                problem,
            },
            other => other,
        })?;
        // Finishes a passphrase change that was killed after its commit point, or drops
        // what one killed before it had staged; encrypts any plain backup of an encrypted
        // database. A directory listing when there is nothing to do.
        crate::backup::settle(path, store.passphrase.as_ref());
        crate::crash_point::reached("open");
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the file is encrypted with a passphrase.
    pub fn is_encrypted(&self) -> bool {
        self.passphrase.is_some()
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }

    /// The connection, for snapshots (`VACUUM INTO` keeps the key of an encrypted file).
    pub(crate) fn connection(&self) -> &Connection {
        &self.conn
    }
}

fn open_checked(path: &Path, passphrase: Option<&Passphrase>) -> Result<Store> {
    let found = inspect::inspect(path, passphrase)?;
    let key = match found {
        Some(Found {
            encrypted: true, ..
        }) => passphrase,
        _ => None,
    };
    if found.is_none() {
        create_empty(path)?;
    }
    remove_leftover_copies(path);
    // Not `OpenFlags::default()`: no `SQLITE_OPEN_URI` (the path is a file's, never a
    // URI), and no `SQLITE_OPEN_CREATE` (the file exists: `create_empty` made it 0600).
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = connect(path, key, flags)?;
    // SQLite opens a write-protected file read-only without a word; every save would
    // then fail with a generic error. Say so now, while nothing is lost.
    if conn.is_readonly(rusqlite::MAIN_DB)? {
        return Err(Error::open(OpenProblem::NotWritable));
    }
    files::restrict(path, 0o600);
    // Another process (the app's scheduler, a second command, a restore) may hold the
    // file for a moment: wait for it, from the first statement on.
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // Every transaction on this connection writes (the migrations' too): IMMEDIATE takes
    // the write lock at BEGIN, where the busy timeout waits for it. A DEFERRED one that
    // reads first and then writes fails with SQLITE_BUSY_SNAPSHOT when another process
    // committed in between, and waiting cannot help it.
    conn.set_transaction_behavior(TransactionBehavior::Immediate);
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(|error| not_writable_or(path, error))?;
    // FULL: a transaction that reported success survives a power cut, not only a crash.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    if let Some(found) = found.filter(|found| found.version > 0) {
        if found.version < migrations::latest_version() {
            crate::backup::before_migration(&conn, path, migrations::latest_version(), key)?;
        }
    }
    migrations::apply(&mut conn)?;
    // The marker follows the file: restored for an encrypted file copied without it,
    // dropped when left over next to a plain one (a crash while removing encryption).
    cipher::mark(path, key.is_some());
    Ok(Store {
        conn,
        path: path.to_path_buf(),
        passphrase: key.cloned(),
    })
}

/// SQLite's error when it could not open or write the file because its folder takes no
/// new file (SQLite creates `-wal` and `-shm` there, even to read a WAL-mode file): the
/// file is fine, and the user's fix is the folder's permissions, not a backup.
pub(crate) fn not_writable_or(path: &Path, error: rusqlite::Error) -> Error {
    let refused = matches!(
        error.sqlite_error_code(),
        Some(
            rusqlite::ErrorCode::CannotOpen
                | rusqlite::ErrorCode::ReadOnly
                | rusqlite::ErrorCode::PermissionDenied
        )
    );
    if refused && !files::folder_accepts_new_files(files::folder_of(path)) {
        Error::open(OpenProblem::NotWritable)
    } else {
        error.into()
    }
}

/// A folder or file that cannot be made for want of permission (or on a read-only
/// disk) is [`OpenProblem::NotWritable`]; anything else (a file where a folder belongs)
/// leaves the place unreadable.
fn create_error(error: &std::io::Error) -> Error {
    match error.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            Error::open(OpenProblem::NotWritable)
        }
        _ => Error::open(OpenProblem::Unreadable),
    }
}

/// A new database file is created owner-only before SQLite opens it, so that neither
/// it nor its `-wal`/`-shm` files (SQLite gives them the database's mode) are ever
/// readable by others, not even for a moment.
fn create_empty(path: &Path) -> Result<()> {
    files::create_private_folder(files::folder_of(path)).map_err(|error| create_error(&error))?;
    match files::create_private(path) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(error) => Err(create_error(&error)),
    }
}

/// Whole copies of the database left by a re-key or a restore whose process was killed
/// (`.hoken-techo.db.<pid>.rekey`). One may be a plain copy of an encrypted database, so
/// it must not stay. Only reached when no other process holds the file: those keep the
/// database locked (and `inspect` waits) until their copy is renamed into place.
fn remove_leftover_copies(path: &Path) {
    let (Some(name), Ok(entries)) = (path.file_name(), fs::read_dir(files::folder_of(path))) else {
        return;
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    for entry in entries.filter_map(|entry| entry.ok()) {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file.strip_prefix(&prefix) else {
            continue;
        };
        let leftover = rest
            .strip_suffix(".rekey")
            .or_else(|| rest.strip_suffix(".restore"))
            .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()));
        if leftover {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// A connection with the key applied (for an encrypted file) and SQLCipher's own log
/// silenced: it would print to stderr on a wrong passphrase.
pub(crate) fn connect(
    path: &Path,
    key: Option<&Passphrase>,
    flags: OpenFlags,
) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, flags)
        .map_err(|_| Error::open(OpenProblem::Unreadable))?;
    cipher::apply_key(&conn, key)?;
    Ok(conn)
}

/// Refuses with [`Error::InUse`] when another connection (the app, another command) has
/// the database open: replacing the file under it would send its writes to the old one.
/// Only for a file that passed [`inspect`]: taking the lock may checkpoint its WAL.
pub(crate) fn ensure_unused(path: &Path, key: Option<&Passphrase>) -> Result<()> {
    lock_unused(path, key).map(drop)
}

/// [`ensure_unused`], keeping the lock: no other connection can read or write the file
/// until the returned one closes (those that try wait, up to their busy timeout).
pub(crate) fn lock_unused(path: &Path, key: Option<&Passphrase>) -> Result<Connection> {
    let conn = connect(path, key, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    conn.busy_timeout(std::time::Duration::from_millis(500))?;
    lock_exclusively(&conn)?;
    Ok(conn)
}

/// Takes the database's exclusive lock and keeps it until the connection closes. In WAL
/// mode every open connection holds a shared lock, so this fails while any other is open.
fn lock_exclusively(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
    match conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;") {
        Ok(()) => Ok(()),
        Err(rusqlite::Error::SqliteFailure(error, _))
            if matches!(
                error.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ) =>
        {
            Err(Error::InUse)
        }
        Err(other) => Err(other.into()),
    }
}

/// Removes SQLite's companion files of a database that is closed (after a TRUNCATE
/// checkpoint they are empty). A non-empty `-wal` holds commits: it is never removed.
fn remove_empty_companions(path: &Path) -> bool {
    let wal = companion(path, "-wal");
    if fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        return false;
    }
    let _ = fs::remove_file(wal);
    let _ = fs::remove_file(companion(path, "-shm"));
    true
}

/// `hoken-techo.db-wal` and the like: the file name with `suffix` appended.
pub(crate) fn companion(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests;
