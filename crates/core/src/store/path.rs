//! The database's path, checked before anything opens it.
//!
//! - It is made absolute. The bundled SQLite is built with `SQLITE_USE_URI`, so a name
//!   starting with `file:` would be read as a URI (another file, options, or a database
//!   in memory) whatever the open flags say; an absolute path never starts with `file:`.
//!   Every file the core derives from it (backups, temporary copies) is absolute too.
//! - `:memory:` and an empty path are refused: SQLite would keep nothing on disk and
//!   report success.
//! - Only a missing file or a regular file is accepted: a symbolic link (also a dangling
//!   one) or a special file (a device, a pipe, a folder) is refused before anything is
//!   created, opened or given new permissions.
//! - [`sql_text`] gives a path to SQL (`VACUUM INTO`, `ATTACH`) exactly as the system
//!   spells it, also when it is not UTF-8 (Unix).

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use rusqlite::types::Value;

use crate::error::{Error, OpenProblem, Result};

/// The absolute path of the database at `path`, once it is known to be a file path
/// (not `:memory:`, not empty) whose last part is a regular file or nothing yet.
pub(crate) fn checked(path: &Path) -> Result<PathBuf> {
    let absolute = absolute(path)?;
    match fs::symlink_metadata(&absolute) {
        Err(error) if error.kind() == ErrorKind::NotFound => Ok(absolute),
        Err(_) => Err(Error::open(OpenProblem::Unreadable)),
        Ok(metadata) if metadata.file_type().is_file() => Ok(absolute),
        Ok(_) => Err(Error::open(OpenProblem::NotAFile)),
    }
}

/// The absolute form of a database path, for what only needs to know where it is
/// (listing its backups).
pub(crate) fn absolute(path: &Path) -> Result<PathBuf> {
    let text = path.as_os_str();
    if text.is_empty() || text == ":memory:" {
        return Err(Error::open(OpenProblem::NotAFilePath));
    }
    std::path::absolute(path).map_err(|_| Error::open(OpenProblem::Unreadable))
}

/// The path as an SQL value for `CAST(?1 AS TEXT)`: its bytes unchanged (a folder name
/// that is not UTF-8 stays the folder it is, where `to_string_lossy` would name another
/// one). SQLite's own file names are bytes on Unix; on Windows they are UTF-8, and a path
/// that has none (unpaired UTF-16 surrogates) cannot be opened by SQLite at all.
pub(crate) fn sql_text(path: &Path) -> Result<Value> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        Ok(Value::Blob(path.as_os_str().as_bytes().to_vec()))
    }
    #[cfg(not(unix))]
    {
        path.to_str()
            .map(|text| Value::Blob(text.as_bytes().to_vec()))
            .ok_or_else(|| Error::open(OpenProblem::Unreadable))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_and_empty_paths_are_refused() {
        for path in ["", ":memory:"] {
            let error = checked(Path::new(path)).expect_err(path);
            assert_eq!(error.kind(), crate::error::ErrorKind::OpenNotAFilePath);
        }
    }

    // Unix only: on Windows `:` and `?` cannot be in a file name, so such a path is
    // refused as unreadable (equally safe: it is never read as a URI either).
    #[cfg(unix)]
    #[test]
    fn a_uri_becomes_a_file_in_the_current_folder() {
        let path = checked(Path::new("file:household.db?mode=memory")).expect("a file name");
        assert!(path.is_absolute());
        assert_eq!(
            path,
            std::env::current_dir()
                .unwrap()
                .join("file:household.db?mode=memory")
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_and_special_files_are_refused_and_left_as_they_were() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere.db");
        let link = dir.path().join("household.db");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let error = checked(&link).expect_err("a dangling link");
        assert_eq!(error.kind(), crate::error::ErrorKind::OpenNotAFile);
        assert!(!target.exists(), "the link's target is not created");

        let folder = dir.path().join("a folder.db");
        fs::create_dir(&folder).unwrap();
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
        let error = checked(&folder).expect_err("a folder");
        assert_eq!(error.kind(), crate::error::ErrorKind::OpenNotAFile);
        let error = crate::Store::open(&folder).err().expect("a folder");
        assert_eq!(error.kind(), crate::error::ErrorKind::OpenNotAFile);
        let mode = fs::metadata(&folder).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o755, "not chmod'ed");

        let error = crate::Store::open(&link).err().expect("a dangling link");
        assert_eq!(error.kind(), crate::error::ErrorKind::OpenNotAFile);
        assert!(!target.exists(), "the link's target is not created");
    }
}
