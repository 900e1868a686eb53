//! The reading through the real PC/SC stack: pcscd with Debian's vpcd driver, and the
//! virtual card of `virtual_card.rs` on it. Without pcscd each test says it is skipped
//! (and fails with CI=true). The CLI's tests (crates/cli/tests/card.rs) cover the
//! messages, the database and the dates; these cover the protocol.

use std::sync::atomic::AtomicBool;
use std::time::Duration;

use chrono::NaiveDateTime;
use hoken_techo_card::jpki::{EF_SIGN_CERT, MAX_CHUNK};
use hoken_techo_card::virtual_card::{
    is_verify_with_data, pcscd_or_skip, serial, CardSpec, VirtualCard, VIRTUAL_READER,
};
use hoken_techo_card::{read, ReadOptions};
use hoken_techo_core::card::PinTries;
use hoken_techo_core::error::CardProblem;
use hoken_techo_core::Error;

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn options(wait: u64) -> ReadOptions {
    ReadOptions {
        reader: None,
        wait: Duration::from_secs(wait),
    }
}

/// Every command the card saw: no VERIFY with data, EF 0001 never selected.
fn assert_private(card: &VirtualCard) {
    let log = card.log();
    assert!(!log.commands.is_empty());
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

#[test]
fn pin_tries_are_read_without_spending_one() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("pin_tries_are_read_without_spending_one", true) else {
        return;
    };
    for (tries, expected) in [
        (3, PinTries::Left { left: 3 }),
        (1, PinTries::Left { left: 1 }),
        (0, PinTries::Locked),
    ] {
        let card = VirtualCard::insert(CardSpec {
            pin_tries: tries,
            ..CardSpec::my_number_card(at("2031-06-15 14:59:59"))
        })
        .unwrap();
        let reading = read(&options(10), &AtomicBool::new(false)).unwrap();
        assert_eq!(reading.auth_pin, expected, "{tries} tries");
        assert_eq!(reading.reader, VIRTUAL_READER);
        assert_private(&card);
        assert_eq!(
            card.log().pin_tries,
            tries,
            "the card's counter did not change"
        );
        drop(card);
    }
}

#[test]
fn chunks_follow_61xx_and_6cxx_and_stay_within_the_limit() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("chunks_follow_61xx_and_6cxx", true) else {
        return;
    };
    let card = VirtualCard::insert(CardSpec {
        awkward_lengths: true,
        ..CardSpec::my_number_card(at("2030-02-28 14:59:59"))
    })
    .unwrap();
    let reading = read(&options(10), &AtomicBool::new(false)).unwrap();
    assert_eq!(reading.ecert_auth_expires.to_string(), "2030-02-28");
    let log = card.log();
    let reads: Vec<&Vec<u8>> = log
        .commands
        .iter()
        .filter(|c| c.len() == 5 && c[..2] == [0x00, 0xB0])
        .collect();
    assert!(reads.len() > 4, "several chunks: {}", reads.len());
    assert!(reads.iter().all(|c| usize::from(c[4]) <= MAX_CHUNK));
    assert!(
        log.commands.iter().any(|c| c[..2] == [0x00, 0xC0]),
        "GET RESPONSE used"
    );
    drop(log);
    assert_private(&card);
}

#[test]
fn a_cancelled_wait_stops_at_once() {
    let _serial = serial();
    let Some(_pcscd) = pcscd_or_skip("a_cancelled_wait_stops_at_once", true) else {
        return;
    };
    let cancel = AtomicBool::new(true);
    let started = std::time::Instant::now();
    match read(&options(30), &cancel) {
        Err(Error::Card(CardProblem::Cancelled)) => {}
        other => panic!("expected a cancelled wait, got {other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(5));
}
