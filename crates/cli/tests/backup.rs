//! `hoken-techo backup …`, `export`, `import` and `encryption …` as a user runs them.

use std::fs;

use predicates::prelude::*;
use serde_json::Value;

mod common;
use common::Household;

const PASSPHRASE: &str = "sakura no hana 2026";

#[test]
fn a_daily_backup_is_made_on_first_use_and_restore_brings_it_back() {
    let household = Household::new();
    household.add_member("山田 太郎", "1980-01-02");
    let list = household.json(&["backup", "list"]);
    assert_eq!(
        list[0]["name"], "household-2026-11-25.db",
        "made before the first change"
    );
    let made = household.json(&["backup", "create"]);
    assert_eq!(made["name"], "household-2026-11-25-manual.db");
    household.add_member("山田 花子", "1982-03-04");

    let restored = household.json(&["backup", "restore", "household-2026-11-25-manual.db"]);
    assert_eq!(
        restored["setAside"],
        "household.db.before-restore-2026-11-25"
    );
    assert_eq!(household.names(), ["山田 太郎"]);
    household
        .cmd()
        .args(["backup", "restore", "household-2026-11-24.db"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "その名前のバックアップはありません",
        ));
}

#[test]
fn a_damaged_database_names_the_backup_and_restore_works_without_opening_it() {
    let household = Household::new();
    household.add_member("山田 太郎", "1980-01-02");
    // The next day's first use backs up the household as it was at the end of today.
    common::cli_on(&household.db(), "2026-11-26")
        .args(["member", "list"])
        .assert()
        .success();
    let garbage = b"SQLite format 3\0 and then the disk failed".to_vec();
    fs::write(household.db(), &garbage).unwrap();
    household
        .cmd()
        .args(["--lang", "en", "member", "list"])
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("latest good backup, “household-2026-11-26.db”").and(
                predicate::str::contains("hoken-techo backup restore household-2026-11-26.db"),
            ),
        );
    household
        .cmd()
        .args(["backup", "restore", "household-2026-11-26.db"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "household.db.before-restore-2026-11-25",
        ));
    assert_eq!(household.names(), ["山田 太郎"]);
    let aside = household
        .folder()
        .join("household.db.before-restore-2026-11-25");
    assert_eq!(fs::read(aside).unwrap(), garbage, "kept byte for byte");
}

#[test]
fn export_import_export_is_byte_identical_through_the_cli() {
    let household = Household::new();
    let id = household.add_member("山田 太郎", "1980-01-02").to_string();
    household
        .cmd()
        .args([
            "qualification",
            "add",
            "--member",
            &id,
            "--insurer",
            "01130012",
        ])
        .args([
            "--symbol",
            "１２３４５６７８",
            "--number",
            "１２３",
            "--branch",
            "1",
        ])
        .args(["--acquired", "令和7年4月1日", "--burden", "3"])
        .assert()
        .success();
    household
        .cmd()
        .args([
            "document",
            "set",
            "--member",
            &id,
            "--kind",
            "card",
            "--issued",
            "令和3年10月1日",
        ])
        .assert()
        .success();
    let first = household.folder().join("first.json");
    household
        .cmd()
        .args(["export", "-o"])
        .arg(&first)
        .assert()
        .success();

    let copy = Household::new();
    let summary = copy.json(&["import", first.to_str().unwrap()]);
    assert_eq!(summary["membersAdded"], 1);
    assert_eq!(
        summary["backup"],
        Value::Null,
        "nothing to back up in an empty household"
    );
    let second = copy.folder().join("second.json");
    copy.cmd()
        .args(["export", "-o"])
        .arg(&second)
        .assert()
        .success();
    assert_eq!(fs::read(&first).unwrap(), fs::read(&second).unwrap());
}

#[test]
fn a_bad_import_names_the_place_and_changes_nothing() {
    let household = Household::new();
    household.add_member("山田 太郎", "1980-01-02");
    let file = household.folder().join("bad.json");
    fs::write(
        &file,
        r#"{"format": "hoken-techo-household", "version": 1, "members": [
            {"name": "山田 花子", "kana": "ヤマダ ハナコ", "birthDate": "1982-03-04", "relation": "spouse",
             "qualifications": [{"insurerNumber": "01130013", "symbol": "1234", "number": "5", "acquiredOn": "2025-04-01"}]}
        ]}"#,
    )
    .unwrap();
    for dry_run in [true, false] {
        let mut cmd = household.cmd();
        cmd.args(["--lang", "en", "import"]).arg(&file);
        if dry_run {
            cmd.arg("--dry-run");
        }
        cmd.assert().failure().stdout("").stderr(
            predicate::str::contains("members[0].qualifications[0].insurerNumber")
                .and(predicate::str::contains("check digit"))
                .and(predicate::str::contains("Nothing was changed")),
        );
    }
    assert_eq!(household.names(), ["山田 太郎"]);
    fs::write(&file, "{\"format\": ").unwrap();
    household
        .cmd()
        .arg("import")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "JSONとして読み取れません（1行11文字目）",
        ));
}

