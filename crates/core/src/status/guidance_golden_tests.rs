//! Guidance golden tests: no cover (資格喪失, a dependant of someone who turned 75),
//! the 75th birthday, the 資格確認書 without a card, and the wording of the overview.
//! Every expected date and text is written by hand from DOMAIN.md §1, §5, §6.

use super::*;

/// Born 1985-05-05, card issued 2023-08-01 (e-cert to the 5th birthday after issue,
/// 2028-05-05; card to the 10th, 2033-05-05), registered: マイナ保険証 works on every
/// date below as far as the card goes.
fn card_fine(member_id: i64) -> Vec<Document> {
    vec![
        card_issued(member_id, d(2023, 8, 1)),
        registered(member_id, Some(d(2023, 9, 1))),
    ]
}

fn left_on(mut q: Qualification, lost: NaiveDate) -> Qualification {
    q.lost_on = Some(lost);
    q
}

fn lost_plan(new_plan: bool) -> HouseholdData {
    let mut data = household(
        vec![member(1, "山田 花子", d(1985, 5, 5), Relation::SelfInsured)],
        card_fine(1),
    );
    // Left the employer on 2026-03-31: 喪失日 2026-04-01, the first day without cover.
    data.qualifications = vec![left_on(
        qualification(1, 1, InsuredRole::Insured, "1"),
        d(2026, 4, 1),
    )];
    if new_plan {
        // Joined 国民健康保険 (東京都 a 6-digit number) the same day.
        data.qualifications.push(Qualification {
            insurer_number: "138057".into(),
            insurer_name: "新宿区".into(),
            acquired_on: d(2026, 4, 1),
            ..qualification(2, 1, InsuredRole::Insured, "9")
        });
    }
    data
}

#[test]
fn qualification_lost_with_no_new_one_means_no_cover_and_nothing_usable() {
    let status = on(&lost_plan(false), d(2026, 4, 10));
    let member = &status.members[0];
    assert_eq!(member.myna.usable, Usability::NotUsable);
    assert_eq!(
        member.myna.label,
        "マイナ保険証は使えません（この日に有効な健康保険の資格がありません）"
    );
    let no_cover = member.myna.no_cover.as_ref().expect("no cover");
    assert_eq!(no_cover.reason, NoCoverReason::QualificationLost);
    assert_eq!(no_cover.since.date, d(2026, 4, 1));
    assert!(no_cover
        .text
        .starts_with("健康保険の資格は令和8年4月1日 (2026-04-01)でなくなり（資格喪失）"));
    assert!(no_cover.text.contains("全額（10割）"));
    // No card + お知らせ: nothing to bring, join a plan first.
    assert!(items(member).is_empty());
    assert_eq!(
        member.bring.sentence,
        "この日に有効な健康保険の資格がないため、お持ちいただける書類はありません。先に新しい健康保険に加入してください。"
    );
    assert_eq!(member.plan_label, None);
    let join = action(member, ActionKind::JoinNewPlan);
    assert_eq!(join.urgency, Urgency::NoCover);
    assert_eq!(join.urgency_label, "保険の資格なし");
    assert!(join.detail.contains("国民健康保険に加入する手続き"));
    assert!(
        !kinds(member)
            .iter()
            .any(|(kind, _)| *kind == ActionKind::GetKakuninsho),
        "no 資格確認書 of a plan the member left: {:?}",
        kinds(member)
    );
    // The day before the 喪失日 the plan still covers her.
    let before = first(&lost_plan(false), d(2026, 3, 31));
    assert_eq!(before.myna.usable, Usability::Usable);
    assert_eq!(before.myna.no_cover, None);
}

#[test]
fn qualification_lost_with_a_new_one_is_covered_by_the_new_plan() {
    let member = first(&lost_plan(true), d(2026, 4, 10));
    assert_eq!(member.myna.usable, Usability::Usable);
    assert_eq!(member.myna.no_cover, None);
    assert_eq!(member.plan_label.as_deref(), Some("国民健康保険・東京都"));
    assert_eq!(items(&member), [BringItem::MynaCard, BringItem::Oshirase]);
    assert!(!kinds(&member)
        .iter()
        .any(|(kind, _)| *kind == ActionKind::JoinNewPlan));
}

#[test]
fn status_json_carries_the_no_cover_reason_for_scripts() {
    let json = serde_json::to_value(on(&lost_plan(false), d(2026, 4, 10))).unwrap();
    let no_cover = &json["members"][0]["myna"]["noCover"];
    assert_eq!(no_cover["reason"], "qualificationLost");
    assert_eq!(no_cover["since"]["date"], "2026-04-01");
    assert_eq!(json["members"][0]["myna"]["usable"], "notUsable");
    // Covered: the field is there and null.
    let json = serde_json::to_value(on(&lost_plan(true), d(2026, 4, 10))).unwrap();
    assert!(json["members"][0]["myna"]["noCover"].is_null());
}

