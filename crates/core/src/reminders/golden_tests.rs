//! Reminder golden tests: every expected date is written by hand from DOMAIN.md
//! (§2–§6) and the default lead times, never computed by the code under test.

use chrono::NaiveDate;

use super::state::{undelivered, Mark, MarkRecord, Marks};
use super::view::{list, ReminderList};
use super::*;
use crate::document::{Document, DocumentKind, Held, RegistrationStatus};
use crate::i18n::{Lang, Locale};
use crate::member::{Member, Relation};
use crate::qualification::{InsuredRole, Qualification};
use crate::rules::RuleTable;
use crate::status::HouseholdData;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn today() -> NaiveDate {
    d(2026, 11, 25)
}

fn member(id: i64, name: &str, birth: NaiveDate) -> Member {
    Member {
        id,
        name: name.into(),
        kana: "テスト".into(),
        birth_date: birth,
        relation: Relation::SelfInsured,
    }
}

fn document(member_id: i64, kind: DocumentKind) -> Document {
    Document {
        member_id,
        kind,
        held: Held::Held,
        issued_on: None,
        expires_on: None,
        registration: None,
        read_from_card_on: None,
    }
}

fn card_issued(member_id: i64, issued: NaiveDate) -> Document {
    Document {
        issued_on: Some(issued),
        ..document(member_id, DocumentKind::Card)
    }
}

fn expiring(member_id: i64, kind: DocumentKind, expires: NaiveDate) -> Document {
    Document {
        expires_on: Some(expires),
        ..document(member_id, kind)
    }
}

fn not_held(member_id: i64, kind: DocumentKind) -> Document {
    Document {
        held: Held::NotHeld,
        ..document(member_id, kind)
    }
}

fn qualification(id: i64, member_id: i64, role: InsuredRole, acquired: NaiveDate) -> Qualification {
    Qualification {
        id,
        member_id,
        insurer_number: "01130012".into(),
        insurer_name: "全国健康保険協会 東京支部".into(),
        symbol: "12345678".into(),
        number: "123".into(),
        branch: None,
        role,
        acquired_on: acquired,
        lost_on: None,
        burden_tenths: None,
        my_number_last4: None,
        memo: String::new(),
    }
}

fn data(
    members: Vec<Member>,
    documents: Vec<Document>,
    qualifications: Vec<Qualification>,
) -> HouseholdData {
    HouseholdData {
        members,
        qualifications,
        documents,
    }
}

fn reminders_of(data: &HouseholdData) -> Vec<Reminder> {
    schedule(data, &RuleTable::standard(), &LeadTimes::default(), today())
}

/// 山田 太郎, born 1990-11-30, card issued 2021-12-01: the card runs to 2031-11-30
/// (10th birthday after issue, DOMAIN §2), both e-certs to 2026-11-30 (5th, §3).
fn taro() -> HouseholdData {
    data(
        vec![member(1, "山田 太郎", d(1990, 11, 30))],
        vec![card_issued(1, d(2021, 12, 1))],
        Vec::new(),
    )
}

/// (fire date, deadline) of the reminders of one kind about one document.
fn dates(
    reminders: &[Reminder],
    member: i64,
    kind: ReminderKind,
    document: Option<DocumentKind>,
) -> Vec<(NaiveDate, NaiveDate)> {
    reminders
        .iter()
        .filter(|r| r.member_id == member && r.kind == kind && r.document == document)
        .map(|r| (r.fire_on, r.deadline))
        .collect()
}

fn one(
    reminders: &[Reminder],
    member: i64,
    kind: ReminderKind,
    document: Option<DocumentKind>,
) -> &Reminder {
    let found: Vec<&Reminder> = reminders
        .iter()
        .filter(|r| r.member_id == member && r.kind == kind && r.document == document)
        .collect();
    assert_eq!(found.len(), 1, "{kind:?} {document:?} in {reminders:#?}");
    found[0]
}

