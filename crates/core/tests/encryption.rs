//! Encryption at rest: with a passphrase set, nothing the household typed can
//! be read from the files on disk, in any common encoding; a wrong passphrase changes
//! nothing; set, unlock, change and remove all keep the data and the backups.

use hoken_techo_core::Locale;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use hoken_techo_core::error::{EncryptionProblem, ErrorCode, OpenProblem};
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::qualification::QualificationInput;
use hoken_techo_core::{Error, Lang, MemberInput, Passphrase, Store};

fn ctx() -> Context {
    Context::new(
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        Locale::natural(Lang::Ja),
    )
}

fn words(text: &str) -> Passphrase {
    Passphrase::new(text)
}

/// A household with a member, a qualification and two backups, in its own folder.
fn household() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hoken-techo.db");
    let mut store = Store::open(&path).unwrap();
    let member = MemberInput {
        name: "山田 太郎".into(),
        kana: "ヤマダ タロウ".into(),
        birth_date: "1980-01-02".into(),
        relation: "本人".into(),
    };
    let id = household::add_member(&mut store, &member, ctx())
        .unwrap()
        .member
        .id;
    let notice = QualificationInput {
        insurer_number: "01130012".into(),
        insurer_name: "全国健康保険協会 東京支部".into(),
        symbol: "１２３４５６７８".into(),
        number: "4455667".into(),
        acquired_on: "2025-04-01".into(),
        ..Default::default()
    };
    household::add_qualification(&mut store, id, &notice, false, ctx()).unwrap();
    household::daily_backup_if_due(&store, ctx()).unwrap();
    household::create_backup(&store, ctx()).unwrap();
    (dir, path)
}

