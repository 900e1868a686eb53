//! Turning 70 (高齢受給者) and 75 (後期高齢者医療), and the dependants of someone
//! turning 75, who lose their cover that day (DOMAIN §6).

use super::{horizon_end, ActionKind, Draft, Urgency};
use crate::i18n::{Lang, Locale};
use crate::rules::{burden_on, kouki_from, koureisha_from};
use crate::status::facts::{Cover, MemberFacts};
use crate::status::household_facts::HouseholdFacts;
use crate::status::labels::{day, join};

pub(super) fn turning_70(facts: &MemberFacts<'_>, locale: Locale) -> Option<Draft> {
    let lang = locale.lang;
    let birth = facts.member.birth_date;
    let from = koureisha_from(facts.table, birth);
    if from <= facts.on || from > horizon_end(facts) {
        return None;
    }
    let burden = burden_on(facts.table, birth, from)?;
    let others: Vec<String> = burden
        .other_tenths
        .iter()
        .map(|t| burden_words(*t, lang))
        .collect();
    let general = burden_words(burden.general_tenths, lang);
    let detail = match (others.is_empty(), lang) {
        (true, Lang::Ja) => format!(
            "{}から高齢受給者となり、医療費の負担割合は{general}になります。",
            day(from, locale)
        ),
        (false, Lang::Ja) => format!(
            "{}から高齢受給者となり、医療費の負担割合は{general}になります（所得によっては{}）。",
            day(from, locale),
            join(&others, lang)
        ),
        (true, Lang::En) => format!(
            "From {} you are an elderly recipient (高齢受給者): the co-payment becomes {general}.",
            day(from, locale)
        ),
        (false, Lang::En) => format!(
            "From {} you are an elderly recipient (高齢受給者): the co-payment becomes {general} ({} depending on income).",
            day(from, locale),
            join(&others, lang)
        ),
    } + if facts.in_kokuho() {
        // DOMAIN §1: many 国保 print the share on the 資格確認書 / お知らせ instead.
        lang.pick(
            "国民健康保険では、負担割合が資格確認書や資格情報のお知らせに印字され、高齢受給者証が別に交付されないことがあります。保険者から高齢受給者証が交付された場合は、資格確認書で受診するときに一緒に提示してください（マイナ保険証なら提示は不要です）。",
            " Many National Health Insurance plans print the share on the eligibility certificate or notice and issue no separate elderly recipient certificate (高齢受給者証). If your insurer issued one, show it with the eligibility certificate (not needed with the My Number insurance card (マイナ保険証)).",
        )
    } else {
        lang.pick(
            "保険者から高齢受給者証が届きます。資格確認書で受診するときは一緒に提示してください（マイナ保険証なら提示は不要です）。",
            " Your insurer sends an elderly recipient certificate (高齢受給者証); show it with the eligibility certificate (not needed with マイナ保険証).",
        )
    };
    Some(
        Draft::new(ActionKind::Koureisha, Urgency::Upcoming, Some(from)).text(
            lang.pick(
                "70歳：高齢受給者証",
                "Turning 70: elderly recipient certificate",
            ),
            detail,
        ),
    )
}

fn burden_words(tenths: u8, lang: Lang) -> String {
    crate::qualification::burden_label(tenths, lang)
}

pub(super) fn turning_75(
    facts: &MemberFacts<'_>,
    household: &HouseholdFacts<'_>,
    locale: Locale,
) -> Option<Draft> {
    let lang = locale.lang;
    let from = kouki_from(facts.table, facts.member.birth_date);
    let date = from.value();
    if date <= facts.on || date > horizon_end(facts) {
        return None;
    }
    let names: Vec<String> = household
        .dependants_of(facts)
        .map(|d| honorific(&d.member.name, lang))
        .collect();
    let mut detail = match lang {
        Lang::Ja => format!(
            "75歳の誕生日（{}）から後期高齢者医療制度に加入し、今の健康保険の資格はその日になくなります。新しい資格確認書または資格情報のお知らせが届いたら、このアプリにも登録してください。",
            day(date, locale)
        ),
        Lang::En => format!(
            "From the 75th birthday ({}) you are covered by the late-stage elderly medical care system (後期高齢者医療) and the current plan ends that day. When the new eligibility certificate or notice arrives, record it here too.",
            day(date, locale)
        ),
    };
    if !names.is_empty() {
        detail.push_str(&match lang {
            Lang::Ja => format!(
                "扶養されているご家族（{}）も同じ日に今の健康保険の資格がなくなるため、国民健康保険などへの加入手続きが必要です。",
                names.join("、")
            ),
            Lang::En => format!(
                " Your dependants ({}) lose this cover on the same day and must join National Health Insurance or another plan.",
                names.join(", ")
            ),
        });
    }
    let mut draft = Draft::new(ActionKind::Kouki, Urgency::Upcoming, Some(date)).text(
        lang.pick(
            "75歳：後期高齢者医療制度へ",
            "Turning 75: late-stage elderly medical care",
        ),
        detail,
    );
    draft.estimate = from.is_estimate();
    Some(draft)
}

