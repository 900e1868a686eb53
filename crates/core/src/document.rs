//! The documents a member holds (DOMAIN §1): what the user read from each card,
//! certificate or notice, one record per member and kind.
//!
//! Only facts are stored (held or not, the printed dates). Expiry dates the user did
//! not type are computed by [`crate::status`] from [`crate::rules`], never stored, so a
//! corrected rule corrects every answer.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

use crate::date_input::{parse_date, ParsedDate};
use crate::error::{optional, Error, Field, FieldError, FieldErrors, Problem, Result};
use crate::i18n::{Lang, Locale};
use crate::qualification::FieldNote;

/// The kinds of document, in the order the app lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    /// マイナンバーカード.
    Card,
    /// 利用者証明用電子証明書: what マイナ保険証 needs (§3, §4).
    EcertAuth,
    /// 署名用電子証明書 (e-Tax etc.).
    EcertSign,
    /// スマホ用電子証明書 (Android) / iPhone のマイナンバーカード.
    Phone,
    /// 健康保険証利用登録: a status, not a paper.
    Registration,
    /// 資格確認書.
    Kakuninsho,
    /// 高齢受給者証 (70–74).
    Koureisha,
    /// 健康保険証 (the old card, abolished 2024-12-02).
    LegacyCard,
    /// 在留期間満了日 of a foreign resident (caps the card and the e-certs, §2).
    Zairyu,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 9] = [
        DocumentKind::Card,
        DocumentKind::EcertAuth,
        DocumentKind::EcertSign,
        DocumentKind::Phone,
        DocumentKind::Registration,
        DocumentKind::Kakuninsho,
        DocumentKind::Koureisha,
        DocumentKind::LegacyCard,
        DocumentKind::Zairyu,
    ];

    /// The stable code stored in the database and used by the CLI and the UI.
    pub fn code(self) -> &'static str {
        match self {
            DocumentKind::Card => "card",
            DocumentKind::EcertAuth => "ecert-auth",
            DocumentKind::EcertSign => "ecert-sign",
            DocumentKind::Phone => "phone",
            DocumentKind::Registration => "registration",
            DocumentKind::Kakuninsho => "kakuninsho",
            DocumentKind::Koureisha => "koureisha",
            DocumentKind::LegacyCard => "legacy-card",
            DocumentKind::Zairyu => "zairyu",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            DocumentKind::Card => lang.pick("マイナンバーカード", "My Number Card"),
            DocumentKind::EcertAuth => lang.pick(
                "利用者証明用電子証明書",
                "Authentication e-certificate (利用者証明用電子証明書)",
            ),
            DocumentKind::EcertSign => lang.pick(
                "署名用電子証明書",
                "Signing e-certificate (署名用電子証明書)",
            ),
            DocumentKind::Phone => lang.pick(
                "スマホ用電子証明書",
                "Smartphone e-certificate (スマホ用電子証明書)",
            ),
            DocumentKind::Registration => lang.pick(
                "健康保険証利用登録",
                "Registration of the card as health-insurance card (健康保険証利用登録)",
            ),
            DocumentKind::Kakuninsho => {
                lang.pick("資格確認書", "Eligibility certificate (資格確認書)")
            }
            DocumentKind::Koureisha => lang.pick(
                "高齢受給者証",
                "Elderly recipient certificate (高齢受給者証)",
            ),
            DocumentKind::LegacyCard => lang.pick(
                "健康保険証（従来の保険証）",
                "Health-insurance card (the old 保険証)",
            ),
            DocumentKind::Zairyu => lang.pick("在留期間", "Period of stay (在留期間)"),
        }
    }

    /// Accepts the code (also with `_`), the Japanese label and a few everyday words.
    pub fn parse(text: &str) -> Option<DocumentKind> {
        let text = fold_choice(text);
        let kind = match text.as_str() {
            "card" | "マイナンバーカード" | "マイナカード" => DocumentKind::Card,
            "ecert-auth" | "利用者証明用電子証明書" | "利用者証明用" => {
                DocumentKind::EcertAuth
            }
            "ecert-sign" | "署名用電子証明書" | "署名用" => DocumentKind::EcertSign,
            "phone" | "スマホ用電子証明書" | "スマホ" => DocumentKind::Phone,
            "registration" | "健康保険証利用登録" | "利用登録" => {
                DocumentKind::Registration
            }
            "kakuninsho" | "資格確認書" => DocumentKind::Kakuninsho,
            "koureisha" | "高齢受給者証" => DocumentKind::Koureisha,
            "legacy-card" | "健康保険証" | "保険証" | "健康保険証(従来の保険証)" => {
                DocumentKind::LegacyCard
            }
            "zairyu" | "在留期間" | "在留カード" => DocumentKind::Zairyu,
            _ => return None,
        };
        Some(kind)
    }

    /// Whether the paper prints an expiry date (the registration is a status).
    pub fn has_expiry(self) -> bool {
        self != DocumentKind::Registration
    }

    /// Whether an issue date means anything (a residence period is only its end).
    pub fn has_issue_date(self) -> bool {
        self != DocumentKind::Zairyu
    }
}

