//! Renewing the card and the e-certs in their window, and the 保険証利用登録 that a
//! grace running out cancels (DOMAIN §2–§4).

use chrono::NaiveDate;

use super::{held_expiry, horizon_end, ActionKind, Draft, Urgency};
use crate::document::Held;
use crate::i18n::{Lang, Locale};
use crate::rules::{cert_state_on, grace_last_day, renewal_window_opens, CertState};
use crate::status::facts::{MemberFacts, Registration};
use crate::status::labels::day;

/// Where a cert stands relative to its renewal window and grace.
enum Stage {
    Later { opens: NaiveDate },
    Window { opens: NaiveDate },
    Grace { last_day: NaiveDate },
    Expired,
}

fn stage(facts: &MemberFacts<'_>, expiry: NaiveDate) -> Stage {
    let opens = renewal_window_opens(facts.table, expiry);
    match cert_state_on(facts.table, expiry, facts.on) {
        CertState::Valid if facts.on < opens => Stage::Later { opens },
        CertState::Valid => Stage::Window { opens },
        CertState::Grace { last_day } => Stage::Grace { last_day },
        CertState::Expired => Stage::Expired,
    }
}

pub(super) fn renewals(facts: &MemberFacts<'_>, locale: Locale) -> Vec<Draft> {
    let card = held_expiry(&facts.card);
    let auth = held_expiry(&facts.auth);
    let sign = held_expiry(&facts.sign);
    let mut drafts = Vec::new();
    if let Some(expiry) = card {
        drafts.extend(renew(facts, ActionKind::RenewCard, expiry, false, locale));
    }
    // A cert ending with the card is renewed with it (a new card has new certs).
    let before_card = |date: NaiveDate| card.is_none_or(|card| date < card);
    if let Some(expiry) = auth.filter(|d| before_card(*d)) {
        let with_sign = sign == Some(expiry);
        drafts.extend(renew(
            facts,
            ActionKind::RenewAuthCert,
            expiry,
            with_sign,
            locale,
        ));
    }
    if let Some(expiry) = sign.filter(|d| before_card(*d) && Some(*d) != auth) {
        drafts.extend(renew(
            facts,
            ActionKind::RenewSignCert,
            expiry,
            false,
            locale,
        ));
    }
    drafts
}

fn renew(
    facts: &MemberFacts<'_>,
    kind: ActionKind,
    expiry: NaiveDate,
    with_sign: bool,
    locale: Locale,
) -> Option<Draft> {
    let lang = locale.lang;
    let signing = kind == ActionKind::RenewSignCert;
    let (urgency, date, window) = match stage(facts, expiry) {
        Stage::Later { opens } if opens <= horizon_end(facts) => {
            (Urgency::Upcoming, opens, Some((opens, expiry)))
        }
        Stage::Later { .. } => {
            return (kind == ActionKind::RenewCard)
                .then(|| child_card(facts, expiry, locale))
                .flatten();
        }
        Stage::Window { opens } => (Urgency::RenewalOpen, expiry, Some((opens, expiry))),
        // The signing cert has no grace: it only matters for e-Tax and the like.
        Stage::Grace { .. } | Stage::Expired if signing => (Urgency::Advice, expiry, None),
        Stage::Grace { last_day } => (Urgency::Grace, last_day, None),
        Stage::Expired => (Urgency::NotUsable, expiry, None),
    };
    let mut draft = Draft::new(kind, urgency, Some(date));
    draft.window = window;
    let detail = match window {
        Some((from, until)) => window_detail(facts, kind, from, until, with_sign, locale),
        None => expired_detail(facts, kind, expiry, locale),
    };
    Some(draft.text(renew_title(kind, lang), detail))
}

fn renew_title(kind: ActionKind, lang: Lang) -> &'static str {
    match kind {
        ActionKind::RenewCard => lang.pick("マイナンバーカードの更新", "Renew the My Number Card"),
        ActionKind::RenewSignCert => {
            lang.pick("署名用電子証明書の更新", "Renew the signing e-certificate")
        }
        _ => lang.pick(
            "利用者証明用電子証明書の更新",
            "Renew the authentication e-certificate",
        ),
    }
}

