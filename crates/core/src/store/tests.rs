use chrono::NaiveDate;

use super::*;
use crate::member::MemberInput;
use crate::Locale;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn taro() -> crate::member::ValidMember {
    MemberInput {
        name: "山田 太郎".into(),
        kana: "ヤマダ タロウ".into(),
        birth_date: "1980-01-02".into(),
        relation: "本人".into(),
    }
    .validate(today())
    .unwrap()
}

#[test]
fn creates_and_migrates_a_new_file_in_a_new_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/household.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        migrations::latest_version()
    );
    assert!(store.members().unwrap().is_empty());
}

#[test]
fn an_empty_file_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.db");
    fs::write(&path, b"").unwrap();
    assert!(Store::open(&path).is_ok());
}

#[test]
fn members_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("household.db");
    let id = Store::open(&path).unwrap().add_member(&taro()).unwrap().id;
    let reopened = Store::open(&path).unwrap();
    let members = reopened.members().unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].id, id);
    assert_eq!(members[0].name, "山田 太郎");
}

#[test]
fn update_and_remove_report_a_missing_member() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("h.db")).unwrap();
    assert!(matches!(
        store.update_member(42, &taro()),
        Err(Error::MemberNotFound(42))
    ));
    assert!(matches!(
        store.remove_member(42),
        Err(Error::MemberNotFound(42))
    ));
}

/// Every refused file must come out byte for byte as it went in.
fn assert_refused_untouched(path: &Path, expected: OpenProblem) {
    let before = fs::read(path).unwrap();
    match Store::open(path) {
        Err(Error::Open { problem, .. }) => assert_eq!(problem, expected),
        Err(other) => panic!("expected {expected:?}, got {other:?}"),
        Ok(_) => panic!("expected {expected:?}, but the file was opened"),
    }
    assert_eq!(
        fs::read(path).unwrap(),
        before,
        "the refused file was modified"
    );
    let dir = path.parent().unwrap();
    let leftovers: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| {
            name.ends_with("-wal") || name.ends_with("-shm") || name.ends_with("-journal")
        })
        .collect();
    assert!(
        leftovers.is_empty(),
        "opening left files behind: {leftovers:?}"
    );
}

#[test]
fn refuses_a_file_from_a_newer_version_without_modifying_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.add_member(&taro()).unwrap();
        store
            .conn
            .pragma_update(None, "journal_mode", "DELETE")
            .unwrap();
        store.conn.pragma_update(None, "user_version", 99).unwrap();
    }
    assert_refused_untouched(
        &path,
        OpenProblem::NewerVersion {
            found: 99,
            supported: migrations::latest_version(),
        },
    );
}

#[test]
fn refuses_another_applications_database_without_modifying_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');")
            .unwrap();
    }
    assert_refused_untouched(&path, OpenProblem::ForeignDatabase);
}

#[test]
fn refuses_random_bytes_and_a_truncated_header() {
    let dir = tempfile::tempdir().unwrap();
    let random = dir.path().join("random.db");
    fs::write(
        &random,
        (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 7) as u8)
            .collect::<Vec<_>>(),
    )
    .unwrap();
    assert_refused_untouched(&random, OpenProblem::NotADatabase);
    let truncated = dir.path().join("truncated.db");
    fs::write(&truncated, b"SQLite for").unwrap();
    assert_refused_untouched(&truncated, OpenProblem::NotADatabase);
}

#[cfg(unix)]
#[test]
fn the_database_and_its_wal_and_shm_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.db");
    let mut store = Store::open(&path).unwrap();
    store.add_member(&taro()).unwrap();
    for file in [
        path.clone(),
        companion(&path, "-wal"),
        companion(&path, "-shm"),
    ] {
        let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
}

#[test]
fn the_store_runs_in_wal_mode_with_full_synchronous_writes() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("h.db")).unwrap();
    let mode: String = store
        .conn
        .pragma_query_value(None, "journal_mode", |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let synchronous: i64 = store
        .conn
        .pragma_query_value(None, "synchronous", |row| row.get(0))
        .unwrap();
    assert_eq!(synchronous, 2, "FULL");
}

/// A real database of a few pages, closed (WAL checkpointed into the file), and the
/// page number of the member table's b-tree.
fn household_file_on_disk(dir: &Path) -> (PathBuf, usize) {
    let path = dir.join("household.db");
    let mut store = Store::open(&path).unwrap();
    for i in 0..10 {
        let mut member = taro();
        member.name = format!("山田 {i}");
        store.add_member(&member).unwrap();
    }
    let root: i64 = store
        .conn
        .query_row(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'member'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    (path, root as usize)
}

#[test]
fn refuses_a_damaged_page_without_modifying_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (path, member_page) = household_file_on_disk(dir.path());
    let mut bytes = fs::read(&path).unwrap();
    let page_size = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    // Overwrite the b-tree page header and cell pointers of the member table.
    let start = (member_page - 1) * page_size;
    for byte in &mut bytes[start..start + 24] {
        *byte = 0xA5;
    }
    fs::write(&path, &bytes).unwrap();
    assert_refused_untouched(&path, OpenProblem::Damaged);
}