/// What must not be readable: names, フリガナ, 記号 (as typed and folded), 番号, in
/// UTF-8, UTF-16LE, UTF-16BE, Shift_JIS and EUC-JP.
fn needles() -> Vec<(String, Vec<u8>)> {
    let mut needles = Vec::new();
    for text in [
        "山田",
        "太郎",
        "ヤマダ",
        "タロウ",
        "１２３４５６７８",
        "12345678",
        "4455667",
        "東京",
    ] {
        needles.push((format!("{text} UTF-8"), text.as_bytes().to_vec()));
        let utf16: Vec<u16> = text.encode_utf16().collect();
        needles.push((
            format!("{text} UTF-16LE"),
            utf16.iter().flat_map(|u| u.to_le_bytes()).collect(),
        ));
        needles.push((
            format!("{text} UTF-16BE"),
            utf16.iter().flat_map(|u| u.to_be_bytes()).collect(),
        ));
    }
    // Encoded with Python's codecs (`'山田'.encode('shift_jis').hex()`).
    for (text, shift_jis, euc_jp) in [
        ("山田", "8e529363", "bbb3c5c4"),
        ("太郎", "91be9859", "c2c0cfba"),
        ("ヤマダ", "8384837d835f", "a5e4a5dea5c0"),
        (
            "１２３４５６７８",
            "82508251825282538254825582568257",
            "a3b1a3b2a3b3a3b4a3b5a3b6a3b7a3b8",
        ),
        ("東京", "938c8b9e", "c5ecb5fe"),
    ] {
        needles.push((format!("{text} Shift_JIS"), hex(shift_jis)));
        needles.push((format!("{text} EUC-JP"), hex(euc_jp)));
    }
    needles
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

/// Every file under `dir` (the database, its companions, the backups).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn readable_needles(dir: &Path) -> Vec<String> {
    let needles = needles();
    let mut found = Vec::new();
    for file in files_under(dir) {
        let bytes = fs::read(&file).unwrap();
        for (what, needle) in &needles {
            if bytes
                .windows(needle.len())
                .any(|window| window == needle.as_slice())
            {
                found.push(format!(
                    "{what} in {}",
                    file.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    found
}

fn open_problem(result: Result<Store, Error>) -> OpenProblem {
    match result {
        Err(Error::Open { problem, .. }) => problem,
        Err(other) => panic!("{other:?}"),
        Ok(_) => panic!("opened"),
    }
}

#[test]
fn with_a_passphrase_no_name_or_symbol_can_be_read_from_the_database_or_its_backups() {
    let (dir, path) = household();
    assert!(
        !readable_needles(dir.path()).is_empty(),
        "the search finds the data in plain files"
    );
    let mut store = Store::open(&path).unwrap();
    let changed = household::set_passphrase(&mut store, &words("sakura no hana 2026")).unwrap();
    assert!(changed.encrypted);
    assert_eq!(changed.backups_converted, 2);
    // Written after encryption: goes through the (encrypted) WAL.
    let member = MemberInput {
        name: "山田 花子".into(),
        kana: "ヤマダ ハナコ".into(),
        birth_date: "1982-03-04".into(),
        relation: "配偶者".into(),
    };
    household::add_member(&mut store, &member, ctx()).unwrap();
    household::create_backup(&store, ctx()).unwrap();
    assert_eq!(
        readable_needles(dir.path()),
        Vec::<String>::new(),
        "while open"
    );
    drop(store);
    assert_eq!(
        readable_needles(dir.path()),
        Vec::<String>::new(),
        "after closing"
    );
    let backups = household::list_backups(&path, ctx()).unwrap();
    assert_eq!(backups.len(), 3);
    assert!(backups
        .iter()
        .all(|b| b.encrypted && b.name.ends_with(".encrypted.db")));
}

#[test]
fn an_encrypted_database_asks_for_its_passphrase_and_a_wrong_one_changes_nothing() {
    let (dir, path) = household();
    let passphrase = words("sakura no hana 2026");
    household::set_passphrase(&mut Store::open(&path).unwrap(), &passphrase).unwrap();
    let before = fs::read(&path).unwrap();
    let files = files_under(dir.path()).len();

    let needs = Store::open(&path);
    let error = needs.as_ref().err().unwrap();
    assert_eq!(error.code(), ErrorCode::NeedsPassphrase);
    assert!(error
        .message(Locale::natural(Lang::Ja))
        .contains("パスフレーズで暗号化されています"));
    assert_eq!(open_problem(needs), OpenProblem::NeedsPassphrase);

    let wrong = Store::unlock(&path, &words("sakura no hana 2025"));
    let error = wrong.as_ref().err().unwrap();
    assert_eq!(error.code(), ErrorCode::WrongPassphrase);
    assert!(error
        .message(Locale::natural(Lang::En))
        .contains("does not open"));
    assert!(
        !error.message(Locale::natural(Lang::En)).contains("2025"),
        "never echoed"
    );
    assert_eq!(open_problem(wrong), OpenProblem::WrongPassphrase);

    assert_eq!(fs::read(&path).unwrap(), before, "refusals write nothing");
    assert_eq!(
        files_under(dir.path()).len(),
        files,
        "and leave nothing behind"
    );

    let store = household::open_store(&path, Some(&passphrase)).unwrap();
    assert!(store.is_encrypted());
    assert_eq!(store.members().unwrap()[0].name, "山田 太郎");
}

#[test]
fn changing_the_passphrase_rekeys_the_database_and_its_backups() {
    let (_dir, path) = household();
    let old = words("sakura no hana 2026");
    let new = words("ume no hana 2027 spring");
    household::set_passphrase(&mut Store::open(&path).unwrap(), &old).unwrap();
    let mut store = Store::unlock(&path, &old).unwrap();
    let changed = household::change_passphrase(&mut store, &new).unwrap();
    assert_eq!((changed.encrypted, changed.backups_converted), (true, 2));
    assert!(changed.backups_not_converted.is_empty());
    assert_eq!(store.members().unwrap().len(), 1, "the store stays usable");
    drop(store);

    assert_eq!(
        open_problem(Store::unlock(&path, &old)),
        OpenProblem::WrongPassphrase
    );
    assert_eq!(
        Store::unlock(&path, &new).unwrap().members().unwrap().len(),
        1
    );
    let backup = household::list_backups(&path, ctx()).unwrap()[0]
        .name
        .clone();
    let with_old = household::restore_backup(&path, &backup, Some(&old), ctx());
    assert!(
        matches!(
            with_old,
            Err(Error::Backup(
                hoken_techo_core::error::BackupProblem::Unusable(OpenProblem::WrongPassphrase)
            ))
        ),
        "{with_old:?}"
    );
    household::restore_backup(&path, &backup, Some(&new), ctx()).unwrap();
    assert_eq!(
        Store::unlock(&path, &new).unwrap().members().unwrap().len(),
        1
    );
}

#[test]
fn removing_the_passphrase_gives_back_plain_files() {
    let (dir, path) = household();
    let passphrase = words("sakura no hana 2026");
    household::set_passphrase(&mut Store::open(&path).unwrap(), &passphrase).unwrap();
    let mut store = Store::unlock(&path, &passphrase).unwrap();
    let changed = household::remove_passphrase(&mut store).unwrap();
    assert_eq!((changed.encrypted, changed.backups_converted), (false, 2));
    drop(store);
    let store = Store::open(&path).unwrap();
    assert!(!store.is_encrypted());
    assert_eq!(store.members().unwrap()[0].name, "山田 太郎");
    assert!(
        !dir.path().join("hoken-techo.db-encrypted").exists(),
        "no marker left"
    );
    let backups = household::list_backups(&path, ctx()).unwrap();
    assert!(backups
        .iter()
        .all(|b| !b.encrypted && !b.name.contains("encrypted")));
}

#[test]
fn an_encrypted_file_copied_without_its_marker_still_opens_with_the_passphrase() {
    let (dir, path) = household();
    let passphrase = words("sakura no hana 2026");
    household::set_passphrase(&mut Store::open(&path).unwrap(), &passphrase).unwrap();
    let marker = dir.path().join("hoken-techo.db-encrypted");
    fs::remove_file(&marker).unwrap();
    // Without the marker, random-looking bytes are all there is to see.
    assert_eq!(open_problem(Store::open(&path)), OpenProblem::NotADatabase);
    assert_eq!(
        Store::unlock(&path, &passphrase)
            .unwrap()
            .members()
            .unwrap()
            .len(),
        1
    );
    assert!(marker.exists(), "the marker is written again");
}

#[test]
fn set_change_and_remove_refuse_what_does_not_apply_and_change_nothing() {
    let (_dir, path) = household();
    let mut store = Store::open(&path).unwrap();
    let before = household::export_household(&store).unwrap();
    assert!(matches!(
        household::change_passphrase(&mut store, &words("long enough words")),
        Err(Error::Encryption(EncryptionProblem::NotEncrypted))
    ));
    assert!(matches!(
        household::remove_passphrase(&mut store),
        Err(Error::Encryption(EncryptionProblem::NotEncrypted))
    ));
    let short = household::set_passphrase(&mut store, &words("short")).unwrap_err();
    assert_eq!(short.code(), ErrorCode::Invalid);
    assert!(
        short
            .message(Locale::natural(Lang::Ja))
            .starts_with("パスフレーズが短すぎます"),
        "{}",
        short.message(Locale::natural(Lang::Ja))
    );
    assert!(!store.is_encrypted());
    household::set_passphrase(&mut store, &words("long enough words")).unwrap();
    assert!(matches!(
        household::set_passphrase(&mut store, &words("other long words")),
        Err(Error::Encryption(EncryptionProblem::AlreadyEncrypted))
    ));
    assert_eq!(household::export_household(&store).unwrap(), before);
}

#[test]
fn rekeying_waits_for_no_other_program_and_refuses_while_one_has_the_file_open() {
    let (_dir, path) = household();
    let mut store = Store::open(&path).unwrap();
    let other = Store::open(&path).unwrap();
    let result = household::set_passphrase(&mut store, &words("long enough words"));
    assert!(matches!(result, Err(Error::InUse)), "{result:?}");
    assert!(!store.is_encrypted());
    assert_eq!(store.members().unwrap().len(), 1, "the store stays usable");
    drop(other);
    household::set_passphrase(&mut store, &words("long enough words")).unwrap();
}

#[test]
fn an_unlocked_database_has_sqlite_wipe_what_it_frees() {
    let (_dir, path) = household();
    let mut store = Store::open(&path).unwrap();
    household::set_passphrase(&mut store, &words("sakura no hana 2026")).unwrap();
    drop(store);
    let _store = Store::unlock(&path, &words("sakura no hana 2026")).unwrap();
    // Process-wide in SQLCipher: any connection of this process answers for all.
    let probe = rusqlite::Connection::open_in_memory().unwrap();
    let on: String = probe
        .query_row("PRAGMA cipher_memory_security", [], |row| row.get(0))
        .unwrap();
    assert_eq!(
        on, "1",
        "freed memory (the key's statement, pages) is wiped"
    );
}
