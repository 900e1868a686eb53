//! Display text shared by the status views: dates in both calendars, lists in words,
//! and why a date is only a 目安.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::document::DocumentKind;
use crate::i18n::{Lang, Locale};
use crate::rules::EstimateReason;
use crate::wareki::format_both;

/// A date as JSON (ISO) and as the user reads it (`令和8年8月31日 (2026-08-31)`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DateLabel {
    pub date: NaiveDate,
    pub label: String,
}

impl DateLabel {
    pub fn new(date: NaiveDate, locale: Locale) -> Self {
        DateLabel {
            date,
            label: format_both(date, locale),
        }
    }
}

/// The date inside a sentence.
pub(super) fn day(date: NaiveDate, locale: Locale) -> String {
    format_both(date, locale)
}

/// `AとB`, `A、BとC` / `A and B`, `A, B and C`.
pub(super) fn join(items: &[String], lang: Lang) -> String {
    let (separator, last) = match lang {
        Lang::Ja => ("、", "と"),
        Lang::En => (", ", " and "),
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., tail] => format!("{}{last}{tail}", init.join(separator)),
    }
}

/// Why a date is a 目安, in words (DOMAIN.md preamble: unconfirmed rules are shown
/// as estimates, with the reason).
pub fn estimate_reason_label(reason: EstimateReason, lang: Lang) -> &'static str {
    match reason {
        EstimateReason::ApplicationDateUnknown => lang.pick(
            "カードの有効期間は申請が受け付けられた日の制度で決まりますが、このアプリは発行日しかわからないため目安です。",
            "The card's term follows the rules on the day the application was received; the app knows only the issue date, so this is an estimate.",
        ),
        EstimateReason::AgeAtApplicationUnknown => lang.pick(
            "申請した日と発行日とで年齢が違い、どちらの年齢で決まるかが自治体の案内によって異なるため目安です。",
            "Your age differed between the application and the issue date, and official pages differ on which counts, so this is an estimate.",
        ),
        EstimateReason::LeapDayBirthday => lang.pick(
            "2月29日生まれの方の、うるう年以外の誕生日の扱いが公式に示されていないため、2月28日として計算した目安です。",
            "For a 29 February birthday no official rule says which day counts in other years; 28 February is used, so this is an estimate.",
        ),
        EstimateReason::IncomeUnknown => lang.pick(
            "負担割合は所得によって変わるため目安です。",
            "The share depends on income, so this is an estimate.",
        ),
    }
}

/// A document's name inside an English sentence ("The authentication e-certificate
/// expired …"); Japanese uses the label as it is.
pub fn kind_in_sentence(kind: DocumentKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (_, Lang::Ja) => kind.label(lang),
        (DocumentKind::Card, Lang::En) => "My Number Card",
        (DocumentKind::EcertAuth, Lang::En) => "authentication e-certificate",
        (DocumentKind::EcertSign, Lang::En) => "signing e-certificate",
        (DocumentKind::Phone, Lang::En) => "smartphone e-certificate",
        (DocumentKind::Registration, Lang::En) => "health-insurance registration",
        (DocumentKind::Kakuninsho, Lang::En) => "eligibility certificate",
        (DocumentKind::Koureisha, Lang::En) => "elderly recipient certificate",
        (DocumentKind::LegacyCard, Lang::En) => "old health-insurance card",
        (DocumentKind::Zairyu, Lang::En) => "period of stay",
    }
}

/// `（目安）` / ` (estimate)` after a label, when it is one.
pub(super) fn estimate_suffix(estimate: bool, lang: Lang) -> &'static str {
    if estimate {
        lang.pick("（目安）", " (estimate)")
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(items: &[&str]) -> Vec<String> {
        items.iter().map(|item| item.to_string()).collect()
    }

    #[test]
    fn lists_read_as_phrases_in_both_languages() {
        assert_eq!(join(&words(&["資格確認書"]), Lang::Ja), "資格確認書");
        assert_eq!(
            join(&words(&["資格確認書", "高齢受給者証"]), Lang::Ja),
            "資格確認書と高齢受給者証"
        );
        assert_eq!(join(&words(&["A", "B", "C"]), Lang::Ja), "A、BとC");
        assert_eq!(join(&words(&["A", "B", "C"]), Lang::En), "A, B and C");
    }
}
