//! Every error the command line can give, walked: one invocation per kind of error
//! (`ErrorKind::ALL`), each run with `--lang en` (English, with Japanese only for an
//! official term in brackets, a quoted name or an example) and with `--lang ja`
//! (Japanese). A new kind of error fails `every_kind_is_walked_or_explained` until it
//! has a case here or a reason it cannot come from the CLI.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use hoken_techo_core::error::ErrorKind;
use predicates::prelude::*;
use serde_json::Value;

mod common;
use common::Household;

const PASSPHRASE: &str = "sakura no hana 2026";

/// What the folder holds before the command runs.
#[derive(Clone, Copy)]
enum Setup {
    /// No database yet (the command creates it).
    Empty,
    /// 山田 太郎 (1) with a qualification (1) and a card, 山田 花子 (2) with nothing.
    Family,
    /// Bytes that are no database at all.
    NotADatabase,
    /// SQLite's header, then garbage.
    Damaged,
    /// Another application's SQLite database.
    Foreign,
    /// A hoken-techo database from a newer version.
    Newer,
    /// The family, encrypted with [`PASSPHRASE`].
    Encrypted,
    /// The family, and a backup file that is not a database.
    BadBackup,
    /// The family, and a file where the backups folder belongs.
    NoBackupFolder,
    /// The database is asked for inside a file, as if that were a folder.
    UnderAFile,
    /// `--db :memory:`: SQLite would keep nothing.
    InMemory,
    /// A folder where the database file belongs.
    FolderAtTheDatabase,
}

struct Case {
    kind: ErrorKind,
    setup: Setup,
    args: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
    /// A phrase of the English message that only this kind says.
    says: &'static str,
}

const fn case(
    kind: ErrorKind,
    setup: Setup,
    args: &'static [&'static str],
    says: &'static str,
) -> Case {
    Case {
        kind,
        setup,
        args,
        env: &[],
        says,
    }
}

const fn with_env(
    kind: ErrorKind,
    setup: Setup,
    args: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
    says: &'static str,
) -> Case {
    Case {
        kind,
        setup,
        args,
        env,
        says,
    }
}

const ADD: [&str; 2] = ["member", "add"];
const QUAL: [&str; 9] = [
    "qualification",
    "add",
    "--member",
    "2",
    "--insurer-name",
    "全国健康保険協会 東京支部",
    "--acquired",
    "2025-04-01",
    "--branch=01",
];

use ErrorKind as K;
use Setup as S;

