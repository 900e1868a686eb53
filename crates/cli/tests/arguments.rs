//! What the command line does with the values it is given: an
//! argument that is not UTF-8 is refused without being shown, and personal values can
//! come as JSON on standard input or in a file (`--from-json`) instead of arguments,
//! which other users can read in the process list and the shell keeps in its history.

use std::fs;
#[cfg(unix)]
use std::path::PathBuf;

use predicates::prelude::*;

mod common;
use common::Household;

/// 山田 in Shift_JIS, as a terminal set to CP932 passes it.
#[cfg(unix)]
const SHIFT_JIS_NAME: &[u8] = b"\x8e\x52\x93\x63";

#[cfg(unix)]
fn shift_jis_name() -> &'static std::ffi::OsStr {
    std::os::unix::ffi::OsStrExt::from_bytes(SHIFT_JIS_NAME)
}

/// Whether `haystack` holds `needle`'s bytes anywhere.
#[cfg(unix)]
fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[cfg(unix)]
#[test]
fn a_name_that_is_not_utf8_is_refused_by_option_without_echoing_its_bytes() {
    let household = Household::new();
    household.add_member("山田 太郎", "1990-11-30");
    for (lang, says) in [
        (
            "ja",
            "エラー: オプション --name の値が UTF-8 の文字列ではないため",
        ),
        ("en", "error: The value of --name is not UTF-8 text"),
    ] {
        for name_arg in [
            vec![std::ffi::OsString::from("--name"), shift_jis_name().into()],
            // `--name=…` and a word after a first one (`--name` takes several).
            vec![{
                let mut arg = std::ffi::OsString::from("--name=");
                arg.push(shift_jis_name());
                arg
            }],
            vec!["--name".into(), "山田".into(), shift_jis_name().into()],
        ] {
            let output = household
                .cmd()
                .args(["--lang", lang, "member", "add"])
                .args(&name_arg)
                .args([
                    "--kana",
                    "ヤマダ",
                    "--birth",
                    "1980-01-02",
                    "--relation",
                    "self",
                ])
                .output();
            let stderr = String::from_utf8(output.stderr.clone()).expect("UTF-8 on stderr");
            assert_eq!(output.status.code(), Some(2), "{stderr}");
            assert!(stderr.starts_with(says), "{stderr}");
            // Neither the bytes nor what is left of them with the bad ones replaced.
            assert!(!contains_bytes(&output.stderr, SHIFT_JIS_NAME), "{stderr}");
            assert!(
                !stderr.contains('\u{FFFD}') && !stderr.contains("panicked"),
                "{stderr}"
            );
            assert!(output.stdout.is_empty());
        }
    }
    assert_eq!(household.names(), ["山田 太郎"], "nothing was added");
}

#[cfg(unix)]
#[test]
fn any_argument_that_is_not_utf8_is_refused_without_echoing_it() {
    let household = Household::new();
    // Where a command, an ID or a number belongs; clap itself would quote it.
    for (args, says) in [
        (vec![], "error: One of the arguments is not UTF-8 text"),
        (
            vec!["member", "show"],
            "error: The argument ID is not UTF-8 text",
        ),
        (
            vec!["insurer"],
            "error: The argument NUMBER is not UTF-8 text",
        ),
    ] {
        let output = household
            .cmd()
            .args(["--lang", "en"])
            .args(args)
            .arg(shift_jis_name())
            .output();
        let stderr = String::from_utf8(output.stderr.clone()).expect("UTF-8 on stderr");
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.starts_with(says), "{stderr}");
        assert!(!contains_bytes(&output.stderr, SHIFT_JIS_NAME), "{stderr}");
        assert!(!stderr.contains('\u{FFFD}'), "{stderr}");
    }
    // With --json, the error report scripts read.
    let output = household
        .cmd()
        .args(["--json", "member", "edit", "1", "--kana"])
        .arg(shift_jis_name())
        .output();
    assert_eq!(output.status.code(), Some(2));
    let report: serde_json::Value =
        serde_json::from_slice(&output.stderr).expect("one JSON document");
    assert_eq!(report["code"], "argumentNotText");
    assert!(report["message"].as_str().unwrap().contains("--kana"));
}

#[cfg(unix)]
#[test]
fn a_database_path_that_is_not_utf8_still_works() {
    let household = Household::new();
    let mut file_name = std::ffi::OsString::from("household-");
    file_name.push(shift_jis_name());
    file_name.push(".db");
    let db = household.folder().join(file_name);
    common::add_member_at(&db, "山田 太郎", "1980-01-02");
    assert!(db.is_file());
}