const AUTH: Option<DocumentKind> = Some(DocumentKind::EcertAuth);
const CARD: Option<DocumentKind> = Some(DocumentKind::Card);

#[test]
fn ecert_expiring_2026_11_30_opens_renewal_on_31_august() {
    // DOMAIN §3: "expiry 2026-11-30 → from 2026-08-31" (the day after 2026-08-30).
    let reminders = reminders_of(&taro());
    assert_eq!(
        dates(&reminders, 1, ReminderKind::RenewalOpens, AUTH),
        [(d(2026, 8, 31), d(2026, 11, 30))]
    );
    let renewal = one(&reminders, 1, ReminderKind::RenewalOpens, AUTH);
    assert_eq!(renewal.id, "m1:renewal-opens:ecert-auth:2026-11-30");
}

#[test]
fn ecert_notices_30_and_7_days_before_and_on_the_expiry_day() {
    let reminders = reminders_of(&taro());
    assert_eq!(
        dates(&reminders, 1, ReminderKind::ExpiryFirstNotice, AUTH),
        [(d(2026, 10, 31), d(2026, 11, 30))]
    );
    assert_eq!(
        dates(&reminders, 1, ReminderKind::ExpiryLastNotice, AUTH),
        [(d(2026, 11, 23), d(2026, 11, 30))]
    );
    assert_eq!(
        dates(&reminders, 1, ReminderKind::ExpiryDay, AUTH),
        [(d(2026, 11, 30), d(2026, 11, 30))]
    );
}

#[test]
fn grace_ends_on_the_last_day_of_the_third_month_and_asks_to_register_again() {
    // DOMAIN §4: expiry 2026-11-30 → マイナ保険証 works through 2027-02-28.
    let reminders = reminders_of(&taro());
    assert_eq!(
        dates(&reminders, 1, ReminderKind::GraceEnds, AUTH),
        [(d(2027, 2, 28), d(2027, 2, 28))]
    );
    let grace = one(&reminders, 1, ReminderKind::GraceEnds, AUTH);
    let body = super::text::body(grace, Locale::natural(Lang::Ja));
    assert!(
        body.contains("令和9年2月28日 (2027-02-28)までです"),
        "{body}"
    );
    assert!(
        body.contains("健康保険証利用登録をやり直してください"),
        "{body}"
    );
}

#[test]
fn the_card_has_its_own_window_notices_and_a_grace_ending_on_29_february() {
    let reminders = reminders_of(&taro());
    assert_eq!(
        dates(&reminders, 1, ReminderKind::RenewalOpens, CARD),
        [(d(2031, 8, 31), d(2031, 11, 30))]
    );
    assert_eq!(
        dates(&reminders, 1, ReminderKind::ExpiryFirstNotice, CARD),
        [(d(2031, 10, 31), d(2031, 11, 30))]
    );
    // 2031-11 + 3 months ends on 2032-02-29 (a leap year).
    assert_eq!(
        dates(&reminders, 1, ReminderKind::GraceEnds, CARD),
        [(d(2032, 2, 29), d(2032, 2, 29))]
    );
}

#[test]
fn a_signing_cert_expiring_with_the_auth_cert_is_renewed_with_it() {
    let reminders = reminders_of(&taro());
    assert!(reminders
        .iter()
        .all(|r| r.document != Some(DocumentKind::EcertSign)));
    let renewal = one(&reminders, 1, ReminderKind::RenewalOpens, AUTH);
    assert!(super::text::body(renewal, Locale::natural(Lang::Ja))
        .contains("署名用電子証明書も同じ日に期限が切れる"));
}