#[test]
fn refuses_a_truncated_database_without_modifying_it() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = household_file_on_disk(dir.path());
    let bytes = fs::read(&path).unwrap();
    fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    assert_refused_untouched(&path, OpenProblem::Damaged);
}

#[test]
fn a_schema_migration_is_preceded_by_a_backup_of_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        migrations::migrations().to_version(&mut conn, 2).unwrap();
        conn.execute(
            "INSERT INTO member (name, kana, birth_date, relation) VALUES ('山田 太郎', 'ヤマダ タロウ', '1980-01-02', 'self')",
            [],
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        migrations::latest_version()
    );
    let name = format!("old-before-v{}.db", migrations::latest_version());
    let backup = dir.path().join("backups").join(&name);
    let conn = rusqlite::Connection::open(&backup).unwrap();
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .unwrap();
    assert_eq!(version, 2, "the backup holds the file as it was");
    let members: i64 = conn
        .query_row("SELECT count(*) FROM member", [], |row| row.get(0))
        .unwrap();
    assert_eq!(members, 1);
}

mod qualifications {
    use super::*;
    use crate::qualification::QualificationInput;
    use crate::store::CurrentQualification;

    fn notice(symbol: &str, acquired: &str) -> crate::qualification::ValidQualification {
        QualificationInput {
            insurer_number: "01130012".into(),
            symbol: symbol.into(),
            number: "123".into(),
            branch: "01".into(),
            acquired_on: acquired.into(),
            ..Default::default()
        }
        .validate(Locale::natural(crate::Lang::Ja))
        .unwrap()
    }

    fn household() -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("h.db")).unwrap();
        let id = store.add_member(&taro()).unwrap().id;
        (dir, store, id)
    }

    #[test]
    fn the_same_card_typed_twice_in_full_width_is_caught() {
        let (_dir, mut store, member) = household();
        let first = store
            .add_qualification(
                member,
                &notice("1234", "2025-04-01"),
                CurrentQualification::Keep,
            )
            .unwrap();
        let again = store.add_qualification(
            member,
            &notice("１２３４", "2025-04-01"),
            CurrentQualification::EndOnNewAcquiredDate,
        );
        assert!(
            matches!(again, Err(Error::DuplicateQualification { existing_id }) if existing_id == first.id)
        );
        assert_eq!(store.qualifications_of(member).unwrap().len(), 1);
    }

    #[test]
    fn a_second_current_plan_is_refused_unless_the_old_one_is_ended() {
        let (_dir, mut store, member) = household();
        let old = store
            .add_qualification(
                member,
                &notice("1111", "2020-04-01"),
                CurrentQualification::Keep,
            )
            .unwrap();
        let refused = store.add_qualification(
            member,
            &notice("2222", "2025-10-01"),
            CurrentQualification::Keep,
        );
        assert!(
            matches!(refused, Err(Error::CurrentQualificationExists { current_id }) if current_id == old.id)
        );
        assert_eq!(
            store.qualifications_of(member).unwrap().len(),
            1,
            "nothing half-saved"
        );

        let new = store
            .add_qualification(
                member,
                &notice("2222", "2025-10-01"),
                CurrentQualification::EndOnNewAcquiredDate,
            )
            .unwrap();
        let all = store.qualifications_of(member).unwrap();
        assert_eq!(
            all.iter().map(|q| q.id).collect::<Vec<_>>(),
            [new.id, old.id],
            "current first"
        );
        assert_eq!(all[1].lost_on, NaiveDate::from_ymd_opt(2025, 10, 1));
    }

    #[test]
    fn removing_a_member_removes_their_qualifications() {
        let (_dir, mut store, member) = household();
        store
            .add_qualification(
                member,
                &notice("1234", "2025-04-01"),
                CurrentQualification::Keep,
            )
            .unwrap();
        store.remove_member(member).unwrap();
        assert!(store.all_qualifications().unwrap().is_empty());
    }

    #[test]
    fn a_qualification_needs_an_existing_member() {
        let (_dir, mut store, _member) = household();
        let result = store.add_qualification(
            99,
            &notice("1234", "2025-04-01"),
            CurrentQualification::Keep,
        );
        assert!(matches!(result, Err(Error::MemberNotFound(99))));
    }
}