/// A family folder named in Shift_JIS (an old Windows share copied over): backups are
/// written there with `VACUUM INTO` and encryption re-keys them with `ATTACH`, both of
/// which take the path as text. A lossy copy of the name would write them into a folder
/// that does not exist (or another one), so the backup and the re-key must reach the
/// real folder, and no plain copy of the names may be left behind.
#[cfg(unix)]
#[test]
fn backups_and_encryption_work_in_a_folder_whose_name_is_not_utf8() {
    let household = Household::new();
    let folder = household.folder().join(shift_jis_name());
    fs::create_dir(&folder).unwrap();
    let db = folder.join("household.db");
    common::add_member_at(&db, "山田 太郎", "1980-01-02");
    common::cli(&db)
        .args(["backup", "create"])
        .assert()
        .success();
    let backups = || -> Vec<PathBuf> {
        fs::read_dir(folder.join("backups"))
            .map(|entries| entries.map(|entry| entry.unwrap().path()).collect())
            .unwrap_or_default()
    };
    assert!(
        !backups().is_empty(),
        "the backups are in the folder beside the database"
    );
    let passphrase = "あおい そら と しろい くも";
    common::cli(&db)
        .env("HOKEN_TECHO_PASSPHRASE", passphrase)
        .args(["encryption", "set"])
        .assert()
        .success();
    for file in [db.clone()].into_iter().chain(backups()) {
        let bytes = fs::read(&file).unwrap();
        assert!(
            !contains_bytes(&bytes, "山田".as_bytes()),
            "{} still holds the name in plain text",
            file.display()
        );
    }
    let status = common::json(
        common::cli(&db)
            .env("HOKEN_TECHO_PASSPHRASE", passphrase)
            .args(["--json", "member", "list"]),
    );
    assert_eq!(status[0]["name"], "山田 太郎");
}

const MEMBER: &str = r#"{"name": "山田 太郎", "kana": "ヤマダ タロウ", "birth": "昭和55年1月2日", "relation": "本人"}"#;

#[test]
fn a_member_and_a_qualification_can_come_from_standard_input_instead_of_arguments() {
    let household = Household::new();
    let member = common::json(
        household
            .cmd()
            .args(["member", "add", "--from-json", "-"])
            .write_stdin(MEMBER),
    );
    assert_eq!(member["name"], "山田 太郎");
    assert_eq!(member["kana"], "ヤマダ タロウ");
    assert_eq!(member["birthDate"], "1980-01-02");
    // Every key of the qualification, named as its option.
    let qualification = r#"{
        "insurer": "01130012", "insurer-name": "全国健康保険協会 東京支部",
        "symbol": "１２３４５６７８", "number": "123", "branch": "1",
        "acquired": "令和7年4月1日", "lost": "2026-04-01", "role": "dependant",
        "burden": "3", "my-number-last4": "1234", "memo": "転職前"
    }"#;
    let saved = common::json(
        household
            .cmd()
            .args(["qualification", "add", "--member", "1", "--from-json", "-"])
            .write_stdin(qualification),
    );
    let q = &saved["qualification"];
    for (key, value) in [
        ("insurerNumber", "01130012"),
        ("insurerName", "全国健康保険協会 東京支部"),
        ("symbol", "１２３４５６７８"), // kept as printed
        ("number", "123"),
        ("branch", "01"),
        ("acquiredOn", "2025-04-01"),
        ("lostOn", "2026-04-01"),
        ("role", "dependant"),
        ("myNumberLast4", "1234"),
        ("memo", "転職前"),
    ] {
        assert_eq!(q[key], value, "{key}: {q}");
    }
    assert_eq!(q["burdenTenths"], 3, "{q}");
}