#[test]
fn certs_ending_with_the_card_are_reminded_once_as_the_card() {
    // A card issued at 11 runs to the 5th birthday after issue (DOMAIN §2), 2026-11-30,
    // like its e-certs: a new card has new certs, so only the card is reminded.
    let child = data(
        vec![member(1, "山田 花子", d(2010, 11, 30))],
        vec![card_issued(1, d(2021, 12, 1))],
        Vec::new(),
    );
    let reminders = reminders_of(&child);
    assert_eq!(
        dates(&reminders, 1, ReminderKind::ExpiryDay, CARD),
        [(d(2026, 11, 30), d(2026, 11, 30))]
    );
    assert!(dates(&reminders, 1, ReminderKind::ExpiryDay, AUTH).is_empty());
}

#[test]
fn a_printed_date_wins_over_the_computed_one() {
    let mut household = taro();
    household.documents[0].expires_on = Some(d(2031, 11, 29));
    let reminders = reminders_of(&household);
    assert_eq!(
        dates(&reminders, 1, ReminderKind::ExpiryDay, CARD),
        [(d(2031, 11, 29), d(2031, 11, 29))]
    );
}

#[test]
fn a_renewed_cert_drops_the_old_expirys_reminders() {
    // Renewed in its window: to the 6th birthday, capped by the card (DOMAIN §3), so it
    // now ends with the card and is reminded with it. The signing cert was not renewed:
    // it keeps its 2026-11-30 and is now reminded on its own.
    let mut household = taro();
    household
        .documents
        .push(expiring(1, DocumentKind::EcertAuth, d(2031, 11, 30)));
    let reminders = reminders_of(&household);
    assert!(
        reminders.iter().all(|r| r.document != AUTH),
        "{reminders:#?}"
    );
    assert_eq!(
        dates(
            &reminders,
            1,
            ReminderKind::ExpiryDay,
            Some(DocumentKind::EcertSign)
        ),
        [(d(2026, 11, 30), d(2026, 11, 30))]
    );
    // No grace for the signing cert: it is not マイナ保険証.
    assert!(dates(
        &reminders,
        1,
        ReminderKind::GraceEnds,
        Some(DocumentKind::EcertSign)
    )
    .is_empty());
}

#[test]
fn documents_not_held_have_no_reminders() {
    let household = data(
        vec![member(1, "山田 太郎", d(1990, 11, 30))],
        vec![
            not_held(1, DocumentKind::Card),
            not_held(1, DocumentKind::Kakuninsho),
            not_held(1, DocumentKind::Zairyu),
        ],
        vec![qualification(1, 1, InsuredRole::Insured, d(2026, 11, 1))],
    );
    let reminders = reminders_of(&household);
    let kinds: Vec<ReminderKind> = reminders.iter().map(|r| r.kind).collect();
    // Only the birthdays remain; no card means no マイナポータル check either.
    assert_eq!(kinds, [ReminderKind::Turning70, ReminderKind::Turning75]);
}

#[test]
fn no_grace_reminder_without_the_registration() {
    let mut household = taro();
    household.documents.push(Document {
        held: Held::NotHeld,
        registration: Some(RegistrationStatus::NotDone),
        read_from_card_on: None,
        ..document(1, DocumentKind::Registration)
    });
    let reminders = reminders_of(&household);
    assert!(dates(&reminders, 1, ReminderKind::GraceEnds, AUTH).is_empty());
    assert!(!dates(&reminders, 1, ReminderKind::ExpiryDay, AUTH).is_empty());
}

#[test]
fn papers_remind_30_days_before_their_printed_expiry() {
    let household = data(
        vec![member(1, "山田 太郎", d(1955, 5, 10))],
        vec![
            expiring(1, DocumentKind::Kakuninsho, d(2029, 11, 30)),
            expiring(1, DocumentKind::Koureisha, d(2027, 7, 31)),
        ],
        Vec::new(),
    );
    let reminders = reminders_of(&household);
    assert_eq!(
        dates(
            &reminders,
            1,
            ReminderKind::PaperExpires,
            Some(DocumentKind::Kakuninsho)
        ),
        [(d(2029, 10, 31), d(2029, 11, 30))]
    );
    assert_eq!(
        dates(
            &reminders,
            1,
            ReminderKind::PaperExpires,
            Some(DocumentKind::Koureisha)
        ),
        [(d(2027, 7, 1), d(2027, 7, 31))]
    );
    let paper = one(
        &reminders,
        1,
        ReminderKind::PaperExpires,
        Some(DocumentKind::Kakuninsho),
    );
    assert_eq!(
        super::text::body(paper, Locale::natural(Lang::Ja)),
        "資格確認書の有効期限は令和11年11月30日 (2029-11-30)です。新しい資格確認書が届いているか確かめてください。届いていない場合は、加入している保険者にお問い合わせください。"
    );
    assert!(paper.replaces_expiry().is_some());
}

