//! What every CLI test needs: the `hoken-techo` binary on a temporary database, with
//! "today" fixed, a Japanese system locale and the language left at its default.

#![allow(dead_code)] // each test binary uses its own part of this module

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::assert::{Assert, OutputAssertExt};
use serde_json::Value;
use tempfile::TempDir;

pub const TODAY: &str = "2026-11-25";

/// `hoken-techo` with its arguments and environment, run to the end like assert_cmd's
/// `Command`, except that it is started through `start_retrying` (a process Wine failed
/// to start, before any of our code ran, is started again instead of failing the test)
/// and that its stdout may be a file of the test's choosing (assert_cmd always pipes it).
pub struct Command {
    cmd: std::process::Command,
    stdin: Vec<u8>,
    stdout: Option<std::process::Stdio>,
}

impl Command {
    pub fn arg(&mut self, arg: impl AsRef<OsStr>) -> &mut Self {
        self.cmd.arg(arg);
        self
    }

    pub fn args(&mut self, args: impl IntoIterator<Item = impl AsRef<OsStr>>) -> &mut Self {
        self.cmd.args(args);
        self
    }

    pub fn env(&mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> &mut Self {
        self.cmd.env(key, value);
        self
    }

    pub fn env_remove(&mut self, key: impl AsRef<OsStr>) -> &mut Self {
        self.cmd.env_remove(key);
        self
    }

    pub fn current_dir(&mut self, dir: impl AsRef<Path>) -> &mut Self {
        self.cmd.current_dir(dir);
        self
    }

    pub fn write_stdin(&mut self, input: impl Into<Vec<u8>>) -> &mut Self {
        self.stdin = input.into();
        self
    }

    /// Standard output goes to `to` (a file, a pipe) instead of being captured
    /// (`Output::stdout` is then empty).
    pub fn stdout_to(&mut self, to: impl Into<std::process::Stdio>) -> &mut Self {
        self.stdout = Some(to.into());
        self
    }

    /// Runs it to the end; panics only if it cannot be started at all.
    pub fn output(&mut self) -> Output {
        use std::io::Write;
        use std::process::Stdio;

        let stdout = self.stdout.take().unwrap_or_else(Stdio::piped);
        self.cmd
            .stdin(Stdio::piped())
            .stdout(stdout)
            .stderr(Stdio::piped());
        let mut child = start_retrying(|| self.cmd.spawn());
        // Written from a thread, so that a command that prints before it has read all
        // of its input cannot block on a full pipe.
        let mut stdin = child.stdin.take().expect("stdin is piped");
        let input = std::mem::take(&mut self.stdin);
        let writer = std::thread::spawn(move || {
            // The command may exit without reading it all: that is its business.
            let _ = stdin.write_all(&input);
        });
        let output = child.wait_with_output().expect("the command's output");
        writer.join().expect("the stdin writer");
        output
    }

    /// Runs it to the end, for assert_cmd's checks; a failed check names the command.
    pub fn assert(&mut self) -> Assert {
        let output = self.output();
        output
            .assert()
            .append_context("command", format!("{:?}", self.cmd))
    }
}

/// `hoken-techo --db DB` as of `today`.
pub fn cli_on(db: &Path, today: &str) -> Command {
    let mut cmd = Command {
        cmd: std::process::Command::new(assert_cmd::cargo::cargo_bin("hoken-techo")),
        stdin: Vec::new(),
        stdout: None,
    };
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
    let output = cmd.arg("--json").output();
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

/// Adds a member to the database at `db` through the CLI and returns their id.
pub fn add_member_at(db: &Path, name: &str, birth: &str) -> i64 {
    json(cli(db).args([
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
    ]))["id"]
        .as_i64()
        .expect("the new member's id")
}

impl Household {
    /// Adds a member through the CLI and returns their id.
    pub fn add_member(&self, name: &str, birth: &str) -> i64 {
        add_member_at(&self.db(), name, birth)
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

/// Starts a process (`spawn` is `Command::spawn` or `output`), trying again when Wine
/// failed to start it. Wine 8 sometimes (about 1 start in 1,200, measured with 1,200
/// starts of `hoken-techo.exe --version`) aborts a new process while it loads its DLLs:
/// "CRYPT32.dll failed to initialize", and CreateProcess returns ERROR_INTERNAL_ERROR
/// (1359). The process died before its first line of our code, so starting it again
/// changes nothing a test looks at. Any other failure to start fails the test at once.
pub fn start_retrying<T>(mut spawn: impl FnMut() -> std::io::Result<T>) -> T {
    const ERROR_INTERNAL_ERROR: i32 = 1359;
    let mut tries = 0;
    loop {
        match spawn() {
            Ok(started) => return started,
            Err(error) if tries < 5 && error.raw_os_error() == Some(ERROR_INTERNAL_ERROR) => {
                eprintln!("could not start the process ({error}); trying again");
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(200));
            }
            Err(error) => panic!("the process does not start: {error}"),
        }
    }
}
