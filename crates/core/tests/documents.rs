//! Documents and status through the use cases (`household::*`), on a real file: what
//! the app and the CLI call.

use chrono::NaiveDate;
use hoken_techo_core::card::{CardKind, CardReading, PinTries};
use hoken_techo_core::document::{DocumentInput, DocumentKind, Held};
use hoken_techo_core::error::{CardProblem, Field, Problem};
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::status::{BringItem, DocumentState, ExpirySource, Usability};
use hoken_techo_core::troubleshooter::QuestionId;
use hoken_techo_core::Locale;
use hoken_techo_core::{Error, Lang, MemberInput, Store};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ctx() -> Context {
    Context::new(d(2026, 11, 25), Locale::natural(Lang::Ja))
}

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("household.db")).unwrap();
    (dir, store)
}

fn add(store: &mut Store, name: &str, birth: &str) -> i64 {
    let input = MemberInput {
        name: name.into(),
        kana: "ヤマダ".into(),
        birth_date: birth.into(),
        relation: "本人".into(),
    };
    household::add_member(store, &input, ctx())
        .unwrap()
        .member
        .id
}

fn input(kind: &str, issued: &str, expires: &str) -> DocumentInput {
    DocumentInput {
        kind: kind.into(),
        issued: issued.into(),
        expires: expires.into(),
        ..Default::default()
    }
}

#[test]
fn setting_the_card_issue_date_in_wareki_computes_the_expiries() {
    let (_dir, mut store) = open();
    let id = add(&mut store, "山田 太郎", "1990-11-30");
    let saved =
        household::set_document(&mut store, id, &input("card", "令和3年12月1日", ""), ctx())
            .unwrap();
    let card = saved.document.expect("the card's status");
    let expiry = card.expiry.expect("computed");
    assert_eq!(expiry.date, d(2031, 11, 30));
    assert_eq!(expiry.source, ExpirySource::Computed);
    let list = household::list_documents(&store, id, ctx()).unwrap();
    let kinds: Vec<(DocumentKind, bool)> = list.iter().map(|s| (s.kind, s.recorded)).collect();
    assert_eq!(
        kinds,
        [
            (DocumentKind::Card, true),
            (DocumentKind::EcertAuth, false),
            (DocumentKind::EcertSign, false)
        ]
    );
    // Today (2026-11-25) the e-cert's renewal window is open.
    assert_eq!(
        list[1].state,
        DocumentState::RenewalOpen {
            from: d(2026, 8, 31)
        }
    );
}

#[test]
fn a_rejected_set_changes_nothing() {
    let (_dir, mut store) = open();
    let id = add(&mut store, "山田 太郎", "1990-11-30");
    household::set_document(&mut store, id, &input("card", "2021-12-01", ""), ctx()).unwrap();
    let before = household::list_documents(&store, id, ctx()).unwrap();
    let error = household::set_document(
        &mut store,
        id,
        &input("card", "2021-12-01", "2020-01-01"),
        ctx(),
    )
    .unwrap_err();
    assert_eq!(error.field_errors()[0].field, Field::ExpiryDate);
    assert_eq!(
        error.field_errors()[0].problem,
        Problem::ExpiryNotAfterIssue
    );
    let report = error.report(Locale::natural(Lang::Ja));
    assert_eq!(
        report.fields[0].message,
        "有効期限は発行日より後の日付にしてください（例: 2029-06-15 / 令和11年6月15日）。"
    );
    assert!(matches!(
        household::set_document(&mut store, 99, &input("card", "", ""), ctx()),
        Err(Error::MemberNotFound(99))
    ));
    assert_eq!(
        household::list_documents(&store, id, ctx()).unwrap(),
        before
    );
}

#[test]
fn clear_forgets_one_kind_and_refuses_an_unknown_kind() {
    let (_dir, mut store) = open();
    let id = add(&mut store, "山田 太郎", "1990-11-30");
    household::set_document(
        &mut store,
        id,
        &input("kakuninsho", "", "2029-11-30"),
        ctx(),
    )
    .unwrap();
    household::set_document(&mut store, id, &input("card", "2021-12-01", ""), ctx()).unwrap();
    let after = household::clear_document(&mut store, id, "card", ctx()).unwrap();
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].kind, DocumentKind::Kakuninsho);
    let error = household::clear_document(&mut store, id, "passport", ctx()).unwrap_err();
    assert_eq!(error.field_errors()[0].field, Field::DocumentKind);
}