#[test]
fn the_period_of_stay_ends_90_days_later_and_caps_the_card() {
    // A foreign resident's card (and e-certs) end with the 在留期間 (DOMAIN §2).
    let household = data(
        vec![member(1, "Anna Schmidt", d(1990, 6, 15))],
        vec![
            card_issued(1, d(2024, 4, 1)),
            expiring(1, DocumentKind::Zairyu, d(2027, 3, 31)),
        ],
        Vec::new(),
    );
    let reminders = reminders_of(&household);
    assert_eq!(
        dates(
            &reminders,
            1,
            ReminderKind::ResidenceEnds,
            Some(DocumentKind::Zairyu)
        ),
        [(d(2026, 12, 31), d(2027, 3, 31))]
    );
    assert_eq!(
        dates(&reminders, 1, ReminderKind::ExpiryDay, CARD),
        [(d(2027, 3, 31), d(2027, 3, 31))]
    );
    assert!(dates(&reminders, 1, ReminderKind::ExpiryDay, AUTH).is_empty());
}

#[test]
fn turning_70_from_the_first_of_the_next_month_60_days_ahead() {
    // DOMAIN §6: 高齢受給者 from the 1st of the month after the 70th birthday; born on
    // the 1st of a month: from that month.
    let household = data(
        vec![
            member(1, "一日 生まれ", d(1957, 2, 1)),
            member(2, "十五日 生まれ", d(1957, 2, 15)),
        ],
        Vec::new(),
        Vec::new(),
    );
    let reminders = reminders_of(&household);
    assert_eq!(
        dates(&reminders, 1, ReminderKind::Turning70, None),
        [(d(2026, 12, 3), d(2027, 2, 1))]
    );
    assert_eq!(
        dates(&reminders, 2, ReminderKind::Turning70, None),
        [(d(2026, 12, 31), d(2027, 3, 1))]
    );
}

/// 山田 一郎 (insured, turns 75 on 2027-03-10), his wife and his son as dependants on
/// the same card (保険者番号・記号・番号).
fn three_generations() -> HouseholdData {
    data(
        vec![
            member(1, "山田 一郎", d(1952, 3, 10)),
            member(2, "山田 和子", d(1958, 8, 20)),
            member(3, "山田 次郎", d(1990, 1, 5)),
        ],
        Vec::new(),
        vec![
            qualification(1, 1, InsuredRole::Insured, d(2010, 4, 1)),
            qualification(2, 2, InsuredRole::Dependant, d(2010, 4, 1)),
            qualification(3, 3, InsuredRole::Dependant, d(2010, 4, 1)),
        ],
    )
}

#[test]
fn turning_75_and_the_dependants_losing_cover_the_same_day_90_days_ahead() {
    let reminders = reminders_of(&three_generations());
    assert_eq!(
        dates(&reminders, 1, ReminderKind::Turning75, None),
        [(d(2026, 12, 10), d(2027, 3, 10))]
    );
    for dependant in [2, 3] {
        assert_eq!(
            dates(
                &reminders,
                dependant,
                ReminderKind::DependantLosesCover,
                None
            ),
            [(d(2026, 12, 10), d(2027, 3, 10))]
        );
    }
    assert!(dates(&reminders, 1, ReminderKind::DependantLosesCover, None).is_empty());
    let kouki = one(&reminders, 1, ReminderKind::Turning75, None);
    let body = super::text::body(kouki, Locale::natural(Lang::Ja));
    assert!(body.contains("山田 和子さん、山田 次郎さん"), "{body}");
    let losing = one(&reminders, 2, ReminderKind::DependantLosesCover, None);
    assert_eq!(losing.id, "m2:dependant-loses-cover:2027-03-10");
    assert!(super::text::body(losing, Locale::natural(Lang::Ja))
        .starts_with("山田 一郎さんが令和9年3月10日"));
}

