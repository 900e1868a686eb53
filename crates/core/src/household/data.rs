//! The data itself: opening, backups, export and import, the passphrase.

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use super::Context;
use crate::backup::{BackupInfo, BackupKind, RestoreReport};
use crate::error::{Error, Result, UserFile};
use crate::household_file::ImportSummary;
use crate::passphrase::Passphrase;
use crate::store::EncryptionChanged;
use crate::store::Store;

/// Opens the database; with a passphrase this also unlocks an encrypted one. On a file
/// that cannot be opened, the error names the newest good backup to restore.
pub fn open_store(database: &Path, passphrase: Option<&Passphrase>) -> Result<Store> {
    Store::open_with(database, passphrase)
}

/// Today's automatic backup, if there is none yet (then the daily ones are rotated:
/// 7 daily + 4 weekly). Front ends call this once after opening the store.
pub fn daily_backup_if_due(store: &Store, ctx: Context) -> Result<Option<BackupInfo>> {
    crate::backup::daily_if_due(store, ctx.today, ctx.locale())
}

/// A backup now, kept until the user deletes it.
pub fn create_backup(store: &Store, ctx: Context) -> Result<BackupInfo> {
    crate::backup::create(store, BackupKind::Manual, ctx.today, ctx.locale())
}

/// The database's backups, newest first. Needs no open store, so it works when the
/// database cannot be opened.
pub fn list_backups(database: &Path, ctx: Context) -> Result<Vec<BackupInfo>> {
    crate::backup::list(database, ctx.locale())
}

/// Puts the backup `name` back. The current file is kept as
/// `<name>.before-restore-<date>` (never deleted), also when it is damaged or not ours.
/// Needs no open store; the app closes its own first.
pub fn restore_backup(
    database: &Path,
    name: &str,
    passphrase: Option<&Passphrase>,
    ctx: Context,
) -> Result<RestoreReport> {
    crate::backup::restore(database, name, passphrase, ctx.today, ctx.locale())
}

/// Where an export was saved.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportSaved {
    pub path: String,
    pub members: u32,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// The household as a household file (docs/EXPORT_FORMAT.md).
pub fn export_household(store: &Store) -> Result<String> {
    crate::household_file::export(store)
}

/// The file name offered in the save dialog for the household file: what and when,
/// never whose (like the PDF's and the calendar's).
pub fn export_file_name(ctx: Context) -> String {
    format!(
        "hoken-techo-household_{}.json",
        ctx.today.format("%Y-%m-%d")
    )
}

/// Saves the household file at `path` (whole or not at all, owner-only).
pub fn save_export(store: &Store, path: &Path) -> Result<ExportSaved> {
    let text = export_household(store)?;
    crate::files::write_atomically(path, text.as_bytes())
        .map_err(|error| UserFile::Export.write_error(&error, Error::ExportNotWritten))?;
    Ok(ExportSaved {
        path: path.display().to_string(),
        members: store.members()?.len() as u32,
        bytes: text.len() as u64,
    })
}

/// Replaces the whole household with the file's, after checking all of it (a bad file
/// changes nothing); `dry_run` only reports what would change.
pub fn import_household(
    store: &mut Store,
    bytes: &[u8],
    dry_run: bool,
    ctx: Context,
) -> Result<ImportSummary> {
    crate::household_file::import(store, bytes, dry_run, ctx.today, ctx.locale())
}

/// What importing a chosen file would change, before the user confirms.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub file_name: String,
    pub summary: ImportSummary,
}

/// [`import_household`] from a file (refused unread when larger than 10 MB).
pub fn import_household_file(
    store: &mut Store,
    path: &Path,
    dry_run: bool,
    ctx: Context,
) -> Result<ImportSummary> {
    let bytes = read_import_file(path)?;
    import_household(store, &bytes, dry_run, ctx)
}

fn read_import_file(path: &Path) -> Result<Vec<u8>> {
    use crate::error::{ImportError, ImportProblem};
    let whole_file = |problem: ReadProblem| {
        Error::Import(ImportError {
            path: String::new(),
            problem: match problem {
                ReadProblem::NotAFile => ImportProblem::NotAFile,
                ReadProblem::CannotRead => ImportProblem::CannotRead,
                ReadProblem::TooLarge(max_bytes) => ImportProblem::TooLarge { max_bytes },
            },
        })
    };
    read_regular_file(path, crate::household_file::MAX_BYTES).map_err(whole_file)
}

