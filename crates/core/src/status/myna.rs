//! Whether the card works as マイナ保険証 on the date, and why (DOMAIN §4, §10): the card
//! held and in date (or in the grace), the 利用者証明用電子証明書 in date (or in the
//! grace), and the 保険証利用登録 done and not cancelled.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::facts::{Cert, Cover, MemberFacts, Registration};
use super::labels::{day, kind_in_sentence, DateLabel};
use crate::document::{DocumentKind, Held};
use crate::i18n::{Lang, Locale};
use crate::rules::{cert_state_on, CertState};

/// The answer for the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Usability {
    Usable,
    /// Works for 資格確認 only (no 薬剤情報 etc.) until the grace ends (DOMAIN §4).
    Grace,
    NotUsable,
    /// Something it depends on is not recorded.
    Unknown,
}

/// One condition and how it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum CheckOutcome {
    Ok,
    Grace,
    Fails,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MynaCheck {
    /// The document the condition is about.
    pub kind: DocumentKind,
    pub outcome: CheckOutcome,
    /// The condition and its state, as a sentence.
    pub text: String,
}

/// Why the member has no health cover on the date (DOMAIN §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum NoCoverReason {
    /// The recorded qualification ended (資格喪失) and no new one is recorded.
    QualificationLost,
    /// A dependant (被扶養者) of someone who moved to 後期高齢者医療 on their 75th
    /// birthday: the dependant cover ended that day.
    InsuredTurned75,
}

/// マイナ保険証 is not usable because nothing insures the member on the date: at the
/// clinic they would pay the whole bill (10割). For scripts: `myna.noCover.reason`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoCover {
    pub reason: NoCoverReason,
    /// The first day without cover.
    pub since: DateLabel,
    /// `since` rests on a 目安 (a 29 February birthday).
    pub estimate: bool,
    /// The insured person who turned 75.
    pub about_member_id: Option<i64>,
    /// Why, as a sentence.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MynaStatus {
    pub usable: Usability,
    /// Set when マイナ保険証 is not usable for lack of cover (then `usable` is
    /// `notUsable`, whatever the card's state); `null` otherwise.
    pub no_cover: Option<NoCover>,
    /// `使えます`, `使えません` …
    pub label: String,
    /// In the grace: its last day.
    pub grace_until: Option<DateLabel>,
    /// Why: the conditions in the order DOMAIN §10 asks them.
    pub checks: Vec<MynaCheck>,
}

pub(crate) fn myna_status(facts: &MemberFacts<'_>, locale: Locale) -> MynaStatus {
    // Without a card there is no registration or certificate to speak of.
    let checks = if facts.card.held == Held::NotHeld {
        vec![cert_check(facts, DocumentKind::Card, &facts.card, locale)]
    } else {
        vec![
            registration_check(facts, locale),
            cert_check(facts, DocumentKind::Card, &facts.card, locale),
            cert_check(facts, DocumentKind::EcertAuth, &facts.auth, locale),
        ]
    };
    let outcomes = || checks.iter().map(|check| check.outcome);
    let grace_until = [&facts.card, &facts.auth]
        .into_iter()
        .filter_map(|cert| grace_end(facts, cert))
        .min();
    let usable = if outcomes().any(|o| o == CheckOutcome::Fails) {
        Usability::NotUsable
    } else if outcomes().any(|o| o == CheckOutcome::Unknown) {
        Usability::Unknown
    } else if outcomes().any(|o| o == CheckOutcome::Grace) {
        Usability::Grace
    } else {
        Usability::Usable
    };
    let no_cover = no_cover(facts, locale);
    let usable = if no_cover.is_some() {
        Usability::NotUsable
    } else {
        usable
    };
    let grace_until = grace_until.filter(|_| usable == Usability::Grace);
    let label = match &no_cover {
        Some(_) => locale
            .lang
            .pick(
                "マイナ保険証は使えません（この日に有効な健康保険の資格がありません）",
                "The My Number insurance card (マイナ保険証) does not work (no health cover on this day)",
            )
            .to_string(),
        None => usable_label(usable, grace_until, locale),
    };
    MynaStatus {
        label,
        usable,
        no_cover,
        grace_until: grace_until.map(|date| DateLabel::new(date, locale)),
        checks,
    }
}

