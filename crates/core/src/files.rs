//! Writing files that hold the household's data: whole or not at all, readable by the
//! owner only (0600 files, 0700 folders on Unix; DOMAIN §11, docs/SECURITY.md).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` so that a reader never sees half a file and a failure leaves
/// any previous file as it was: a temporary file next to it, flushed to disk, then renamed
/// over it. On Unix the file is created 0600 (it holds 記号・番号, DOMAIN §8).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temporary = temporary_beside(path, "tmp")?;
    let result = (|| {
        let mut file = create_private(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temporary, path).map_err(|error| held_open_or(path, error))?;
        sync_folder_of(path);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

/// Whether a write failed for want of room on the disk (ENOSPC; Windows' ERROR_DISK_FULL).
pub fn is_disk_full(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::StorageFull
}

/// Whether a new file can be made in `folder`, asked by making one (and removing it at
/// once): the permission bits do not say it (root, ACLs, a read-only mount, Windows).
/// Only asked after SQLite failed to open a file there, so it costs nothing otherwise.
pub(crate) fn folder_accepts_new_files(folder: &Path) -> bool {
    let probe = folder.join(format!(".hoken-techo-probe.{}", std::process::id()));
    match OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(file) => {
            drop(file);
            let _ = fs::remove_file(&probe);
            true
        }
        // Left by a killed process with our id: the folder took it, so it takes files.
        Err(error) => error.kind() == io::ErrorKind::AlreadyExists,
    }
}

/// Whether a write failed because another program holds the file open (see
/// [`held_open_or`]): the user's fix is to close that program, not to pick another folder.
/// Only an error made by `held_open_or` counts: an EBUSY from the system (a mount point)
/// is something else.
pub fn is_held_open(error: &io::Error) -> bool {
    error.get_ref().is_some_and(|inner| inner.is::<HeldOpen>())
}

/// The payload of the error [`held_open_or`] makes; it keeps the system's own error.
#[derive(Debug)]
struct HeldOpen(io::Error);

impl std::fmt::Display for HeldOpen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "held open by another program ({})", self.0)
    }
}

impl std::error::Error for HeldOpen {}

/// Windows refuses to rename over (or delete) a file that another process has open
/// without sharing delete access, such as a PDF in a viewer. Its error (access denied)
/// is the same as for a read-only folder, so the file is asked directly: if it cannot
/// be opened exclusively (a sharing violation), someone holds it, and the error says so
/// ([`is_held_open`]). Unix replaces open files, so there the error stays as it was.
pub fn held_open_or(path: &Path, error: io::Error) -> io::Error {
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        const ERROR_SHARING_VIOLATION: i32 = 32;
        let probe = OpenOptions::new().read(true).share_mode(0).open(path);
        if let Err(probe) = probe {
            if probe.raw_os_error() == Some(ERROR_SHARING_VIOLATION) {
                return io::Error::new(error.kind(), HeldOpen(error));
            }
        }
    }
    #[cfg(not(windows))]
    let _ = path;
    error
}

/// `dir/.name.<pid>.<purpose>`: hidden, unique per process, on the same file system as
/// `path` so that the final rename is atomic.
pub fn temporary_beside(path: &Path, purpose: &str) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file path"))?;
    Ok(folder_of(path).join(format!(
        ".{}.{}.{purpose}",
        name.to_string_lossy(),
        std::process::id()
    )))
}

/// The folder a file path is in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Creates a new, empty file that only its owner can read (fails if it exists).
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Creates `dir` (and its parents) if needed, owner-only. An existing folder keeps its
/// permissions: it may be shared, like `/tmp` (the backups folder is restricted by name).
pub fn create_private_folder(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Owner-only permissions on an existing file or folder. Best effort: a failure (a file
/// owned by someone else) must not stop the user from reading their data.
pub fn restrict(path: &Path, mode: u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
}

/// Makes a rename in the folder of `path` durable (Unix; elsewhere the rename is enough).
pub fn sync_folder_of(path: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder_of(path)) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Flushes a finished file to disk before it is renamed into place.
pub fn sync_file(path: &Path) -> io::Result<()> {
    OpenOptions::new().write(true).open(path)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_replaced_whole_and_readable_by_the_owner_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("copy.pdf");
        fs::write(&path, b"old").expect("old file");
        write_atomically(&path, b"%PDF-new").expect("written");
        assert_eq!(fs::read(&path).expect("read"), b"%PDF-new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).expect("metadata").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers: Vec<_> = fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left");
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("missing-folder").join("copy.pdf");
        assert!(write_atomically(&path, b"%PDF").is_err());
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn private_folders_are_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("a/backups");
        create_private_folder(&folder).expect("created");
        let mode = fs::metadata(&folder)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700);
    }
}
