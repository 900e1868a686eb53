//! The `hoken-techo` command line, run as a user runs it, against a temporary database.

use predicates::prelude::*;
use serde_json::Value;

mod common;
use common::Household;

#[test]
fn member_round_trip_add_list_show_edit_remove() {
    let household = Household::new();
    // Unquoted names, as in the README: words after --name are one name.
    household
        .cmd()
        .args([
            "member",
            "add",
            "--name",
            "山田",
            "太郎",
            "--kana",
            "ヤマダ",
            "タロウ",
        ])
        .args(["--birth", "1980-01-02", "--relation", "本人"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("山田 太郎")
                .and(predicate::str::contains("昭和55年1月2日 (1980-01-02)")),
        );

    let added = household.json(&[
        "member",
        "add",
        "--name",
        "山田 花子",
        "--kana",
        "やまだ はなこ",
        "--birth",
        "1982/3/4",
        "--relation",
        "spouse",
    ]);
    let id = added["id"].as_i64().expect("new member's id");
    assert_eq!(added["kana"], "ヤマダ ハナコ");
    assert_eq!(added["birthDate"], "1982-03-04");

    let list = household.json(&["member", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["山田 太郎", "山田 花子"]);

    let edited = household.json(&["member", "edit", &id.to_string(), "--name", "山田", "花江"]);
    assert_eq!(edited["name"], "山田 花江");
    assert_eq!(
        edited["relation"], "spouse",
        "fields not given stay as they were"
    );

    household
        .cmd()
        .args(["member", "remove", &id.to_string(), "--yes"])
        .assert()
        .success();

    // Checked again through the core, on the same file.
    let store = hoken_techo_core::Store::open(&household.db()).unwrap();
    let names: Vec<String> = store
        .members()
        .unwrap()
        .into_iter()
        .map(|m| m.name)
        .collect();
    assert_eq!(names, ["山田 太郎"]);
}

#[test]
fn removal_without_a_terminal_needs_yes() {
    let household = Household::new();
    let id = household.json(&[
        "member",
        "add",
        "--name",
        "山田 太郎",
        "--kana",
        "ヤマダ タロウ",
        "--birth",
        "1980-01-02",
        "--relation",
        "self",
    ])["id"]
        .as_i64()
        .unwrap();
    household
        .cmd()
        .args(["member", "remove", &id.to_string()])
        .assert()
        .stderr(predicate::str::contains("--yes"));
    assert_eq!(
        household
            .json(&["member", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn bad_input_is_refused_on_stderr_in_the_chosen_language_and_nothing_is_saved() {
    let household = Household::new();
    household
        .cmd()
        .args([
            "member",
            "add",
            "--name",
            "山田",
            "--kana",
            "Yamada",
            "--birth",
            "2025-02-30",
            "--relation",
            "self",
        ])
        .assert()
        .failure()
        .stdout("")
        .stderr(
            predicate::str::contains("フリガナはカタカナで入力してください")
                .and(predicate::str::contains("生年月日の日付が存在しません")),
        );

    household
        .cmd()
        .args([
            "--lang",
            "en",
            "member",
            "add",
            "--name",
            "山田",
            "--kana",
            "ヤマダ",
            "--birth",
            "2030-01-01",
            "--relation",
            "self",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("Date of birth is in the future"));

    let output = household
        .cmd()
        .args(["--json", "member", "show", "7"])
        .output();
    assert!(!output.status.success());
    let report: Value = serde_json::from_slice(&output.stderr).unwrap();
    assert_eq!(report["code"], "notFound");

    assert_eq!(household.json(&["member", "list"]), serde_json::json!([]));
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_alone() {
    let household = Household::new();
    std::fs::write(household.db(), b"these are my notes, not a database").unwrap();
    household
        .cmd()
        .args(["member", "list"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "保険手帳のデータベースではないか、壊れています",
        ));
    assert_eq!(
        std::fs::read(household.db()).unwrap(),
        b"these are my notes, not a database"
    );
}

/// A result that cannot be written (here: to a full disk) must not look like success;
/// a reader that stops early (`| head -1`) is no failure.
#[cfg(target_os = "linux")]
#[test]
fn a_result_that_cannot_be_written_exits_1_but_a_closed_pipe_is_success() {
    let household = Household::new();
    household
        .cmd()
        .args(["member", "add", "--name", "山田 太郎", "--kana", "ヤマダ"])
        .args(["--birth", "1980-01-01", "--relation", "本人"])
        .assert()
        .success();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    household
        .cmd()
        .args(["--lang", "en", "member", "list"])
        .stdout_to(full)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("the disk it goes to is full"));

    // The reader has gone before the first line: the CLI stops quietly with exit 0.
    // (A pipe whose only reader, `true`, has already exited.)
    let mut gone = std::process::Command::new("true")
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pipe = gone.stdin.take().unwrap();
    gone.wait().unwrap();
    household
        .cmd()
        .args(["member", "list"])
        .stdout_to(pipe)
        .assert()
        .success()
        .stderr("");
}
