//! Each document's state on the date: valid, renewal window open, expired but in the
//! grace, expired, not held, unknown (DOMAIN §1–§5).

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::facts::{Cert, Expiry, MemberFacts, Registration};
use super::labels::{day, estimate_reason_label, estimate_suffix, DateLabel};
use crate::document::{DocumentKind, Held, RegistrationStatus};
use crate::i18n::{Lang, Locale};
use crate::rules::{
    cert_state_on, legacy_card_last_day, renewal_window_opens, CertState, ComputedDate,
    EstimateReason,
};

/// A document's state on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum DocumentState {
    Valid,
    /// Still valid; it can be renewed from `from` (DOMAIN §3).
    RenewalOpen {
        from: NaiveDate,
    },
    /// Expired, but マイナ保険証 still works for 資格確認 through `until` (DOMAIN §4).
    Grace {
        until: NaiveDate,
    },
    Expired,
    NotHeld,
    Unknown,
    /// The 保険証利用登録 was cancelled when the grace ended on `graceEnded`.
    #[serde(rename_all = "camelCase")]
    Cancelled {
        grace_ended: NaiveDate,
    },
}

/// Where the expiry shown comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ExpirySource {
    /// Typed by the user from the document: authoritative.
    Printed,
    /// Computed from the rules (DOMAIN §2–§5).
    Computed,
    /// Read from the card's chip (the 利用者証明用電子証明書): authoritative, like printed.
    Card,
}

/// The expiry the app uses, and how sure it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExpiryView {
    pub date: NaiveDate,
    /// With `（目安）` when it is an estimate.
    pub label: String,
    pub source: ExpirySource,
    /// Computed and not certain: show as 目安.
    pub estimate: bool,
    pub estimate_reasons: Vec<EstimateReason>,
    /// The reasons in words.
    pub estimate_notes: Vec<String>,
    /// What the rules give, also when a printed date is shown (to cross-check).
    pub computed: Option<ComputedDate>,
    /// The printed date disagrees with the rules: a gentle warning, not an error.
    pub mismatch: Option<String>,
    /// The day the date was read from the card (source `card`).
    pub read_from_card_on: Option<DateLabel>,
}

/// One document of one member on the date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentStatus {
    pub kind: DocumentKind,
    pub kind_label: String,
    /// False when the app assumes the document from another (e-certs from the card).
    pub recorded: bool,
    pub held: Held,
    pub held_label: String,
    pub registration: Option<RegistrationStatus>,
    /// Issue date (for the registration: the day it was done).
    pub issued: Option<DateLabel>,
    pub expiry: Option<ExpiryView>,
    pub state: DocumentState,
    /// `有効`, `更新できます（…から）`, `期限切れ（…まで猶予期間）` …
    pub state_label: String,
    pub notes: Vec<String>,
}

/// The documents to show: every recorded one, and the e-certs assumed from the card.
pub(crate) fn document_statuses(facts: &MemberFacts<'_>, locale: Locale) -> Vec<DocumentStatus> {
    DocumentKind::ALL
        .into_iter()
        .filter_map(|kind| document_status(facts, kind, locale))
        .collect()
}

