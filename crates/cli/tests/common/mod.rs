//! What every CLI test needs: the `hoken-techo` binary on a temporary database, with
//! "today" fixed, a Japanese system locale and the language left at its default.

#![allow(dead_code)] // each test binary uses its own part of this module

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub const TODAY: &str = "2026-11-25";

/// `hoken-techo --db DB` as of `today`.
pub fn cli_on(db: &Path, today: &str) -> Command {
    let mut cmd = Command::cargo_bin("hoken-techo").expect("the hoken-techo binary");
    cmd.arg("--db")
        .arg(db)
        .env("HOKEN_TECHO_TODAY", today)
        .env_remove("HOKEN_TECHO_LANG")
        // A Japanese system, whatever the machine running the tests is set to: the
        // language preference "system" follows these.
        .env("LANG", "ja_JP.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("HOKEN_TECHO_PASSPHRASE")
        .env_remove("HOKEN_TECHO_NEW_PASSPHRASE");
    system_locale(&mut cmd, "ja_JP.UTF-8");
    cmd
}

/// Makes `locale` the system's language for this command. Linux: LANG, as the user's
/// session sets it. Windows and macOS ask the OS, which one child process cannot be
/// given, so there the core's test seam stands in (`Lang::from_system`).
pub fn system_locale(cmd: &mut Command, locale: &str) {
    cmd.env("LANG", locale);
    if cfg!(not(target_os = "linux")) {
        cmd.env(hoken_techo_core::i18n::SYSTEM_LOCALE_SEAM, locale);
    }
}

pub fn cli(db: &Path) -> Command {
    cli_on(db, TODAY)
}

/// Runs the command with `--json`, expects success, and parses stdout.
pub fn json(cmd: &mut Command) -> Value {
    let output = cmd.arg("--json").output().expect("runs");
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("one JSON document")
}

/// A household in its own temporary folder.
pub struct Household {
    dir: TempDir,
}

impl Household {
    pub fn new() -> Self {
        Household {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("household.db")
    }

    pub fn cmd(&self) -> Command {
        cli(&self.db())
    }

    pub fn json(&self, args: &[&str]) -> Value {
        json(self.cmd().args(args))
    }
}

impl Household {
    /// Adds a member through the CLI and returns their id.
    pub fn add_member(&self, name: &str, birth: &str) -> i64 {
        self.json(&[
            "member",
            "add",
            "--name",
            name,
            "--kana",
            "ヤマダ",
            "--birth",
            birth,
            "--relation",
            "本人",
        ])["id"]
            .as_i64()
            .expect("the new member's id")
    }

    pub fn folder(&self) -> &Path {
        self.dir.path()
    }

    /// The names of the household's members, read through the core.
    pub fn names(&self) -> Vec<String> {
        let store = hoken_techo_core::Store::open(&self.db()).expect("opens");
        store
            .members()
            .expect("members")
            .into_iter()
            .map(|m| m.name)
            .collect()
    }
}

/// Starts a process (`spawn` is `Command::spawn` or `output`), trying again a few times:
/// under Wine, after many processes, CreateProcess sometimes fails once with
/// ERROR_INTERNAL_ERROR (1359) and then works. A process that never starts still fails
/// the test.
pub fn start_retrying<T>(mut spawn: impl FnMut() -> std::io::Result<T>) -> T {
    let mut tries = 0;
    loop {
        match spawn() {
            Ok(started) => return started,
            Err(error) if tries < 5 => {
                eprintln!("could not start the process ({error}); trying again");
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(200));
            }
            Err(error) => panic!("the process does not start: {error}"),
        }
    }
}