#[test]
fn a_new_qualification_is_checked_14_days_after_it_began() {
    let household = data(
        vec![member(1, "山田 太郎", d(1990, 11, 30))],
        vec![card_issued(1, d(2021, 12, 1))],
        vec![qualification(1, 1, InsuredRole::Insured, d(2026, 11, 16))],
    );
    let reminders = reminders_of(&household);
    assert_eq!(
        dates(&reminders, 1, ReminderKind::QualificationCheck, None),
        [(d(2026, 11, 30), d(2026, 11, 16))]
    );
    let check = one(&reminders, 1, ReminderKind::QualificationCheck, None);
    // Nothing from the notice but the date: no insurer, no 記号・番号.
    let body = super::text::body(check, Locale::natural(Lang::Ja));
    assert!(
        !body.contains("01130012")
            && !body.contains("12345678")
            && !body.contains("全国健康保険協会")
    );
    assert!(check.replaces_expiry().is_none());
}

#[test]
fn lead_times_move_the_fire_date_but_not_the_id() {
    let leads = LeadTimes::with_settings(&[(ReminderKind::ExpiryFirstNotice, 45)]);
    let reminders = schedule(&taro(), &RuleTable::standard(), &leads, today());
    let first = one(&reminders, 1, ReminderKind::ExpiryFirstNotice, AUTH);
    assert_eq!(first.fire_on, d(2026, 10, 16));
    assert_eq!(first.id, "m1:expiry-first-notice:ecert-auth:2026-11-30");
}

#[test]
fn every_id_is_unique_and_every_text_is_written_in_both_languages() {
    let mut household = three_generations();
    household.documents.extend([
        card_issued(1, d(2021, 12, 1)),
        expiring(1, DocumentKind::Kakuninsho, d(2029, 11, 30)),
        expiring(2, DocumentKind::Zairyu, d(2027, 3, 31)),
        expiring(3, DocumentKind::Phone, d(2026, 2, 1)),
        card_issued(3, d(2020, 3, 10)),
    ]);
    let reminders = reminders_of(&household);
    let mut ids: Vec<&str> = reminders.iter().map(|r| r.id.as_str()).collect();
    ids.sort();
    let count = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), count, "{ids:?}");
    for reminder in &reminders {
        let ja = super::text::body(reminder, Locale::natural(Lang::Ja));
        let en = super::text::body(reminder, Locale::natural(Lang::En));
        assert!(ja.ends_with('。') || ja.ends_with('）'), "{ja}");
        assert!(en.ends_with('.') || en.ends_with(')'), "{en}");
        assert!(!super::text::title(reminder, Lang::En).is_empty());
    }
}

// --- state: done, dismissed, snoozed, delivered --------------------------------------

fn marked(id: &str, mark: Mark) -> Marks {
    Marks::from([(id.to_string(), MarkRecord { mark, on: today() })])
}

fn listed(marks: &Marks, on: NaiveDate) -> ReminderList {
    list(
        &reminders_of(&taro()),
        marks,
        on,
        d(2027, 12, 31),
        |reminder, mark| super::view::ReminderView::new(reminder, mark, Locale::natural(Lang::Ja)),
    )
}

fn ids(views: &[ReminderView]) -> Vec<&str> {
    views.iter().map(|view| view.id.as_str()).collect()
}

const LAST_NOTICE: &str = "m1:expiry-last-notice:ecert-auth:2026-11-30";