/// Whether the member has the document. "Unknown" is a real answer: the app then
/// says what it cannot tell rather than guessing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Held {
    Held,
    NotHeld,
    Unknown,
}

impl Held {
    pub fn code(self) -> &'static str {
        match self {
            Held::Held => "held",
            Held::NotHeld => "not-held",
            Held::Unknown => "unknown",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Held::Held => lang.pick("持っている", "Held"),
            Held::NotHeld => lang.pick("持っていない", "Not held"),
            Held::Unknown => lang.pick("わからない", "Unknown"),
        }
    }

    pub fn parse(text: &str) -> Option<Held> {
        match fold_choice(text).as_str() {
            "held" | "yes" | "持っている" | "あり" | "有" => Some(Held::Held),
            "not-held" | "no" | "持っていない" | "なし" | "無" => Some(Held::NotHeld),
            "unknown" | "わからない" | "不明" => Some(Held::Unknown),
            _ => None,
        }
    }
}

/// 健康保険証利用登録: done, not done, or not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum RegistrationStatus {
    Done,
    NotDone,
    Unknown,
}

impl RegistrationStatus {
    pub fn code(self) -> &'static str {
        match self {
            RegistrationStatus::Done => "done",
            RegistrationStatus::NotDone => "not-done",
            RegistrationStatus::Unknown => "unknown",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            RegistrationStatus::Done => lang.pick("登録済み", "Done"),
            RegistrationStatus::NotDone => lang.pick("未登録", "Not done"),
            RegistrationStatus::Unknown => lang.pick("わからない", "Unknown"),
        }
    }

    pub fn parse(text: &str) -> Option<RegistrationStatus> {
        match fold_choice(text).as_str() {
            "done" | "yes" | "済み" | "済" | "登録済み" => Some(RegistrationStatus::Done),
            "not-done" | "no" | "未登録" | "未" => Some(RegistrationStatus::NotDone),
            "unknown" | "わからない" | "不明" => Some(RegistrationStatus::Unknown),
            _ => None,
        }
    }

    /// The registration expressed as "held", so every row answers the same question.
    fn held(self) -> Held {
        match self {
            RegistrationStatus::Done => Held::Held,
            RegistrationStatus::NotDone => Held::NotHeld,
            RegistrationStatus::Unknown => Held::Unknown,
        }
    }
}

/// NFKC, trimmed, lower case, `_` read as `-` (`ecert_auth` as in DOMAIN §1's table).
fn fold_choice(text: &str) -> String {
    text.nfkc()
        .collect::<String>()
        .trim()
        .to_lowercase()
        .replace('_', "-")
}

/// A stored document. For [`DocumentKind::Registration`], `registration` is set,
/// `held` mirrors it, and `issued_on` is the day the registration was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    pub member_id: i64,
    pub kind: DocumentKind,
    pub held: Held,
    pub issued_on: Option<NaiveDate>,
    /// The expiry date printed on the document; the status computes one when missing.
    pub expires_on: Option<NaiveDate>,
    pub registration: Option<RegistrationStatus>,
    /// The day the expiry was read from the card's chip (the 利用者証明用電子証明書
    /// only); `None` when it was typed.
    pub read_from_card_on: Option<NaiveDate>,
}

/// The document form as typed: every field a string, validated by the core.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct DocumentInput {
    pub kind: String,
    /// `held` (also when empty), `not-held` or `unknown`.
    pub held: String,
    pub issued: String,
    pub expires: String,
    /// Only for the registration: `done` (also when empty), `not-done`, `unknown`.
    pub status: String,
}

impl From<&Document> for DocumentInput {
    /// The stored values as form input, to export them. A registration carries its
    /// status and the matching `held`, as validation expects.
    fn from(document: &Document) -> Self {
        let date = |date: Option<NaiveDate>| date.map(|d| d.to_string()).unwrap_or_default();
        DocumentInput {
            kind: document.kind.code().to_string(),
            held: document.held.code().to_string(),
            issued: date(document.issued_on),
            expires: date(document.expires_on),
            status: document
                .registration
                .map(|status| status.code().to_string())
                .unwrap_or_default(),
        }
    }
}