#[test]
fn an_edit_from_json_changes_the_keys_given_and_keeps_the_others() {
    let household = Household::new();
    household
        .cmd()
        .args(["member", "add", "--from-json", "-"])
        .write_stdin(MEMBER)
        .assert()
        .success();
    let file = household.folder().join("edit.json");
    fs::write(&file, r#"{"name": "山田 次郎", "kana": "ヤマダ ジロウ"}"#).unwrap();
    let edited = household.json(&["member", "edit", "1", "--from-json", file.to_str().unwrap()]);
    assert_eq!(edited["name"], "山田 次郎");
    assert_eq!(edited["kana"], "ヤマダ ジロウ");
    assert_eq!(edited["birthDate"], "1980-01-02");
    assert_eq!(edited["relation"], "self");
    household.add_member("山田 花子", "1992-05-05");
    household
        .cmd()
        .args(["qualification", "add", "--member", "2", "--from-json", "-"])
        .write_stdin(
            r#"{"insurer": "01130012", "symbol": "1", "number": "2", "acquired": "2025-04-01"}"#,
        )
        .assert()
        .success();
    let edited = common::json(
        household
            .cmd()
            .args(["qualification", "edit", "1", "--from-json", "-"])
            .write_stdin(r#"{"branch": "3"}"#),
    );
    let q = &edited["qualification"];
    assert_eq!(
        (&q["branch"], &q["symbol"]),
        (&"03".into(), &"1".into()),
        "{q}"
    );
}

#[test]
fn keys_that_are_wrong_are_named_and_values_never_shown() {
    let household = Household::new();
    household.add_member("山田 太郎", "1990-11-30");
    let refused = |lang: &str, json: &str| {
        let output = household
            .cmd()
            .args(["--lang", lang, "member", "edit", "1", "--from-json", "-"])
            .write_stdin(json.to_string())
            .output();
        assert_eq!(output.status.code(), Some(1));
        String::from_utf8(output.stderr).expect("UTF-8")
    };
    for (json, en, ja) in [
        (
            r#"{"name": "山田 一郎", "nickname": "イチ"}"#,
            "nickname: this command has no such key",
            "nickname: この項目はこのコマンドにありません",
        ),
        (
            r#"{"name": "山田 一郎", "name": "山田 二郎"}"#,
            "name: This key appears twice",
            "name: 同じ項目が2回あります",
        ),
        (
            r#"{"kana": ["ヤマダ", "イチロウ"]}"#,
            "kana: It must be a string",
            "kana: 文字列",
        ),
        // A key that may be personal data is not repeated either.
        (
            r#"{"山田 一郎": "x"}"#,
            "its name is not shown",
            "項目名は個人情報かもしれないため表示しません",
        ),
        (r#"["山田 一郎"]"#, "It must be an object", "オブジェクト"),
        (
            r#"{"name": "山田 一郎""#,
            "not valid JSON",
            "JSONとして読み取れません",
        ),
    ] {
        let english = refused("en", json);
        assert!(
            english.starts_with("error: Cannot read the JSON input (--from-json)"),
            "{english}"
        );
        assert!(english.contains(en), "{english}");
        let japanese = refused("ja", json);
        assert!(
            japanese.starts_with("エラー: 入力のJSON（--from-json）を読み取れません。"),
            "{japanese}"
        );
        assert!(japanese.contains(ja), "{japanese}");
        for text in [&english, &japanese] {
            for value in ["一郎", "二郎", "イチ"] {
                assert!(!text.contains(value), "{value} shown: {text}");
            }
        }
    }
    assert_eq!(household.names(), ["山田 太郎"], "nothing was changed");
}

#[test]
fn only_a_regular_file_or_standard_input_is_read_and_at_most_100_kb() {
    let household = Household::new();
    household.add_member("山田 太郎", "1990-11-30");
    let edit = |from: &std::path::Path| {
        household
            .cmd()
            .args(["--lang", "en", "member", "edit", "1", "--from-json"])
            .arg(from)
            .assert()
            .code(1)
    };
    edit(household.folder()).stderr(predicate::str::contains("not an ordinary file"));
    #[cfg(unix)]
    edit(std::path::Path::new("/dev/zero"))
        .stderr(predicate::str::contains("not an ordinary file"));
    let large = household.folder().join("large.json");
    fs::write(&large, format!("{{\"memo\": \"{}\"}}", "x".repeat(100_000))).unwrap();
    edit(&large).stderr(predicate::str::contains("at most 100 KB"));
    // Standard input that does not end is read up to the limit, not until memory runs out.
    household
        .cmd()
        .args(["--lang", "en", "member", "edit", "1", "--from-json", "-"])
        .write_stdin(vec![b' '; 1_000_000])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("at most 100 KB"));
    assert_eq!(household.names(), ["山田 太郎"]);
}

#[test]
fn from_json_replaces_the_options_and_is_not_combined_with_them() {
    let household = Household::new();
    household
        .cmd()
        .args([
            "--lang",
            "en",
            "member",
            "add",
            "--from-json",
            "-",
            "--name",
            "山田 太郎",
        ])
        .write_stdin(MEMBER)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
    household
        .cmd()
        .args([
            "--lang",
            "ja",
            "qualification",
            "add",
            "--member",
            "1",
            "--symbol",
            "1",
        ])
        .args(["--from-json", "-"])
        .write_stdin("{}")
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "エラー: 一緒には使えないオプションが指定されています。",
        ));
    // The help says why it exists and which keys it takes.
    let help = household.cmd().args(["member", "add", "--help"]).output();
    let help = String::from_utf8(help.stdout).unwrap();
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    for says in [
        "--from-json <FILE|->",
        "Arguments can be seen by other users of the computer (ps)",
        "Keys: name, kana, birth, relation",
    ] {
        assert!(help.contains(says), "{says}: {help}");
    }
}