#[test]
fn due_reminders_are_those_fired_and_not_yet_past_their_time() {
    let lists = listed(&Marks::new(), today());
    assert_eq!(
        ids(&lists.due),
        [
            "m1:renewal-opens:ecert-auth:2026-11-30",
            "m1:expiry-first-notice:ecert-auth:2026-11-30",
            LAST_NOTICE,
        ]
    );
    assert_eq!(
        ids(&lists.upcoming)[..2],
        [
            "m1:expiry-day:ecert-auth:2026-11-30",
            "m1:grace-ends:ecert-auth:2027-02-28"
        ]
    );
    // After the expiry the notices before it are over; the expiry day stays a month.
    let later = listed(&Marks::new(), d(2026, 12, 30));
    assert_eq!(ids(&later.due), ["m1:expiry-day:ecert-auth:2026-11-30"]);
    assert!(listed(&Marks::new(), d(2026, 12, 31)).due.is_empty());
}

#[test]
fn done_and_dismissed_reminders_never_fire_again() {
    for mark in [Mark::Done, Mark::Dismissed] {
        let marks = marked(LAST_NOTICE, mark);
        for on in [today(), d(2026, 11, 30)] {
            let lists = listed(&marks, on);
            assert!(!ids(&lists.due).contains(&LAST_NOTICE));
            assert_eq!(ids(&lists.done), [LAST_NOTICE]);
        }
        let reminders = reminders_of(&taro());
        let due = undelivered(&reminders, &marks, &Default::default(), d(2026, 11, 30));
        assert!(due.iter().all(|(r, _)| r.id != LAST_NOTICE));
    }
}

#[test]
fn a_snoozed_reminder_comes_back_only_when_the_snooze_ends() {
    let until = d(2026, 11, 26);
    let marks = marked(LAST_NOTICE, Mark::Snoozed { until });
    let lists = listed(&marks, today());
    assert!(!ids(&lists.due).contains(&LAST_NOTICE));
    let snoozed = lists
        .upcoming
        .iter()
        .find(|view| view.id == LAST_NOTICE)
        .expect("upcoming on the snooze's end");
    assert_eq!(snoozed.fire_on, until);
    assert_eq!(snoozed.state.label, "令和8年11月26日 (2026-11-26)まで延期");
    assert!(ids(&listed(&marks, until).due).contains(&LAST_NOTICE));

    // Delivered before the snooze: the snooze's end is a new occurrence.
    let reminders = reminders_of(&taro());
    let delivered = [(LAST_NOTICE.to_string(), d(2026, 11, 23))].into();
    let due_today = undelivered(&reminders, &marks, &delivered, today());
    assert!(due_today.iter().all(|(r, _)| r.id != LAST_NOTICE));
    let due_after = undelivered(&reminders, &marks, &delivered, until);
    assert!(due_after
        .iter()
        .any(|(r, occurrence)| r.id == LAST_NOTICE && *occurrence == until));
}

#[test]
fn a_delivered_occurrence_is_not_delivered_again() {
    let reminders = reminders_of(&taro());
    let first = undelivered(&reminders, &Marks::new(), &Default::default(), today());
    assert_eq!(first.len(), 3);
    let delivered = first
        .iter()
        .map(|(r, occurrence)| (r.id.clone(), *occurrence))
        .collect();
    assert!(undelivered(&reminders, &Marks::new(), &delivered, today()).is_empty());
    // The next day: only what fires then.
    assert!(undelivered(&reminders, &Marks::new(), &delivered, d(2026, 11, 29)).is_empty());
    let expiry_day = undelivered(&reminders, &Marks::new(), &delivered, d(2026, 11, 30));
    assert_eq!(expiry_day.len(), 1);
    assert_eq!(expiry_day[0].0.id, "m1:expiry-day:ecert-auth:2026-11-30");
}