/// One kind's status; `None` when nothing is recorded or assumed.
pub(crate) fn document_status(
    facts: &MemberFacts<'_>,
    kind: DocumentKind,
    locale: Locale,
) -> Option<DocumentStatus> {
    let lang = locale.lang;
    let document = facts.document(kind);
    let cert = cert_of(facts, kind);
    // The e-certs come with the card: assumed only when the card is held.
    let assumed = facts.card.held == Held::Held
        && cert.is_some_and(|cert| !cert.recorded && cert.held != Held::Unknown);
    if document.is_none() && !assumed {
        return None;
    }
    let held = cert.map_or_else(|| document.map_or(Held::Unknown, |d| d.held), |c| c.held);
    let expiry = match kind {
        DocumentKind::LegacyCard => legacy_expiry(facts, held),
        DocumentKind::Registration => None,
        _ => cert
            .and_then(|cert| cert.expiry.clone())
            .or_else(|| printed_only(document.and_then(|d| d.expires_on))),
    };
    let (state, mut notes) = state_of(facts, kind, held, expiry.as_ref(), locale);
    if assumed {
        notes.insert(0, assumed_note(kind, held, lang).to_string());
    }
    if kind == DocumentKind::Card {
        if let Some((adult_age, birthdays)) = facts.card_is_child_card() {
            notes.push(child_card_note(adult_age, birthdays, lang));
        }
    }
    let issued = match kind {
        DocumentKind::EcertAuth | DocumentKind::EcertSign => cert.and_then(|c| c.issued),
        _ => document.and_then(|d| d.issued_on),
    };
    Some(DocumentStatus {
        kind,
        kind_label: kind.label(lang).to_string(),
        recorded: document.is_some(),
        held,
        held_label: held_label(kind, held, lang).to_string(),
        registration: document.and_then(|d| d.registration),
        issued: issued.map(|date| DateLabel::new(date, locale)),
        expiry: expiry.as_ref().map(|e| expiry_view(e, locale)),
        state_label: state_label(kind, state, locale),
        state,
        notes,
    })
}

fn printed_only(printed: Option<NaiveDate>) -> Option<Expiry> {
    printed.map(|date| Expiry {
        printed: Some(date),
        computed: None,
        upper_bound: false,
        read_from_card_on: None,
    })
}

/// The old 保険証: its own printed expiry or the end of the transition (DOMAIN §5).
fn legacy_expiry(facts: &MemberFacts<'_>, held: Held) -> Option<Expiry> {
    if held == Held::NotHeld {
        return None;
    }
    let own = facts
        .document(DocumentKind::LegacyCard)
        .and_then(|d| d.expires_on);
    let last = legacy_card_last_day(facts.table, own, facts.on)?;
    Some(Expiry {
        printed: own.filter(|own| *own == last),
        computed: Some(ComputedDate::certain(last)),
        upper_bound: false,
        read_from_card_on: None,
    })
}

fn state_of(
    facts: &MemberFacts<'_>,
    kind: DocumentKind,
    held: Held,
    expiry: Option<&Expiry>,
    locale: Locale,
) -> (DocumentState, Vec<String>) {
    let lang = locale.lang;
    let mut notes = Vec::new();
    if kind == DocumentKind::Registration {
        return (registration_state(facts, &mut notes, locale), notes);
    }
    match held {
        Held::NotHeld => return (DocumentState::NotHeld, notes),
        Held::Unknown if expiry.is_none() => return (DocumentState::Unknown, notes),
        Held::Held | Held::Unknown => {}
    }
    let Some(expiry) = expiry else {
        notes.push(no_expiry_note(kind, lang).to_string());
        let state = if kind == DocumentKind::Kakuninsho || kind == DocumentKind::Koureisha {
            // A paper held with no expiry typed: usable as far as the app knows.
            DocumentState::Valid
        } else {
            DocumentState::Unknown
        };
        return (state, notes);
    };
    let date = expiry.date();
    let on = facts.on;
    let state = match kind {
        // The card and the 利用者証明用 cert carry マイナ保険証: renewal window and grace.
        DocumentKind::Card | DocumentKind::EcertAuth => cert_state(facts, date),
        DocumentKind::EcertSign => match cert_state(facts, date) {
            // The grace is for 資格確認 only; a signing cert simply expires.
            DocumentState::Grace { .. } => DocumentState::Expired,
            state => state,
        },
        _ if on <= date => DocumentState::Valid,
        _ => DocumentState::Expired,
    };
    if kind == DocumentKind::Koureisha && !facts.is_koureisha() {
        notes.push(
            lang.pick(
                "高齢受給者証は70〜74歳の方が使うものです。",
                "The elderly recipient certificate is for ages 70–74.",
            )
            .to_string(),
        );
    }
    (state, notes)
}

