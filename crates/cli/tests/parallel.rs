//! Several `hoken-techo` processes on one database at once:
//! writers wait for each other instead of failing, and a restore racing writers never
//! loses a write that reported success.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::Duration;

mod common;
use common::{Household, TODAY};

/// `hoken-techo --json member add` for `name`, started in the background.
fn spawn_add(db: &Path, name: &str) -> Child {
    let binary = assert_cmd::cargo::cargo_bin("hoken-techo");
    common::start_retrying(|| {
        std::process::Command::new(&binary)
            .arg("--db")
            .arg(db)
            .args([
                "--json",
                "member",
                "add",
                "--name",
                name,
                "--kana",
                "ヘイコウ",
            ])
            .args(["--birth", "1980-01-02", "--relation", "本人"])
            .env("HOKEN_TECHO_TODAY", TODAY)
            .env("LANG", "ja_JP.UTF-8")
            .env_remove("HOKEN_TECHO_PASSPHRASE")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
    })
}

/// Whether the process reported success, and the member's name when it did (the JSON it
/// printed must be whole and name the member asked for).
fn reported(child: Child, name: &str) -> Result<(), String> {
    let output = child.wait_with_output().expect("waits");
    if output.status.success() {
        let added: serde_json::Value =
            serde_json::from_slice(&output.stdout).expect("a reported success is whole JSON");
        assert_eq!(added["name"], name);
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

/// The member names in a database file (the database, or a file set aside by a
/// restore), read with SQLite itself.
fn names_in(db: &Path) -> BTreeSet<String> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("opens");
    let mut statement = conn.prepare("SELECT name FROM member").expect("prepares");
    let names = statement
        .query_map([], |row| row.get(0))
        .expect("reads")
        .collect::<Result<_, _>>()
        .expect("reads");
    names
}

fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).expect("opens");
    conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("checks")
}

#[test]
fn ten_parallel_writers_all_succeed() {
    let household = Household::new();
    // The file exists, as it does once the app has run.
    household.add_member("最初 太郎", "1980-01-02");
    let db = household.db();
    let names: Vec<String> = (0..10).map(|i| format!("並行 {i}")).collect();
    let children: Vec<Child> = names.iter().map(|name| spawn_add(&db, name)).collect();
    let failures: Vec<String> = children
        .into_iter()
        .zip(&names)
        .filter_map(|(child, name)| reported(child, name).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of 10 writers failed: {failures:?}",
        failures.len()
    );
    assert_eq!(integrity(&db), "ok");
    let stored = names_in(&db);
    for name in &names {
        assert!(
            stored.contains(name),
            "{name} reported success but is not stored"
        );
    }
}

/// Everything a restore may legitimately have replaced: the files it set aside.
fn set_aside_files(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .expect("reads the folder")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.contains(".before-restore-")
                && !name.ends_with("-wal")
                && !name.ends_with("-shm")
                && !name.ends_with("-encrypted")
        })
        .collect()
}

/// Two writers add members while restores put a backup back, again and again. A write
/// that reported success before a restore is legitimately replaced by the backup's
/// content, but the restore keeps the file it replaced aside: so every acknowledged
/// member must be in the final database or in one of the set-aside files. A writer that
/// loses the race must say so (fail), never report a success that was then dropped.
#[test]
fn restoring_while_others_write_never_loses_a_reported_write() {
    const RESTORES: usize = 24;
    const WRITERS: usize = 2;
    let household = Household::new();
    household.add_member("最初 太郎", "1980-01-02");
    let backup = household.json(&["backup", "create"]);
    let backup = backup["name"]
        .as_str()
        .expect("the backup's name")
        .to_string();
    let db = household.db();

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let db = db.clone();
            let stop = stop.clone();
            std::thread::spawn(move || {
                let (mut acknowledged, mut refused) = (Vec::new(), 0);
                let mut i = 0;
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    let name = format!("書込 {w}-{i}");
                    i += 1;
                    match reported(spawn_add(&db, &name), &name) {
                        Ok(()) => acknowledged.push(name),
                        Err(_) => refused += 1,
                    }
                }
                (acknowledged, refused)
            })
        })
        .collect();
    let mut restored = 0;
    let mut restore_refused = 0;
    while restored < RESTORES {
        let output = household
            .cmd()
            .args(["--json", "backup", "restore", &backup])
            .output();
        if output.status.success() {
            restored += 1;
        } else {
            // "open elsewhere": a writer had the file; that refusal changes nothing.
            restore_refused += 1;
            assert!(restore_refused < 2000, "restores never get through");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let mut acknowledged = Vec::new();
    let mut refused = 0;
    for writer in writers {
        let (names, failed) = writer.join().expect("the writer thread");
        acknowledged.extend(names);
        refused += failed;
    }

    assert_eq!(integrity(&db), "ok");
    let mut kept = names_in(&db);
    let aside = set_aside_files(household.folder());
    assert_eq!(aside.len(), restored, "one set-aside file per restore");
    for file in &aside {
        assert_eq!(integrity(file), "ok", "{}", file.display());
        kept.extend(names_in(file));
    }
    let lost: Vec<&String> = acknowledged.iter().filter(|n| !kept.contains(*n)).collect();
    eprintln!(
        "{restored} restores ({restore_refused} refused as in use), {} writes reported success, {refused} refused, {} lost",
        acknowledged.len(),
        lost.len()
    );
    assert!(
        lost.is_empty(),
        "reported success but kept nowhere: {lost:?}"
    );
    assert!(
        acknowledged.len() >= RESTORES,
        "too few successful writes to mean anything: {}",
        acknowledged.len()
    );
}
