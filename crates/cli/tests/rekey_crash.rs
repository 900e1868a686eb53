//! `encryption set|change|remove` killed at each of its steps.
//!
//! Before this, `set` renamed the encrypted database into place and only then re-keyed
//! the backups: a kill in between left every backup readable (with its 記号・番号) next
//! to a database that `encryption status` called encrypted, for good. Now the copies
//! under the new key are staged before the rename and put in place after it, and every
//! open finishes what a kill interrupted (`crates/core/src/backup/rekey.rs`).
//!
//! Each case kills the command at one crash point (the core's `test-seams` feature,
//! which only test builds have: `std::process::abort`, what SIGKILL leaves) and checks:
//! - `encryption status`, without the passphrase, says what the files are;
//! - the database opens with the passphrase of the state the kill left (the old one
//!   before the rename, the new one after it), with its member;
//! - after that open every backup is under the database's key, none lost, no staged
//!   copy left, and — when the database is encrypted — no file in its folder holds the
//!   name or the 記号 in plain text; a backup restores with that passphrase.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{json, Household};
use hoken_techo_core::crash_point::CRASH_AT_ENV;

const FIRST: &str = "sakura saku 2026";
const SECOND: &str = "ume no hana 2027";
/// The 記号 and the name that must not be readable in an encrypted household's files.
const SYMBOL: &str = "7654321";
const NAME: &str = "山田 太郎";
const BACKUPS: u32 = 3;

#[derive(Debug, Clone, Copy)]
enum Rekey {
    Set,
    Change,
    Remove,
}

impl Rekey {
    fn args(self) -> [&'static str; 2] {
        match self {
            Rekey::Set => ["encryption", "set"],
            Rekey::Change => ["encryption", "change"],
            Rekey::Remove => ["encryption", "remove"],
        }
    }

    /// The passphrase before and after the change.
    fn keys(self) -> (Option<&'static str>, Option<&'static str>) {
        match self {
            Rekey::Set => (None, Some(FIRST)),
            Rekey::Change => (Some(FIRST), Some(SECOND)),
            Rekey::Remove => (Some(FIRST), None),
        }
    }
}

/// The crash points in the order the command reaches them, and whether the change has
/// happened (the database renamed) when it is killed there.
const POINTS: [(&str, bool); 4] = [
    ("rekey:before-rename", false),
    ("rekey:after-rename", true),
    ("rekey:before-backups", true),
    ("rekey:between-backups", true),
];

fn with_key(household: &Household, key: Option<&str>) -> common::Command {
    let mut cmd = household.cmd();
    if let Some(key) = key {
        cmd.env("HOKEN_TECHO_PASSPHRASE", key);
    }
    cmd
}

/// A member with a qualification, three backups (the daily one and two by hand), and
/// the passphrase the change starts from.
fn household_before(change: Rekey) -> Household {
    let household = Household::new();
    let member = household.add_member(NAME, "1980-01-02");
    household
        .cmd()
        .args(["qualification", "add", "--member", &member.to_string()])
        .args([
            "--insurer",
            "01130012",
            "--symbol",
            SYMBOL,
            "--number",
            "123",
        ])
        .args([
            "--branch",
            "1",
            "--acquired",
            "令和7年4月1日",
            "--burden",
            "3",
        ])
        .assert()
        .success();
    for _ in 0..2 {
        household
            .cmd()
            .args(["backup", "create"])
            .assert()
            .success();
    }
    if let (Some(first), _) = change.keys() {
        with_key(&household, Some(first))
            .args(["encryption", "set"])
            .assert()
            .success();
    }
    household
}

fn is_plain_sqlite(path: &Path) -> bool {
    fs::read(path).is_ok_and(|bytes| bytes.starts_with(b"SQLite format 3\0"))
}

/// Every file in `backups/`, the hidden ones (staged, temporary) included.
fn backup_files(household: &Household) -> Vec<PathBuf> {
    let Ok(read) = fs::read_dir(household.folder().join("backups")) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = read.map(|entry| entry.unwrap().path()).collect();
    files.sort();
    files
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with('.'))
}

/// (plain, encrypted) backups by their bytes, not by their names.
fn backups_by_content(household: &Household) -> (u32, u32) {
    let backups: Vec<PathBuf> = backup_files(household)
        .into_iter()
        .filter(|path| !is_hidden(path))
        .collect();
    let plain = backups.iter().filter(|path| is_plain_sqlite(path)).count() as u32;
    (plain, backups.len() as u32 - plain)
}

