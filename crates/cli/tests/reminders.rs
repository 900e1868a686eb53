//! `hoken-techo reminders …` and `hoken-techo ics`, run as a user runs them, against a
//! temporary database. Expected dates are written by hand from DOMAIN.md.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use predicates::prelude::*;
use serde_json::Value;

mod common;
use common::Household;

/// What a reminder's ID says; the list's order is by fire date.
fn ids(list: &Value, section: &str) -> Vec<String> {
    list[section]
        .as_array()
        .expect("a list")
        .iter()
        .map(|view| view["id"].as_str().unwrap().to_string())
        .collect()
}

const AUTH_WINDOW: &str = "m1:renewal-opens:ecert-auth:2026-11-30";
const AUTH_FIRST: &str = "m1:expiry-first-notice:ecert-auth:2026-11-30";
const AUTH_LAST: &str = "m1:expiry-last-notice:ecert-auth:2026-11-30";

/// 山田 太郎, born 1990-11-30, card issued 2021-12-01: e-certs to 2026-11-30 (grace to
/// 2027-02-28), the card to 2031-11-30 (DOMAIN §2–§4).
fn with_taro(household: &Household) {
    household.json(&[
        "member",
        "add",
        "--name",
        "山田 太郎",
        "--kana",
        "ヤマダ タロウ",
        "--birth",
        "1990-11-30",
        "--relation",
        "本人",
    ]);
    household.json(&[
        "document",
        "set",
        "--member",
        "1",
        "--kind",
        "card",
        "--issued",
        "令和3年12月1日",
    ]);
}

#[test]
fn reminders_lists_due_and_upcoming_with_dates_and_kinds() {
    let household = Household::new();
    with_taro(&household);
    let list = household.json(&["reminders"]);
    assert_eq!(ids(&list, "due"), [AUTH_WINDOW, AUTH_FIRST, AUTH_LAST]);
    assert_eq!(list["due"][0]["fireOn"], "2026-08-31");
    assert_eq!(list["due"][2]["fireOn"], "2026-11-23");
    assert_eq!(list["due"][2]["deadline"], "2026-11-30");
    assert_eq!(
        ids(&list, "upcoming"),
        [
            "m1:expiry-day:ecert-auth:2026-11-30",
            "m1:grace-ends:ecert-auth:2027-02-28"
        ]
    );
    household
        .cmd()
        .arg("reminders")
        .assert()
        .success()
        .stdout(predicate::str::contains("2026-11-23  山田 太郎: 利用者証明用電子証明書の有効期限がまもなく切れます"))
        .stdout(predicate::str::contains(
            "m1:expiry-last-notice:ecert-auth:2026-11-30（expiry-last-notice・対象日 令和8年11月30日 (2026-11-30)）",
        ))
        .stdout(predicate::str::contains("2027-02-28  山田 太郎: マイナ保険証の猶予期間が終わります"));
    // Later and further: the card's window opens on 2031-08-31.
    let later = household.json(&[
        "reminders",
        "--on",
        "令和13年9月1日",
        "--until",
        "2031-12-31",
    ]);
    assert_eq!(ids(&later, "due"), ["m1:renewal-opens:card:2031-11-30"]);
    household
        .cmd()
        .args(["--lang", "en", "reminders"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "The authentication e-certificate is about to expire",
        ));
}

#[test]
fn done_with_the_new_expiry_records_it_and_the_old_reminders_go() {
    let household = Household::new();
    with_taro(&household);
    let done = household.json(&[
        "reminders",
        "done",
        AUTH_LAST,
        "--new-expiry",
        "令和13年11月30日",
    ]);
    assert_eq!(done["state"]["status"], "done");
    let documents = household.json(&["document", "list", "--member", "1"]);
    let auth = documents
        .as_array()
        .unwrap()
        .iter()
        .find(|document| document["kind"] == "ecert-auth")
        .expect("the renewed cert");
    assert_eq!(auth["expiry"]["date"], "2031-11-30");
    assert_eq!(auth["expiry"]["source"], "printed");
    let list = household.json(&["reminders"]);
    assert!(ids(&list, "due")
        .iter()
        .chain(&ids(&list, "upcoming"))
        .all(|id| !id.contains("ecert-auth")));
}

