//! Backup file names: what a backup is, readable from its name alone.
//!
//! `{stem}-{what}[.encrypted].db` in the `backups/` folder next to the database, where
//! `{stem}` is the database's file name without `.db` (several databases may share a
//! folder) and `{what}` is one of
//! - `2026-11-25` — the daily automatic backup (rotated);
//! - `2026-11-25-manual`, `2026-11-25-manual-2` … — made on request (kept);
//! - `2026-11-25-before-import` … — the household as it was before an import (kept);
//! - `before-v4`, `before-v4-2` … — before the schema was migrated to version 4 (kept).

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum BackupKind {
    Daily,
    Manual,
    BeforeImport,
    BeforeMigration,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupName {
    pub kind: BackupKind,
    /// The day it was made (none for a migration backup: the open path has no date).
    pub date: Option<NaiveDate>,
    /// The schema version it was made before, for a migration backup.
    pub version: Option<u32>,
    /// 1 for the first of its kind on its day, then 2, 3 …
    pub sequence: u32,
    pub encrypted: bool,
}

const ENCRYPTED: &str = ".encrypted";
const EXTENSION: &str = ".db";

impl BackupName {
    pub fn file_name(&self, stem: &str) -> String {
        let what = match (self.kind, self.date, self.version) {
            (BackupKind::Daily, Some(date), _) => date.to_string(),
            (BackupKind::Manual, Some(date), _) => format!("{date}-manual"),
            (BackupKind::BeforeImport, Some(date), _) => format!("{date}-before-import"),
            (_, _, version) => format!("before-v{}", version.unwrap_or(0)),
        };
        let sequence = match self.sequence {
            0 | 1 => String::new(),
            n => format!("-{n}"),
        };
        let encrypted = if self.encrypted { ENCRYPTED } else { "" };
        format!("{stem}-{what}{sequence}{encrypted}{EXTENSION}")
    }

    /// Reads a file name made by [`Self::file_name`] for the database `stem`; `None`
    /// for anything else (another database's backups, temporary files, user files).
    pub fn parse(stem: &str, file_name: &str) -> Option<BackupName> {
        let rest = file_name.strip_prefix(stem)?.strip_prefix('-')?;
        let rest = rest.strip_suffix(EXTENSION)?;
        let (rest, encrypted) = match rest.strip_suffix(ENCRYPTED) {
            Some(rest) => (rest, true),
            None => (rest, false),
        };
        let (what, sequence) = split_sequence(rest);
        let name = |kind, date, version| BackupName {
            kind,
            date,
            version,
            sequence,
            encrypted,
        };
        if let Some(version) = what.strip_prefix("before-v") {
            return Some(name(
                BackupKind::BeforeMigration,
                None,
                Some(version.parse().ok()?),
            ));
        }
        let date = NaiveDate::parse_from_str(what.get(..10)?, "%Y-%m-%d").ok()?;
        match what.get(10..)? {
            "" if sequence == 1 => Some(name(BackupKind::Daily, Some(date), None)),
            "-manual" => Some(name(BackupKind::Manual, Some(date), None)),
            "-before-import" => Some(name(BackupKind::BeforeImport, Some(date), None)),
            _ => None,
        }
    }
}

/// `2026-11-25-manual-2` → (`2026-11-25-manual`, 2). A date's own `-25` is not a
/// sequence: sequences follow a word (`manual`, `import`) or a version.
fn split_sequence(text: &str) -> (&str, u32) {
    if let Some((head, tail)) = text.rsplit_once('-') {
        let after_word = head.ends_with("manual")
            || head.ends_with("import")
            || head
                .rsplit_once("before-v")
                .is_some_and(|(_, v)| !v.contains('-'));
        if after_word && !tail.starts_with('0') {
            if let Ok(n) = tail.parse::<u32>() {
                if n >= 2 {
                    return (head, n);
                }
            }
        }
    }
    (text, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2026, 11, d)
    }

    #[test]
    fn every_kind_of_name_reads_back_as_itself() {
        for (kind, date, version, sequence, encrypted, file) in [
            (
                BackupKind::Daily,
                day(25),
                None,
                1,
                false,
                "hoken-techo-2026-11-25.db",
            ),
            (
                BackupKind::Daily,
                day(5),
                None,
                1,
                true,
                "hoken-techo-2026-11-05.encrypted.db",
            ),
            (
                BackupKind::Manual,
                day(25),
                None,
                1,
                false,
                "hoken-techo-2026-11-25-manual.db",
            ),
            (
                BackupKind::Manual,
                day(25),
                None,
                12,
                true,
                "hoken-techo-2026-11-25-manual-12.encrypted.db",
            ),
            (
                BackupKind::BeforeImport,
                day(25),
                None,
                2,
                false,
                "hoken-techo-2026-11-25-before-import-2.db",
            ),
            (
                BackupKind::BeforeMigration,
                None,
                Some(4),
                1,
                false,
                "hoken-techo-before-v4.db",
            ),
            (
                BackupKind::BeforeMigration,
                None,
                Some(4),
                3,
                true,
                "hoken-techo-before-v4-3.encrypted.db",
            ),
        ] {
            let name = BackupName {
                kind,
                date,
                version,
                sequence,
                encrypted,
            };
            assert_eq!(name.file_name("hoken-techo"), file);
            assert_eq!(BackupName::parse("hoken-techo", file), Some(name), "{file}");
        }
    }

    #[test]
    fn other_files_are_not_backups() {
        for file in [
            "hoken-techo-2026-11-25.db-wal",
            "hoken-techo-2026-11-25-2.db",
            "hoken-techo-2026-13-01.db",
            "hoken-techo-notes.db",
            "other-2026-11-25.db",
            ".hoken-techo-2026-11-25.db.123.tmp",
            "hoken-techo-2026-11-25-manual-1.db",
            "hoken-techo-before-vx.db",
        ] {
            assert_eq!(BackupName::parse("hoken-techo", file), None, "{file}");
        }
        // A database named `household-2` in the same folder has its own backups.
        assert_eq!(
            BackupName::parse("household", "household-2-2026-11-25.db"),
            None
        );
    }
}
