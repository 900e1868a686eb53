//! What every CLI test needs: the `hoken-techo` binary on a temporary database, with
//! "today" fixed and the language left at its default.

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
        .env_remove("HOKEN_TECHO_LANG");
    cmd
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