/// Why [`read_regular_file`] read nothing.
enum ReadProblem {
    NotAFile,
    CannotRead,
    TooLarge(u64),
}

/// A regular file of at most `max` bytes. A device or a pipe has no size to trust
/// (`/dev/zero` says 0 and never ends), so only a regular file is read.
fn read_regular_file(path: &Path, max: u64) -> std::result::Result<Vec<u8>, ReadProblem> {
    // Asked before opening too: Windows refuses to open a folder as a file at all.
    if std::fs::metadata(path).is_ok_and(|metadata| !metadata.is_file()) {
        return Err(ReadProblem::NotAFile);
    }
    let file = std::fs::File::open(path).map_err(|_| ReadProblem::CannotRead)?;
    let metadata = file.metadata().map_err(|_| ReadProblem::CannotRead)?;
    if !metadata.is_file() {
        return Err(ReadProblem::NotAFile);
    }
    if metadata.len() > max {
        return Err(ReadProblem::TooLarge(max));
    }
    read_limited(file, max)
}

/// At most one byte more than the limit, in case the input grows while it is read (or,
/// for a stream, never ends): more than `max` is refused.
fn read_limited(input: impl std::io::Read, max: u64) -> std::result::Result<Vec<u8>, ReadProblem> {
    use std::io::Read;
    let mut bytes = Vec::new();
    input
        .take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| ReadProblem::CannotRead)?;
    if bytes.len() as u64 > max {
        return Err(ReadProblem::TooLarge(max));
    }
    Ok(bytes)
}

/// Whether the database and its backups are encrypted, read without the passphrase
/// (`encryption status`): true also in the middle of an interrupted change.
pub fn encryption_status(database: &Path) -> Result<crate::store::EncryptionStatus> {
    crate::store::encryption_status(database)
}

/// A command's values as JSON are a few hundred bytes; anything near this is a mistake.
pub const VALUES_MAX_BYTES: u64 = 100_000;

/// Where a command reads its values from instead of its arguments, which other users
/// of the machine can see (`ps`, `/proc/<pid>/cmdline`) and the shell keeps in history.
#[derive(Debug, Clone, Copy)]
pub enum ValuesSource<'a> {
    Stdin,
    /// A regular file only.
    File(&'a Path),
}

/// The string values of a JSON object whose keys are among `keys` (see
/// [`crate::household_file::string_values`]), read from `source`, at most
/// [`VALUES_MAX_BYTES`]. They are validated later, by the command, as typed values are.
pub fn read_values(
    source: ValuesSource,
    keys: &[&str],
) -> Result<std::collections::BTreeMap<String, String>> {
    use crate::error::{ValuesError, ValuesProblem};
    let whole_input = |problem: ReadProblem| {
        Error::Values(ValuesError {
            path: String::new(),
            problem: match problem {
                ReadProblem::NotAFile => ValuesProblem::NotAFile,
                ReadProblem::CannotRead => ValuesProblem::CannotRead,
                ReadProblem::TooLarge(max_bytes) => ValuesProblem::TooLarge { max_bytes },
            },
        })
    };
    let bytes = match source {
        ValuesSource::Stdin => read_limited(std::io::stdin().lock(), VALUES_MAX_BYTES),
        ValuesSource::File(path) => read_regular_file(path, VALUES_MAX_BYTES),
    }
    .map_err(whole_input)?;
    crate::household_file::string_values(&bytes, keys).map_err(Error::Values)
}

/// Encrypts the database and its backups with a new passphrase.
pub fn set_passphrase(store: &mut Store, new: &Passphrase) -> Result<EncryptionChanged> {
    store.set_passphrase(new)
}

/// Re-encrypts the (unlocked) database and its backups with another passphrase.
pub fn change_passphrase(store: &mut Store, new: &Passphrase) -> Result<EncryptionChanged> {
    store.change_passphrase(new)
}

/// Decrypts the (unlocked) database and its backups.
pub fn remove_passphrase(store: &mut Store) -> Result<EncryptionChanged> {
    store.remove_passphrase()
}