#[test]
fn removing_a_member_removes_their_documents() {
    let (_dir, mut store) = open();
    let id = add(&mut store, "山田 太郎", "1990-11-30");
    let other = add(&mut store, "山田 花子", "1992-02-02");
    household::set_document(&mut store, id, &input("card", "2021-12-01", ""), ctx()).unwrap();
    household::set_document(&mut store, other, &input("card", "2022-01-10", ""), ctx()).unwrap();
    household::remove_member(&mut store, id, ctx()).unwrap();
    let status = household::status(&store, None, ctx().today, ctx()).unwrap();
    assert_eq!(status.members.len(), 1);
    assert_eq!(store.all_documents().unwrap().len(), 1);
}

#[test]
fn status_for_a_date_and_for_one_member() {
    let (_dir, mut store) = open();
    let id = add(&mut store, "山田 太郎", "1990-11-30");
    add(&mut store, "山田 花子", "1992-02-02");
    household::set_document(&mut store, id, &input("card", "2021-12-01", ""), ctx()).unwrap();
    let registration = DocumentInput {
        kind: "registration".into(),
        status: "done".into(),
        issued: "2022-01-10".into(),
        ..Default::default()
    };
    household::set_document(&mut store, id, &registration, ctx()).unwrap();

    let grace = household::status(&store, Some(id), d(2027, 2, 28), ctx()).unwrap();
    assert_eq!(grace.members.len(), 1);
    assert_eq!(grace.members[0].myna.usable, Usability::Grace);
    let after = household::status(&store, Some(id), d(2027, 3, 1), ctx()).unwrap();
    let bring: Vec<BringItem> = after.members[0]
        .bring
        .items
        .iter()
        .map(|e| e.item)
        .collect();
    assert_eq!(bring, [BringItem::Kakuninsho]);
    assert!(matches!(
        household::status(&store, Some(42), d(2027, 3, 1), ctx()),
        Err(Error::MemberNotFound(42))
    ));
}

#[test]
fn troubleshooter_uses_todays_records() {
    let (_dir, mut store) = open();
    let id = add(&mut store, "山田 太郎", "1990-11-30");
    let not_done = DocumentInput {
        kind: "registration".into(),
        held: "not-held".into(),
        ..Default::default()
    };
    let saved = household::set_document(&mut store, id, &not_done, ctx()).unwrap();
    assert_eq!(saved.document.map(|s| s.held), Some(Held::NotHeld));
    let t = household::troubleshoot(&store, id, &[], None, ctx()).unwrap();
    assert_eq!(t.first_problem, Some(QuestionId::Registration));
}

fn reading(expires: NaiveDate, auth_pin: PinTries) -> CardReading {
    CardReading {
        reader: "Virtual PCD 00 00".into(),
        kind: CardKind::MyNumberCard,
        ecert_auth_expires: expires,
        auth_pin,
    }
}

#[test]
fn a_reading_is_saved_as_read_from_the_card_and_a_typed_expiry_clears_the_mark() {
    let (_dir, mut store) = open();
    let id = add(&mut store, "山田 太郎", "1990-06-15");
    household::set_document(&mut store, id, &input("card", "2026-03-01", ""), ctx()).unwrap();
    // The e-cert's own issue date, consistent with the date read: kept.
    household::set_document(
        &mut store,
        id,
        &input("ecert-auth", "2026-03-01", ""),
        ctx(),
    )
    .unwrap();
    let read = reading(d(2031, 6, 15), PinTries::Left { left: 3 });
    let saved = household::record_card_reading(&mut store, id, &read, false, ctx()).unwrap();
    let status = saved.document.unwrap();
    let expiry = status.expiry.unwrap();
    assert_eq!(expiry.source, ExpirySource::Card);
    assert!(!expiry.estimate);
    assert_eq!(expiry.read_from_card_on.unwrap().date, ctx().today);
    assert_eq!(status.issued.unwrap().date, d(2026, 3, 1));
    // The same form saved again with the same expiry keeps the mark …
    household::set_document(
        &mut store,
        id,
        &input("ecert-auth", "2026-03-01", "2031-06-15"),
        ctx(),
    )
    .unwrap();
    let again = household::list_documents(&store, id, ctx()).unwrap();
    let auth = again
        .iter()
        .find(|d| d.kind == DocumentKind::EcertAuth)
        .unwrap();
    assert_eq!(auth.expiry.as_ref().unwrap().source, ExpirySource::Card);
    // … a typed new expiry clears it.
    household::set_document(
        &mut store,
        id,
        &input("ecert-auth", "", "2031-06-14"),
        ctx(),
    )
    .unwrap();
    let typed = household::list_documents(&store, id, ctx()).unwrap();
    let auth = typed
        .iter()
        .find(|d| d.kind == DocumentKind::EcertAuth)
        .unwrap();
    assert_eq!(auth.expiry.as_ref().unwrap().source, ExpirySource::Printed);
}

