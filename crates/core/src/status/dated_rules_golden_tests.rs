//! Golden tests for the dated rules of DOMAIN §1 and §5 as revised on 2026-12-03: the
//! 後期高齢者 資格確認書 before and from 2026-08-01, the clinic-side measure to
//! 2026-07-31, the phone certificate, the 高齢受給者証 of a 国保. Expected dates and texts
//! are written by hand from DOMAIN.md.

use super::*;

/// 東京都後期高齢者医療広域連合: 3913001 + check digit 8 (DOMAIN §7: from the right
/// 1·2=2, 0·1=0, 0·2=0, 3·1=3, 1·2=2, 9·1=9, 3·2=6 → 22 → (10 − 2) mod 10 = 8).
const KOUKI_TOKYO: &str = "39130018";

/// A 後期高齢者医療 member born on `birth`, insured since the 75th birthday, 1割
/// printed; with a working card when `card` (issued 2023-08-01, registered: born on
/// 10 May, the card runs to 2033-05-10 and its e-cert to 2028-05-10) and a 資格確認書 of
/// the 2025-08 issue to everyone (valid to 2026-07-31).
fn kouki_member(birth: NaiveDate, card: bool) -> HouseholdData {
    let mut documents = vec![expiring(1, DocumentKind::Kakuninsho, d(2026, 7, 31))];
    if card {
        documents.push(card_issued(1, d(2023, 8, 1)));
        documents.push(registered(1, Some(d(2023, 9, 1))));
    } else {
        documents.push(not_held(1, DocumentKind::Card));
    }
    let mut data = household(
        vec![member(1, "山田 トメ", birth, Relation::SelfInsured)],
        documents,
    );
    use chrono::Datelike;
    data.qualifications = vec![Qualification {
        insurer_number: KOUKI_TOKYO.into(),
        insurer_name: "東京都後期高齢者医療広域連合".into(),
        acquired_on: d(birth.year() + 75, birth.month(), birth.day()),
        burden_tenths: Some(1),
        ..qualification(1, 1, InsuredRole::Insured, "1")
    }];
    data
}

/// 86 on 2026-08-01 (born 1940-05-10) and 84 (born 1942-05-10).
const BORN_86: (i32, u32, u32) = (1940, 5, 10);
const BORN_84: (i32, u32, u32) = (1942, 5, 10);

fn born((y, m, day): (i32, u32, u32)) -> NaiveDate {
    d(y, m, day)
}

#[test]
fn kouki_before_august_2026_everyone_shows_the_kakuninsho_not_an_oshirase() {
    for birth in [BORN_86, BORN_84] {
        let status = first(&kouki_member(born(birth), true), d(2026, 7, 15));
        assert_eq!(status.myna.usable, Usability::Usable);
        // Every 後期高齢者 got a 資格確認書 to 2026-07-31 and no お知らせ.
        assert_eq!(items(&status), [BringItem::MynaCard, BringItem::Kakuninsho]);
        assert!(status.bring.notes.contains(
            &"後期高齢者医療の方には資格確認書が送られています（令和8年7月31日 (2026-07-31)まで）。カードリーダーで確認できないときは、資格確認書を見せてください。".to_string()
        ));
        let papers = action(&status, ActionKind::KoukiPapers);
        assert_eq!(papers.urgency, Urgency::Upcoming);
        assert_eq!(papers.date.as_ref().unwrap().date, d(2026, 7, 31));
        // Only the next 資格確認書's end (2027-07-31) is a 目安; the お知らせ has none.
        assert_eq!(papers.estimate, birth == BORN_86);
    }
}

