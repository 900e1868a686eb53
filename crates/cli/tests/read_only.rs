//! A healthy database in a folder its user cannot write: SQLite
//! cannot make the `-wal`/`-shm` it needs, and the open path used to call the file
//! damaged and send the user to a backup. It must say what is wrong (the folder's
//! permissions) and leave the file as it was.
//!
//! Root ignores folder modes, and CI runs as root: then the command runs as `nobody`
//! through `setpriv` (util-linux), on a copy of the household that `nobody` owns, so the
//! check never silently passes by skipping.
#![cfg(unix)]

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use common::Household;

const NOBODY: u32 = 65534;

fn is_root() -> bool {
    let id = Command::new("id").arg("-u").output().expect("id -u");
    String::from_utf8_lossy(&id.stdout).trim() == "0"
}

/// `hoken-techo --db DB ARGS…` as this user, or as `nobody` when this user is root.
fn run_as_a_user(db: &Path, args: &[&str]) -> std::process::Output {
    let binary = assert_cmd::cargo::cargo_bin("hoken-techo");
    let mut cmd = if is_root() {
        let mut cmd = Command::new("setpriv");
        cmd.args([
            "--reuid",
            &NOBODY.to_string(),
            "--regid",
            &NOBODY.to_string(),
        ])
        .arg("--clear-groups")
        .arg(binary);
        cmd
    } else {
        Command::new(binary)
    };
    cmd.arg("--db")
        .arg(db)
        .args(args)
        .env("HOKEN_TECHO_TODAY", common::TODAY)
        .env("LANG", "ja_JP.UTF-8")
        .env_remove("HOKEN_TECHO_LANG")
        .env_remove("LC_ALL")
        .env_remove("LANGUAGE")
        .output()
        .expect("starts")
}

/// Gives the household's folder and files to `nobody` (when root), and the folders
/// above it a way through, so that only the folder's own mode decides.
fn hand_over(household: &Household, folder: &Path) {
    if !is_root() {
        return;
    }
    fs::set_permissions(household.folder(), fs::Permissions::from_mode(0o755)).unwrap();
    for entry in fs::read_dir(folder).unwrap() {
        std::os::unix::fs::chown(entry.unwrap().path(), Some(NOBODY), Some(NOBODY)).unwrap();
    }
    std::os::unix::fs::chown(folder, Some(NOBODY), Some(NOBODY)).unwrap();
}

#[test]
fn a_healthy_database_in_a_read_only_folder_is_reported_as_such_not_as_damaged() {
    let household = Household::new();
    let folder = household.folder().join("family");
    fs::create_dir(&folder).unwrap();
    let db = folder.join("household.db");
    common::add_member_at(&db, "山田 太郎", "1980-01-02");
    let before = fs::read(&db).unwrap();
    hand_over(&household, &folder);
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o500)).unwrap();

    let output = run_as_a_user(&db, &["member", "list"]);
    let ja = String::from_utf8_lossy(&output.stderr).into_owned();
    let output_en = run_as_a_user(&db, &["--lang", "en", "member", "list"]);
    let en = String::from_utf8_lossy(&output_en.stderr).into_owned();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o700)).unwrap();

    assert!(!output.status.success(), "opened in a read-only folder");
    assert!(ja.contains("フォルダ") && ja.contains("権限"), "{ja}");
    assert!(!ja.contains("壊れています") && !ja.contains("復元"), "{ja}");
    assert!(en.contains("folder") && en.contains("permissions"), "{en}");
    assert!(
        !en.contains("is damaged") && !en.contains("restore"),
        "{en}"
    );
    assert_eq!(fs::read(&db).unwrap(), before, "the file is as it was");
}