/// `{file}` in an argument is a file in the household's folder, `{missing}` a path in
/// a folder that does not exist, `{reminder}` / `{renewal}` the ID of a reminder that
/// does not / does replace a document's expiry, `{not-utf8}` 山田 in Shift_JIS (Unix).
#[rustfmt::skip]
const CASES: &[Case] = &[
    case(K::Required, S::Family, &[ADD[0], ADD[1], "--name", " ", "--kana", "ヤマダ", "--birth", "1980-01-02", "--relation", "self"], "Name is required"),
    case(K::TooLong, S::Family, &["qualification", "edit", "1", "--insurer-name", "{long}"], "too long"),
    case(K::NotKatakana, S::Family, &[ADD[0], ADD[1], "--name", "Yamada", "--kana", "yamada", "--birth", "1980-01-02", "--relation", "self"], "katakana"),
    case(K::DateUnreadable, S::Family, &[ADD[0], ADD[1], "--name", "Yamada", "--kana", "ヤマダ", "--birth", "yesterday", "--relation", "self"], "not a date the app can read"),
    case(K::DateNotInCalendar, S::Family, &[ADD[0], ADD[1], "--name", "Yamada", "--kana", "ヤマダ", "--birth", "2025-02-30", "--relation", "self"], "does not exist in the calendar"),
    case(K::DateInFuture, S::Family, &[ADD[0], ADD[1], "--name", "Yamada", "--kana", "ヤマダ", "--birth", "2030-01-01", "--relation", "self"], "in the future"),
    case(K::DateTooEarly, S::Family, &[ADD[0], ADD[1], "--name", "Yamada", "--kana", "ヤマダ", "--birth", "1800-01-01", "--relation", "self"], "too early"),
    case(K::DateBeforeEra, S::Family, &[ADD[0], ADD[1], "--name", "Yamada", "--kana", "ヤマダ", "--birth", "令和元年4月30日", "--relation", "self"], "before the start of the era"),
    case(K::UnknownChoice, S::Family, &[ADD[0], ADD[1], "--name", "Yamada", "--kana", "ヤマダ", "--birth", "1980-01-02", "--relation", "cousin"], "must be one of"),
    case(K::NotDigits, S::Family, &[QUAL[0], QUAL[1], QUAL[2], QUAL[3], QUAL[4], QUAL[5], QUAL[6], QUAL[7], QUAL[8], "--insurer", "0113001A", "--symbol", "1", "--number", "2"], "digits only"),
    case(K::WrongLength, S::Family, &[QUAL[0], QUAL[1], QUAL[2], QUAL[3], QUAL[4], QUAL[5], QUAL[6], QUAL[7], QUAL[8], "--insurer", "0113", "--symbol", "1", "--number", "2"], "8 or 6 digits long"),
    case(K::UnknownPrefecture, S::Family, &[QUAL[0], QUAL[1], QUAL[2], QUAL[3], QUAL[4], QUAL[5], QUAL[6], QUAL[7], QUAL[8], "--insurer", "01990019", "--symbol", "1", "--number", "2"], "prefecture code"),
    case(K::CheckDigitMismatch, S::Family, &[QUAL[0], QUAL[1], QUAL[2], QUAL[3], QUAL[4], QUAL[5], QUAL[6], QUAL[7], QUAL[8], "--insurer", "01130013", "--symbol", "1", "--number", "2"], "check digit"),
    case(K::NotSymbolCharacters, S::Family, &[QUAL[0], QUAL[1], QUAL[2], QUAL[3], QUAL[4], QUAL[5], QUAL[6], QUAL[7], QUAL[8], "--insurer", "01130012", "--symbol", "12#4", "--number", "2"], "Symbol (記号)"),
    case(K::FullMyNumberRefused, S::Family, &["qualification", "edit", "1", "--my-number-last4", "123456789012"], "never stores"),
    case(K::LostNotAfterAcquired, S::Family, &["qualification", "end", "1", "--on", "2025-03-01"], "Date coverage ended"),
    case(K::NotForThisKind, S::Family, &["document", "set", "--member", "1", "--kind", "registration", "--expires", "2029-01-01"], "registration"),
    case(K::DatesWhenNotHeld, S::Family, &["document", "set", "--member", "1", "--kind", "kakuninsho", "--not-held", "--expires", "2029-01-01"], "not held"),
    case(K::ExpiryNotAfterIssue, S::Family, &["document", "set", "--member", "1", "--kind", "kakuninsho", "--issued", "2026-01-01", "--expires", "2025-01-01"], "later than the issue date"),
    case(K::OutOfRange, S::Family, &["reminders", "lead-time", "expiry-first-notice", "999"], "0"),
    case(K::NotForThisReminder, S::Family, &["reminders", "done", "{reminder}", "--new-expiry", "2031-11-30"], "Expiry date"),
    case(K::ExpiryNotAfterPrevious, S::Family, &["reminders", "done", "{renewal}", "--new-expiry", "2020-01-01"], "Expiry date"),
    with_env(K::TooShort, S::Family, &["encryption", "set"], &[("HOKEN_TECHO_PASSPHRASE", "short")], "Passphrase"),
    case(K::ContainsMyNumber, S::Family, &["qualification", "edit", "1", "--memo", "123456789012"], "Memo"),
    case(K::ControlCharacter, S::Family, &["member", "edit", "2", "--name", "山田\u{202E}花子"], "U+202E"),
    case(K::MemberNotFound, S::Family, &["member", "show", "9"], "no household member with ID 9"),
    case(K::QualificationNotFound, S::Family, &["qualification", "end", "9", "--on", "2026-01-01"], "no qualification with ID 9"),
    case(K::DuplicateMember, S::Family, &[ADD[0], ADD[1], "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--birth", "1990-11-30", "--relation", "self"], "already exists"),
    case(K::DuplicateQualification, S::Family, &["qualification", "add", "--member", "1", "--insurer", "01130012", "--insurer-name", "全国健康保険協会 東京支部", "--symbol", "12345678", "--number", "123", "--branch", "00", "--acquired", "2020-04-01", "--lost", "2025-04-01"], "same insurer number"),
    case(K::CurrentQualificationExists, S::Family, &["qualification", "add", "--member", "1", "--insurer", "01130012", "--insurer-name", "全国健康保険協会 東京支部", "--symbol", "87654321", "--number", "9", "--branch", "00", "--acquired", "2026-04-01"], "already has a current qualification"),
    case(K::HouseholdNotEmpty, S::Family, &["demo", "load"], "only be loaded while no household member"),
    case(K::OpenNotADatabase, S::NotADatabase, &["member", "list"], "not a hoken-techo database"),
    case(K::OpenForeignDatabase, S::Foreign, &["member", "list"], "another application's database"),
    case(K::OpenNewerVersion, S::Newer, &["member", "list"], "newer version"),
    case(K::OpenUnreadable, S::UnderAFile, &["member", "list"], "cannot be read"),
    case(K::OpenDamaged, S::Damaged, &["member", "list"], "damaged"),
    case(K::OpenNeedsPassphrase, S::Encrypted, &["member", "list"], "encrypted with a passphrase"),
    with_env(K::OpenWrongPassphrase, S::Encrypted, &["member", "list"], &[("HOKEN_TECHO_PASSPHRASE", "ume no hana 2026")], "does not open"),
    case(K::InUse, S::Family, &["{held}", "member", "list"], "open in another window"),
    case(K::BackupNotFound, S::Family, &["backup", "restore", "household-2020-01-01.db"], "backup"),
    case(K::BackupUnusable, S::BadBackup, &["backup", "restore", "household-2026-11-20.db"], "backup"),
    case(K::BackupCannotWrite, S::NoBackupFolder, &["backup", "create"], "backup"),
    with_env(K::AlreadyEncrypted, S::Encrypted, &["encryption", "set"], &[("HOKEN_TECHO_PASSPHRASE", PASSPHRASE)], "already encrypted"),
    case(K::NotEncrypted, S::Family, &["encryption", "change"], "not encrypted"),
    case(K::ImportNotJson, S::Family, &["import", "{file}"], "JSON"),
    case(K::ImportNotAHouseholdFile, S::Family, &["import", "{file}"], "not a hoken-techo export"),
    case(K::ImportUnsupportedVersion, S::Family, &["import", "{file}"], "version"),
    case(K::ImportWrongType, S::Family, &["import", "{file}"], "an array"),
    case(K::ImportUnknownKey, S::Family, &["import", "{file}"], "members[0]"),
    case(K::ImportDuplicateKey, S::Family, &["import", "{file}"], "appears twice"),
    case(K::ImportNotAFile, S::Family, &["import", "{folder}"], "not an ordinary file"),
    case(K::OpenNotAFilePath, S::InMemory, &[ADD[0], ADD[1], "--name", "山田 太郎", "--kana", "ヤマダ", "--birth", "1980-01-02", "--relation", "self"], "keep nothing on disk"),
    case(K::OpenNotAFile, S::FolderAtTheDatabase, &["member", "list"], "not an ordinary file"),
    case(K::ImportMissing, S::Family, &["import", "{file}"], "members[0]"),
    case(K::ImportField, S::Family, &["import", "{file}"], "check digit"),
    case(K::ImportMyNumber, S::Family, &["import", "{file}"], "My Number"),
    case(K::ImportSamePerson, S::Family, &["import", "{file}"], "members[0]"),
    case(K::ImportSameCard, S::Family, &["import", "{file}"], "members[0]"),
    case(K::ImportSecondCurrentQualification, S::Family, &["import", "{file}"], "members[0]"),
    case(K::ImportSameDocumentKind, S::Family, &["import", "{file}"], "members[0]"),
    case(K::ImportTooLarge, S::Family, &["import", "{file}"], "MB"),
    case(K::ImportTooManyMembers, S::Family, &["import", "{file}"], "at most 500"),
    case(K::ImportTooManyQualifications, S::Family, &["import", "{file}"], "at most 100"),
    case(K::ImportCannotRead, S::Family, &["import", "{missing}"], "read"),
    case(K::ExportNotWritten, S::Family, &["export", "-o", "{missing}"], "could not be saved"),
    case(K::PdfCharacterNotInFont, S::Family, &["pdf", "--member", "3", "-o", "{file}"], "the PDF font cannot print"),
    case(K::PdfNoCurrentQualification, S::Family, &["pdf", "--member", "2", "-o", "{file}"], "no current qualification"),
    case(K::PdfNothingToPrint, S::Empty, &["pdf", "--household", "-o", "{file}"], "nothing to print"),
    case(K::PdfCannotWrite, S::Family, &["pdf", "--member", "1", "-o", "{missing}"], "could not be saved"),
    case(K::ReminderNotFound, S::Family, &["reminders", "done", "m9:expiry-day:card:2030-01-01"], "no longer exists"),
    case(K::CalendarNotWritten, S::Family, &["ics", "-o", "{missing}"], "could not be saved"),
    // Standard output refuses every write (Linux: /dev/full; Windows: a file opened for
    // reading only). The closed pipe, which is no error, is in tests/cli.rs.
    #[cfg(any(target_os = "linux", windows))]
    case(K::OutputNotWritten, S::Family, &["{stdout-unwritable}", "member", "list"], "its result could not be written"),
    case(K::ValuesNotJson, S::Family, &["member", "edit", "2", "--from-json", "{file}"], "not valid JSON"),
    case(K::ValuesWrongType, S::Family, &["member", "edit", "2", "--from-json", "{file}"], "name: It must be a string"),
    case(K::ValuesUnknownKey, S::Family, &["member", "edit", "2", "--from-json", "{file}"], "nickname: this command has no such key"),
    case(K::ValuesDuplicateKey, S::Family, &["member", "edit", "2", "--from-json", "{file}"], "name: This key appears twice"),
    case(K::ValuesTooLarge, S::Family, &["member", "edit", "2", "--from-json", "{file}"], "at most 100 KB"),
    case(K::ValuesCannotRead, S::Family, &["member", "edit", "2", "--from-json", "{missing}"], "cannot be read"),
    case(K::ValuesNotAFile, S::Family, &["member", "edit", "2", "--from-json", "{folder}"], "not an ordinary file"),
    #[cfg(unix)]
    case(K::ArgumentNotText, S::Family, &["member", "edit", "2", "--name", "{not-utf8}"], "The value of --name is not UTF-8 text"),
    // libpcsclite's own variable: no pcscd answers at that path.
    #[cfg(target_os = "linux")]
    with_env(K::CardNoService, S::Family, &["card", "read", "--member", "1", "--wait", "1"], &[("PCSCLITE_CSOCK_NAME", "/nonexistent/pcscd.comm")], "Cannot reach the smart-card service"),
];

