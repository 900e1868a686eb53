//! `hoken-techo qualification …` and `hoken-techo insurer …`, run as a user runs them.

use hoken_techo_core::qualification::QualificationInput;
use hoken_techo_core::Lang;
use hoken_techo_core::Locale;
use predicates::prelude::*;
use serde_json::Value;

mod common;
use common::{cli, json};

#[test]
fn insurer_numbers_from_public_examples_are_valid_and_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let kyokai = json(cli(&dir.path().join("x.db")).args(["insurer", "01130012"]));
    assert_eq!(kyokai["planJa"], "協会けんぽ");
    assert_eq!(kyokai["prefectureJa"], "東京都");
    let kumiai = json(cli(&dir.path().join("x.db")).args(["insurer", "06130488"]));
    assert_eq!(kumiai["planJa"], "健康保険組合");
    assert!(
        !dir.path().join("x.db").exists(),
        "checking a number creates no database"
    );
}

#[test]
fn any_single_wrong_digit_is_refused_with_a_message_about_the_check_digit() {
    let dir = tempfile::tempdir().unwrap();
    for number in ["01130012", "06130488"] {
        for position in 0..number.len() {
            let mut digits: Vec<u8> = number.bytes().collect();
            digits[position] = b'0' + (digits[position] - b'0' + 5) % 10;
            let typo = String::from_utf8(digits).unwrap();
            cli(&dir.path().join("x.db"))
                .args(["insurer", &typo])
                .assert()
                .failure()
                .stderr(predicate::str::contains("検証番号"));
        }
    }
}

#[test]
fn a_notice_typed_in_full_width_and_wareki_is_stored_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.db");
    let member = json(
        cli(&db)
            .args([
                "member",
                "add",
                "--name",
                "山田 太郎",
                "--kana",
                "ヤマダ タロウ",
            ])
            .args(["--birth", "S55.1.2", "--relation", "本人"]),
    )["id"]
        .as_i64()
        .unwrap();
    let saved = json(
        cli(&db)
            .args(["qualification", "add", "--member", &member.to_string()])
            .args([
                "--insurer",
                "０１１３００１２",
                "--symbol",
                "１２３４５６７８",
                "--number",
                "１２３",
                "--branch",
                "1",
                "--acquired",
                "令和7年4月1日",
                "--burden",
                "3",
            ]),
    );
    let q = &saved["qualification"];
    assert_eq!(q["insurerNumber"], "01130012");
    assert_eq!(q["symbol"], "１２３４５６７８");
    assert_eq!(q["branch"], "01");
    assert_eq!(q["acquiredOn"], "2025-04-01");
    assert_eq!(q["insurerLabel"], "協会けんぽ・東京都");

    // The same card again, typed in half-width: a duplicate.
    cli(&db)
        .args(["qualification", "add", "--member", &member.to_string()])
        .args([
            "--insurer",
            "01130012",
            "--symbol",
            "12345678",
            "--number",
            "123",
            "--branch",
            "01",
        ])
        .args(["--acquired", "2025-04-01"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("すでに登録されています"));

    let list = json(cli(&db).args(["qualification", "list", "--member", &member.to_string()]));
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn a_new_job_ends_the_old_qualification_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.db");
    let member = json(
        cli(&db)
            .args([
                "member",
                "add",
                "--name",
                "山田 花子",
                "--kana",
                "ヤマダ ハナコ",
            ])
            .args(["--birth", "1982-03-04", "--relation", "self"]),
    )["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let add = |insurer: &str, symbol: &str, acquired: &str| {
        let mut cmd = cli(&db);
        cmd.args([
            "qualification",
            "add",
            "--member",
            &member,
            "--insurer",
            insurer,
            "--symbol",
            symbol,
        ])
        .args(["--number", "1", "--acquired", acquired]);
        cmd
    };
    add("01130012", "11", "2020-04-01").assert().success();
    add("06130488", "22", "2026-10-01")
        .assert()
        .failure()
        .stderr(predicate::str::contains("前の資格を終了してください"));
    add("06130488", "22", "2026-10-01")
        .arg("--end-current")
        .assert()
        .success();
    let list = json(cli(&db).args(["qualification", "list", "--member", &member]));
    assert_eq!(list[0]["insurerNumber"], "06130488");
    assert_eq!(list[0]["current"], true);
    assert_eq!(list[1]["lostOn"], "2026-10-01");
}

#[test]
fn the_cli_prints_the_cores_message_for_bad_input_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.db");
    json(
        cli(&db)
            .args([
                "member",
                "add",
                "--name",
                "山田 太郎",
                "--kana",
                "ヤマダ タロウ",
                "--birth",
                "1980-01-02",
            ])
            .args(["--relation", "self"]),
    );
    let bad = QualificationInput {
        insurer_number: "01130013".into(),
        symbol: "1".into(),
        number: "1".into(),
        acquired_on: "令和7年2月30日".into(),
        my_number_last4: "123456789012".into(),
        ..Default::default()
    };
    for lang in [Lang::Ja, Lang::En] {
        let expected = bad
            .validate(Locale::natural(lang))
            .unwrap_err()
            .report(Locale::natural(lang));
        let output = cli(&db)
            .args([
                "--json",
                "--lang",
                if lang == Lang::Ja { "ja" } else { "en" },
            ])
            .args([
                "qualification",
                "add",
                "--member",
                "1",
                "--insurer",
                "01130013",
                "--symbol",
                "1",
                "--number",
                "1",
            ])
            .args([
                "--acquired",
                "令和7年2月30日",
                "--my-number-last4",
                "123456789012",
            ])
            .output();
        assert!(!output.status.success());
        let report: Value = serde_json::from_slice(&output.stderr).unwrap();
        assert_eq!(report["message"], expected.message);
        assert!(!String::from_utf8_lossy(&output.stderr).contains("123456789012"));
    }
    let list = json(cli(&db).args(["qualification", "list"]));
    assert_eq!(list, serde_json::json!([]));
}
