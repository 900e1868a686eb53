//! The 資格確認書: expecting one in the grace, getting one when マイナ保険証 does not
//! work, a new one before it expires (DOMAIN §4, §5; seed 001 ①–⑧).

use super::{held_expiry, horizon_end, ActionKind, Draft, Urgency};
use crate::document::{DocumentKind, Held};
use crate::i18n::{Lang, Locale};
use crate::rules::{kouki_paper_on, legacy_card_last_day, KoukiPaper};
use crate::status::bring::kouki_paper;
use crate::status::facts::MemberFacts;
use crate::status::labels::day;
use crate::status::myna::{MynaStatus, Usability};

pub(super) fn kakuninsho(
    facts: &MemberFacts<'_>,
    myna: &MynaStatus,
    locale: Locale,
) -> Option<Draft> {
    let lang = locale.lang;
    // 後期高齢者医療: what comes next is said by `kouki` below.
    if facts.in_kouki() && kouki_paper(facts, myna) != KoukiPaper::Usual {
        if myna.usable == Usability::NotUsable && !facts.holds_valid(DocumentKind::Kakuninsho) {
            return Some(kakuninsho_needed(facts, locale));
        }
        return None;
    }
    if facts.holds_valid(DocumentKind::Kakuninsho) {
        let title = lang.pick("資格確認書の有効期限", "Eligibility certificate expiring");
        let expires = facts
            .document(DocumentKind::Kakuninsho)
            .and_then(|d| d.expires_on)
            .filter(|expires| *expires <= horizon_end(facts))?;
        let detail = match lang {
            Lang::Ja => format!(
                "資格確認書の有効期限は{}です。新しい資格確認書が届くか確かめてください。届かない場合は、加入している保険者にお問い合わせください。",
                day(expires, locale)
            ),
            Lang::En => format!(
                "The eligibility certificate expires on {}. Check that a new one arrives; if not, ask your insurer.",
                day(expires, locale)
            ),
        };
        return Some(
            Draft::new(
                ActionKind::KakuninshoExpiring,
                Urgency::Upcoming,
                Some(expires),
            )
            .text(title, detail),
        );
    }
    match myna.usable {
        Usability::Grace => {
            let title = lang.pick("資格確認書の受け取り", "Expect an eligibility certificate");
            let until = myna.grace_until.as_ref()?.date;
            // DOMAIN §4: insurers send one to people whose grace runs out; the timing
            // is insurer-specific [unconfirmed], so no date is promised.
            let detail = match lang {
                Lang::Ja => format!(
                    "猶予期間が{}で終わると、マイナ保険証は使えなくなります。加入している保険者から資格確認書が送られてくる見込みです（時期は保険者によって異なります。協会けんぽでは期限が切れた月の末日からおよそ2か月後が目安です）。",
                    day(until, locale)
                ),
                Lang::En => format!(
                    "When the grace period ends on {}, the My Number insurance card (マイナ保険証) stops working. Your insurer is expected to send an eligibility certificate (timing varies; Kyokai Kenpo: about 2 months after the end of the expiry month, an estimate).",
                    day(until, locale)
                ),
            };
            let mut draft = Draft::new(ActionKind::GetKakuninsho, Urgency::Upcoming, Some(until))
                .text(title, detail);
            draft.estimate = true;
            Some(draft)
        }
        Usability::NotUsable => Some(kakuninsho_needed(facts, locale)),
        Usability::Usable | Usability::Unknown => None,
    }
}

fn kakuninsho_needed(facts: &MemberFacts<'_>, locale: Locale) -> Draft {
    let lang = locale.lang;
    let title = lang.pick("資格確認書の準備", "Get an eligibility certificate");
    let legacy = facts
        .document(DocumentKind::LegacyCard)
        .filter(|d| d.held == Held::Held)
        .and_then(|d| legacy_card_last_day(facts.table, d.expires_on, facts.on))
        .filter(|last| facts.on <= *last);
    if let Some(last) = legacy {
        let detail = match lang {
            Lang::Ja => format!(
                "マイナ保険証が使えないため、従来の健康保険証が使える{}までに資格確認書が届いているか確かめてください。届いていなければ、加入している保険者に申請してください。",
                day(last, locale)
            ),
            Lang::En => format!(
                "The My Number insurance card (マイナ保険証) does not work, and the old card only lasts until {}. Check that an eligibility certificate arrives before then; if not, ask your insurer for one.",
                day(last, locale)
            ),
        };
        return Draft::new(ActionKind::GetKakuninsho, Urgency::Upcoming, Some(last))
            .text(title, detail);
    }
    let expired_cert = [&facts.card, &facts.auth]
        .into_iter()
        .filter_map(held_expiry)
        .filter(|expiry| *expiry < facts.on)
        .min();
    let detail = match (expired_cert, lang) {
        (Some(_), Lang::Ja) => "電子証明書（またはカード）の期限切れでマイナ保険証が使えない方は、資格確認書で受診します。加入している保険者から送られてきますが、時期は保険者によって異なります。届いていない場合は、保険者に交付を申請してください。".to_string(),
        (Some(_), Lang::En) => "While an expired certificate (or card) keeps the My Number insurance card (マイナ保険証) from working, you see doctors with an eligibility certificate. Your insurer sends one, at a time that varies by insurer; if it has not arrived, ask your insurer for it.".to_string(),
        (None, _) => lang.pick(
            "マイナ保険証が使えない方は、資格確認書で受診します。お手元にない場合は、加入している保険者（健康保険組合など）に交付を申請してください。",
            "Without a working My Number insurance card (マイナ保険証) you see doctors with an eligibility certificate. If you do not have one, ask your insurer (e.g. your health insurance society) to issue it.",
        )
        .to_string(),
    };
    let mut draft =
        Draft::new(ActionKind::GetKakuninsho, Urgency::NotUsable, expired_cert).text(title, detail);
    draft.estimate = expired_cert.is_some();
    if expired_cert.is_none() {
        // No card, or never registered: nothing expired.
        draft.urgency_label = Some(
            lang.pick("マイナ保険証を使えません", "Not usable")
                .to_string(),
        );
    }
    draft
}