/// Kinds the command line cannot produce on purpose, and why; their wording is still
/// checked in both languages by the core's catalogue test.
const NOT_FROM_THE_CLI: &[(ErrorKind, &str)] = &[
    #[cfg(not(any(target_os = "linux", windows)))]
    (
        K::OutputNotWritten,
        "macOS has no device that refuses writes (/dev/full); Linux and Windows walk it",
    ),
    (
        K::EncryptionCannotWrite,
        "needs a folder that refuses writes, which root (the test machine) ignores",
    ),
    (
        K::Storage,
        "SQLite failing mid-transaction; the crash test covers the file",
    ),
    (
        K::DiskFull,
        "needs a full disk; the core's store test fills the file to SQLite's size limit (SQLITE_FULL, as a full disk gives)",
    ),
    (
        K::OpenNotWritable,
        "needs a folder that refuses writes, which root (the test machine) ignores; the core's store test makes one when not root",
    ),
    (
        K::PdfFormCharacterNotInFont,
        "a bug in the PDF's own wording, caught by tests/pdf.rs",
    ),
    (
        K::PdfCannotOpen,
        "only the app opens a saved PDF in a viewer",
    ),
    (
        K::PdfInternal,
        "a bug in the embedded font or the PDF writer",
    ),
    // Windows only: tests/windows.rs holds the files open and checks these messages
    // there (under Wine in scripts/test-windows, and on the Windows runner).
    (
        K::PdfHeldOpen,
        "only Windows refuses to replace a file that is open",
    ),
    (
        K::CalendarHeldOpen,
        "only Windows refuses to replace a file that is open",
    ),
    (
        K::ExportHeldOpen,
        "only Windows refuses to replace a file that is open",
    ),
    // tests/arguments.rs checks it on Unix, where an argument is any bytes.
    #[cfg(windows)]
    (
        K::ArgumentNotText,
        "Windows passes arguments as UTF-16, which a Shift_JIS name cannot break",
    ),
    #[cfg(not(target_os = "linux"))]
    (
        K::CardNoService,
        "needs a system without the smart-card service; tests/card.rs makes one on Linux",
    ),
    // The card's errors need pcscd and the virtual card: tests/card.rs (and
    // crates/card/tests) produce each of them through pcscd, in both languages.
    (K::CardNoReader, "needs pcscd with no reader: tests/card.rs pcsc_card_error_without_a_reader"),
    (K::CardReaderNotFound, "needs pcscd: tests/card.rs pcsc_card_error_for_a_reader_name_not_connected_and_for_a_juki_card"),
    (K::CardNoCard, "needs pcscd: tests/card.rs pcsc_card_error_when_no_card_is_placed_in_time"),
    (K::CardNotMyNumberCard, "needs the virtual card: tests/card.rs pcsc_card_error_for_a_card_that_refuses_the_jpki_application"),
    (K::CardJukiCard, "needs the virtual card: tests/card.rs pcsc_card_error_for_a_reader_name_not_connected_and_for_a_juki_card"),
    (K::CardRemoved, "needs the virtual card: tests/card.rs pcsc_card_error_when_the_card_leaves_between_two_chunks"),
    (K::CardUnreadableCertificate, "needs the virtual card: tests/card.rs pcsc_card_error_for_a_truncated_certificate"),
    (K::CardReaderFailed, "a reader failing in another way; the virtual reader does not"),
    (K::CardCancelled, "only the app's dialog cancels a wait (crates/card/tests a_cancelled_wait_stops_at_once)"),
    (K::CardNotThisMember, "needs the virtual card: tests/card.rs pcsc_a_date_on_none_of_the_members_dates_is_flagged_and_saved_only_with_yes"),
];