#[test]
fn kouki_86_gets_a_new_kakuninsho_from_august_2026() {
    let before = first(&kouki_member(born(BORN_86), true), d(2026, 7, 15));
    let papers = action(&before, ActionKind::KoukiPapers);
    assert_eq!(
        papers.detail,
        "後期高齢者医療の資格確認書は令和8年7月31日 (2026-07-31)まで有効です。85歳以上の方には、令和8年8月1日 (2026-08-01)から新しい資格確認書（令和9年7月31日 (2027-07-31)まで・目安）が届きます。資格確認書は毎年8月1日に更新されます（目安）。"
    );

    let after = first(&kouki_member(born(BORN_86), true), d(2026, 8, 15));
    // Still the 資格確認書 beside the card; the recorded one ran out on 2026-07-31, so
    // the new one is not on record yet.
    assert_eq!(items(&after), [BringItem::MynaCard, BringItem::Kakuninsho]);
    assert!(!after.bring.items[1].held);
    let papers = action(&after, ActionKind::KoukiPapers);
    assert_eq!(papers.date.as_ref().unwrap().date, d(2027, 7, 31));
    assert_eq!(
        papers.urgency,
        Urgency::Advice,
        "2027-07-31 is beyond 6 months"
    );
    assert!(papers
        .detail
        .contains("資格確認書は毎年8月1日に更新されます（目安）"));
}

#[test]
fn kouki_84_using_the_card_gets_the_oshirase_from_august_2026() {
    let before = first(&kouki_member(born(BORN_84), true), d(2026, 7, 15));
    let papers = action(&before, ActionKind::KoukiPapers);
    assert_eq!(
        papers.detail,
        "後期高齢者医療の資格確認書は令和8年7月31日 (2026-07-31)まで有効です。マイナ保険証をお使いの方には、令和8年8月1日 (2026-08-01)からは資格確認書に代わり資格情報のお知らせが届きます。資格確認書を持ち続けたい場合は、お住まいの市区町村の窓口（後期高齢者医療の担当）に申請できます。"
    );
    // Not "check that a new 資格確認書 arrives": none will, unless asked for.
    assert!(!kinds(&before)
        .iter()
        .any(|(kind, _)| *kind == ActionKind::KakuninshoExpiring));

    let after = first(&kouki_member(born(BORN_84), true), d(2026, 8, 15));
    assert_eq!(items(&after), [BringItem::MynaCard, BringItem::Oshirase]);
    let papers = action(&after, ActionKind::KoukiPapers);
    assert_eq!(papers.title, "後期高齢者医療：資格情報のお知らせ");
    assert_eq!(papers.urgency, Urgency::Advice);
}

#[test]
fn kouki_84_without_a_card_gets_a_kakuninsho_from_august_2026() {
    let before = first(&kouki_member(born(BORN_84), false), d(2026, 7, 15));
    assert_eq!(items(&before), [BringItem::Kakuninsho]);
    assert!(action(&before, ActionKind::KoukiPapers)
        .detail
        .contains("マイナ保険証をお使いでない方には、令和8年8月1日 (2026-08-01)から新しい資格確認書（令和9年7月31日 (2027-07-31)まで・目安）が届きます。"));
    let after = first(&kouki_member(born(BORN_84), false), d(2026, 8, 15));
    assert_eq!(items(&after), [BringItem::Kakuninsho]);
    // The recorded one has run out: check that the new one came.
    assert_eq!(
        action(&after, ActionKind::GetKakuninsho).urgency,
        Urgency::NotUsable
    );
}

/// An old 保険証 holder (no printed expiry) without a card or a 資格確認書.
fn old_card_holder() -> HouseholdData {
    household(
        vec![member(1, "山田 花子", d(1985, 5, 5), Relation::SelfInsured)],
        vec![
            held(1, DocumentKind::LegacyCard),
            not_held(1, DocumentKind::Card),
        ],
    )
}