#[test]
fn an_issue_date_of_an_older_certificate_is_dropped_when_the_card_says_otherwise() {
    let (_dir, mut store) = open();
    let id = add(&mut store, "山田 太郎", "1990-06-15");
    household::set_document(
        &mut store,
        id,
        &input("ecert-auth", "2016-03-01", ""),
        ctx(),
    )
    .unwrap();
    let read = reading(d(2031, 6, 15), PinTries::Left { left: 3 });
    let saved = household::record_card_reading(&mut store, id, &read, false, ctx()).unwrap();
    assert_eq!(saved.document.unwrap().issued, None);
}

#[test]
fn a_date_on_none_of_the_members_dates_is_refused_unless_confirmed_and_nothing_is_saved() {
    let (_dir, mut store) = open();
    let id = add(&mut store, "山田 太郎", "1990-06-15");
    let read = reading(d(2031, 6, 16), PinTries::Left { left: 3 });
    let view = household::check_card_reading(&store, Some(id), read.clone(), ctx()).unwrap();
    assert!(view.member_warning.unwrap().contains("別のご家族のカード"));
    let refused = household::record_card_reading(&mut store, id, &read, false, ctx());
    assert!(matches!(
        refused,
        Err(Error::Card(CardProblem::NotThisMember { .. }))
    ));
    assert!(household::list_documents(&store, id, ctx())
        .unwrap()
        .is_empty());
    household::record_card_reading(&mut store, id, &read, true, ctx()).unwrap();
    assert_eq!(
        household::list_documents(&store, id, ctx()).unwrap().len(),
        1
    );
}

#[test]
fn the_troubleshooter_answers_from_a_locked_pin_and_an_expired_certificate_read_from_the_card() {
    let (_dir, mut store) = open();
    let id = add(&mut store, "山田 太郎", "1990-06-15");
    household::set_document(&mut store, id, &input("card", "2026-03-01", ""), ctx()).unwrap();
    household::set_document(
        &mut store,
        id,
        &DocumentInput {
            kind: "registration".into(),
            status: "done".into(),
            ..Default::default()
        },
        ctx(),
    )
    .unwrap();
    // Without a reading no PIN question is asked.
    let plain = household::troubleshoot(&store, id, &[], None, ctx()).unwrap();
    assert!(plain.questions.iter().all(|q| q.id != QuestionId::Pin));
    let locked = reading(d(2031, 6, 15), PinTries::Locked);
    let guide = household::troubleshoot(&store, id, &[], Some(&locked), ctx()).unwrap();
    let pin = guide
        .questions
        .iter()
        .position(|q| q.id == QuestionId::Pin)
        .unwrap();
    let expiry = guide
        .questions
        .iter()
        .position(|q| q.id == QuestionId::Expiry)
        .unwrap();
    assert_eq!(pin, expiry + 1, "asked right after the expiry");
    assert_eq!(guide.first_problem, Some(QuestionId::Pin));
    assert!(guide.steps[0].contains("暗証番号の初期化"));
    // An expired certificate read from the card comes first (the expiry question).
    let expired = reading(d(2025, 6, 15), PinTries::Locked);
    let guide = household::troubleshoot(&store, id, &[], Some(&expired), ctx()).unwrap();
    assert_eq!(guide.first_problem, Some(QuestionId::Expiry));
    // Nothing was saved by either.
    let documents = household::list_documents(&store, id, ctx()).unwrap();
    let auth = documents
        .iter()
        .find(|d| d.kind == DocumentKind::EcertAuth)
        .unwrap();
    assert_eq!(auth.expiry.as_ref().unwrap().source, ExpirySource::Computed);
}