#[test]
fn a_smartphone_cert_is_reminded_only_by_its_own_printed_date() {
    // Its computed date is only a bound (≤ the card's cert, DOMAIN §1): reminding about
    // it would repeat the card's reminders. A typed date gets notices, but no renewal
    // window (it is not renewed at the municipal office) and no grace.
    let mut household = taro();
    household.documents.push(document(1, DocumentKind::Phone));
    let phone = Some(DocumentKind::Phone);
    assert!(reminders_of(&household).iter().all(|r| r.document != phone));
    household.documents[1].expires_on = Some(d(2027, 6, 30));
    let reminders = reminders_of(&household);
    let kinds: Vec<ReminderKind> = reminders
        .iter()
        .filter(|r| r.document == phone)
        .map(|r| r.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            ReminderKind::ExpiryFirstNotice,
            ReminderKind::ExpiryLastNotice,
            ReminderKind::ExpiryDay
        ]
    );
    assert_eq!(
        dates(&reminders, 1, ReminderKind::ExpiryFirstNotice, phone),
        [(d(2027, 5, 31), d(2027, 6, 30))]
    );
}

#[test]
fn a_29_february_birthday_makes_the_75th_a_marked_estimate() {
    // DOMAIN §2/§6: in a common year 28 February is used, shown as 目安.
    let household = data(
        vec![member(1, "閏 太郎", d(1952, 2, 29))],
        Vec::new(),
        Vec::new(),
    );
    let reminders = reminders_of(&household);
    assert_eq!(
        dates(&reminders, 1, ReminderKind::Turning75, None),
        [(d(2026, 11, 30), d(2027, 2, 28))]
    );
    let kouki = one(&reminders, 1, ReminderKind::Turning75, None);
    assert!(super::text::body(kouki, Locale::natural(Lang::Ja))
        .ends_with("（2月29日生まれのため、日付は目安です。）"));
    assert!(super::text::body(kouki, Locale::natural(Lang::En))
        .ends_with("(Born on 29 February: the date is an estimate.)"));
}

#[test]
fn a_computed_expiry_the_rules_are_unsure_of_says_so() {
    // Aged 18 at issue on 2022-05-01: J-LIS may have received the application before
    // 2022-04-01, when an 18-year-old got a 5-year card (DOMAIN §2). The 10th birthday
    // after issue (the 1st is 2022-06-01), 2031-06-01, is shown, as a 目安.
    let household = data(
        vec![member(1, "若葉 一", d(2003, 6, 1))],
        vec![card_issued(1, d(2022, 5, 1))],
        Vec::new(),
    );
    let reminders = reminders_of(&household);
    let day = one(&reminders, 1, ReminderKind::ExpiryDay, CARD);
    assert_eq!(day.deadline, d(2031, 6, 1));
    assert!(super::text::body(day, Locale::natural(Lang::Ja)).ends_with(
        "（有効期限は、ルールから計算した目安です。書類に印字された日付を入力すると正確になります。）"
    ));
}

#[test]
fn the_renewal_reminder_of_a_phone_user_says_to_set_the_phone_up_again() {
    // 太郎's e-cert expires 2026-11-30 (window from 2026-08-31, DOMAIN §3).
    let mut with_phone = taro();
    with_phone.documents.push(document(1, DocumentKind::Phone));
    let reminders = reminders_of(&with_phone);
    let renewal = one(&reminders, 1, ReminderKind::RenewalOpens, AUTH);
    assert!(super::text::body(renewal, Locale::natural(Lang::Ja)).ends_with(
        "スマートフォン（Android）でマイナ保険証を使っている場合は、更新したあとにスマホ用電子証明書をもう一度設定してください。"
    ));
    // Without a phone certificate nothing is said about phones.
    let reminders = reminders_of(&taro());
    let renewal = one(&reminders, 1, ReminderKind::RenewalOpens, AUTH);
    assert!(!super::text::body(renewal, Locale::natural(Lang::Ja)).contains("スマートフォン"));
}