#[test]
fn the_clinic_side_measure_is_mentioned_to_31_july_2026_and_never_after() {
    let july_31 = first(&old_card_holder(), d(2026, 7, 31));
    // The expired card is never what to bring: the 資格確認書 (to get) is.
    assert_eq!(items(&july_31), [BringItem::Kakuninsho]);
    assert!(july_31.bring.notes.iter().any(|n| n.starts_with(
        "令和8年7月31日 (2026-07-31)までは暫定措置として、期限切れの保険証でも医療機関がオンラインで資格を確認して受け付けることがあります"
    )));
    let august_1 = first(&old_card_holder(), d(2026, 8, 1));
    assert_eq!(items(&august_1), [BringItem::Kakuninsho]);
    assert!(
        !august_1.bring.notes.iter().any(|n| n.contains("暫定措置")),
        "{:?}",
        august_1.bring.notes
    );
    // Before the old card's last day (2025-12-01) it is simply what to bring.
    let usable = first(&old_card_holder(), d(2025, 12, 1));
    assert_eq!(items(&usable), [BringItem::LegacyCard]);
}

#[test]
fn a_kokuho_member_aged_72_is_not_asked_for_a_koureisha_certificate_as_missing() {
    // Born 1954-03-10: 70 reached 2024-03-09, 高齢受給者 from 2024-04-01; 72 on
    // 2026-09-01. 新宿区 国保 (6 digits); a 資格確認書 and nothing about a card.
    let mut data = household(
        vec![member(
            1,
            "山田 太郎",
            d(1954, 3, 10),
            Relation::SelfInsured,
        )],
        vec![expiring(1, DocumentKind::Kakuninsho, d(2027, 7, 31))],
    );
    data.qualifications = vec![Qualification {
        insurer_number: "138057".into(),
        insurer_name: "新宿区".into(),
        ..qualification(1, 1, InsuredRole::Insured, "1")
    }];
    let status = first(&data, d(2026, 9, 1));
    assert_eq!(status.age, 72);
    assert_eq!(
        items(&status),
        [BringItem::Kakuninsho, BringItem::Koureisha]
    );
    assert_eq!(
        status.bring.sentence,
        "受診の際は、資格確認書と高齢受給者証（保険者から交付されている場合）をお持ちください。"
    );
    // 協会けんぽ (8 digits) issues one: asked for plainly.
    data.qualifications[0].insurer_number = "01130012".into();
    let status = first(&data, d(2026, 9, 1));
    assert_eq!(
        status.bring.sentence,
        "受診の際は、資格確認書と高齢受給者証をお持ちください。"
    );
}

#[test]
fn the_phone_certificate_is_set_up_again_after_the_e_cert_is_renewed() {
    // Born 1985-05-05, card issued 2020-03-10: 1st birthday after issue 2020-05-05, so
    // the e-cert runs to the 5th, 2024-05-05, and its window opens on 2024-02-06 (the day
    // after 2024-02-05). Phone set up 2023-01-10; the e-cert renewed on 2024-03-01.
    let mut data = household(
        vec![member(1, "山田 花子", d(1985, 5, 5), Relation::SelfInsured)],
        vec![
            card_issued(1, d(2020, 3, 10)),
            registered(1, Some(d(2021, 4, 1))),
            Document {
                issued_on: Some(d(2023, 1, 10)),
                ..held(1, DocumentKind::Phone)
            },
        ],
    );
    let in_window = first(&data, d(2024, 2, 20));
    assert!(action(&in_window, ActionKind::RenewAuthCert).detail.ends_with(
        "スマートフォン（Android）でマイナ保険証を使っている場合は、更新したあとにスマホ用電子証明書をもう一度設定してください。"
    ));
    data.documents.push(Document {
        issued_on: Some(d(2024, 3, 1)),
        ..held(1, DocumentKind::EcertAuth)
    });
    let renewed = first(&data, d(2024, 3, 5));
    let again = action(&renewed, ActionKind::PhoneSetupAgain);
    assert_eq!(again.date.as_ref().unwrap().date, d(2024, 3, 1));
    assert!(again
        .detail
        .starts_with("令和6年3月1日 (2024-03-01)に電子証明書（またはカード）が新しくなりました。"));
}
