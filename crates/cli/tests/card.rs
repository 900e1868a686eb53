//! `hoken-techo card read` against the virtual card through pcscd (Debian's pcscd and
//! vsmartcard-vpcd; each test starts `pcscd --foreground` itself and stops it by its
//! PID). Without pcscd the tests say they are skipped; with CI=true they fail instead.
//! Every reading's APDU log is checked: no VERIFY with data, EF 0001 never selected.
//! Every test's name starts with `pcsc_` (scripts/test-windows leaves them out under
//! Wine, which has no smart-card service).

use chrono::NaiveDateTime;
use hoken_techo_card::jpki::EF_SIGN_CERT;
use hoken_techo_card::virtual_card::{
    is_verify_with_data, pcscd_or_skip, serial, CardSpec, VirtualCard, VIRTUAL_READER,
};
use serde_json::Value;

mod common;
use common::Household;

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").unwrap()
}

fn card(not_after: &str) -> CardSpec {
    CardSpec::my_number_card(at(not_after))
}

fn assert_private(card: &VirtualCard) {
    let log = card.log();
    assert!(!log.commands.is_empty(), "the card was read");
    for command in &log.commands {
        assert!(
            !is_verify_with_data(command),
            "VERIFY with data: {command:02X?}"
        );
    }
    assert!(
        !log.selected.contains(&EF_SIGN_CERT),
        "EF 0001 was selected"
    );
}

/// The member's documents and the household's status, to compare before and after.
fn snapshot(household: &Household, member: i64) -> (Value, Value) {
    let member = member.to_string();
    (
        household.json(&["document", "list", "--member", &member]),
        household.json(&["status"]),
    )
}

fn ecert_auth(status: &Value) -> Value {
    status["members"][0]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "ecert-auth")
        .cloned()
        .unwrap_or(Value::Null)
}

#[test]
fn pcsc_card_readers_lists_the_virtual_reader() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("card_readers_lists_the_virtual_reader", true) else {
        return;
    };
    let household = Household::new();
    let readers = household.json(&["card", "readers"]);
    // vpcd offers two slots; the first is the one the virtual card goes to.
    assert_eq!(readers["readers"][0], VIRTUAL_READER, "{readers}");
}

#[test]
fn pcsc_card_read_gives_the_day_in_japan_for_not_after_around_midnight() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("card_read_gives_the_day_in_japan", true) else {
        return;
    };
    let household = Household::new();
    // notAfter is the end of the expiry day in JST, stored as 14:59:59Z.
    for (not_after, day) in [
        ("2031-06-15T14:59:59", "2031-06-15"),
        ("2031-06-15T15:00:00", "2031-06-16"),
        ("2031-06-14T15:00:00", "2031-06-15"),
        ("2031-12-31T14:59:59", "2031-12-31"),
        ("2031-12-31T15:00:00", "2032-01-01"),
    ] {
        let virtual_card = VirtualCard::insert(card(not_after)).unwrap();
        let read = household.json(&["card", "read", "--wait", "10"]);
        assert_eq!(
            read["reading"]["ecertAuthExpires"], day,
            "notAfter {not_after}Z"
        );
        assert_eq!(read["reading"]["kind"], "my-number-card");
        assert_eq!(read["reading"]["reader"], VIRTUAL_READER);
        assert_eq!(
            read["reading"]["authPin"],
            serde_json::json!({"state": "left", "left": 3})
        );
        assert_eq!(read["saved"], Value::Null);
        assert_private(&virtual_card);
    }
    // In text: both calendars and the tries left.
    let virtual_card = VirtualCard::insert(card("2031-06-15T14:59:59")).unwrap();
    let output = household
        .cmd()
        .args(["card", "read", "--wait", "10"])
        .output();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("2031-06-15") && text.contains("令和13年6月15日"),
        "{text}"
    );
    assert!(text.contains("残り3回（3回中）"), "{text}");
    assert!(text.contains("保存していません"), "{text}");
    assert_private(&virtual_card);
}