/// A document after validation, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidDocument {
    pub kind: DocumentKind,
    pub held: Held,
    pub issued_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub registration: Option<RegistrationStatus>,
    /// Accepted, but worth telling the user (an era-year past its era, common on
    /// expiry dates printed before 令和).
    pub notes: Vec<FieldNote>,
}

impl DocumentInput {
    /// Checks every field and reports all problems at once. `today` refuses issue
    /// dates in the future (an expiry is naturally in the future).
    pub fn validate(&self, today: NaiveDate, locale: Locale) -> Result<ValidDocument> {
        let mut errors = FieldErrors::default();
        let kind = errors.check(Field::DocumentKind, parse_kind(&self.kind));
        let held = errors.check(Field::Held, parse_choice(&self.held, Held::parse));
        let status = errors.check(
            Field::RegistrationStatus,
            parse_choice(&self.status, RegistrationStatus::parse),
        );
        let issued = errors.check(Field::IssuedDate, optional(&self.issued, parse_date));
        let expires = errors.check(Field::ExpiryDate, optional(&self.expires, parse_date));
        // Each value is `Some` exactly when its field had no error.
        let (Some(kind), Some(held), Some(status), Some(issued), Some(expires)) =
            (kind, held, status, issued, expires)
        else {
            return Err(Error::Invalid(errors.0));
        };
        let notes = [(Field::IssuedDate, issued), (Field::ExpiryDate, expires)]
            .into_iter()
            .filter_map(|(field, parsed)| {
                let message = parsed?.note_message(locale)?;
                Some(FieldNote { field, message })
            })
            .collect();
        let issued = issued.map(|parsed: ParsedDate| parsed.date);
        let expires = expires.map(|parsed: ParsedDate| parsed.date);
        let mut valid = combine(kind, held, status, issued, expires, today)?;
        valid.notes = notes;
        Ok(valid)
    }
}

/// The checks that need several fields at once.
fn combine(
    kind: DocumentKind,
    held: Option<Held>,
    status: Option<RegistrationStatus>,
    issued_on: Option<NaiveDate>,
    expires_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<ValidDocument> {
    let mut errors = Vec::new();
    let mut refuse = |field, problem| errors.push(FieldError::new(field, problem));
    let registration = if kind == DocumentKind::Registration {
        // "Not held" of a registration is "not done": one answer, two ways to say it.
        let status = status.unwrap_or(match held {
            Some(Held::NotHeld) => RegistrationStatus::NotDone,
            Some(Held::Unknown) => RegistrationStatus::Unknown,
            Some(Held::Held) | None => RegistrationStatus::Done,
        });
        if held.is_some_and(|held| held != status.held()) {
            refuse(Field::Held, Problem::NotForThisKind);
        }
        Some(status)
    } else {
        if status.is_some() {
            refuse(Field::RegistrationStatus, Problem::NotForThisKind);
        }
        None
    };
    let held = registration.map_or(held.unwrap_or(Held::Held), RegistrationStatus::held);
    if issued_on.is_some() && !kind.has_issue_date() {
        refuse(Field::IssuedDate, Problem::NotForThisKind);
    }
    if expires_on.is_some() && !kind.has_expiry() {
        refuse(Field::ExpiryDate, Problem::NotForThisKind);
    }
    // A registration that was not done has no date; a card not held has none either.
    if held == Held::NotHeld {
        if issued_on.is_some() {
            refuse(Field::IssuedDate, Problem::DatesWhenNotHeld);
        }
        if expires_on.is_some() {
            refuse(Field::ExpiryDate, Problem::DatesWhenNotHeld);
        }
    }
    if issued_on.is_some_and(|issued| issued > today) {
        refuse(Field::IssuedDate, Problem::DateInFuture);
    }
    if let (Some(issued), Some(expires)) = (issued_on, expires_on) {
        if expires <= issued {
            refuse(Field::ExpiryDate, Problem::ExpiryNotAfterIssue);
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    Ok(ValidDocument {
        kind,
        held,
        issued_on,
        expires_on,
        registration,
        notes: Vec::new(),
    })
}

/// The kind typed by the user (required).
pub fn parse_kind(text: &str) -> std::result::Result<DocumentKind, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::Required);
    }
    DocumentKind::parse(text).ok_or(Problem::UnknownChoice)
}