fn no_cover(facts: &MemberFacts<'_>, locale: Locale) -> Option<NoCover> {
    let lang = locale.lang;
    match facts.cover {
        Cover::InForce => None,
        Cover::Lost { since } => Some(NoCover {
            reason: NoCoverReason::QualificationLost,
            since: DateLabel::new(since, locale),
            estimate: false,
            about_member_id: None,
            text: match lang {
                Lang::Ja => format!(
                    "健康保険の資格は{}でなくなり（資格喪失）、新しい資格は記録されていません。このままでは、受診の際に医療費をいったん全額（10割）支払うことになります。",
                    day(since, locale)
                ),
                Lang::En => format!(
                    "The health-insurance qualification ended on {} and no new one is recorded. As things stand you would pay the whole bill (100%) at the clinic.",
                    day(since, locale)
                ),
            },
        }),
        Cover::DependantOfKouki {
            since,
            insured_member_id,
            estimate,
        } => Some(NoCover {
            reason: NoCoverReason::InsuredTurned75,
            since: DateLabel::new(since, locale),
            estimate,
            about_member_id: Some(insured_member_id),
            text: match lang {
                Lang::Ja => format!(
                    "扶養している方が{}に75歳になり後期高齢者医療制度に移ったため、その日に被扶養者としての資格はなくなっています。このままでは、受診の際に医療費をいったん全額（10割）支払うことになります。",
                    day(since, locale)
                ),
                Lang::En => format!(
                    "The insured person turned 75 on {} and moved to late-stage elderly medical care, which ended your cover as a dependant that day. As things stand you would pay the whole bill (100%) at the clinic.",
                    day(since, locale)
                ),
            },
        }),
    }
}

fn grace_end(facts: &MemberFacts<'_>, cert: &Cert) -> Option<NaiveDate> {
    match cert_state_on(facts.table, cert.expiry_date()?, facts.on) {
        CertState::Grace { last_day } => Some(last_day),
        CertState::Valid | CertState::Expired => None,
    }
}

fn registration_check(facts: &MemberFacts<'_>, locale: Locale) -> MynaCheck {
    let lang = locale.lang;
    let (outcome, text) = match (facts.registration(), lang) {
        (Registration::Done, _) => (
            CheckOutcome::Ok,
            lang.pick("健康保険証利用登録は済んでいます。", "The card is registered for health insurance.")
                .to_string(),
        ),
        (Registration::NotDone, _) => (
            CheckOutcome::Fails,
            lang.pick(
                "健康保険証利用登録がまだです。",
                "The card is not yet registered for health insurance.",
            )
            .to_string(),
        ),
        (Registration::Cancelled { grace_ended }, Lang::Ja) => (
            CheckOutcome::Fails,
            format!(
                "猶予期間が{}で終わったため、健康保険証利用登録は解除されています。",
                day(grace_ended, locale)
            ),
        ),
        (Registration::Cancelled { grace_ended }, Lang::En) => (
            CheckOutcome::Fails,
            format!(
                "The registration was cancelled when the grace period ended on {}.",
                day(grace_ended, locale)
            ),
        ),
        (Registration::MaybeCancelled { .. }, _) => (
            CheckOutcome::Unknown,
            lang.pick(
                "更新前に猶予期間が終わったため、健康保険証利用登録をし直したかどうかがわかりません。",
                "The grace period ended before the renewal: it is not known whether the registration was done again.",
            )
            .to_string(),
        ),
        (Registration::Unknown | Registration::NotRecorded, _) => (
            CheckOutcome::Unknown,
            lang.pick(
                "健康保険証利用登録が済んでいるかどうかが記録されていません。",
                "Whether the card is registered for health insurance is not recorded.",
            )
            .to_string(),
        ),
    };
    MynaCheck {
        kind: DocumentKind::Registration,
        outcome,
        text,
    }
}

