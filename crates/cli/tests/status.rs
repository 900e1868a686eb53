//! `hoken-techo document …`, `status` and `troubleshoot`, run as a user runs them,
//! against a temporary database.

use predicates::prelude::*;
use serde_json::Value;

mod common;
use common::Household;

/// The member most tests start from.
trait WithTaro {
    fn with_taro(&self) -> String;
}

impl WithTaro for Household {
    /// 山田 太郎, born 1990-11-30: a card issued 2021-12-01 has its e-certs to
    /// 2026-11-30, usable in the grace through 2027-02-28 (DOMAIN §3, §4).
    fn with_taro(&self) -> String {
        let added = self.json(&[
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
        added["id"].as_i64().unwrap().to_string()
    }
}

#[test]
fn document_set_list_clear_round_trip() {
    let household = Household::new();
    let id = household.with_taro();
    let saved = household.json(&[
        "document",
        "set",
        "--member",
        &id,
        "--kind",
        "card",
        "--issued",
        "令和3年12月1日",
    ]);
    assert_eq!(saved["document"]["kind"], "card");
    assert_eq!(saved["document"]["expiry"]["date"], "2031-11-30");
    assert_eq!(saved["document"]["expiry"]["source"], "computed");
    // Only the printed expiry is added: the issue date is kept.
    let saved = household.json(&[
        "document",
        "set",
        "--member",
        &id,
        "--kind",
        "card",
        "--expires",
        "2031-11-30",
    ]);
    assert_eq!(saved["document"]["issued"]["date"], "2021-12-01");
    assert_eq!(saved["document"]["expiry"]["source"], "printed");
    household.json(&[
        "document",
        "set",
        "--member",
        &id,
        "--kind",
        "registration",
        "--status",
        "done",
    ]);

    let list = household.json(&["document", "list", "--member", &id]);
    let kinds: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["card", "ecert-auth", "ecert-sign", "registration"]);
    assert_eq!(list[1]["expiry"]["date"], "2026-11-30");
    assert_eq!(list[1]["recorded"], false);

    household
        .cmd()
        .args(["document", "list", "--member", &id])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("[ecert-auth] 利用者証明用電子証明書: 有効（令和8年8月31日 (2026-08-31)から更新できます）")
                .and(predicate::str::contains("有効期限: 令和8年11月30日 (2026-11-30)（計算）")),
        );

    let after = household.json(&[
        "document",
        "clear",
        "--member",
        &id,
        "--kind",
        "registration",
    ]);
    assert_eq!(after.as_array().unwrap().len(), 3);
}

#[test]
fn document_set_reports_field_errors_and_saves_nothing() {
    let household = Household::new();
    let id = household.with_taro();
    let output = household
        .cmd()
        .args([
            "--json", "document", "set", "--member", &id, "--kind", "card",
        ])
        .args(["--issued", "2021-12-01", "--status", "done"])
        .output();
    assert!(!output.status.success());
    let report: Value = serde_json::from_slice(&output.stderr).unwrap();
    assert_eq!(report["code"], "invalid");
    assert_eq!(report["fields"][0]["field"], "registrationStatus");
    let list = household.json(&["document", "list", "--member", &id]);
    assert_eq!(list.as_array().unwrap().len(), 0);
}

#[test]
fn status_json_has_the_grace_and_what_to_bring_after_it() {
    let household = Household::new();
    let id = household.with_taro();
    household.json(&[
        "document",
        "set",
        "--member",
        &id,
        "--kind",
        "card",
        "--issued",
        "2021-12-01",
    ]);
    household.json(&[
        "document",
        "set",
        "--member",
        &id,
        "--kind",
        "registration",
        "--status",
        "done",
        "--issued",
        "2022-01-10",
    ]);

    let grace = household.json(&["status", "--on", "2027-02-28"]);
    let member = &grace["members"][0];
    assert_eq!(grace["on"]["date"], "2027-02-28");
    assert_eq!(member["myna"]["usable"], "grace");
    assert_eq!(member["myna"]["graceUntil"]["date"], "2027-02-28");
    assert_eq!(member["documents"][1]["expiry"]["date"], "2026-11-30");
    assert_eq!(member["documents"][1]["expiry"]["estimate"], false);
    assert_eq!(
        member["bring"]["summary"],
        "マイナンバーカード（マイナ保険証）と資格情報のお知らせ"
    );

    let after = household.json(&["status", "--on", "令和9年3月1日", "--member", &id]);
    let member = &after["members"][0];
    assert_eq!(member["myna"]["usable"], "notUsable");
    assert_eq!(member["bring"]["summary"], "資格確認書");
    assert_eq!(after["overview"][0]["urgency"], "notUsable");

    household
        .cmd()
        .args(["status", "--on", "2027-03-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "受診の際は、資格確認書をお持ちください。",
        ));
}