#[test]
fn a_wrong_new_expiry_names_the_field_and_changes_nothing() {
    let household = Household::new();
    with_taro(&household);
    let before = household.json(&["document", "list", "--member", "1"]);
    let output = household
        .cmd()
        .args([
            "--json",
            "reminders",
            "done",
            AUTH_LAST,
            "--new-expiry",
            "令和13年2月30日",
        ])
        .output();
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&output.stderr).unwrap();
    assert_eq!(report["code"], "invalid");
    assert_eq!(report["fields"][0]["field"], "expiryDate");
    household
        .cmd()
        .args(["reminders", "done", AUTH_LAST, "--new-expiry", "2026-01-01"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "有効期限は、更新前の有効期限より後の日付にしてください",
        ));
    assert_eq!(
        household.json(&["document", "list", "--member", "1"]),
        before
    );
    assert!(ids(&household.json(&["reminders"]), "due").contains(&AUTH_LAST.to_string()));
}

#[test]
fn snooze_and_dismiss_take_reminders_off_the_due_list() {
    let household = Household::new();
    with_taro(&household);
    let snoozed = household.json(&["reminders", "snooze", AUTH_FIRST, "--for", "day"]);
    assert_eq!(snoozed["fireOn"], "2026-11-26");
    assert_eq!(snoozed["state"]["snoozedUntil"], "2026-11-26");
    household
        .cmd()
        .args(["reminders", "dismiss", AUTH_WINDOW])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "非表示（令和8年11月25日 (2026-11-25)）",
        ));
    let list = household.json(&["reminders"]);
    assert_eq!(ids(&list, "due"), [AUTH_LAST]);
    assert_eq!(ids(&list, "done"), [AUTH_WINDOW]);
    assert_eq!(ids(&list, "upcoming")[0], AUTH_FIRST);
    let tomorrow = common::json(common::cli_on(&household.db(), "2026-11-26").args(["reminders"]));
    // By fire date: the snoozed notice now fires on 11-26, after the 7-day one.
    assert_eq!(ids(&tomorrow, "due"), [AUTH_LAST, AUTH_FIRST]);
    household
        .cmd()
        .args(["reminders", "snooze", AUTH_FIRST, "--for", "month"])
        .assert()
        .failure();
    household
        .cmd()
        .args(["reminders", "dismiss", "m1:expiry-day:card:1999-01-01"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("この通知は見つかりません"));
}