/// DOMAIN §6: the dependants of someone moving to 後期高齢者医療 lose their cover on
/// that person's 75th birthday.
pub(super) fn losing_cover(
    facts: &MemberFacts<'_>,
    household: &HouseholdFacts<'_>,
    locale: Locale,
) -> Vec<Draft> {
    let lang = locale.lang;
    household
        .insured_of(facts)
        .filter_map(|insured| {
            let from = kouki_from(facts.table, insured.member.birth_date);
            let date = from.value();
            if date > horizon_end(facts) {
                return None;
            }
            let name = honorific(&insured.member.name, lang);
            let past = date <= facts.on;
            let detail = match (past, lang) {
                (false, Lang::Ja) => format!(
                    "{name}が{}に75歳になり後期高齢者医療制度に移るため、同じ日に今の健康保険（被扶養者）の資格がなくなります。その日からの国民健康保険などへの加入手続き（お住まいの市区町村の窓口など）が必要です。",
                    day(date, locale)
                ),
                (true, Lang::Ja) => format!(
                    "{name}が{}に後期高齢者医療制度に移ったため、その日に今の健康保険（被扶養者）の資格はなくなっています。国民健康保険などに加入して、新しい資格をこのアプリに登録してください。",
                    day(date, locale)
                ),
                (false, Lang::En) => format!(
                    "{name} turns 75 on {} and moves to late-stage elderly medical care, so your cover as a dependant ends that same day. You need to join National Health Insurance or another plan from that day (e.g. at your municipal office).",
                    day(date, locale)
                ),
                (true, Lang::En) => format!(
                    "{name} moved to late-stage elderly medical care on {}, which ended your cover as a dependant that day. Join National Health Insurance or another plan and record the new qualification here.",
                    day(date, locale)
                ),
            };
            let urgency = if past { Urgency::NoCover } else { Urgency::Upcoming };
            let mut draft = Draft::new(ActionKind::DependantLosesCover, urgency, Some(date)).text(
                lang.pick(
                    "扶養から外れます：新しい保険への加入",
                    "Leaving the dependant cover: join a new plan",
                ),
                detail,
            );
            draft.estimate = from.is_estimate();
            draft.about_member_id = Some(insured.member.id);
            Some(draft)
        })
        .collect()
}

/// DOMAIN §6: a qualification that ended (資格喪失) with no new one recorded leaves the
/// member without cover: join the new plan and record it.
pub(super) fn lost_cover(facts: &MemberFacts<'_>, locale: Locale) -> Option<Draft> {
    let Cover::Lost { since } = facts.cover else {
        return None;
    };
    let lang = locale.lang;
    let detail = match lang {
        Lang::Ja => format!(
            "健康保険の資格が{}でなくなり、新しい資格が記録されていません。退職などで資格がなくなった場合は、新しい勤務先の健康保険か、お住まいの市区町村の国民健康保険に加入する手続きをしてください（ご家族の扶養に入る方法もあります）。加入したら、届いた資格確認書または資格情報のお知らせの内容をこのアプリに登録してください。",
            day(since, locale)
        ),
        Lang::En => format!(
            "The health-insurance qualification ended on {} and no new one is recorded. Join the new employer's plan or National Health Insurance at your municipal office (or become a dependant in a family member's plan), then record the new qualification here from its eligibility certificate or notice.",
            day(since, locale)
        ),
    };
    Some(
        Draft::new(ActionKind::JoinNewPlan, Urgency::NoCover, Some(since)).text(
            lang.pick("新しい健康保険への加入", "Join a new health-insurance plan"),
            detail,
        ),
    )
}

/// DOMAIN §6: from the 75th birthday the member is in 後期高齢者医療 (without applying);
/// the plan on record is no longer current, so the new qualification should be recorded.
pub(super) fn record_kouki(facts: &MemberFacts<'_>, locale: Locale) -> Option<Draft> {
    let from = facts.kouki_unrecorded.as_ref()?;
    let lang = locale.lang;
    let date = from.value();
    let detail = match lang {
        Lang::Ja => format!(
            "75歳の誕生日（{}）から後期高齢者医療制度に加入しています（手続きは不要です）。それまでの健康保険の資格はその日でなくなりました。お住まいの地域の後期高齢者医療広域連合から届いた資格確認書または資格情報のお知らせの内容を、新しい資格としてこのアプリに登録してください。",
            day(date, locale)
        ),
        Lang::En => format!(
            "From the 75th birthday ({}) you are in late-stage elderly medical care (後期高齢者医療), with no application needed, and the previous plan ended that day. Record the new qualification here from the eligibility certificate or notice sent by the regional association (後期高齢者医療広域連合).",
            day(date, locale)
        ),
    };
    let mut draft = Draft::new(ActionKind::RecordKouki, Urgency::NotUsable, Some(date)).text(
        lang.pick(
            "後期高齢者医療の資格を登録してください",
            "Record the late-stage elderly medical care qualification",
        ),
        detail,
    );
    draft.urgency_label = Some(lang.pick("登録が必要です", "Record needed").to_string());
    draft.estimate = from.is_estimate();
    Some(draft)
}

fn honorific(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{name}さん"),
        Lang::En => name.to_string(),
    }
}