/// The import file each import case reads.
fn import_file(kind: ErrorKind) -> String {
    let member = |extra: &str| {
        format!(
            r#"{{"name": "山田 花子", "kana": "ヤマダ ハナコ", "birthDate": "1982-03-04", "relation": "spouse"{extra}}}"#
        )
    };
    let qualification = r#"{"insurerNumber": "01130012", "symbol": "1234", "number": "5", "acquiredOn": "2025-04-01"}"#;
    let household = |members: &[String]| {
        format!(
            r#"{{"format": "hoken-techo-household", "version": 1, "members": [{}]}}"#,
            members.join(",")
        )
    };
    match kind {
        K::ImportNotJson => "{\"format\": ".into(),
        K::ImportNotAHouseholdFile => r#"{"format": "something-else"}"#.into(),
        K::ImportUnsupportedVersion => {
            r#"{"format": "hoken-techo-household", "version": 99, "members": []}"#.into()
        }
        K::ImportWrongType => {
            r#"{"format": "hoken-techo-household", "version": 1, "members": {}}"#.into()
        }
        K::ImportUnknownKey => household(&[member(r#", "nickname": "Hana""#)]),
        K::ImportDuplicateKey => format!(
            r#"{{"format": "hoken-techo-household", "version": 1, "members": [], "members": [{}]}}"#,
            member("")
        ),
        K::ImportMissing => household(&[r#"{"name": "山田 花子"}"#.to_string()]),
        K::ImportField => household(&[member(
            r#", "qualifications": [{"insurerNumber": "01130013", "symbol": "1234", "number": "5", "acquiredOn": "2025-04-01"}]"#,
        )]),
        K::ImportMyNumber => household(&[member(&format!(
            r#", "qualifications": [{}]"#,
            qualification.replace(
                r#""number": "5""#,
                r#""number": "5", "memo": "123456789012""#
            )
        ))]),
        K::ImportSamePerson => household(&[member(""), member("")]),
        K::ImportSameCard => household(&[
            member(&format!(r#", "qualifications": [{qualification}]"#)),
            format!(
                r#"{{"name": "山田 次郎", "kana": "ヤマダ ジロウ", "birthDate": "1985-03-04", "relation": "child", "qualifications": [{qualification}]}}"#
            ),
        ]),
        K::ImportSecondCurrentQualification => household(&[member(&format!(
            r#", "qualifications": [{qualification}, {}]"#,
            qualification.replace("1234", "9999")
        ))]),
        K::ImportSameDocumentKind => household(&[member(
            r#", "documents": [{"kind": "kakuninsho", "expires": "2029-11-30"}, {"kind": "kakuninsho", "expires": "2030-11-30"}]"#,
        )]),
        K::ImportTooLarge => " ".repeat(10_000_001),
        K::ImportTooManyMembers => household(&vec![member(""); 501]),
        K::ImportTooManyQualifications => household(&[member(&format!(
            r#", "qualifications": [{}]"#,
            vec![qualification; 101].join(", ")
        ))]),
        K::ValuesNotJson => r#"{"name": "#.into(),
        K::ValuesWrongType => r#"{"name": ["山田", "花子"]}"#.into(),
        K::ValuesUnknownKey => r#"{"nickname": "Hana"}"#.into(),
        K::ValuesDuplicateKey => r#"{"name": "山田 花子", "name": "山田 春子"}"#.into(),
        K::ValuesTooLarge => " ".repeat(100_001),
        _ => String::new(),
    }
}

fn prepare(household: &Household, setup: Setup) {
    // Members of one 協会けんぽ card, told apart by the 枝番.
    let add_kyokai = |member: u32, branch: &str, acquired: &str| {
        let member = member.to_string();
        household
            .cmd()
            .args(["qualification", "add", "--member", &member])
            .args([
                "--insurer",
                "01130012",
                "--insurer-name",
                "全国健康保険協会 東京支部",
            ])
            .args(["--symbol", "12345678", "--number", "123"])
            .args(["--branch", branch, "--acquired", acquired])
            .assert()
            .success();
    };
    let family = || {
        household.add_member("山田 太郎", "1990-11-30");
        household.add_member("山田 花子", "1992-05-05");
        // Outside the PDF font: a member whose name cannot be printed.
        household.add_member("山田 \u{1F600}", "1994-01-01");
        add_kyokai(1, "00", "2025-04-01");
        // 3 joined days ago: a reminder to check it shows up, one with no expiry.
        add_kyokai(3, "03", "2026-11-20");
        household
            .cmd()
            .args([
                "document",
                "set",
                "--member",
                "1",
                "--kind",
                "card",
                "--issued",
                "2021-12-01",
            ])
            .assert()
            .success();
    };
    match setup {
        Setup::Empty => {}
        Setup::Family => family(),
        Setup::UnderAFile => fs::write(household.folder().join("a file"), "").unwrap(),
        Setup::InMemory => {}
        Setup::FolderAtTheDatabase => fs::create_dir(household.db()).unwrap(),
        Setup::NotADatabase => fs::write(household.db(), "not a database at all").unwrap(),
        Setup::Damaged => {
            family();
            let mut bytes = fs::read(household.db()).unwrap();
            let keep = bytes.len() / 2;
            bytes.truncate(keep);
            bytes.extend(std::iter::repeat_n(0x5a, 4096));
            fs::write(household.db(), bytes).unwrap();
        }
        Setup::Foreign => {
            let conn = rusqlite::Connection::open(household.db()).unwrap();
            conn.execute_batch(
                "CREATE TABLE song (title TEXT); INSERT INTO song VALUES ('sakura');",
            )
            .unwrap();
        }
        Setup::Newer => {
            family();
            let conn = rusqlite::Connection::open(household.db()).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
        }
        Setup::Encrypted => {
            family();
            household
                .cmd()
                .env("HOKEN_TECHO_PASSPHRASE", PASSPHRASE)
                .args(["encryption", "set"])
                .assert()
                .success();
        }
        Setup::BadBackup => {
            family();
            let backups = household.folder().join("backups");
            fs::create_dir_all(&backups).unwrap();
            fs::write(backups.join("household-2026-11-20.db"), "not a database").unwrap();
        }
        Setup::NoBackupFolder => {
            family();
            let backups = household.folder().join("backups");
            fs::remove_dir_all(&backups).ok();
            fs::write(&backups, "a file where the folder belongs").unwrap();
        }
    }
}

/// The ID of the first reminder that does (or does not) ask for a new expiry.
fn reminder_id(household: &Household, asks_for_new_expiry: bool) -> String {
    let list = household.json(&["reminders", "--until", "2028-12-31"]);
    ["due", "upcoming"]
        .iter()
        .flat_map(|section| list[section].as_array().cloned().unwrap_or_default())
        .find(|view: &Value| view["asksForNewExpiry"] == asks_for_new_expiry)
        .and_then(|view| view["id"].as_str().map(str::to_string))
        .expect("the family has such a reminder")
}

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// English with brackets, quotes and examples (`e.g. …`) taken out.
fn outside_terms_and_examples(text: &str) -> String {
    let mut out = String::new();
    let (mut depth, mut quoted, mut example) = (0usize, false, false);
    for (i, c) in text.char_indices() {
        match c {
            '(' | '（' | '「' | '[' => depth += 1,
            ')' | '）' | '」' | ']' => {
                depth = depth.saturating_sub(1);
                example = false;
            }
            '“' => quoted = true,
            '”' => quoted = false,
            _ if depth == 0 && !quoted => {
                if text[i..].starts_with("e.g. ") {
                    example = true;
                } else if example && c == '.' && text[i + 1..].starts_with([' ', '\n']) {
                    example = false;
                }
                if !example {
                    out.push(c);
                }
            }
            _ => {}
        }
    }
    out
}

/// Runs the case in a fresh household in `lang`; returns stderr.
fn run(case: &Case, lang: &str) -> String {
    let household = Household::new();
    prepare(&household, case.setup);
    let renewal = || reminder_id(&household, true);
    let mut cmd = match case.setup {
        Setup::UnderAFile => {
            let db = household.folder().join("a file").join("household.db");
            common::cli_on(&db, common::TODAY)
        }
        Setup::InMemory => common::cli_on(Path::new(":memory:"), common::TODAY),
        _ => household.cmd(),
    };
    cmd.args(["--lang", lang]);
    for (name, value) in case.env {
        cmd.env(name, value);
    }
    let mut holder = None;
    for &arg in case.args {
        match arg {
            "{file}" => {
                let file = household.folder().join("file");
                fs::write(&file, import_file(case.kind)).unwrap();
                cmd.arg(file)
            }
            "{folder}" => cmd.arg(household.folder()),
            "{missing}" => cmd.arg(household.folder().join("no such folder").join("file")),
            "{long}" => cmd.arg("全".repeat(201)),
            // 山田 in Shift_JIS.
            #[cfg(unix)]
            "{not-utf8}" => cmd.arg(
                <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(b"\x8e\x52\x93\x63"),
            ),
            "{reminder}" => cmd.arg(reminder_id(&household, false)),
            "{renewal}" => cmd.arg(renewal()),
            #[cfg(target_os = "linux")]
            "{stdout-unwritable}" => cmd.stdout_to(
                fs::OpenOptions::new()
                    .write(true)
                    .open("/dev/full")
                    .unwrap(),
            ),
            // (On Unix a read-only descriptor is EBADF, which Rust's stdout ignores.)
            #[cfg(windows)]
            "{stdout-unwritable}" => {
                let file = household.folder().join("read-only output");
                fs::write(&file, "").unwrap();
                cmd.stdout_to(fs::File::open(&file).unwrap())
            }
            "{held}" => {
                // The app has the file open: a restore would replace it under it.
                let conn = rusqlite::Connection::open(household.db()).unwrap();
                conn.pragma_update(None, "locking_mode", "EXCLUSIVE")
                    .unwrap();
                conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;").unwrap();
                holder = Some(conn);
                &mut cmd
            }
            _ => cmd.arg(arg),
        };
    }
    let output = cmd.output();
    drop(holder);
    assert!(
        !output.status.success(),
        "{} ({lang}) succeeded",
        case.kind.name()
    );
    assert!(
        output.stdout.is_empty() || case.kind == K::BackupCannotWrite,
        "{}: stdout {:?}",
        case.kind.name(),
        String::from_utf8_lossy(&output.stdout)
    );
    String::from_utf8(output.stderr).expect("UTF-8")
}

#[test]
fn every_error_the_cli_gives_is_english_with_lang_en_and_japanese_with_lang_ja() {
    let mut problems = Vec::new();
    for case in CASES {
        let name = case.kind.name();
        let en = run(case, "en");
        let ja = run(case, "ja");
        // A warning (a daily backup that failed) may come first.
        let error_line =
            |prefix: &str, text: &str| text.lines().any(|line| line.starts_with(prefix));
        if !error_line("error: ", &en) || !en.contains(case.says) {
            problems.push(format!(
                "{name}: not the expected English error ({:?}):\n{en}",
                case.says
            ));
        }
        if outside_terms_and_examples(&en).chars().any(is_japanese) {
            problems.push(format!(
                "{name}: Japanese outside brackets, quotes and examples:\n{en}"
            ));
        }
        if !error_line("エラー: ", &ja) || !ja.chars().any(|c| matches!(c, '\u{3040}'..='\u{309f}'))
        {
            problems.push(format!("{name}: not a Japanese error:\n{ja}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn every_kind_is_walked_or_explained() {
    let walked: HashSet<ErrorKind> = CASES.iter().map(|case| case.kind).collect();
    assert_eq!(walked.len(), CASES.len(), "one case per kind");
    let explained: HashSet<ErrorKind> = NOT_FROM_THE_CLI.iter().map(|(kind, _)| *kind).collect();
    assert!(walked.is_disjoint(&explained));
    let missing: Vec<&str> = ErrorKind::ALL
        .iter()
        .filter(|kind| !walked.contains(kind) && !explained.contains(kind))
        .map(|kind| kind.name())
        .collect();
    assert!(
        missing.is_empty(),
        "kinds of error without a case in CASES: {missing:?}"
    );
}

#[test]
fn usage_errors_follow_the_language_too() {
    let household = Household::new();
    household
        .cmd()
        .args(["--lang", "en", "membr"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: unrecognized subcommand 'membr'",
        ));
    household
        .cmd()
        .args(["--lang", "ja", "membr"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::starts_with("エラー: そのようなコマンドはありません。")
                .and(predicate::str::contains("unrecognized subcommand 'membr'")),
        );
    // Without --lang, the system's language (Japanese here) decides.
    household
        .cmd()
        .args(["member", "add", "--name"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "エラー: オプションの値が正しくありません。",
        ));
    let mut english_system = household.cmd();
    common::system_locale(&mut english_system, "en_US.UTF-8");
    english_system
        .args(["member", "add", "--name"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("error: a value is required"));
}