fn cert_state(facts: &MemberFacts<'_>, expiry: NaiveDate) -> DocumentState {
    match cert_state_on(facts.table, expiry, facts.on) {
        CertState::Valid => {
            let from = renewal_window_opens(facts.table, expiry);
            if from <= facts.on {
                DocumentState::RenewalOpen { from }
            } else {
                DocumentState::Valid
            }
        }
        CertState::Grace { last_day } => DocumentState::Grace { until: last_day },
        CertState::Expired => DocumentState::Expired,
    }
}

fn registration_state(
    facts: &MemberFacts<'_>,
    notes: &mut Vec<String>,
    locale: Locale,
) -> DocumentState {
    let lang = locale.lang;
    match facts.registration() {
        Registration::Done => DocumentState::Valid,
        Registration::NotDone => DocumentState::NotHeld,
        Registration::Unknown | Registration::NotRecorded => DocumentState::Unknown,
        Registration::Cancelled { grace_ended } => DocumentState::Cancelled { grace_ended },
        Registration::MaybeCancelled { grace_ended } => {
            notes.push(match lang {
                Lang::Ja => format!(
                    "電子証明書を更新する前に猶予期間が{}で終わっているため、利用登録は一度解除されています。更新後に登録し直したかどうか、マイナポータルで確かめてください（登録し直した日を入力すると判定できます）。",
                    day(grace_ended, locale)
                ),
                Lang::En => format!(
                    "The grace period ended on {} before the certificate was renewed, so the registration was cancelled then. Check on Mynaportal whether it was done again after the renewal (enter the date it was redone).",
                    day(grace_ended, locale)
                ),
            });
            DocumentState::Unknown
        }
    }
}

fn expiry_view(expiry: &Expiry, locale: Locale) -> ExpiryView {
    let lang = locale.lang;
    let estimate = expiry.is_estimate();
    let date = expiry.date();
    let mut reasons: Vec<EstimateReason> = Vec::new();
    let mut notes = Vec::new();
    if estimate {
        if let Some(computed) = &expiry.computed {
            reasons.extend_from_slice(computed.reasons());
        }
        notes.extend(
            reasons
                .iter()
                .map(|r| estimate_reason_label(*r, lang).to_string()),
        );
        if expiry.upper_bound {
            notes.push(
                lang.pick(
                    "スマホ用電子証明書は、カードの利用者証明用電子証明書やカードの期限を超えません。アプリに表示される有効期限を入力してください。",
                    "A smartphone certificate never outlives the card or its authentication certificate. Enter the expiry shown in the app on your phone.",
                )
                .to_string(),
            );
        }
    }
    // A date read from the chip is the certificate's own: nothing to cross-check.
    let mismatch = expiry
        .mismatch()
        .filter(|_| expiry.read_from_card_on.is_none());
    let mismatch = mismatch.map(|computed| match lang {
        Lang::Ja => format!(
            "入力された有効期限（{}）は、ルールから計算した日付（{}）と異なります。書類に印字された日付を優先して表示しています。念のため、印字をもう一度ご確認ください。",
            day(date, locale),
            day(computed, locale)
        ),
        Lang::En => format!(
            "The expiry you entered ({}) differs from the date the rules give ({}). The printed date is used; you may want to check it once more.",
            day(date, locale),
            day(computed, locale)
        ),
    });
    ExpiryView {
        date,
        label: format!(
            "{}{}{}",
            DateLabel::new(date, locale).label,
            estimate_suffix(estimate, lang),
            if expiry.read_from_card_on.is_some() {
                lang.pick("（カードから読み取り）", " (read from the card)")
            } else {
                ""
            }
        ),
        source: match (expiry.printed, expiry.read_from_card_on) {
            (Some(_), Some(_)) => ExpirySource::Card,
            (Some(_), None) => ExpirySource::Printed,
            (None, _) => ExpirySource::Computed,
        },
        read_from_card_on: expiry
            .read_from_card_on
            .map(|read| DateLabel::new(read, locale)),
        estimate,
        estimate_reasons: reasons,
        estimate_notes: notes,
        computed: expiry.computed.clone(),
        mismatch,
    }
}