#[test]
fn pcsc_a_fifth_birthday_certificate_is_saved_and_the_status_says_read_from_the_card() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("a_fifth_birthday_certificate_is_saved", true) else {
        return;
    };
    let household = Household::new();
    let id = household.add_member("山田 太郎", "1990-06-15");
    household.json(&[
        "document",
        "set",
        "--member",
        "1",
        "--kind",
        "card",
        "--issued",
        "2026-03-01",
    ]);
    let before = ecert_auth(&household.json(&["status"]));
    assert_eq!(before["expiry"]["source"], "computed", "{before}");
    let virtual_card = VirtualCard::insert(card("2031-06-15T14:59:59")).unwrap();
    let read = household.json(&["card", "read", "--member", &id.to_string(), "--wait", "10"]);
    assert_private(&virtual_card);
    assert_eq!(read["memberWarning"], Value::Null);
    assert_eq!(read["saved"]["document"]["expiry"]["date"], "2031-06-15");
    let after = ecert_auth(&household.json(&["status"]));
    assert_eq!(after["expiry"]["date"], "2031-06-15");
    assert_eq!(after["expiry"]["source"], "card");
    assert_eq!(after["expiry"]["estimate"], false);
    assert_eq!(after["expiry"]["readFromCardOn"]["date"], common::TODAY);
    let output = household.cmd().args(["status"]).output();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("（カードから読み取り）"), "{text}");
    let en = household
        .cmd()
        .args(["--lang", "en", "document", "list", "--member", "1"])
        .output();
    let en = String::from_utf8(en.stdout).unwrap();
    assert!(en.contains("(read from the card)"), "{en}");
}

#[test]
fn pcsc_a_certificate_capped_by_the_card_fits_the_member_and_is_saved() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("a_certificate_capped_by_the_card", true) else {
        return;
    };
    let household = Household::new();
    let id = household.add_member("山田 花子", "1985-11-02");
    // The card ends before the e-cert's birthday would come: the e-cert ends with it.
    household.json(&[
        "document",
        "set",
        "--member",
        "1",
        "--kind",
        "card",
        "--expires",
        "2029-03-10",
    ]);
    let virtual_card = VirtualCard::insert(card("2029-03-10T14:59:59")).unwrap();
    let read = household.json(&["card", "read", "--member", &id.to_string(), "--wait", "10"]);
    assert_private(&virtual_card);
    assert_eq!(read["memberWarning"], Value::Null);
    let after = ecert_auth(&household.json(&["status"]));
    assert_eq!(after["expiry"]["date"], "2029-03-10");
    assert_eq!(after["expiry"]["source"], "card");
}

#[test]
fn pcsc_a_date_on_none_of_the_members_dates_is_flagged_and_saved_only_with_yes() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("a_date_on_none_of_the_members_dates", true) else {
        return;
    };
    let household = Household::new();
    let id = household.add_member("山田 太郎", "1990-06-15").to_string();
    household.json(&[
        "document",
        "set",
        "--member",
        "1",
        "--kind",
        "card",
        "--issued",
        "2026-03-01",
    ]);
    let before = snapshot(&household, 1);
    // 16 June: perhaps another family member's card.
    let virtual_card = VirtualCard::insert(card("2031-06-16T14:59:59")).unwrap();
    let output = household
        .cmd()
        .args(["card", "read", "--member", &id, "--wait", "10"])
        .output();
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8(output.stderr).unwrap();
    assert!(
        message.contains("別のご家族のカードではないか"),
        "{message}"
    );
    assert!(message.contains("--yes"), "{message}");
    assert_eq!(snapshot(&household, 1), before, "nothing saved");
    assert_private(&virtual_card);
    drop(virtual_card);
    let virtual_card = VirtualCard::insert(card("2031-06-16T14:59:59")).unwrap();
    let read = household.json(&["card", "read", "--member", &id, "--wait", "10", "--yes"]);
    assert!(read["memberWarning"]
        .as_str()
        .unwrap()
        .contains("山田 太郎"));
    assert_eq!(
        ecert_auth(&household.json(&["status"]))["expiry"]["date"],
        "2031-06-16"
    );
    assert_private(&virtual_card);
}

/// Runs `card read --member 1` and checks: exit 1, the English phrase, a Japanese
/// message, and the household as it was.
fn fails_with(household: &Household, env: &[(&str, &str)], english: &str, japanese: &str) {
    let before = snapshot(household, 1);
    for (lang, phrase) in [("en", english), ("ja", japanese)] {
        let mut command = household.cmd();
        command.args([
            "--lang", lang, "card", "read", "--member", "1", "--wait", "2",
        ]);
        for (key, value) in env {
            command.env(key, value);
        }
        let output = command.output();
        assert_eq!(output.status.code(), Some(1), "{lang}: exit 1");
        let message = String::from_utf8(output.stderr).unwrap();
        assert!(message.contains(phrase), "{lang}: {message}");
        assert!(output.stdout.is_empty());
    }
    assert_eq!(snapshot(household, 1), before, "nothing saved");
}

fn household_with_member() -> Household {
    let household = Household::new();
    household.add_member("山田 太郎", "1990-06-15");
    household
}