#[test]
fn lead_times_are_listed_and_set_per_kind() {
    let household = Household::new();
    with_taro(&household);
    let leads = household.json(&["reminders", "lead-time"]);
    assert_eq!(leads.as_array().unwrap().len(), 11);
    assert_eq!(leads[1]["kind"], "expiry-first-notice");
    assert_eq!(leads[1]["days"], 30);
    let leads = household.json(&["reminders", "lead-time", "expiry-first-notice", "45"]);
    assert_eq!(leads[1]["days"], 45);
    assert_eq!(leads[1]["label"], "有効期限の45日前");
    let list = household.json(&["reminders"]);
    assert_eq!(list["due"][1]["id"], AUTH_FIRST);
    assert_eq!(list["due"][1]["fireOn"], "2026-10-16");
    household
        .cmd()
        .args(["reminders", "lead-time"])
        .assert()
        .success()
        .stdout(predicate::str::contains("有効期限の45日前（既定は30日）"));
    household
        .cmd()
        .args(["reminders", "lead-time", "expiry-day", "-1"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "知らせる日数は0から365までの数で入力してください",
        ));
    household
        .cmd()
        .args(["reminders", "lead-time", "birthday", "3"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("通知の種類は次から選んでください"));
}

// --- the calendar file -----------------------------------------------------------

const SYMBOL: &str = "98765432";
const NUMBER: &str = "7654321";
const INSURER: &str = "01130012";

/// Three members: 太郎 (insured, new plan from 2026-11-16, card), 花子 (his dependant,
/// no card, a 資格確認書 to 2029-11-30), Anna (在留期間 to 2027-03-31, no card recorded).
fn three_members() -> Household {
    let household = Household::new();
    with_taro(&household);
    for (name, kana, birth, relation) in [
        ("山田 花子", "ヤマダ ハナコ", "1992-05-05", "配偶者"),
        ("Anna Schmidt", "アンナ シュミット", "1988-07-07", "その他"),
    ] {
        household.json(&[
            "member",
            "add",
            "--name",
            name,
            "--kana",
            kana,
            "--birth",
            birth,
            "--relation",
            relation,
        ]);
    }
    for (member, branch, role, acquired) in [
        ("1", "00", "insured", "2026-11-16"),
        ("2", "01", "dependant", "2026-11-16"),
    ] {
        household.json(&[
            "qualification",
            "add",
            "--member",
            member,
            "--insurer",
            INSURER,
            "--insurer-name",
            "全国健康保険協会 東京支部",
            "--symbol",
            SYMBOL,
            "--number",
            NUMBER,
            "--branch",
            branch,
            "--role",
            role,
            "--acquired",
            acquired,
        ]);
    }
    household.json(&[
        "document",
        "set",
        "--member",
        "2",
        "--kind",
        "card",
        "--not-held",
    ]);
    household.json(&[
        "document",
        "set",
        "--member",
        "2",
        "--kind",
        "kakuninsho",
        "--expires",
        "令和11年11月30日",
    ]);
    household.json(&[
        "document",
        "set",
        "--member",
        "3",
        "--kind",
        "zairyu",
        "--expires",
        "2027-03-31",
    ]);
    household
}

/// Counted by hand, every reminder not done and not past its time on 2026-11-25:
/// 太郎 13 — 利用者証明用 cert (window, 30 and 7 days, expiry day, grace end), the card
/// (the same five), 70, 75, the check of the new plan; 花子 4 — 資格確認書, 70, 75, her
/// cover ending on 太郎's 75th birthday (no card: no check); Anna 3 — 在留期間, 70, 75.
const EVENTS: usize = 20;

fn export(household: &Household, name: &str) -> PathBuf {
    let path = household.db().with_file_name(name);
    let written = household.json(&["ics", "-o", path.to_str().unwrap()]);
    assert_eq!(written["path"], path.to_str().unwrap());
    path
}

#[test]
fn the_calendar_holds_one_event_and_alarm_per_reminder_and_no_card_numbers() {
    let household = three_members();
    let first = export(&household, "first.ics");
    let text = std::fs::read_to_string(&first).unwrap();
    assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), EVENTS);
    assert_eq!(text.matches("BEGIN:VALARM\r\n").count(), EVENTS);
    let unfolded = text.replace("\r\n ", "");
    for secret in [SYMBOL, NUMBER, INSURER, "全国健康保険協会"] {
        assert!(!unfolded.contains(secret), "the calendar contains {secret}");
    }
    assert!(unfolded.contains("SUMMARY:山田 花子さん：扶養から外れます：新しい保険への加入\r\n"));
    assert!(unfolded.contains("UID:m2:dependant-loses-cover:2065-11-30@hokentecho.jp\r\n"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&first).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

/// The tests' Python with `icalendar` (scripts/setup --test makes it): where
/// `HOKEN_TECHO_PYTHON` points, else the default venv. Missing: a failure under CI, a
/// notice and a skip elsewhere.
fn independent_python() -> Option<PathBuf> {
    let python = std::env::var_os("HOKEN_TECHO_PYTHON")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .map(|home| Path::new(&home).join(".cache/hoken-techo/venv/bin/python"))
        })?;
    let works = Process::new(&python)
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|output| output.status.success());
    if works {
        return Some(python);
    }
    let message = format!(
        "no Python with `icalendar` at {} (run scripts/setup --test, or set HOKEN_TECHO_PYTHON)",
        python.display()
    );
    if std::env::var_os("CI").is_some() {
        panic!("{message}");
    }
    eprintln!("skipped: the independent iCalendar check needs {message}");
    None
}

#[test]
fn an_independent_parser_reads_the_same_events_from_two_exports() {
    let Some(python) = independent_python() else {
        return;
    };
    let household = three_members();
    let first = export(&household, "first.ics");
    let second = export(&household, "second.ics");
    let events = EVENTS.to_string();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ics_check.py");
    let mut check = Process::new(python);
    check
        .arg(&script)
        .arg(&first)
        .arg(&second)
        .args(["--events", &events]);
    for text in [
        "山田 太郎さん：利用者証明用電子証明書の有効期限がまもなく切れます",
        "猶予期間は令和9年2月28日 (2027-02-28)までです",
        "健康保険証利用登録をやり直してください",
        "Anna Schmidtさん：在留期間の満了日が近づいています",
        "資格確認書の有効期限は令和11年11月30日 (2029-11-30)です。",
        "扶養されているご家族（山田 花子さん）",
    ] {
        check.args(["--text", text]);
    }
    let output = check.output().expect("python runs");
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("20 events, 20 alarms"));
}