fn held_label(kind: DocumentKind, held: Held, lang: Lang) -> &'static str {
    match (kind, held) {
        (DocumentKind::Registration, Held::Held) => RegistrationStatus::Done.label(lang),
        (DocumentKind::Registration, Held::NotHeld) => RegistrationStatus::NotDone.label(lang),
        (_, held) => held.label(lang),
    }
}

fn state_label(kind: DocumentKind, state: DocumentState, locale: Locale) -> String {
    let lang = locale.lang;
    let registration = kind == DocumentKind::Registration;
    match (state, lang) {
        (DocumentState::Valid, _) if registration => {
            lang.pick("登録済み", "Registered").to_string()
        }
        (DocumentState::NotHeld, _) if registration => {
            lang.pick("未登録", "Not registered").to_string()
        }
        (DocumentState::Valid, _) => lang.pick("有効", "Valid").to_string(),
        (DocumentState::RenewalOpen { from }, Lang::Ja) => {
            format!("有効（{}から更新できます）", day(from, locale))
        }
        (DocumentState::RenewalOpen { from }, Lang::En) => {
            format!("Valid (can be renewed from {})", day(from, locale))
        }
        (DocumentState::Grace { until }, Lang::Ja) => format!(
            "期限切れ（{}まではマイナ保険証として資格確認に使えます）",
            day(until, locale)
        ),
        (DocumentState::Grace { until }, Lang::En) => format!(
            "Expired (still works for eligibility checks as マイナ保険証 until {})",
            day(until, locale)
        ),
        (DocumentState::Expired, _) => lang.pick("期限切れ", "Expired").to_string(),
        (DocumentState::NotHeld, _) => lang.pick("持っていない", "Not held").to_string(),
        (DocumentState::Unknown, _) => lang.pick("わからない", "Unknown").to_string(),
        (DocumentState::Cancelled { grace_ended }, Lang::Ja) => {
            format!(
                "解除（猶予期間が{}で終わったため）",
                day(grace_ended, locale)
            )
        }
        (DocumentState::Cancelled { grace_ended }, Lang::En) => format!(
            "Cancelled (the grace period ended on {})",
            day(grace_ended, locale)
        ),
    }
}

fn assumed_note(kind: DocumentKind, held: Held, lang: Lang) -> &'static str {
    match (kind, held) {
        (DocumentKind::EcertSign, Held::NotHeld) => lang.pick(
            "15歳未満で発行されたカードには、通常、署名用電子証明書は付いていません。",
            "Cards issued under 15 usually carry no signing certificate.",
        ),
        _ => lang.pick(
            "カードと一緒に発行されたものとして、カードの発行日から計算しています。",
            "Assumed to have come with the card; computed from the card's issue date.",
        ),
    }
}

fn no_expiry_note(kind: DocumentKind, lang: Lang) -> &'static str {
    match kind {
        DocumentKind::Card => lang.pick(
            "発行日か有効期限を入力すると、カードと電子証明書の有効期限を計算できます。",
            "Enter the issue date or the expiry to get the card's and the certificates' expiry.",
        ),
        _ => lang.pick(
            "有効期限が入力されていません。書類に印字された日付を入力してください。",
            "No expiry entered. Enter the date printed on the document.",
        ),
    }
}

fn child_card_note(adult_age: u32, birthdays: u32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "{adult_age}歳未満で発行されたカードは、発行日後{birthdays}回目の誕生日までの{birthdays}年のカードです。"
        ),
        Lang::En => format!(
            "A card issued under age {adult_age} runs to the {birthdays}th birthday after issue ({birthdays}-year card)."
        ),
    }
}

/// The cert behind a kind, for callers that need the facts too.
pub(crate) fn cert_of<'f>(facts: &'f MemberFacts<'_>, kind: DocumentKind) -> Option<&'f Cert> {
    match kind {
        DocumentKind::Card => Some(&facts.card),
        DocumentKind::EcertAuth => Some(&facts.auth),
        DocumentKind::EcertSign => Some(&facts.sign),
        DocumentKind::Phone => Some(&facts.phone),
        _ => None,
    }
}