/// 太郎 (born 1951-09-20) turns 75 on 2026-09-20; 花子 is his dependant; both have
/// working cards. 太郎's notice prints 3割.
fn turning_75_with_cards() -> HouseholdData {
    let mut data = household(
        vec![
            member(1, "山田 太郎", d(1951, 9, 20), Relation::SelfInsured),
            member(2, "山田 花子", d(1955, 2, 14), Relation::Spouse),
        ],
        [card_fine(1), card_fine(2)].concat(),
    );
    data.qualifications = vec![
        Qualification {
            burden_tenths: Some(3),
            ..qualification(1, 1, InsuredRole::Insured, "1")
        },
        qualification(2, 2, InsuredRole::Dependant, "1"),
    ];
    data
}

#[test]
fn a_dependant_is_covered_the_day_before_the_insured_turns_75_and_not_on_the_day() {
    let before = on(&turning_75_with_cards(), d(2026, 9, 19));
    let hanako = &before.members[1];
    assert_eq!(hanako.myna.usable, Usability::Usable);
    assert_eq!(hanako.myna.no_cover, None);
    assert_eq!(
        action(hanako, ActionKind::DependantLosesCover).urgency,
        Urgency::Upcoming
    );

    let birthday = on(&turning_75_with_cards(), d(2026, 9, 20));
    let hanako = &birthday.members[1];
    assert_eq!(hanako.myna.usable, Usability::NotUsable);
    let no_cover = hanako.myna.no_cover.as_ref().expect("no cover");
    assert_eq!(no_cover.reason, NoCoverReason::InsuredTurned75);
    assert_eq!(no_cover.since.date, d(2026, 9, 20));
    assert_eq!(no_cover.about_member_id, Some(1));
    assert!(items(hanako).is_empty());
    assert_eq!(hanako.plan_label, None);
    // The overview says so first.
    let first_item = &birthday.overview[0];
    assert_eq!(
        (
            first_item.member_id,
            first_item.action.kind,
            first_item.action.urgency
        ),
        (2, ActionKind::DependantLosesCover, Urgency::NoCover)
    );
    assert!(first_item
        .action
        .detail
        .contains("国民健康保険などに加入して"));
}

#[test]
fn from_the_75th_birthday_the_old_plan_is_not_current_and_kouki_is_to_be_recorded() {
    let before = first(&turning_75_with_cards(), d(2026, 9, 19));
    assert_eq!(before.plan_label.as_deref(), Some("協会けんぽ・東京都"));
    assert_eq!(before.burden.as_ref().unwrap().label, "3割");
    assert!(before.burden.as_ref().unwrap().printed);

    let birthday = first(&turning_75_with_cards(), d(2026, 9, 20));
    // The record is kept, but neither its plan nor its printed 3割 is shown.
    assert_eq!(birthday.plan_label, None);
    let burden = birthday.burden.as_ref().unwrap();
    assert!(!burden.printed);
    assert_eq!(burden.label, "1割（所得などにより2割・3割・目安）");
    let record = action(&birthday, ActionKind::RecordKouki);
    assert_eq!(record.date.as_ref().unwrap().date, d(2026, 9, 20));
    assert_eq!(record.urgency_label, "登録が必要です");
    assert!(record.detail.starts_with(
        "75歳の誕生日（令和8年9月20日 (2026-09-20)）から後期高齢者医療制度に加入しています"
    ));
    assert!(!record.estimate);
    // He is covered (後期高齢者医療 needs no application): マイナ保険証 works.
    assert_eq!(birthday.myna.no_cover, None);
}

#[test]
fn a_kouki_qualification_recorded_is_current_from_the_birthday() {
    let mut data = turning_75_with_cards();
    // 東京都後期高齢者医療広域連合: 39 13 xxx c. 3913001 → check digit (DOMAIN §7):
    // from the right 1·2=2, 0·1=0, 0·2=0, 3·1=3, 1·2=2, 9·1=9, 3·2=6 → 22 → 8.
    data.qualifications.push(Qualification {
        insurer_number: "39130018".into(),
        insurer_name: "東京都後期高齢者医療広域連合".into(),
        acquired_on: d(2026, 9, 20),
        burden_tenths: Some(1),
        ..qualification(3, 1, InsuredRole::Insured, "77")
    });
    let birthday = first(&data, d(2026, 9, 20));
    assert_eq!(
        birthday.plan_label.as_deref(),
        Some("後期高齢者医療・東京都")
    );
    assert_eq!(birthday.burden.as_ref().unwrap().label, "1割");
    assert!(!kinds(&birthday)
        .iter()
        .any(|(kind, _)| *kind == ActionKind::RecordKouki));
}