fn cert_check(
    facts: &MemberFacts<'_>,
    kind: DocumentKind,
    cert: &Cert,
    locale: Locale,
) -> MynaCheck {
    let lang = locale.lang;
    let name = kind_in_sentence(kind, lang);
    let (outcome, text) = match (cert.held, cert.expiry_date()) {
        (Held::NotHeld, _) => (
            CheckOutcome::Fails,
            match lang {
                Lang::Ja => format!("{name}をお持ちでないと記録されています。"),
                Lang::En => format!("Recorded as not having a {name}."),
            },
        ),
        (_, None) => (
            CheckOutcome::Unknown,
            match lang {
                Lang::Ja => format!("{name}の有効期限がわかりません（カードの発行日か有効期限を入力してください）。"),
                Lang::En => format!("The expiry of the {name} is not known (enter the card's issue date or expiry)."),
            },
        ),
        (Held::Unknown, Some(_)) if !cert.recorded => (
            CheckOutcome::Unknown,
            match lang {
                Lang::Ja => format!("{name}をお持ちかどうかが記録されていません。"),
                Lang::En => format!("Whether you have the {name} is not recorded."),
            },
        ),
        (_, Some(expiry)) => match cert_state_on(facts.table, expiry, facts.on) {
            CertState::Valid => (
                CheckOutcome::Ok,
                match lang {
                    Lang::Ja => format!("{name}は{}まで有効です。", day(expiry, locale)),
                    Lang::En => format!("The {name} is valid until {}.", day(expiry, locale)),
                },
            ),
            CertState::Grace { last_day } => (
                CheckOutcome::Grace,
                match lang {
                    Lang::Ja => format!(
                        "{name}は{}に期限が切れましたが、猶予期間として{}までは資格確認に使えます。",
                        day(expiry, locale),
                        day(last_day, locale)
                    ),
                    Lang::En => format!(
                        "The {name} expired on {}, but works for eligibility checks during the grace period until {}.",
                        day(expiry, locale),
                        day(last_day, locale)
                    ),
                },
            ),
            CertState::Expired => (
                CheckOutcome::Fails,
                match lang {
                    Lang::Ja => format!("{name}は{}に期限が切れています。", day(expiry, locale)),
                    Lang::En => format!("The {name} expired on {}.", day(expiry, locale)),
                },
            ),
        },
    };
    MynaCheck {
        kind,
        outcome,
        text,
    }
}

fn usable_label(usable: Usability, grace_until: Option<NaiveDate>, locale: Locale) -> String {
    let lang = locale.lang;
    match (usable, grace_until, lang) {
        (Usability::Usable, _, _) => lang
            .pick("マイナ保険証を使えます", "The My Number insurance card (マイナ保険証) works")
            .to_string(),
        (Usability::Grace, Some(until), Lang::Ja) => format!(
            "マイナ保険証を使えます（猶予期間中：{}まで。資格の確認のみで、薬剤情報などは提供されません）",
            day(until, locale)
        ),
        (Usability::Grace, Some(until), Lang::En) => format!(
            "The My Number insurance card (マイナ保険証) works (grace period until {}: eligibility only, no sharing of medication records)",
            day(until, locale)
        ),
        (Usability::Grace, None, _) => lang
            .pick("マイナ保険証を使えます（猶予期間中）", "The My Number insurance card (マイナ保険証) works (grace period)")
            .to_string(),
        (Usability::NotUsable, _, _) => lang
            .pick("マイナ保険証は使えません", "The My Number insurance card (マイナ保険証) does not work")
            .to_string(),
        (Usability::Unknown, _, _) => lang
            .pick(
                "マイナ保険証を使えるかどうか、記録からは判断できません",
                "Whether the My Number insurance card (マイナ保険証) works cannot be told from the records",
            )
            .to_string(),
    }
}