/// A name stored before control characters were refused (an old import, another
/// program): the terminal and the calendar get `[U+202E]`, never the character.
#[test]
fn control_characters_already_in_the_database_reach_neither_the_terminal_nor_the_calendar() {
    let household = Household::new();
    with_taro(&household);
    let conn = rusqlite::Connection::open(household.db()).unwrap();
    conn.execute(
        "UPDATE member SET name = ?1 WHERE id = 1",
        ["山田\u{1B}]0;pwned\u{7}\u{202E}太郎\u{0}"],
    )
    .unwrap();
    drop(conn);
    let refused = |c: char| c == '\u{1B}' || c == '\u{7}' || c == '\u{202E}' || c == '\0';
    for args in [&["member", "list"][..], &["reminders"][..]] {
        for json in [false, true] {
            let mut cmd = household.cmd();
            if json {
                cmd.arg("--json");
            }
            let output = cmd.args(args).output();
            assert!(output.status.success(), "{args:?}");
            let stdout = String::from_utf8(output.stdout).unwrap();
            assert!(!stdout.chars().any(refused), "{args:?} {stdout}");
            if json {
                let value: Value = serde_json::from_str(&stdout).unwrap();
                assert!(value.to_string().contains("pwned"));
                assert!(stdout.contains("\\u202e"), "{stdout}");
            } else {
                assert!(
                    stdout.contains("[U+001B]]0;pwned[U+0007][U+202E]太郎"),
                    "{stdout}"
                );
            }
        }
    }
    let ics = std::fs::read_to_string(export(&household, "names.ics")).unwrap();
    assert!(!ics.chars().any(refused), "{ics}");
    assert!(ics.contains("[U+202E]"), "{ics}");
}

/// Import checks names like the form does.
#[test]
fn an_import_with_a_bidi_character_in_a_name_is_refused_and_names_the_code_point() {
    let household = Household::new();
    with_taro(&household);
    let file = household.folder().join("export.json");
    household.json(&["export", "-o", file.to_str().unwrap()]);
    let text = std::fs::read_to_string(&file).unwrap();
    let hostile = household.folder().join("hostile.json");
    std::fs::write(&hostile, text.replace("山田 太郎", "山田\\u202e 太郎")).unwrap();
    household
        .cmd()
        .args([
            "--lang",
            "en",
            "import",
            hostile.to_str().unwrap(),
            "--dry-run",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("U+202E").and(predicate::str::contains('\u{202E}').not()));
}

/// `reminders names` keeps the household's choice (the app's
/// settings screen shows the same one), `ics` follows it, and `ics --names` overrides it
/// for one file. 山田 太郎 turns 75 with 花子 as his dependant: her event and his list
/// her and him by name when names are shown.
#[test]
fn the_calendar_names_members_as_the_household_chose_or_as_asked_for_one_file() {
    let household = three_members();
    let unfolded = |name: &str| {
        std::fs::read_to_string(export(&household, name))
            .unwrap()
            .replace("\r\n ", "")
    };
    let shown = household.json(&["reminders", "names"]);
    assert_eq!(shown["namesInReminders"], "full");
    assert!(unfolded("full.ics").contains("SUMMARY:山田 太郎さん："));

    let set = household.json(&["reminders", "names", "given"]);
    assert_eq!(set["namesInReminders"], "given");
    let given = unfolded("given.ics");
    assert!(!given.contains("山田"), "no surname: {given}");
    assert!(given.contains("SUMMARY:太郎さん："));
    assert!(given.contains("SUMMARY:花子さん：扶養から外れます"));
    assert!(
        given.contains("太郎さんが"),
        "花子's event names 太郎 by given name"
    );

    household.json(&["reminders", "names", "hidden"]);
    let hidden = unfolded("hidden.ics");
    for name in ["山田", "太郎", "花子", "Anna", "Schmidt"] {
        assert!(!hidden.contains(name), "{name} in {hidden}");
    }
    assert!(hidden.contains("SUMMARY:ご本人："));
    assert!(hidden.contains("SUMMARY:配偶者の方：扶養から外れます"));
    assert_eq!(
        hidden.matches("BEGIN:VEVENT").count(),
        EVENTS,
        "the same events"
    );

    // One file with full names, the choice stays.
    let path = household.db().with_file_name("once.ics");
    household.json(&["ics", "-o", path.to_str().unwrap(), "--names", "full"]);
    let once = std::fs::read_to_string(&path).unwrap().replace("\r\n ", "");
    assert!(once.contains("SUMMARY:山田 太郎さん："));
    assert_eq!(
        household.json(&["reminders", "names"])["namesInReminders"],
        "hidden"
    );
    household
        .cmd()
        .args(["reminders", "names", "initials"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("use full, given or hidden"));
}