#[test]
fn born_29_february_turns_75_on_28_february_in_a_common_year_as_an_estimate() {
    // 1952-02-29 + 75 years = 2027, a common year: 年齢計算ニ関スル法律 and 民法143条 make
    // the age reached at the end of 28 February; the app takes 28 February (目安).
    let mut data = household(
        vec![member(
            1,
            "山田 太郎",
            d(1952, 2, 29),
            Relation::SelfInsured,
        )],
        card_fine(1),
    );
    data.qualifications = vec![qualification(1, 1, InsuredRole::Insured, "1")];
    let day_before = first(&data, d(2027, 2, 27));
    assert!(!kinds(&day_before)
        .iter()
        .any(|(kind, _)| *kind == ActionKind::RecordKouki));
    assert!(day_before.plan_label.is_some());
    let feb_28 = first(&data, d(2027, 2, 28));
    let record = action(&feb_28, ActionKind::RecordKouki);
    assert_eq!(record.date.as_ref().unwrap().date, d(2027, 2, 28));
    assert!(record.estimate, "labelled 目安");
    assert_eq!(feb_28.plan_label, None);
}

#[test]
fn kakuninsho_only_means_bringing_the_kakuninsho_and_the_card_only_if_registered() {
    let data = household(
        vec![member(1, "山田 花子", d(1985, 5, 5), Relation::SelfInsured)],
        vec![expiring(1, DocumentKind::Kakuninsho, d(2029, 11, 30))],
    );
    let status = first(&data, d(2026, 9, 1));
    assert_eq!(items(&status), [BringItem::Kakuninsho]);
    assert_eq!(
        status.bring.sentence,
        "受診の際は、資格確認書をお持ちください。"
    );
    assert_eq!(
        status.bring.notes,
        ["健康保険証として利用登録したマイナンバーカードもお持ちの場合は、カードでも受診できます。"]
    );
}

#[test]
fn no_card_at_all_is_not_called_expired() {
    let data = household(
        vec![member(1, "山田 花子", d(1985, 5, 5), Relation::SelfInsured)],
        vec![not_held(1, DocumentKind::Card)],
    );
    let status = on(&data, d(2026, 9, 1));
    let hanako = &status.members[0];
    assert_eq!(
        hanako.myna.checks[0].text,
        "マイナンバーカードをお持ちでないと記録されています。"
    );
    let get = action(hanako, ActionKind::GetKakuninsho);
    assert_eq!(get.urgency, Urgency::NotUsable);
    assert_eq!(get.urgency_label, "マイナ保険証を使えません");
    assert_eq!(
        status.overview[0].action.urgency_label,
        "マイナ保険証を使えません"
    );
    // An expired card is still called expired.
    let data = household(
        vec![member(1, "山田 花子", d(1985, 5, 5), Relation::SelfInsured)],
        vec![
            expiring(1, DocumentKind::Card, d(2025, 5, 5)),
            registered(1, None),
        ],
    );
    let get = action(&first(&data, d(2026, 9, 1)), ActionKind::GetKakuninsho).clone();
    assert_eq!(get.urgency_label, "期限切れ・使えません");
}

#[test]
fn a_phone_user_is_told_to_carry_the_card_too() {
    let mut data = household(
        vec![member(1, "山田 花子", d(1985, 5, 5), Relation::SelfInsured)],
        card_fine(1),
    );
    data.documents.push(held(1, DocumentKind::Phone));
    let status = first(&data, d(2026, 9, 1));
    assert!(status.bring.notes.contains(
        &"スマートフォンのマイナ保険証は、専用の読み取り機を置いている医療機関でしか使えません。マイナンバーカードも一緒にお持ちください。".to_string()
    ));
}

#[test]
fn without_cover_an_expired_card_is_not_answered_with_the_kakuninsho() {
    // Card expired 2025-05-05 (printed), plan left on 2026-04-01: no 資格確認書 of the
    // old plan will do, so the renewal says only to renew.
    let mut data = lost_plan(false);
    data.documents = vec![
        expiring(1, DocumentKind::Card, d(2025, 5, 5)),
        registered(1, None),
    ];
    let member = first(&data, d(2026, 4, 10));
    let renew = action(&member, ActionKind::RenewCard);
    assert_eq!(
        renew.detail,
        "有効期限（令和7年5月5日 (2025-05-05)）が切れています。お住まいの市区町村でカードを更新してください。"
    );
    // Joining a plan comes before the expired card (2025-05-05 is the earlier date).
    assert_eq!(member.actions[0].kind, ActionKind::JoinNewPlan);
}