#[test]
fn pcsc_card_error_without_pcscd() {
    let _serial = serial();
    let household = household_with_member();
    // No pcscd runs for this test; the socket path makes sure no other one answers.
    fails_with(
        &household,
        &[("PCSCLITE_CSOCK_NAME", "/nonexistent/pcscd.comm")],
        "Cannot reach the smart-card service (pcscd)",
        "スマートカードのサービス（pcscd）に接続できません",
    );
}

#[test]
fn pcsc_card_error_without_a_reader() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("card_error_without_a_reader", false) else {
        return;
    };
    let household = household_with_member();
    fails_with(
        &household,
        &[],
        "No card reader was found",
        "カードリーダーが見つかりません",
    );
    let readers = household.json(&["card", "readers"]);
    assert_eq!(readers["readers"], serde_json::json!([]));
}

#[test]
fn pcsc_card_error_when_no_card_is_placed_in_time() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("card_error_when_no_card_is_placed", true) else {
        return;
    };
    let household = household_with_member();
    fails_with(
        &household,
        &[],
        "No card was placed within 2 seconds",
        "2秒待ちましたが",
    );
}

#[test]
fn pcsc_card_error_for_a_card_that_refuses_the_jpki_application() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("card_error_for_a_card_that_refuses", true) else {
        return;
    };
    let household = household_with_member();
    let virtual_card = VirtualCard::insert(CardSpec {
        refuse_jpki: true,
        ..card("2031-06-15T14:59:59")
    })
    .unwrap();
    fails_with(
        &household,
        &[],
        "does not seem to be a My Number Card",
        "マイナンバーカードではないようです",
    );
    assert_private(&virtual_card);
}

#[test]
fn pcsc_card_error_when_the_card_leaves_between_two_chunks() {
    let _serial = serial();
    let household = household_with_member();
    let before = snapshot(&household, 1);
    for lang in ["en", "ja"] {
        // A pcscd for each: after a card vanished mid-command, vpcd takes no new card
        // until pcscd starts again (a quirk of the virtual reader, not of real ones).
        let Some(_pcscd) = pcscd_or_skip("card_error_when_the_card_leaves", true) else {
            return;
        };
        // Lifted after the first two READ BINARY answers of the certificate.
        let virtual_card = VirtualCard::insert(CardSpec {
            remove_after_reads: Some(2),
            ..card("2031-06-15T14:59:59")
        })
        .unwrap();
        let output = household
            .cmd()
            .args([
                "--lang", lang, "card", "read", "--member", "1", "--wait", "5",
            ])
            .output();
        assert_eq!(output.status.code(), Some(1));
        let message = String::from_utf8(output.stderr).unwrap();
        let phrase = if lang == "en" {
            "moved away during the reading"
        } else {
            "読み取りの途中でカードが離れました"
        };
        assert!(message.contains(phrase), "{message}");
        let reads = virtual_card
            .log()
            .commands
            .iter()
            .filter(|c| c.len() == 5 && c[..2] == [0x00, 0xB0])
            .count();
        // The token, then the certificate's head and one chunk: it left mid-certificate.
        assert_eq!(reads, 4, "read until the card left");
        assert_private(&virtual_card);
    }
    assert_eq!(snapshot(&household, 1), before, "nothing saved");
}

#[test]
fn pcsc_card_error_for_a_truncated_certificate() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("card_error_for_a_truncated_certificate", true) else {
        return;
    };
    let household = household_with_member();
    let virtual_card = VirtualCard::insert(CardSpec {
        truncate_to: Some(500),
        ..card("2031-06-15T14:59:59")
    })
    .unwrap();
    fails_with(
        &household,
        &[],
        "certificate could not be read",
        "電子証明書を読み取れませんでした",
    );
    assert_private(&virtual_card);
}

#[test]
fn pcsc_card_error_for_a_reader_name_not_connected_and_for_a_juki_card() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("card_error_for_a_reader_name_not_connected", true) else {
        return;
    };
    let household = household_with_member();
    let before = snapshot(&household, 1);
    let output = household
        .cmd()
        .args([
            "--lang", "en", "card", "read", "--reader", "PaSoRi", "--member", "1",
        ])
        .output();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("No connected card reader has that name")
    );
    let mut token = b"JPKIAPICCTOKEN".to_vec();
    token.resize(32, b' ');
    let virtual_card = VirtualCard::insert(CardSpec {
        token,
        ..card("2031-06-15T14:59:59")
    })
    .unwrap();
    fails_with(
        &household,
        &[],
        "住基カード",
        "住民基本台帳カード（住基カード）です",
    );
    assert_private(&virtual_card);
    assert_eq!(snapshot(&household, 1), before);
}