/// DOMAIN §5: what a 後期高齢者医療 member is sent, and what changes on the next 1 August
/// (the 2026-08-01 rules: 資格確認書 for 85 and over, the お知らせ for マイナ保険証 users
/// under 85, a 資格確認書 on request for anyone).
pub(super) fn kouki(facts: &MemberFacts<'_>, myna: &MynaStatus, locale: Locale) -> Option<Draft> {
    let lang = locale.lang;
    let now = kouki_paper(facts, myna);
    let KoukiPaper::Kakuninsho { until, .. } = now else {
        return (now == KoukiPaper::Oshirase).then(|| {
            Draft::new(ActionKind::KoukiPapers, Urgency::Advice, None).text(
                lang.pick("後期高齢者医療：資格情報のお知らせ", "Late-stage elderly care: the eligibility notice"),
                lang.pick(
                    "マイナ保険証をお使いの方には、資格確認書ではなく資格情報のお知らせが届きます。受診はマイナ保険証で行い、カードリーダーで確認できないときはお知らせをカードと一緒に見せてください。資格確認書を希望する場合は、お住まいの市区町村の窓口（後期高齢者医療の担当）に申請できます。",
                    "As a My Number insurance card (マイナ保険証) user you are sent the eligibility notice, not an eligibility certificate. See doctors with the card; when the reader cannot confirm you, show the notice with it. If you want an eligibility certificate, you can ask your municipal office (late-stage elderly care desk).",
                ),
            )
        });
    };
    let next_day = until.succ_opt()?;
    let uses_myna = matches!(myna.usable, Usability::Usable | Usability::Grace);
    let next = kouki_paper_on(facts.table, facts.member.birth_date, next_day, uses_myna);
    let ja_until = day(until, locale);
    let mut ja = format!("後期高齢者医療の資格確認書は{ja_until}まで有効です。");
    let mut en =
        format!("The late-stage elderly care eligibility certificate is valid until {ja_until}.");
    let mut estimate = matches!(now, KoukiPaper::Kakuninsho { estimate: true, .. });
    match next {
        KoukiPaper::Kakuninsho {
            until: next_until,
            by_age,
            estimate: next_estimate,
            ..
        } => {
            estimate |= next_estimate;
            let next_until = day(next_until, locale);
            let (why_ja, why_en) = if by_age {
                ("85歳以上の方には", "As you are 85 or over, ")
            } else {
                (
                    "マイナ保険証をお使いでない方には",
                    "As you do not use the My Number insurance card (マイナ保険証), ",
                )
            };
            ja.push_str(&format!(
                "{why_ja}、{}から新しい資格確認書（{next_until}まで・目安）が届きます。資格確認書は毎年8月1日に更新されます（目安）。",
                day(next_day, locale)
            ));
            en.push_str(&format!(
                " {why_en}a new one (valid until {next_until}, estimate) is sent from {}. The certificate is renewed every 1 August (estimate).",
                day(next_day, locale)
            ));
        }
        KoukiPaper::Oshirase => {
            ja.push_str(&format!(
                "マイナ保険証をお使いの方には、{}からは資格確認書に代わり資格情報のお知らせが届きます。資格確認書を持ち続けたい場合は、お住まいの市区町村の窓口（後期高齢者医療の担当）に申請できます。",
                day(next_day, locale)
            ));
            en.push_str(&format!(
                " As a My Number insurance card (マイナ保険証) user, from {} you are sent the eligibility notice instead. To keep an eligibility certificate, ask your municipal office (late-stage elderly care desk).",
                day(next_day, locale)
            ));
        }
        KoukiPaper::Usual => {}
    }
    let urgency = if until <= super::horizon_end(facts) {
        Urgency::Upcoming
    } else {
        Urgency::Advice
    };
    let mut draft = Draft::new(ActionKind::KoukiPapers, urgency, Some(until)).text(
        lang.pick(
            "後期高齢者医療：資格確認書の更新",
            "Late-stage elderly care: the eligibility certificate",
        ),
        lang.pick(&ja, &en).to_string(),
    );
    draft.estimate = estimate;
    Some(draft)
}