#[test]
fn status_refuses_an_unreadable_date_with_the_core_message() {
    let household = Household::new();
    household
        .cmd()
        .args(["status", "--on", "令和9年2月30日"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "状況を確かめる日の日付が存在しません",
        ));
}

#[test]
fn troubleshoot_pre_answers_from_the_records() {
    let household = Household::new();
    let id = household.with_taro();
    household.json(&[
        "document",
        "set",
        "--member",
        &id,
        "--kind",
        "card",
        "--issued",
        "2021-12-01",
    ]);
    household.json(&[
        "document",
        "set",
        "--member",
        &id,
        "--kind",
        "registration",
        "--not-held",
    ]);
    let t = household.json(&["troubleshoot", "--member", &id]);
    assert_eq!(t["firstProblem"], "registration");
    assert_eq!(t["questions"][0]["id"], "hasCard");
    assert_eq!(t["questions"][1]["answer"], "no");
    household
        .cmd()
        .args(["troubleshoot", "--member", &id])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "受付の顔認証付きカードリーダーで、その場で健康保険証利用登録ができます。",
        ));
}

#[test]
fn troubleshoot_takes_the_members_answer_where_the_records_cannot_tell() {
    let household = Household::new();
    let id = household.with_taro();
    for args in [
        &["--kind", "card", "--issued", "2021-12-01"][..],
        &["--kind", "registration", "--status", "done"][..],
    ] {
        household.json(&[&["document", "set", "--member", &id][..], args].concat());
    }
    // The records cannot tell whether the My Number reached the insurer (step 4).
    let t = household.json(&["troubleshoot", "--member", &id]);
    assert_eq!(t["questions"][4]["id"], "myNumberSubmitted");
    assert_eq!(t["questions"][4]["askable"], true);
    assert!(t["firstProblem"].is_null());
    household
        .cmd()
        .args(["troubleshoot", "--member", &id])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "（わかる場合は --my-number-given yes または no で答えてください）",
        ));
    let t = household.json(&["troubleshoot", "--member", &id, "--my-number-given", "no"]);
    assert_eq!(t["firstProblem"], "myNumberSubmitted");
    assert_eq!(t["questions"][4]["given"], true);
    household
        .cmd()
        .args(["troubleshoot", "--member", &id, "--my-number-given", "no"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "勤務先（被扶養者の方は、被保険者の勤務先）を通じて、保険者にマイナンバーを届け出てください。",
        ));
}

#[test]
fn status_json_says_why_when_there_is_no_cover() {
    let household = Household::new();
    let id = household.with_taro();
    household.json(&[
        "document",
        "set",
        "--member",
        &id,
        "--kind",
        "card",
        "--issued",
        "2021-12-01",
    ]);
    household.json(&[
        "document",
        "set",
        "--member",
        &id,
        "--kind",
        "registration",
        "--status",
        "done",
    ]);
    // Left the plan: 喪失日 2026-04-01, nothing new recorded.
    household.json(&[
        "qualification",
        "add",
        "--member",
        &id,
        "--insurer",
        "01130012",
        "--symbol",
        "12345678",
        "--number",
        "123",
        "--acquired",
        "2020-04-01",
        "--lost",
        "2026-04-01",
    ]);
    let status = household.json(&["status", "--on", "2026-04-10"]);
    let member = &status["members"][0];
    assert_eq!(member["myna"]["usable"], "notUsable");
    assert_eq!(member["myna"]["noCover"]["reason"], "qualificationLost");
    assert_eq!(member["myna"]["noCover"]["since"]["date"], "2026-04-01");
    assert_eq!(status["overview"][0]["kind"], "joinNewPlan");
    assert_eq!(status["overview"][0]["urgency"], "noCover");
    // The day before, the plan still covers him.
    let status = household.json(&["status", "--on", "2026-03-31"]);
    assert!(status["members"][0]["myna"]["noCover"].is_null());
    household
        .cmd()
        .args(["status", "--on", "2026-04-10"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "マイナ保険証は使えません（この日に有効な健康保険の資格がありません）",
        ));
}
