//! `hoken-techo pdf`, run as a user runs it, against a temporary database.

use predicates::prelude::*;
use tempfile::TempDir;

mod common;

/// The PDF tests print on 2025-11-25 (the date shown on the sheets).
fn cmd(dir: &TempDir) -> common::Command {
    common::cli_on(&dir.path().join("household.db"), "2025-11-25")
}

fn household() -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    cmd(&dir)
        .args([
            "member",
            "add",
            "--name",
            "𠮷田",
            "太郎",
            "--kana",
            "ヨシダ",
            "タロウ",
        ])
        .args(["--birth", "1980-01-02", "--relation", "本人"])
        .assert()
        .success();
    cmd(&dir)
        .args([
            "qualification",
            "add",
            "--member",
            "1",
            "--insurer",
            "01130012",
        ])
        .args([
            "--insurer-name",
            "全国健康保険協会 東京支部",
            "--symbol",
            "１２３４５６７８",
        ])
        .args([
            "--number",
            "１２３",
            "--branch",
            "00",
            "--acquired",
            "令和7年4月1日",
        ])
        .assert()
        .success();
    cmd(&dir)
        .args([
            "member",
            "add",
            "--name",
            "渡邉",
            "﨑子",
            "--kana",
            "ワタナベ",
            "サキコ",
        ])
        .args(["--birth", "1955-03-03", "--relation", "父母"])
        .assert()
        .success();
    dir
}

#[test]
fn writes_the_household_pdf_owner_only() {
    let dir = household();
    let out = dir.path().join("copy.pdf");
    cmd(&dir)
        .args(["pdf", "--household", "--cutouts", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("PDFを保存しました"));
    let bytes = std::fs::read(&out).expect("written");
    assert!(bytes.starts_with(b"%PDF-"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn a_member_without_a_qualification_gets_a_clear_error_and_no_file() {
    let dir = household();
    let out = dir.path().join("copy.pdf");
    cmd(&dir)
        .args(["pdf", "--member", "2", "-o"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "番号2の家族には現在の資格が登録されていない",
        ));
    assert!(!out.exists());
}

#[test]
fn member_and_household_exclude_each_other() {
    let dir = household();
    cmd(&dir)
        .args(["pdf", "--member", "1", "--household", "-o", "x.pdf"])
        .assert()
        .failure();
}