/// Files under `dir` that hold `needle` as it is stored in a plain database (UTF-8).
fn files_holding(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_holding(&path, needle));
        } else if fs::read(&path)
            .unwrap()
            .windows(needle.len())
            .any(|window| window == needle.as_bytes())
        {
            found.push(path);
        }
    }
    found
}

fn kill_and_check(change: Rekey, point: &str, changed: bool) {
    let household = household_before(change);
    let (before, after) = change.keys();
    let case = format!("{change:?} killed at {point}");

    let mut killed = with_key(&household, before);
    if let Some(new) = after {
        killed.env("HOKEN_TECHO_NEW_PASSPHRASE", new);
        if matches!(change, Rekey::Set) {
            killed.env("HOKEN_TECHO_PASSPHRASE", new);
        }
    }
    let output = killed.env(CRASH_AT_ENV, point).args(change.args()).output();
    assert!(
        !output.status.success(),
        "{case}: the command was not killed"
    );
    assert!(output.stdout.is_empty(), "{case}: reported something");

    // The truth before anything opens the database again.
    let now = if changed { after } else { before };
    let status = json(household.cmd().args(["encryption", "status"]));
    let (plain, encrypted) = backups_by_content(&household);
    assert_eq!(status["encrypted"], now.is_some(), "{case}: {status}");
    assert_eq!(
        is_plain_sqlite(&household.db()),
        now.is_none(),
        "{case}: the database file"
    );
    assert_eq!(status["plainBackups"], plain, "{case}: {status}");
    assert_eq!(status["encryptedBackups"], encrypted, "{case}: {status}");

    // The next open, with the passphrase the database has now.
    let members = json(with_key(&household, now).args(["member", "list"]));
    assert_eq!(members[0]["name"], NAME, "{case}");

    let status = json(household.cmd().args(["encryption", "status"]));
    let expected = match now {
        Some(_) => (0, BACKUPS),
        None => (BACKUPS, 0),
    };
    assert_eq!(backups_by_content(&household), expected, "{case}: {status}");
    assert_eq!(
        (
            status["plainBackups"].clone(),
            status["encryptedBackups"].clone()
        ),
        (expected.0.into(), expected.1.into()),
        "{case}"
    );
    let stray: Vec<_> = backup_files(&household)
        .into_iter()
        .filter(|path| is_hidden(path))
        .collect();
    assert!(stray.is_empty(), "{case}: left behind {stray:?}");
    if now.is_some() {
        for needle in [SYMBOL, "山田"] {
            let readable = files_holding(household.folder(), needle);
            assert!(
                readable.is_empty(),
                "{case}: {needle} readable in {readable:?}"
            );
        }
    }

    // A backup is usable with that passphrase.
    let latest = json(household.cmd().args(["backup", "list"]))[0]["name"]
        .as_str()
        .unwrap()
        .to_string();
    with_key(&household, now)
        .args(["backup", "restore", &latest])
        .assert()
        .success();
    let members = json(with_key(&household, now).args(["member", "list"]));
    assert_eq!(members[0]["name"], NAME, "{case}: after restoring {latest}");
}

#[test]
fn encryption_set_killed_at_any_step_leaves_no_readable_backup() {
    for (point, changed) in POINTS {
        kill_and_check(Rekey::Set, point, changed);
    }
}

#[test]
fn encryption_change_killed_at_any_step_leaves_backups_under_the_database_key() {
    for (point, changed) in POINTS {
        kill_and_check(Rekey::Change, point, changed);
    }
}

#[test]
fn encryption_remove_killed_at_any_step_leaves_backups_under_the_database_key() {
    for (point, changed) in POINTS {
        kill_and_check(Rekey::Remove, point, changed);
    }
}

/// Rust's default hook prints a panic's message, which may hold what the code was
/// looking at; ours prints a fixed sentence and the place.
#[test]
fn a_panic_prints_no_message_only_that_it_stopped_and_that_saved_data_is_unchanged() {
    use hoken_techo_core::crash_point::PANIC_MESSAGE_ENV;
    let household = Household::new();
    household.add_member(NAME, "1980-01-02");
    let output = household
        .cmd()
        .env(CRASH_AT_ENV, "panic:open")
        .env(PANIC_MESSAGE_ENV, format!("{NAME} {SYMBOL}"))
        .args(["member", "list"])
        .output();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("山田") && !stderr.contains(SYMBOL),
        "{stderr}"
    );
    assert!(stderr.contains("内部エラーのため停止しました"), "{stderr}");
    assert!(stderr.contains("stopped on an internal error"), "{stderr}");
    assert_eq!(household.names(), [NAME]);
}