fn window_detail(
    facts: &MemberFacts<'_>,
    kind: ActionKind,
    from: NaiveDate,
    until: NaiveDate,
    with_sign: bool,
    locale: Locale,
) -> String {
    let lang = locale.lang;
    let (from, until) = (day(from, locale), day(until, locale));
    let mut text = match (kind, lang) {
        (ActionKind::RenewCard, Lang::Ja) => format!(
            "{from}から{until}まで、お住まいの市区町村で更新の手続きができます。新しいカードには新しい電子証明書が付きます。"
        ),
        (ActionKind::RenewCard, Lang::En) => format!(
            "From {from} to {until} you can renew the card at your municipal office. The new card comes with new e-certificates."
        ),
        (ActionKind::RenewSignCert, Lang::Ja) => format!(
            "{from}から{until}まで、お住まいの市区町村の窓口で更新できます（e-Taxなどで使う場合）。"
        ),
        (ActionKind::RenewSignCert, Lang::En) => format!(
            "From {from} to {until} you can renew it at your municipal office (if you use it for e-Tax and the like)."
        ),
        (_, Lang::Ja) => format!(
            "{from}から{until}まで、お住まいの市区町村の窓口で更新できます。マイナンバーカードと暗証番号（数字4桁）をお持ちください。"
        ),
        (_, Lang::En) => format!(
            "From {from} to {until} you can renew it at your municipal office. Bring the card and its 4-digit PIN."
        ),
    };
    if with_sign {
        text.push_str(lang.pick(
            "署名用電子証明書も同時に更新できます。",
            " The signing certificate can be renewed at the same time.",
        ));
    }
    if kind == ActionKind::RenewCard {
        if let Some((adult_age, birthdays)) = facts.card_is_child_card() {
            text.push_str(&child_card_sentence(adult_age, birthdays, lang));
        }
    }
    if kind != ActionKind::RenewSignCert && facts.phone.held == Held::Held {
        text.push_str(phone_after_renewal(lang));
    }
    text
}

/// DOMAIN §1: the Android phone certificate follows the card's e-cert; after renewing
/// the card or the e-cert it must be set up on the phone again.
fn phone_after_renewal(lang: Lang) -> &'static str {
    lang.pick(
        "スマートフォン（Android）でマイナ保険証を使っている場合は、更新したあとにスマホ用電子証明書をもう一度設定してください。",
        " If you use マイナ保険証 on an Android phone, set up the smartphone certificate again after renewing.",
    )
}

/// The card or its 利用者証明用 cert was (re)issued after the phone certificate was set
/// up: the phone certificate no longer works until it is set up again (DOMAIN §1).
pub(super) fn phone_setup_again(facts: &MemberFacts<'_>, locale: Locale) -> Option<Draft> {
    let phone = &facts.phone;
    let set_up = phone.issued.filter(|_| phone.held == Held::Held)?;
    let renewed = [facts.card.issued, facts.auth.issued]
        .into_iter()
        .flatten()
        .filter(|issued| *issued > set_up && *issued <= facts.on)
        .max()?;
    let lang = locale.lang;
    let detail = match lang {
        Lang::Ja => format!(
            "{}に電子証明書（またはカード）が新しくなりました。スマートフォン（Android）のスマホ用電子証明書は、もう一度設定するまで使えません。マイナポータルアプリから設定し直し、新しい発行日をこのアプリに入力してください。",
            day(renewed, locale)
        ),
        Lang::En => format!(
            "The e-certificate (or the card) was renewed on {}. The smartphone certificate on an Android phone does not work until it is set up again: set it up from the Mynaportal app and enter its new issue date here.",
            day(renewed, locale)
        ),
    };
    Some(
        Draft::new(
            ActionKind::PhoneSetupAgain,
            Urgency::Upcoming,
            Some(renewed),
        )
        .text(
            lang.pick(
                "スマホ用電子証明書の再設定",
                "Set up the smartphone certificate again",
            ),
            detail,
        ),
    )
}

fn expired_detail(
    facts: &MemberFacts<'_>,
    kind: ActionKind,
    expiry: NaiveDate,
    locale: Locale,
) -> String {
    let lang = locale.lang;
    let expired = day(expiry, locale);
    if kind == ActionKind::RenewSignCert {
        return match lang {
            Lang::Ja => format!("有効期限（{expired}）が切れています。e-Taxなどで使う場合は、市区町村の窓口で更新してください。"),
            Lang::En => format!("It expired on {expired}. If you use it for e-Tax and the like, renew it at your municipal office."),
        };
    }
    let place = match (kind, lang) {
        (ActionKind::RenewCard, Lang::Ja) => "お住まいの市区町村でカードを更新",
        (ActionKind::RenewCard, Lang::En) => "renew the card at your municipal office",
        (_, Lang::Ja) => "お住まいの市区町村の窓口で更新",
        (_, Lang::En) => "renew it at your municipal office",
    };
    match (grace_last_day(facts.table, expiry), lang) {
        (Some(last), Lang::Ja) if facts.on <= last => format!(
            "有効期限（{expired}）が過ぎました。{}までは猶予期間として、マイナ保険証で資格の確認ができます（薬剤情報などは提供されません）。猶予期間を過ぎると健康保険証利用登録が解除されるため、早めに{place}してください。",
            day(last, locale)
        ),
        (Some(last), Lang::En) if facts.on <= last => format!(
            "It expired on {expired}. Until {} (the grace period) the My Number insurance card (マイナ保険証) still confirms your eligibility (no medication records are shared). After that the health-insurance registration is cancelled, so {place} soon.",
            day(last, locale)
        ),
        // Without cover no 資格確認書 helps either: joining a plan comes first.
        (_, Lang::Ja) if facts.has_no_cover() => format!(
            "有効期限（{expired}）が切れています。{place}してください。"
        ),
        (_, Lang::En) if facts.has_no_cover() => {
            format!("It expired on {expired}. Please {place}.")
        }
        (_, Lang::Ja) => format!(
            "有効期限（{expired}）が切れているため、マイナ保険証は使えません。{place}してください。それまでは資格確認書で受診してください。"
        ),
        (_, Lang::En) => format!(
            "It expired on {expired}, so the My Number insurance card (マイナ保険証) does not work. Please {place}; until then, see doctors with the eligibility certificate (資格確認書)."
        ),
    }
}