fn parse_choice<T>(
    text: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> std::result::Result<Option<T>, Problem> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse(text).map(Some).ok_or(Problem::UnknownChoice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn input(kind: &str) -> DocumentInput {
        DocumentInput {
            kind: kind.into(),
            ..Default::default()
        }
    }

    fn fields(error: Error) -> Vec<(Field, Problem)> {
        error
            .field_errors()
            .iter()
            .map(|e| (e.field, e.problem.clone()))
            .collect()
    }

    #[test]
    fn codes_read_back_as_their_kind_and_labels_exist_in_both_languages() {
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::parse(kind.code()), Some(kind));
            assert_eq!(DocumentKind::parse(kind.label(Lang::Ja)), Some(kind));
            assert!(!kind.label(Lang::En).is_empty());
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(json, kind.code(), "JSON uses the CLI's kebab-case code");
        }
        assert_eq!(
            DocumentKind::parse("ECERT_AUTH"),
            Some(DocumentKind::EcertAuth)
        );
    }

    #[test]
    fn a_card_with_a_wareki_issue_date_is_held() {
        let valid = DocumentInput {
            issued: "令和2年3月10日".into(),
            ..input("card")
        }
        .validate(today(), Locale::natural(Lang::Ja))
        .unwrap();
        assert_eq!(valid.kind, DocumentKind::Card);
        assert_eq!(valid.held, Held::Held);
        assert_eq!(valid.issued_on, Some(d(2020, 3, 10)));
        assert_eq!(valid.registration, None);
        assert!(valid.notes.is_empty());
    }

    #[test]
    fn an_expiry_printed_before_reiwa_is_accepted_with_a_note() {
        let valid = DocumentInput {
            expires: "平成32年3月31日".into(),
            ..input("legacy-card")
        }
        .validate(today(), Locale::natural(Lang::Ja))
        .unwrap();
        assert_eq!(valid.expires_on, Some(d(2020, 3, 31)));
        assert_eq!(valid.notes[0].field, Field::ExpiryDate);
    }

    #[test]
    fn registration_defaults_to_done_and_not_held_means_not_done() {
        let done = input("registration")
            .validate(today(), Locale::natural(Lang::Ja))
            .unwrap();
        assert_eq!(done.registration, Some(RegistrationStatus::Done));
        assert_eq!(done.held, Held::Held);
        let not_done = DocumentInput {
            held: "not-held".into(),
            ..input("利用登録")
        }
        .validate(today(), Locale::natural(Lang::Ja))
        .unwrap();
        assert_eq!(not_done.registration, Some(RegistrationStatus::NotDone));
        assert_eq!(not_done.held, Held::NotHeld);
    }

    #[test]
    fn every_wrong_field_is_reported_at_once() {
        let error = DocumentInput {
            kind: "passport".into(),
            held: "maybe".into(),
            issued: "令和7年2月30日".into(),
            expires: "".into(),
            status: "done".into(),
        }
        .validate(today(), Locale::natural(Lang::Ja))
        .unwrap_err();
        assert_eq!(
            fields(error),
            [
                (Field::DocumentKind, Problem::UnknownChoice),
                (Field::Held, Problem::UnknownChoice),
                (Field::IssuedDate, Problem::DateNotInCalendar),
            ]
        );
    }

    #[test]
    fn fields_that_do_not_apply_to_the_kind_are_refused() {
        let error = DocumentInput {
            expires: "2030-01-01".into(),
            ..input("registration")
        }
        .validate(today(), Locale::natural(Lang::Ja))
        .unwrap_err();
        assert_eq!(
            fields(error),
            [(Field::ExpiryDate, Problem::NotForThisKind)]
        );
        let error = DocumentInput {
            status: "done".into(),
            ..input("card")
        }
        .validate(today(), Locale::natural(Lang::Ja))
        .unwrap_err();
        assert_eq!(
            fields(error),
            [(Field::RegistrationStatus, Problem::NotForThisKind)]
        );
        let error = DocumentInput {
            held: "held".into(),
            status: "not-done".into(),
            ..input("registration")
        }
        .validate(today(), Locale::natural(Lang::Ja))
        .unwrap_err();
        assert_eq!(fields(error), [(Field::Held, Problem::NotForThisKind)]);
    }

    #[test]
    fn dates_are_refused_for_a_document_not_held_or_in_the_wrong_order() {
        let error = DocumentInput {
            held: "not-held".into(),
            issued: "2020-03-10".into(),
            ..input("card")
        }
        .validate(today(), Locale::natural(Lang::Ja))
        .unwrap_err();
        assert_eq!(
            fields(error),
            [(Field::IssuedDate, Problem::DatesWhenNotHeld)]
        );
        let error = DocumentInput {
            issued: "2027-01-01".into(),
            expires: "2026-01-01".into(),
            ..input("kakuninsho")
        }
        .validate(today(), Locale::natural(Lang::Ja))
        .unwrap_err();
        assert_eq!(
            fields(error),
            [
                (Field::IssuedDate, Problem::DateInFuture),
                (Field::ExpiryDate, Problem::ExpiryNotAfterIssue)
            ]
        );
    }
}
