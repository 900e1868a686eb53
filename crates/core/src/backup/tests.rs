use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::*;
use crate::error::{BackupProblem, OpenProblem};
use crate::member::MemberInput;
use crate::Locale;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn add(store: &mut Store, name: &str) {
    let member = MemberInput {
        name: name.into(),
        kana: "ヤマダ".into(),
        birth_date: "1980-01-02".into(),
        relation: "本人".into(),
    }
    .validate(day(25))
    .unwrap();
    store.add_member(&member).unwrap();
}

fn names(store: &Store) -> Vec<String> {
    store
        .members()
        .unwrap()
        .into_iter()
        .map(|m| m.name)
        .collect()
}

fn household() -> (tempfile::TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hoken-techo.db");
    let mut store = Store::open(&path).unwrap();
    add(&mut store, "山田 太郎");
    (dir, path, store)
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_daily_backup_is_made_once_a_day() {
    let (_dir, path, store) = household();
    let made = daily_if_due(&store, day(25), Locale::natural(Lang::Ja))
        .unwrap()
        .unwrap();
    assert_eq!(made.name, "hoken-techo-2026-11-25.db");
    assert_eq!(made.kind, BackupKind::Daily);
    assert!(made.label.contains("令和8年11月25日"), "{}", made.label);
    assert_eq!(
        daily_if_due(&store, day(25), Locale::natural(Lang::Ja)).unwrap(),
        None
    );
    assert!(daily_if_due(&store, day(26), Locale::natural(Lang::Ja))
        .unwrap()
        .is_some());
    let listed: Vec<String> = list(&path, Locale::natural(Lang::En))
        .unwrap()
        .into_iter()
        .map(|b| b.name)
        .collect();
    assert_eq!(
        listed,
        ["hoken-techo-2026-11-26.db", "hoken-techo-2026-11-25.db"]
    );
}

#[test]
fn daily_backups_are_rotated_but_others_are_kept() {
    let (_dir, path, store) = household();
    create(
        &store,
        BackupKind::Manual,
        day(1),
        Locale::natural(Lang::Ja),
    )
    .unwrap();
    for d in 1..=25 {
        daily_if_due(&store, day(d), Locale::natural(Lang::Ja)).unwrap();
    }
    let kept = files_in(&folder(&path));
    assert_eq!(
        kept,
        [
            "hoken-techo-2026-11-01-manual.db",
            "hoken-techo-2026-11-08.db",
            "hoken-techo-2026-11-15.db",
            "hoken-techo-2026-11-19.db",
            "hoken-techo-2026-11-20.db",
            "hoken-techo-2026-11-21.db",
            "hoken-techo-2026-11-22.db",
            "hoken-techo-2026-11-23.db",
            "hoken-techo-2026-11-24.db",
            "hoken-techo-2026-11-25.db",
        ]
    );
}

#[test]
fn manual_backups_on_the_same_day_get_numbers() {
    let (_dir, _path, store) = household();
    let first = create(
        &store,
        BackupKind::Manual,
        day(25),
        Locale::natural(Lang::Ja),
    )
    .unwrap();
    let second = create(
        &store,
        BackupKind::Manual,
        day(25),
        Locale::natural(Lang::Ja),
    )
    .unwrap();
    assert_eq!(first.name, "hoken-techo-2026-11-25-manual.db");
    assert_eq!(second.name, "hoken-techo-2026-11-25-manual-2.db");
}

#[cfg(unix)]
#[test]
fn backups_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path, store) = household();
    let made = create(
        &store,
        BackupKind::Manual,
        day(25),
        Locale::natural(Lang::Ja),
    )
    .unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&folder(&path)), 0o700);
    assert_eq!(mode(&folder(&path).join(made.name)), 0o600);
}

#[test]
fn restore_brings_back_the_backup_and_keeps_the_current_file_aside() {
    let (dir, path, mut store) = household();
    let backup = create(
        &store,
        BackupKind::Manual,
        day(24),
        Locale::natural(Lang::Ja),
    )
    .unwrap();
    add(&mut store, "山田 花子");
    drop(store);
    let report = restore(
        &path,
        &backup.name,
        None,
        day(25),
        Locale::natural(Lang::Ja),
    )
    .unwrap();
    assert_eq!(
        report.set_aside.as_deref(),
        Some("hoken-techo.db.before-restore-2026-11-25")
    );
    assert_eq!(names(&Store::open(&path).unwrap()), ["山田 太郎"]);
    let aside = Store::open(&dir.path().join("hoken-techo.db.before-restore-2026-11-25")).unwrap();
    assert_eq!(
        names(&aside),
        ["山田 太郎", "山田 花子"],
        "the replaced state is kept"
    );
    drop(aside);
    // A second restore on the same day keeps the first set-aside file too.
    let again = restore(
        &path,
        &backup.name,
        None,
        day(25),
        Locale::natural(Lang::Ja),
    )
    .unwrap();
    assert_eq!(
        again.set_aside.as_deref(),
        Some("hoken-techo.db.before-restore-2026-11-25-2")
    );
}