fn child_card_sentence(adult_age: u32, birthdays: u32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "{adult_age}歳未満で発行されたカードは、発行日後{birthdays}回目の誕生日までの{birthdays}年のカードです。"
        ),
        Lang::En => format!(
            " A card issued under {adult_age} is a {birthdays}-year card: it runs to the {birthdays}th birthday after issue."
        ),
    }
}

/// A child's card beyond the horizon: say when it ends, as advice.
fn child_card(facts: &MemberFacts<'_>, expiry: NaiveDate, locale: Locale) -> Option<Draft> {
    let lang = locale.lang;
    let (adult_age, birthdays) = facts.card_is_child_card()?;
    let until = day(expiry, locale);
    let detail = match lang {
        Lang::Ja => format!(
            "{}このカードの有効期限は{until}です。",
            child_card_sentence(adult_age, birthdays, lang)
        ),
        Lang::En => format!(
            "{} This card expires on {until}.",
            child_card_sentence(adult_age, birthdays, lang).trim_start()
        ),
    };
    Some(
        Draft::new(ActionKind::ChildCard, Urgency::Advice, Some(expiry)).text(
            lang.pick("お子さんのカードは5年ごと", "A child's card lasts 5 years"),
            detail,
        ),
    )
}

const REGISTER_PLACES_JA: &str =
    "医療機関の顔認証付きカードリーダー、マイナポータル、セブン銀行ATM、市区町村の窓口";
const REGISTER_PLACES_EN: &str =
    "the face-recognition card reader at a clinic, Mynaportal, a Seven Bank ATM or your municipal office";

pub(super) fn registration(facts: &MemberFacts<'_>, locale: Locale) -> Option<Draft> {
    let lang = locale.lang;
    let places = lang.pick(REGISTER_PLACES_JA, REGISTER_PLACES_EN);
    let draft = match facts.registration() {
        Registration::Cancelled { grace_ended } => {
            let renewed = held_expiry(&facts.auth).is_some_and(|expiry| facts.on <= expiry);
            let first = match (renewed, lang) {
                (true, Lang::Ja) => "",
                (false, Lang::Ja) => "電子証明書を更新したあと、",
                (true, Lang::En) => "",
                (false, Lang::En) => "After renewing the certificate, ",
            };
            let detail = match lang {
                Lang::Ja => format!(
                    "猶予期間が{}で終わったため、健康保険証利用登録は解除されています。{first}{places}のいずれかで登録し直してください。",
                    day(grace_ended, locale)
                ),
                Lang::En => format!(
                    "The grace period ended on {}, which cancelled the health-insurance registration. {first}register again at {places}.",
                    day(grace_ended, locale)
                ),
            };
            Draft::new(ActionKind::RedoRegistration, Urgency::NotUsable, Some(grace_ended)).text(
                lang.pick("健康保険証利用登録のやり直し", "Register the card for health insurance again"),
                detail,
            )
        }
        Registration::MaybeCancelled { grace_ended } => {
            let detail = match lang {
                Lang::Ja => format!(
                    "電子証明書を更新する前に猶予期間が{}で終わったため、利用登録は一度解除されています。マイナポータルで登録状況を確かめ、必要なら{places}で登録し直してください。",
                    day(grace_ended, locale)
                ),
                Lang::En => format!(
                    "The grace period ended on {} before the renewal, which cancelled the registration. Check it on Mynaportal and, if needed, register again at {places}.",
                    day(grace_ended, locale)
                ),
            };
            Draft::new(ActionKind::RedoRegistration, Urgency::Advice, Some(grace_ended)).text(
                lang.pick("健康保険証利用登録の確認", "Check the health-insurance registration"),
                detail,
            )
        }
        Registration::NotDone if facts.card.held == Held::Held => {
            let detail = match lang {
                Lang::Ja => format!(
                    "登録すると、マイナンバーカードを保険証として使えます。{places}で登録できます。登録するまでは資格確認書で受診してください。"
                ),
                Lang::En => format!(
                    "Once registered, the card works as your health-insurance card. Register at {places}. Until then, use the eligibility certificate (資格確認書)."
                ),
            };
            Draft::new(ActionKind::Register, Urgency::Advice, None).text(
                lang.pick("健康保険証利用登録", "Register the card for health insurance"),
                detail,
            )
        }
        Registration::Unknown | Registration::NotRecorded if facts.card.held == Held::Held => {
            Draft::new(ActionKind::CheckRegistration, Urgency::Advice, None).text(
                lang.pick("健康保険証利用登録の確認", "Check the health-insurance registration"),
                lang.pick(
                    "健康保険証利用登録が済んでいるか、マイナポータルの「医療保険の資格情報」で確かめて、このアプリに記録してください。",
                    "Check on Mynaportal (医療保険の資格情報) whether the card is registered, and record it here.",
                ),
            )
        }
        _ => return None,
    };
    Some(draft)
}