#[test]
fn the_same_person_cannot_be_added_twice() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("h.db")).unwrap();
    let first = store.add_member(&taro()).unwrap();
    let mut again = taro();
    again.name = "山田太郎".into();
    assert!(
        matches!(store.add_member(&again), Err(Error::DuplicateMember { existing_id }) if existing_id == first.id)
    );
    assert_eq!(store.members().unwrap().len(), 1);
}

#[test]
fn copies_left_by_a_killed_rekey_or_restore_are_removed_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.db");
    Store::open(&path).unwrap();
    for leftover in [".h.db.4242.rekey", ".h.db.17.restore"] {
        fs::write(dir.path().join(leftover), b"a whole copy").unwrap();
    }
    fs::write(dir.path().join(".h.db.notes.rekey"), b"not ours").unwrap();
    Store::open(&path).unwrap();
    assert!(!dir.path().join(".h.db.4242.rekey").exists());
    assert!(!dir.path().join(".h.db.17.restore").exists());
    assert!(dir.path().join(".h.db.notes.rekey").exists());
}

#[test]
fn a_file_held_by_another_program_is_in_use_not_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.db");
    Store::open(&path).unwrap().add_member(&taro()).unwrap();
    let holder = rusqlite::Connection::open(&path).unwrap();
    lock_exclusively(&holder).unwrap();
    assert!(matches!(Store::open(&path), Err(Error::InUse)));
    drop(holder);
    assert_eq!(Store::open(&path).unwrap().members().unwrap().len(), 1);
}

/// Messages in both languages, and the kind's name (a string, so this compiles against
/// any version of the kinds).
fn described(error: &Error) -> (&'static str, String, String) {
    (
        error.kind().name(),
        error.message(Locale::natural(crate::i18n::Lang::Ja)),
        error.message(Locale::natural(crate::i18n::Lang::En)),
    )
}

#[test]
fn a_full_disk_says_so_and_that_nothing_was_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("household.db")).unwrap();
    // SQLite's own limit on the file's size reports SQLITE_FULL exactly as a full disk
    // does, without filling one: no page may be added to the file from now on.
    let pages: i64 = store
        .conn
        .query_row("PRAGMA page_count", [], |row| row.get(0))
        .unwrap();
    store
        .conn
        .pragma_update(None, "max_page_count", pages)
        .unwrap();
    let long = crate::member::ValidMember {
        name: "山".repeat(3000),
        ..taro()
    };
    let error = (0..100)
        .find_map(|i| {
            let member = crate::member::ValidMember {
                birth_date: NaiveDate::from_ymd_opt(1980, 1, i % 28 + 1).unwrap(),
                kana: format!("ヤマダ{i}"),
                ..long.clone()
            };
            store.add_member(&member).err()
        })
        .expect("the file cannot grow");
    let (kind, ja, en) = described(&error);
    assert_eq!(kind, "storage:disk-full", "{en}");
    assert!(
        ja.contains("空き容量") && ja.contains("保存されていません"),
        "{ja}"
    );
    assert!(
        en.contains("no space left") && en.contains("Nothing was saved"),
        "{en}"
    );
}

/// A healthy database in a folder that cannot be written (SQLite must create its `-wal`
/// and `-shm` next to the file) is not damaged: the message says what to fix. Root
/// writes anywhere whatever the modes say, so there the folder cannot be made read-only
/// and the test has nothing to show.
#[cfg(unix)]
#[test]
fn a_healthy_database_in_a_read_only_folder_is_not_called_damaged() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("household");
    let path = folder.join("household.db");
    drop(Store::open(&path).unwrap().add_member(&taro()).unwrap());
    assert!(!companion(&path, "-wal").exists(), "closed cleanly");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o500)).unwrap();
    let modes_apply = fs::write(folder.join("probe"), b"").is_err();
    let opened = Store::open(&path);
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o700)).unwrap();
    if !modes_apply {
        eprintln!("skipped: this user (root) writes in a read-only folder");
        return;
    }
    let error = opened.err().expect("the folder cannot be written");
    let (kind, ja, en) = described(&error);
    assert_eq!(kind, "open:not-writable", "{en}");
    assert!(ja.contains("フォルダ") && ja.contains("権限"), "{ja}");
    assert!(!ja.contains("壊れています") && !ja.contains("復元"), "{ja}");
    assert!(en.contains("folder") && en.contains("permissions"), "{en}");
    assert!(
        !en.contains("is damaged") && !en.contains("restore"),
        "{en}"
    );
    // And the file is as it was: it opens once the folder can be written again.
    assert_eq!(Store::open(&path).unwrap().members().unwrap().len(), 1);
}
