//! End-to-end status golden tests: every expected date is written by hand from
//! DOMAIN.md (§2–§6, §10), never computed by the code under test.

use chrono::NaiveDate;

use super::*;
use crate::document::{Held, RegistrationStatus};
use crate::member::Relation;
use crate::qualification::InsuredRole;
use crate::rules::{EstimateReason, RuleSet};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn member(id: i64, name: &str, birth: NaiveDate, relation: Relation) -> Member {
    Member {
        id,
        name: name.into(),
        kana: "テスト".into(),
        birth_date: birth,
        relation,
    }
}

fn held(member_id: i64, kind: DocumentKind) -> Document {
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

fn not_held(member_id: i64, kind: DocumentKind) -> Document {
    Document {
        held: Held::NotHeld,
        ..held(member_id, kind)
    }
}

fn card_issued(member_id: i64, issued: NaiveDate) -> Document {
    Document {
        issued_on: Some(issued),
        ..held(member_id, DocumentKind::Card)
    }
}

fn expiring(member_id: i64, kind: DocumentKind, expires: NaiveDate) -> Document {
    Document {
        expires_on: Some(expires),
        ..held(member_id, kind)
    }
}

fn registered(member_id: i64, on: Option<NaiveDate>) -> Document {
    Document {
        issued_on: on,
        registration: Some(RegistrationStatus::Done),
        ..held(member_id, DocumentKind::Registration)
    }
}

fn not_registered(member_id: i64) -> Document {
    Document {
        held: Held::NotHeld,
        registration: Some(RegistrationStatus::NotDone),
        ..held(member_id, DocumentKind::Registration)
    }
}

fn qualification(id: i64, member_id: i64, role: InsuredRole, number: &str) -> Qualification {
    Qualification {
        id,
        member_id,
        insurer_number: "01130012".into(),
        insurer_name: "全国健康保険協会 東京支部".into(),
        symbol: "12345678".into(),
        number: number.into(),
        branch: None,
        role,
        acquired_on: d(2010, 4, 1),
        lost_on: None,
        burden_tenths: None,
        my_number_last4: None,
        memo: String::new(),
    }
}

fn household(members: Vec<Member>, documents: Vec<Document>) -> HouseholdData {
    HouseholdData {
        members,
        qualifications: Vec::new(),
        documents,
    }
}

fn on(data: &HouseholdData, date: NaiveDate) -> HouseholdStatus {
    household_status(
        data,
        &RuleTable::standard(),
        date,
        None,
        Locale::natural(Lang::Ja),
    )
}

fn first(data: &HouseholdData, date: NaiveDate) -> MemberStatus {
    on(data, date).members.remove(0)
}

fn doc(status: &MemberStatus, kind: DocumentKind) -> &DocumentStatus {
    status
        .documents
        .iter()
        .find(|document| document.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {:?}", status.documents))
}

fn expiry(status: &MemberStatus, kind: DocumentKind) -> NaiveDate {
    doc(status, kind).expiry.as_ref().expect("an expiry").date
}

fn items(status: &MemberStatus) -> Vec<BringItem> {
    status.bring.items.iter().map(|entry| entry.item).collect()
}

fn kinds(status: &MemberStatus) -> Vec<(ActionKind, Urgency)> {
    status.actions.iter().map(|a| (a.kind, a.urgency)).collect()
}

fn action(status: &MemberStatus, kind: ActionKind) -> &Action {
    status
        .actions
        .iter()
        .find(|a| a.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {:?}", kinds(status)))
}

// --- The first worked example (born 1990-06-15, card issued 2020-03-10) ---

fn issue_example() -> HouseholdData {
    household(
        vec![member(
            1,
            "山田 太郎",
            d(1990, 6, 15),
            Relation::SelfInsured,
        )],
        vec![card_issued(1, d(2020, 3, 10)), registered(1, None)],
    )
}

#[test]
fn card_issue_date_alone_gives_card_and_ecert_expiries() {
    let status = first(&issue_example(), d(2024, 1, 10));
    let card = doc(&status, DocumentKind::Card);
    let card_expiry = card.expiry.as_ref().unwrap();
    assert_eq!(card_expiry.date, d(2029, 6, 15));
    assert_eq!(card_expiry.source, ExpirySource::Computed);
    assert!(!card_expiry.estimate);
    let auth = doc(&status, DocumentKind::EcertAuth);
    assert!(!auth.recorded, "assumed from the card");
    assert_eq!(auth.held, Held::Held);
    assert_eq!(expiry(&status, DocumentKind::EcertAuth), d(2024, 6, 15));
    assert_eq!(expiry(&status, DocumentKind::EcertSign), d(2024, 6, 15));
    assert_eq!(auth.state, DocumentState::Valid);
    assert_eq!(status.myna.usable, Usability::Usable);
    assert_eq!(
        status.bring.summary,
        "マイナンバーカード（マイナ保険証）と資格情報のお知らせ"
    );
}

/// A grace to 2024-09-30 would be the month-end rule applied to this cert, but DOMAIN §4
/// and the rule table give the grace only to certs expiring from 2024-12-02 (the rule
/// is in force from that day). This cert (expired 2024-06-15) had no grace, so it stops
/// on 2024-06-16. The same month-end arithmetic, inside the rule's range, is tested in
/// `cert_expiring_on_30_november_2026_works_in_grace_through_28_february_2027`.
#[test]
fn issue_example_of_2024_has_no_grace_because_the_cert_expired_before_december_2024() {
    let data = issue_example();
    let last_day = first(&data, d(2024, 6, 15));
    assert_eq!(last_day.myna.usable, Usability::Usable);
    assert_eq!(
        doc(&last_day, DocumentKind::EcertAuth).state,
        DocumentState::RenewalOpen {
            from: d(2024, 3, 16)
        }
    );
    for date in [d(2024, 6, 16), d(2024, 9, 30), d(2024, 10, 1)] {
        let status = first(&data, date);
        assert_eq!(status.myna.usable, Usability::NotUsable, "{date}");
        assert_eq!(
            doc(&status, DocumentKind::EcertAuth).state,
            DocumentState::Expired
        );
        assert_eq!(items(&status), [BringItem::Kakuninsho], "{date}");
        // No grace: the registration was not cancelled by one.
        assert_eq!(
            doc(&status, DocumentKind::Registration).state,
            DocumentState::Valid
        );
    }
}

// --- The same example where the grace applies (DOMAIN §4: 2026-11-30 → 2027-02-28) ---

fn grace_example() -> HouseholdData {
    // 1st birthday after 2021-12-01 is 2022-11-30: e-cert to the 5th (2026-11-30),
    // card to the 10th (2031-11-30).
    household(
        vec![member(
            1,
            "山田 太郎",
            d(1990, 11, 30),
            Relation::SelfInsured,
        )],
        vec![
            card_issued(1, d(2021, 12, 1)),
            registered(1, Some(d(2022, 1, 10))),
        ],
    )
}

#[test]
fn cert_expiring_on_30_november_2026_works_in_grace_through_28_february_2027() {
    let data = grace_example();
    let before_window = first(&data, d(2026, 8, 30));
    assert_eq!(expiry(&before_window, DocumentKind::Card), d(2031, 11, 30));
    assert_eq!(
        expiry(&before_window, DocumentKind::EcertAuth),
        d(2026, 11, 30)
    );
    assert_eq!(
        doc(&before_window, DocumentKind::EcertAuth).state,
        DocumentState::Valid
    );
    let renew = action(&before_window, ActionKind::RenewAuthCert);
    assert_eq!(renew.urgency, Urgency::Upcoming);
    assert_eq!(renew.date.as_ref().unwrap().date, d(2026, 8, 31));

    let window = first(&data, d(2026, 8, 31));
    assert_eq!(
        doc(&window, DocumentKind::EcertAuth).state,
        DocumentState::RenewalOpen {
            from: d(2026, 8, 31)
        }
    );
    let renew = action(&window, ActionKind::RenewAuthCert);
    assert_eq!(renew.urgency, Urgency::RenewalOpen);
    assert_eq!(renew.from.as_ref().unwrap().date, d(2026, 8, 31));
    assert_eq!(renew.until.as_ref().unwrap().date, d(2026, 11, 30));
    assert_eq!(
        renew.detail,
        "令和8年8月31日 (2026-08-31)から令和8年11月30日 (2026-11-30)まで、お住まいの市区町村の窓口で更新できます。マイナンバーカードと暗証番号（数字4桁）をお持ちください。署名用電子証明書も同時に更新できます。"
    );

    let last_valid = first(&data, d(2026, 11, 30));
    assert_eq!(last_valid.myna.usable, Usability::Usable);

    for date in [d(2026, 12, 1), d(2027, 2, 28)] {
        let grace = first(&data, date);
        assert_eq!(grace.myna.usable, Usability::Grace, "{date}");
        assert_eq!(
            grace.myna.grace_until.as_ref().unwrap().date,
            d(2027, 2, 28)
        );
        assert_eq!(
            doc(&grace, DocumentKind::EcertAuth).state,
            DocumentState::Grace {
                until: d(2027, 2, 28)
            }
        );
        assert_eq!(items(&grace), [BringItem::MynaCard, BringItem::Oshirase]);
        assert_eq!(
            kinds(&grace),
            [
                (ActionKind::RenewAuthCert, Urgency::Grace),
                (ActionKind::GetKakuninsho, Urgency::Upcoming)
            ]
        );
    }

    let after = first(&data, d(2027, 3, 1));
    assert_eq!(after.myna.usable, Usability::NotUsable);
    assert_eq!(items(&after), [BringItem::Kakuninsho]);
    assert_eq!(
        after.bring.sentence,
        "受診の際は、資格確認書をお持ちください。"
    );
    assert!(!after.bring.items[0].held, "no 資格確認書 on record yet");
    assert_eq!(
        doc(&after, DocumentKind::Registration).state,
        DocumentState::Cancelled {
            grace_ended: d(2027, 2, 28)
        }
    );
    assert_eq!(
        kinds(&after),
        [
            (ActionKind::RenewAuthCert, Urgency::NotUsable),
            (ActionKind::GetKakuninsho, Urgency::NotUsable),
            (ActionKind::RedoRegistration, Urgency::NotUsable),
        ]
    );
    assert!(action(&after, ActionKind::RedoRegistration)
        .detail
        .contains("電子証明書を更新したあと、医療機関の顔認証付きカードリーダー、マイナポータル、セブン銀行ATM、市区町村の窓口のいずれかで登録し直してください。"));
}

#[test]
fn renewal_after_the_grace_needs_the_registration_done_again() {
    // Renewed on 2027-04-01 (after the grace): 5th birthday after, capped by the card.
    let mut data = grace_example();
    data.documents.push(Document {
        issued_on: Some(d(2027, 4, 1)),
        ..held(1, DocumentKind::EcertAuth)
    });
    let status = first(&data, d(2027, 5, 1));
    assert_eq!(expiry(&status, DocumentKind::EcertAuth), d(2031, 11, 30));
    // Registered on 2022-01-10, before the grace ended: cancelled.
    assert_eq!(status.myna.usable, Usability::NotUsable);
    let redo = action(&status, ActionKind::RedoRegistration);
    assert_eq!(redo.urgency, Urgency::NotUsable);
    assert!(redo.detail.ends_with("解除されています。医療機関の顔認証付きカードリーダー、マイナポータル、セブン銀行ATM、市区町村の窓口のいずれかで登録し直してください。"));
    // With no registration date the app cannot tell whether it was redone.
    data.documents[1] = registered(1, None);
    let status = first(&data, d(2027, 5, 1));
    assert_eq!(status.myna.usable, Usability::Unknown);
    assert_eq!(
        action(&status, ActionKind::RedoRegistration).urgency,
        Urgency::Advice
    );
    // Registered again after the renewal: usable.
    data.documents[1] = registered(1, Some(d(2027, 4, 2)));
    assert_eq!(first(&data, d(2027, 5, 1)).myna.usable, Usability::Usable);
}

#[test]
fn status_json_has_iso_dates_and_marks_computed_dates() {
    let status = on(&grace_example(), d(2027, 2, 28));
    let json = serde_json::to_value(&status).unwrap();
    let member = &json["members"][0];
    assert_eq!(json["on"]["date"], "2027-02-28");
    assert_eq!(json["on"]["label"], "令和9年2月28日 (2027-02-28)");
    assert_eq!(member["myna"]["usable"], "grace");
    assert_eq!(member["myna"]["graceUntil"]["date"], "2027-02-28");
    let auth = &member["documents"][1];
    assert_eq!(auth["kind"], "ecert-auth");
    assert_eq!(auth["expiry"]["date"], "2026-11-30");
    assert_eq!(auth["expiry"]["source"], "computed");
    assert_eq!(auth["expiry"]["estimate"], false);
    assert_eq!(auth["state"]["kind"], "grace");
    assert_eq!(auth["state"]["until"], "2027-02-28");
    assert_eq!(json["overview"][0]["kind"], "renewAuthCert");
    assert_eq!(json["overview"][0]["memberName"], "山田 太郎");
}

// --- What to bring ---

#[test]
fn registration_not_done_means_bringing_the_kakuninsho() {
    let data = household(
        vec![member(1, "山田 花子", d(1985, 5, 5), Relation::Spouse)],
        vec![
            card_issued(1, d(2023, 8, 1)),
            not_registered(1),
            expiring(1, DocumentKind::Kakuninsho, d(2029, 11, 30)),
        ],
    );
    let status = first(&data, d(2026, 1, 10));
    assert_eq!(status.myna.usable, Usability::NotUsable);
    assert_eq!(status.myna.checks[0].outcome, CheckOutcome::Fails);
    assert_eq!(items(&status), [BringItem::Kakuninsho]);
    assert!(status.bring.items[0].held);
    assert_eq!(
        status.bring.sentence,
        "受診の際は、資格確認書をお持ちください。"
    );
    assert_eq!(kinds(&status), [(ActionKind::Register, Urgency::Advice)]);
}

fn old_card_only() -> HouseholdData {
    household(
        vec![member(1, "山田 一郎", d(1980, 1, 2), Relation::SelfInsured)],
        vec![
            not_held(1, DocumentKind::Card),
            held(1, DocumentKind::LegacyCard),
        ],
    )
}

#[test]
fn old_card_is_brought_on_1_december_2025_and_the_kakuninsho_from_2_december() {
    let last_day = first(&old_card_only(), d(2025, 12, 1));
    assert_eq!(items(&last_day), [BringItem::LegacyCard]);
    assert_eq!(expiry(&last_day, DocumentKind::LegacyCard), d(2025, 12, 1));
    assert_eq!(
        doc(&last_day, DocumentKind::LegacyCard).state,
        DocumentState::Valid
    );
    let get = action(&last_day, ActionKind::GetKakuninsho);
    assert_eq!(get.urgency, Urgency::Upcoming);
    assert_eq!(get.date.as_ref().unwrap().date, d(2025, 12, 1));

    let after = first(&old_card_only(), d(2025, 12, 2));
    assert_eq!(items(&after), [BringItem::Kakuninsho]);
    assert_eq!(
        doc(&after, DocumentKind::LegacyCard).state,
        DocumentState::Expired
    );
    assert_eq!(
        action(&after, ActionKind::GetKakuninsho).urgency,
        Urgency::NotUsable
    );
}

#[test]
fn ages_70_to_74_bring_the_koureisha_certificate_with_the_kakuninsho() {
    // Born 1953-03-10: 高齢受給者 from 2023-04-01, 後期高齢者 from 2028-03-10.
    let data = household(
        vec![member(1, "山田 昭", d(1953, 3, 10), Relation::SelfInsured)],
        vec![
            not_held(1, DocumentKind::Card),
            expiring(1, DocumentKind::Kakuninsho, d(2026, 7, 31)),
            expiring(1, DocumentKind::Koureisha, d(2026, 7, 31)),
        ],
    );
    let status = first(&data, d(2025, 6, 1));
    assert_eq!(
        items(&status),
        [BringItem::Kakuninsho, BringItem::Koureisha]
    );
    assert_eq!(status.bring.summary, "資格確認書と高齢受給者証");
    assert_eq!(
        status.burden.as_ref().unwrap().label,
        "2割（所得などにより3割・目安）"
    );
    // At 69 (before 2023-04-01) the certificate is not needed.
    let younger = first(&data, d(2023, 3, 31));
    assert_eq!(items(&younger), [BringItem::Kakuninsho]);
}

#[test]
fn ages_70_to_74_with_a_working_myna_card_need_no_koureisha_certificate() {
    let data = household(
        vec![member(1, "山田 昭", d(1953, 3, 10), Relation::SelfInsured)],
        vec![card_issued(1, d(2022, 5, 1)), registered(1, None)],
    );
    let status = first(&data, d(2025, 6, 1));
    assert_eq!(items(&status), [BringItem::MynaCard, BringItem::Oshirase]);
}

// --- Ages (DOMAIN §6) ---

#[test]
fn turning_70_on_the_1st_of_a_month_starts_koureisha_that_month() {
    let data = household(
        vec![member(1, "山田 正", d(1956, 6, 1), Relation::SelfInsured)],
        vec![],
    );
    let status = first(&data, d(2026, 3, 1));
    let turning = action(&status, ActionKind::Koureisha);
    assert_eq!(turning.date.as_ref().unwrap().date, d(2026, 6, 1));
    assert_eq!(turning.urgency, Urgency::Upcoming);
    assert_eq!(
        turning.detail,
        "令和8年6月1日 (2026-06-01)から高齢受給者となり、医療費の負担割合は2割になります（所得によっては3割）。保険者から高齢受給者証が届きます。資格確認書で受診するときは一緒に提示してください（マイナ保険証なら提示は不要です）。"
    );
    assert!(first(&data, d(2026, 6, 1))
        .actions
        .iter()
        .all(|a| a.kind != ActionKind::Koureisha));
}

fn turning_75_household() -> HouseholdData {
    let mut data = household(
        vec![
            member(1, "山田 太郎", d(1951, 9, 20), Relation::SelfInsured),
            member(2, "山田 花子", d(1955, 2, 14), Relation::Spouse),
            member(3, "山田 次郎", d(1990, 1, 5), Relation::Child),
        ],
        vec![],
    );
    data.qualifications = vec![
        qualification(1, 1, InsuredRole::Insured, "1"),
        // Typed full-width from the notice: still the same card.
        qualification(2, 2, InsuredRole::Dependant, "１"),
        // Insured on his own plan: not affected.
        qualification(3, 3, InsuredRole::Insured, "2"),
    ];
    data
}

#[test]
fn turning_75_with_a_dependant_spouse_warns_both_for_the_birthday() {
    let status = on(&turning_75_household(), d(2026, 5, 1));
    let taro = &status.members[0];
    let kouki = action(taro, ActionKind::Kouki);
    assert_eq!(kouki.date.as_ref().unwrap().date, d(2026, 9, 20));
    assert!(kouki
        .detail
        .contains("扶養されているご家族（山田 花子さん）も同じ日に"));
    let hanako = &status.members[1];
    let loses = action(hanako, ActionKind::DependantLosesCover);
    assert_eq!(loses.urgency, Urgency::Upcoming);
    assert_eq!(loses.date.as_ref().unwrap().date, d(2026, 9, 20));
    assert_eq!(loses.about_member_id, Some(1));
    assert!(loses
        .detail
        .starts_with("山田 太郎さんが令和8年9月20日 (2026-09-20)に75歳になり"));
    assert!(status.members[2].actions.is_empty());
    let overview: Vec<(i64, ActionKind)> = status
        .overview
        .iter()
        .map(|item| (item.member_id, item.action.kind))
        .collect();
    assert_eq!(
        overview,
        [(1, ActionKind::Kouki), (2, ActionKind::DependantLosesCover)]
    );

    // On the birthday the spouse's cover has ended: listed first, as no cover; he is
    // asked to record the 後期高齢者医療 qualification.
    let birthday = on(&turning_75_household(), d(2026, 9, 20));
    assert_eq!(
        kinds(&birthday.members[0]),
        [(ActionKind::RecordKouki, Urgency::NotUsable)]
    );
    let loses = action(&birthday.members[1], ActionKind::DependantLosesCover);
    assert_eq!(loses.urgency, Urgency::NoCover);
}

#[test]
fn turning_75_more_than_6_months_ahead_is_not_listed_yet() {
    let status = on(&turning_75_household(), d(2026, 3, 19));
    assert!(status.overview.is_empty());
    assert_eq!(
        on(&turning_75_household(), d(2026, 3, 20)).overview.len(),
        2
    );
}

// --- Cards ---

#[test]
fn child_card_is_a_5_year_card() {
    // 8 on the issue date: 5th birthday after issue.
    let data = household(
        vec![member(1, "山田 小太郎", d(2015, 4, 10), Relation::Child)],
        vec![card_issued(1, d(2023, 7, 1))],
    );
    let status = first(&data, d(2025, 1, 1));
    assert_eq!(expiry(&status, DocumentKind::Card), d(2028, 4, 10));
    assert_eq!(expiry(&status, DocumentKind::EcertAuth), d(2028, 4, 10));
    assert_eq!(doc(&status, DocumentKind::EcertSign).held, Held::NotHeld);
    assert!(doc(&status, DocumentKind::Card).notes.contains(
        &"18歳未満で発行されたカードは、発行日後5回目の誕生日までの5年のカードです。".to_string()
    ));
    let child = action(&status, ActionKind::ChildCard);
    assert_eq!(child.urgency, Urgency::Advice);
    assert_eq!(child.date.as_ref().unwrap().date, d(2028, 4, 10));
    // The renewal window of the card (and its certs) opens 2028-01-11.
    let window = first(&data, d(2028, 1, 11));
    let renew = action(&window, ActionKind::RenewCard);
    assert_eq!(renew.urgency, Urgency::RenewalOpen);
    assert!(renew.detail.ends_with("5年のカードです。"));
    assert!(window
        .actions
        .iter()
        .all(|a| a.kind != ActionKind::RenewAuthCert));
}

#[test]
fn printed_expiry_wins_and_a_disagreeing_one_is_flagged_gently() {
    let mut data = issue_example();
    data.documents[0].expires_on = Some(d(2030, 6, 15));
    let status = first(&data, d(2025, 1, 1));
    let card = doc(&status, DocumentKind::Card).expiry.clone().unwrap();
    assert_eq!(card.date, d(2030, 6, 15));
    assert_eq!(card.source, ExpirySource::Printed);
    assert_eq!(
        card.mismatch.as_deref(),
        Some("入力された有効期限（令和12年6月15日 (2030-06-15)）は、ルールから計算した日付（令和11年6月15日 (2029-06-15)）と異なります。書類に印字された日付を優先して表示しています。念のため、印字をもう一度ご確認ください。")
    );
    data.documents[0].expires_on = Some(d(2029, 6, 15));
    let status = first(&data, d(2025, 1, 1));
    assert_eq!(
        doc(&status, DocumentKind::Card)
            .expiry
            .as_ref()
            .unwrap()
            .mismatch,
        None
    );
}

#[test]
fn unconfirmed_card_term_is_labelled_as_an_estimate() {
    // 19 on 2022-05-10: the application may predate the 18-year rule (DOMAIN §2).
    let data = household(
        vec![member(1, "山田 若葉", d(2003, 1, 20), Relation::Child)],
        vec![card_issued(1, d(2022, 5, 10))],
    );
    let status = first(&data, d(2025, 1, 1));
    let card = doc(&status, DocumentKind::Card).expiry.clone().unwrap();
    assert_eq!(card.date, d(2032, 1, 20));
    assert!(card.estimate);
    assert_eq!(card.label, "令和14年1月20日 (2032-01-20)（目安）");
    assert_eq!(
        card.estimate_reasons,
        [EstimateReason::ApplicationDateUnknown]
    );
    assert_eq!(card.estimate_notes.len(), 1);
    // The cert's 5th birthday comes first whichever term the card has: certain.
    let auth = doc(&status, DocumentKind::EcertAuth)
        .expiry
        .clone()
        .unwrap();
    assert_eq!(auth.date, d(2027, 1, 20));
    assert!(!auth.estimate);
}

#[test]
fn residence_period_caps_card_and_certs() {
    let data = household(
        vec![member(1, "Anna Schmidt", d(1990, 6, 15), Relation::Spouse)],
        vec![
            card_issued(1, d(2023, 4, 1)),
            expiring(1, DocumentKind::Zairyu, d(2026, 3, 31)),
        ],
    );
    let status = first(&data, d(2025, 1, 1));
    assert_eq!(expiry(&status, DocumentKind::Card), d(2026, 3, 31));
    assert_eq!(expiry(&status, DocumentKind::EcertAuth), d(2026, 3, 31));
    assert_eq!(expiry(&status, DocumentKind::Zairyu), d(2026, 3, 31));
}

// --- The household overview ---

#[test]
fn overview_lists_not_usable_then_grace_then_renewal_window_then_upcoming() {
    let people = [
        // e-cert 2026-11-30: past the grace (2027-02-28) on 2027-03-15.
        (1, d(1990, 11, 30), d(2021, 12, 1)),
        // e-cert 2027-01-10 (1st birthday after issue 2023-01-10): grace to 2027-04-30.
        (2, d(1990, 1, 10), d(2022, 2, 1)),
        // e-cert 2027-05-20: window open since 2027-02-21.
        (3, d(1990, 5, 20), d(2022, 6, 1)),
        // e-cert 2027-08-10: window opens 2027-05-11.
        (4, d(1990, 8, 10), d(2022, 9, 1)),
    ];
    let data = household(
        people
            .iter()
            .map(|(id, birth, _)| member(*id, &format!("家族{id}"), *birth, Relation::Other))
            .collect(),
        people
            .iter()
            .flat_map(|(id, _, issued)| {
                [
                    card_issued(*id, *issued),
                    registered(*id, Some(d(2022, 10, 1))),
                ]
            })
            .collect(),
    );
    let status = on(&data, d(2027, 3, 15));
    let overview: Vec<(i64, ActionKind, Urgency, NaiveDate)> = status
        .overview
        .iter()
        .map(|item| {
            let a = &item.action;
            (
                item.member_id,
                a.kind,
                a.urgency,
                a.date.as_ref().unwrap().date,
            )
        })
        .collect();
    assert_eq!(
        overview,
        [
            (
                1,
                ActionKind::RenewAuthCert,
                Urgency::NotUsable,
                d(2026, 11, 30)
            ),
            (
                1,
                ActionKind::GetKakuninsho,
                Urgency::NotUsable,
                d(2026, 11, 30)
            ),
            (
                1,
                ActionKind::RedoRegistration,
                Urgency::NotUsable,
                d(2027, 2, 28)
            ),
            (2, ActionKind::RenewAuthCert, Urgency::Grace, d(2027, 4, 30)),
            (
                3,
                ActionKind::RenewAuthCert,
                Urgency::RenewalOpen,
                d(2027, 5, 20)
            ),
            (
                2,
                ActionKind::GetKakuninsho,
                Urgency::Upcoming,
                d(2027, 4, 30)
            ),
            (
                4,
                ActionKind::RenewAuthCert,
                Urgency::Upcoming,
                d(2027, 5, 11)
            ),
        ]
    );
    // One member only: the same answers for that member.
    let only = household_status(
        &data,
        &RuleTable::standard(),
        d(2027, 3, 15),
        Some(2),
        Locale::natural(Lang::Ja),
    );
    assert_eq!(only.members.len(), 1);
    assert_eq!(only.overview.len(), 2);
}

// --- The table as data ---

#[test]
fn a_later_rule_row_changes_the_status_only_from_its_start() {
    let change = d(2027, 1, 1);
    let standard = RuleTable::standard();
    let longer_grace = RuleTable::standard().with_row(
        change,
        RuleSet {
            grace_months_after_expiry_month: Some(6),
            ..standard.rules_for(change).clone()
        },
    );
    let usable = |data: &HouseholdData, table: &RuleTable, date| {
        household_status(data, table, date, None, Locale::natural(Lang::Ja)).members[0]
            .myna
            .usable
    };
    // Expired 2026-11-30, before the change: the old grace still ends 2027-02-28.
    let before = grace_example();
    assert_eq!(
        usable(&before, &longer_grace, d(2027, 3, 1)),
        Usability::NotUsable
    );
    // Expires 2027-06-15, after the change: grace to 2027-12-31 instead of 2027-09-30.
    let after = household(
        vec![member(
            1,
            "山田 太郎",
            d(1990, 6, 15),
            Relation::SelfInsured,
        )],
        vec![card_issued(1, d(2022, 7, 1)), registered(1, None)],
    );
    assert_eq!(
        usable(&after, &standard, d(2027, 10, 1)),
        Usability::NotUsable
    );
    assert_eq!(
        usable(&after, &longer_grace, d(2027, 10, 1)),
        Usability::Grace
    );
    assert_eq!(
        usable(&after, &longer_grace, d(2028, 1, 1)),
        Usability::NotUsable
    );
}

// --- English ---

#[test]
fn english_text_comes_from_the_same_facts() {
    let status = household_status(
        &grace_example(),
        &RuleTable::standard(),
        d(2027, 3, 1),
        None,
        Locale::natural(Lang::En),
    );
    let member = &status.members[0];
    assert_eq!(
        member.bring.sentence,
        "When you see a doctor, bring the eligibility certificate (資格確認書)."
    );
    assert_eq!(
        member.myna.label,
        "The My Number insurance card (マイナ保険証) does not work"
    );
    assert_eq!(
        doc(member, DocumentKind::Registration).state_label,
        "Cancelled (the grace period ended on 2027-02-28 (Reiwa 9))"
    );
}

// Cover, turning 75 and the papers that go with them: in their own file.
#[path = "guidance_golden_tests.rs"]
mod guidance;

// The dated rules of 2025–2026 (DOMAIN §1, §5): in their own file.
#[path = "dated_rules_golden_tests.rs"]
mod dated_rules;