#[test]
fn restore_refuses_while_the_database_is_open_elsewhere() {
    let (_dir, path, store) = household();
    let backup = create(
        &store,
        BackupKind::Manual,
        day(24),
        Locale::natural(Lang::Ja),
    )
    .unwrap();
    let result = restore(
        &path,
        &backup.name,
        None,
        day(25),
        Locale::natural(Lang::Ja),
    );
    assert!(matches!(result, Err(Error::InUse)), "{result:?}");
    drop(store);
    assert!(restore(
        &path,
        &backup.name,
        None,
        day(25),
        Locale::natural(Lang::Ja)
    )
    .is_ok());
}

#[test]
fn restore_refuses_an_unknown_name_or_a_damaged_backup_and_moves_nothing() {
    let (dir, path, store) = household();
    let backup = create(
        &store,
        BackupKind::Manual,
        day(24),
        Locale::natural(Lang::Ja),
    )
    .unwrap();
    drop(store);
    let before = files_in(dir.path());
    for name in ["nope.db", "../hoken-techo.db", "hoken-techo-2026-11-23.db"] {
        let result = restore(&path, name, None, day(25), Locale::natural(Lang::Ja));
        assert!(
            matches!(result, Err(Error::Backup(BackupProblem::NotFound))),
            "{name}"
        );
    }
    fs::write(
        folder(&path).join(&backup.name),
        b"SQLite format 3\0 but then nothing",
    )
    .unwrap();
    let result = restore(
        &path,
        &backup.name,
        None,
        day(25),
        Locale::natural(Lang::Ja),
    );
    assert!(
        matches!(result, Err(Error::Backup(BackupProblem::Unusable(_)))),
        "{result:?}"
    );
    assert_eq!(files_in(dir.path()), before);
}

/// What the user can have in place of their database; each must be refused with a
/// message that names the latest good backup, left byte for byte as it was, and
/// recoverable by restoring that backup.
fn bad_files(good: &[u8]) -> Vec<(&'static str, Vec<u8>, OpenProblem)> {
    let other_app = {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');")
            .unwrap();
        drop(conn);
        fs::read(&path).unwrap()
    };
    let mut newer = good.to_vec();
    newer[60..64].copy_from_slice(&99u32.to_be_bytes()); // user_version in the header
    let mut damaged = good.to_vec();
    let page_size = usize::from(u16::from_be_bytes([good[16], good[17]]));
    for byte in &mut damaged[page_size..page_size + 24] {
        *byte = 0xA5; // page 2's b-tree header
    }
    vec![
        (
            "truncated",
            good[..good.len() / 2].to_vec(),
            OpenProblem::Damaged,
        ),
        (
            "random bytes",
            (0..8192u32)
                .map(|i| (i.wrapping_mul(2_654_435_761) >> 9) as u8)
                .collect(),
            OpenProblem::NotADatabase,
        ),
        (
            "another app's database",
            other_app,
            OpenProblem::ForeignDatabase,
        ),
        (
            "newer schema",
            newer,
            OpenProblem::NewerVersion {
                found: 99,
                supported: crate::store::latest_schema_version(),
            },
        ),
        ("damaged page", damaged, OpenProblem::Damaged),
    ]
}

#[test]
fn every_bad_file_names_the_latest_good_backup_stays_untouched_and_restore_recovers() {
    let (dir, path, mut store) = household();
    add(&mut store, "山田 花子");
    create(
        &store,
        BackupKind::Manual,
        day(20),
        Locale::natural(Lang::Ja),
    )
    .unwrap();
    let latest = daily_if_due(&store, day(24), Locale::natural(Lang::Ja))
        .unwrap()
        .unwrap();
    drop(store);
    let good = fs::read(&path).unwrap();
    for (case, bytes, problem) in bad_files(&good) {
        fs::write(&path, &bytes).unwrap();
        let error = Store::open(&path)
            .err()
            .unwrap_or_else(|| panic!("{case}: opened"));
        match &error {
            Error::Open {
                problem: found,
                latest_backup,
            } => {
                assert_eq!(found, &problem, "{case}");
                assert_eq!(
                    latest_backup.as_deref(),
                    Some(latest.name.as_str()),
                    "{case}"
                );
            }
            other => panic!("{case}: {other:?}"),
        }
        assert!(
            error
                .message(Locale::natural(Lang::Ja))
                .contains(&latest.name),
            "{case}"
        );
        assert!(
            error.message(Locale::natural(Lang::En)).contains("restore"),
            "{case}"
        );
        assert_eq!(
            fs::read(&path).unwrap(),
            bytes,
            "{case}: the file was modified"
        );

        let report = restore(
            &path,
            &latest.name,
            None,
            day(25),
            Locale::natural(Lang::Ja),
        )
        .unwrap();
        assert_eq!(
            names(&Store::open(&path).unwrap()),
            ["山田 太郎", "山田 花子"],
            "{case}"
        );
        let aside = dir.path().join(report.set_aside.unwrap());
        assert_eq!(
            fs::read(aside).unwrap(),
            bytes,
            "{case}: the bad file is kept as it was"
        );
    }
}

#[test]
fn without_backups_the_message_says_there_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hoken-techo.db");
    fs::write(&path, b"not a database at all").unwrap();
    let error = Store::open(&path).err().unwrap();
    assert!(
        error
            .message(Locale::natural(Lang::En))
            .contains("No backup"),
        "{}",
        error.message(Locale::natural(Lang::En))
    );
}
