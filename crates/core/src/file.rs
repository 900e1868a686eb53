//! Saving a file the user asked for (the PDF copy, the calendar): whole or not at all,
//! readable by its owner only. Both hold personal data.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `path` so that a reader never sees half a file and a failure leaves
/// any previous file as it was: a temporary file next to it, flushed to disk, then renamed
/// over it. On Unix the file is created 0600 (a PDF holds 記号・番号, DOMAIN §8; a calendar
/// holds names and dates).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file path"))?;
    let temporary = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
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
}
