//! Crash safety: hundreds of `hoken-techo member add` processes, each killed at a random
//! moment (SIGKILL on Unix, TerminateProcess on Windows: what `Child::kill` sends), most
//! of them in the middle of opening, checking, backing up or writing the database.
//! Afterwards SQLite's integrity check passes and every member whose process reported
//! success is in the file.

use std::collections::BTreeSet;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{Household, TODAY};

const PROCESSES: u32 = 240;

/// SplitMix64: a fixed seed makes every run kill at the same moments.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) % bound
    }
}

#[test]
fn killing_writers_at_random_moments_never_loses_a_reported_write_or_damages_the_file() {
    let household = Household::new();
    let db = household.db();
    let binary = assert_cmd::cargo::cargo_bin("hoken-techo");
    // How long one write takes on this machine, now (a loaded CI machine is many times
    // slower than an idle one): the kills are spread over 0–1.3× of it, so most land
    // while a process works and some after it has finished, whatever the speed. These
    // first writes also create the file, so every kill hits a real database.
    let timed: Vec<Duration> = (0..3)
        .map(|i| {
            let start = Instant::now();
            household
                .cmd()
                .args([
                    "member",
                    "add",
                    "--name",
                    &format!("基準 {i}"),
                    "--kana",
                    "キジュン",
                ])
                .args(["--birth", "1980-01-02", "--relation", "本人"])
                .assert()
                .success();
            start.elapsed()
        })
        .collect();
    let typical = timed
        .iter()
        .copied()
        .min()
        .unwrap_or(Duration::from_millis(30));
    let max_delay_micros = (typical.as_micros() as u64).saturating_mul(13) / 10;

    let mut random = Random(0x00C0_FFEE);
    let mut reported = BTreeSet::new();
    let mut killed = 0;
    let started = Instant::now();
    for i in 0..PROCESSES {
        let name = format!("試験 {i}");
        let mut child = common::start_retrying(|| {
            Command::new(&binary)
                .arg("--db")
                .arg(&db)
                .args([
                    "--json",
                    "member",
                    "add",
                    "--name",
                    &name,
                    "--kana",
                    "シケン",
                ])
                .args(["--birth", "1980-01-02", "--relation", "本人"])
                .env("HOKEN_TECHO_TODAY", TODAY)
                .env_remove("HOKEN_TECHO_PASSPHRASE")
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
        });
        std::thread::sleep(Duration::from_micros(random.below(max_delay_micros.max(1))));
        let _ = child.kill(); // nothing happens if it has already exited
        let output = child.wait_with_output().expect("waits");
        if output.status.success() && !output.stdout.is_empty() {
            let added: serde_json::Value =
                serde_json::from_slice(&output.stdout).expect("a reported success is whole JSON");
            assert_eq!(added["name"], name.as_str());
            reported.insert(name);
        } else if was_killed(&output.status) {
            killed += 1;
        }
    }

    let conn = rusqlite::Connection::open(&db).expect("opens");
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("checks");
    assert_eq!(integrity, "ok");
    let stored: BTreeSet<String> = conn
        .prepare("SELECT name FROM member")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let lost: Vec<&String> = reported.difference(&stored).collect();
    assert!(lost.is_empty(), "reported but not stored: {lost:?}");
    drop(conn);
    // The core's own guarded open agrees, and the CLI goes on working.
    household.cmd().args(["member", "list"]).assert().success();
    eprintln!(
        "{PROCESSES} processes (one write ≈ {typical:?}) in {:.1} s: {} reported success, {killed} killed, {} stored",
        started.elapsed().as_secs_f64(),
        reported.len(),
        stored.len()
    );
    assert!(
        killed >= PROCESSES / 4,
        "too few kills to mean anything: {killed}"
    );
    assert!(
        reported.len() as u32 >= PROCESSES / 10,
        "too few successes: {}",
        reported.len()
    );
}

/// On Unix a killed process has no exit code, only the signal. On Windows
/// `TerminateProcess` leaves exit code 1, which is also the CLI's error code: a write
/// that failed on its own counts as killed there, which only makes `killed` larger and the
/// check below no weaker (every reported success must still be stored).
fn was_killed(status: &std::process::ExitStatus) -> bool {
    #[cfg(unix)]
    return status.code().is_none();
    #[cfg(not(unix))]
    return status.code() == Some(1);
}