#[test]
fn a_dry_run_says_what_would_change() {
    let household = Household::new();
    household.add_member("山田 太郎", "1980-01-02");
    household.add_member("山田 花子", "1982-03-04");
    let file = household.folder().join("one.json");
    household
        .cmd()
        .args(["export", "-o"])
        .arg(&file)
        .assert()
        .success();
    household.add_member("山田 一郎", "2010-05-05");
    household
        .cmd()
        .arg("import")
        .arg(&file)
        .arg("--dry-run")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "追加 0・置き換え 0・変更なし 2・削除 1",
        ));
    assert_eq!(household.names().len(), 3);
    let applied = household.json(&["import", file.to_str().unwrap()]);
    assert_eq!(applied["membersRemoved"], 1);
    assert_eq!(applied["backup"], "household-2026-11-25-before-import.db");
    assert_eq!(household.names().len(), 2);
}

#[test]
fn encryption_from_the_environment_set_status_change_remove() {
    let household = Household::new();
    household.add_member("山田 太郎", "1980-01-02");
    let env = |cmd: &mut common::Command, passphrase: &str| {
        cmd.env("HOKEN_TECHO_PASSPHRASE", passphrase);
    };
    let mut set = household.cmd();
    env(&mut set, PASSPHRASE);
    set.args(["encryption", "set"]).assert().success();

    household
        .cmd()
        .args(["member", "list"])
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("パスフレーズで暗号化されています")
                .and(predicate::str::contains("HOKEN_TECHO_PASSPHRASE")),
        );
    let mut wrong = household.cmd();
    env(&mut wrong, "ume no hana 2026");
    wrong
        .args(["--json", "member", "list"])
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("\"code\": \"wrongPassphrase\"")
                .and(predicate::str::contains("ERROR").not()),
        );

    let mut status = household.cmd();
    env(&mut status, PASSPHRASE);
    status
        .args(["encryption", "status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("暗号化されています"));

    // Another variable name, for scripts that keep secrets elsewhere.
    let mut change = household.cmd();
    change
        .env("FAMILY_SECRET", PASSPHRASE)
        .env("HOKEN_TECHO_NEW_PASSPHRASE", "ume no hana 2027")
        .args(["--passphrase-env", "FAMILY_SECRET", "encryption", "change"])
        .assert()
        .success();
    let mut old = household.cmd();
    env(&mut old, PASSPHRASE);
    old.args(["member", "list"]).assert().failure();

    let mut remove = household.cmd();
    env(&mut remove, "ume no hana 2027");
    remove.args(["encryption", "remove"]).assert().success();
    assert_eq!(household.names(), ["山田 太郎"]);

    household
        .cmd()
        .args(["encryption", "change"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("暗号化されていません"));
    household
        .cmd()
        .args(["encryption", "set"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("パスフレーズを入力してください"));
}

#[cfg(unix)]
#[test]
fn the_database_its_companions_backups_and_exports_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let household = Household::new();
    household.add_member("山田 太郎", "1980-01-02");
    let export = household.folder().join("household.json");
    household
        .cmd()
        .args(["export", "-o"])
        .arg(&export)
        .assert()
        .success();
    household
        .cmd()
        .args(["backup", "create"])
        .assert()
        .success();
    let mode = |path: &std::path::Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let backups = household.folder().join("backups");
    assert_eq!(mode(&backups), 0o700);
    let mut files = vec![household.db(), export];
    files.extend(fs::read_dir(&backups).unwrap().map(|e| e.unwrap().path()));
    assert!(files.len() >= 4, "{files:?}");
    for file in files {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    // The WAL and shared-memory files exist while a connection is open.
    let store = hoken_techo_core::Store::open(&household.db()).unwrap();
    drop(hoken_techo_core::household::export_household(&store));
    for suffix in ["-wal", "-shm"] {
        let mut name = household.db().into_os_string();
        name.push(suffix);
        assert_eq!(mode(std::path::Path::new(&name)), 0o600, "{suffix}");
    }
}
