//! What a reading of the マイナンバーカード's chip tells the household, and how it is
//! checked against a member before it is saved.
//!
//! The reading itself is done by `crates/card` over PC/SC (the core knows nothing of
//! card readers). Only three facts come back: the 利用者証明用電子証明書's expiry, the
//! kind of card, and how many tries the 利用者証明用 PIN has left. The certificate, its
//! subject and its serial number never leave the card crate; only the date and the day
//! it was read are stored.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::document::{DocumentKind, Held};
use crate::error::Result;
use crate::i18n::{Lang, Locale};
use crate::store::Store;
use crate::wareki::format_both;

/// The 利用者証明用 PIN allows this many wrong tries before it locks.
pub const AUTH_PIN_TRIES: u8 = 3;

/// Which card answered. A 住基カード (the JPKI token without the `2`) is refused as an
/// error before a reading exists, so a reading is always from a My Number Card or from a
/// JPKI card whose token could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum CardKind {
    /// `JPKIAPICCTOKEN2`: a マイナンバーカード.
    MyNumberCard,
    /// The JPKI application answered, but its token could not be read.
    JpkiCard,
}

impl CardKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            CardKind::MyNumberCard => lang.pick("マイナンバーカード", "My Number Card"),
            CardKind::JpkiCard => lang.pick(
                "公的個人認証のカード（種類は確認できませんでした）",
                "A public key card (JPKI); its kind could not be confirmed",
            ),
        }
    }
}

/// The 利用者証明用 PIN's counter, read without spending a try (VERIFY with no data).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "state")]
pub enum PinTries {
    Left {
        left: u8,
    },
    Locked,
    /// The card did not say (an unexpected answer).
    Unknown,
}

/// One reading of a card: what `crates/card` returns and the front ends show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CardReading {
    /// The reader's name as the system gives it (not personal data).
    pub reader: String,
    pub kind: CardKind,
    /// The last day the 利用者証明用電子証明書 is valid: its notAfter in JST.
    pub ecert_auth_expires: NaiveDate,
    pub auth_pin: PinTries,
}

/// How urgent the PIN's counter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PinAdvice {
    Fine,
    /// One try left: one more wrong PIN locks it.
    Caution,
    Locked,
    Unknown,
}

/// A reading as the front ends show it, before anything is saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CardReadingView {
    pub reading: CardReading,
    pub kind_label: String,
    /// The expiry in both calendars (the household's order first).
    pub expiry_label: String,
    /// `3回中3回` / `3 of 3`, or `ロックされています` / `locked`.
    pub pin_label: String,
    pub pin_advice: PinAdvice,
    /// What to do about the PIN; `None` when all is well.
    pub pin_note: Option<String>,
    /// Whether the certificate has expired on the day of the reading.
    pub expired: bool,
    /// Set when the date fits none of the member's dates (see [`MemberCheck`]).
    pub member_warning: Option<String>,
}

/// Why a date may belong to the member: an e-cert runs to the holder's birthday (5th
/// or 6th after issue), or is capped by the card's or the residence period's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberCheck {
    Birthday,
    CardExpiry,
    ResidenceEnd,
    /// On none of them: perhaps another family member's card.
    NoMatch,
}

/// Checks an e-cert expiry against the member's birthday and the card's and residence
/// period's end dates (any that are known; each may be `None`).
pub fn check_member(
    birth: NaiveDate,
    expiry: NaiveDate,
    card_expiry: &[NaiveDate],
    residence_end: Option<NaiveDate>,
) -> MemberCheck {
    if falls_on_birthday(birth, expiry) {
        MemberCheck::Birthday
    } else if card_expiry.contains(&expiry) {
        MemberCheck::CardExpiry
    } else if residence_end == Some(expiry) {
        MemberCheck::ResidenceEnd
    } else {
        MemberCheck::NoMatch
    }
}

/// The birthday's month and day; someone born on 29 February has it on the 28th in a
/// common year (DOMAIN §2), and the 29th is accepted too.
fn falls_on_birthday(birth: NaiveDate, date: NaiveDate) -> bool {
    if (birth.month(), birth.day()) == (date.month(), date.day()) {
        return true;
    }
    let leap_birthday = birth.month() == 2 && birth.day() == 29;
    leap_birthday && date.month() == 2 && date.day() == 28
}

impl CardReadingView {
    pub fn new(
        reading: CardReading,
        today: NaiveDate,
        member_warning: Option<String>,
        locale: Locale,
    ) -> Self {
        let lang = locale.lang;
        let (pin_label, pin_advice) = match reading.auth_pin {
            PinTries::Left { left } if left <= 1 => (
                tries_label(left, lang),
                if left == 0 {
                    PinAdvice::Locked
                } else {
                    PinAdvice::Caution
                },
            ),
            PinTries::Left { left } => (tries_label(left, lang), PinAdvice::Fine),
            PinTries::Locked => (
                lang.pick("ロックされています", "Locked").to_string(),
                PinAdvice::Locked,
            ),
            PinTries::Unknown => (
                lang.pick("確認できませんでした", "Could not be read")
                    .to_string(),
                PinAdvice::Unknown,
            ),
        };
        let pin_note = match pin_advice {
            PinAdvice::Fine => None,
            PinAdvice::Caution => Some(lang.pick(
                "注意: 利用者証明用の暗証番号（数字4桁）は、あと1回間違えるとロックされます。思い出せないときは入力せず、お住まいの市区町村の窓口で暗証番号の再設定（初期化）を申請してください。",
                "Caution: one more wrong authentication PIN (4 digits) locks it. If you are not sure of it, do not try; ask your municipal office to reset it.",
            )),
            PinAdvice::Locked => Some(lang.pick(
                "利用者証明用の暗証番号がロックされています。マイナ保険証やマイナポータルで暗証番号を使うことができません。カードを持って、お住まいの市区町村の窓口で暗証番号の初期化（再設定）を申請してください。",
                "The authentication PIN is locked: it cannot be used for マイナ保険証 or Mynaportal. Take the card to your municipal office and ask for the PIN to be reset.",
            )),
            PinAdvice::Unknown => Some(lang.pick(
                "暗証番号の残り回数は確認できませんでした。",
                "The card did not say how many PIN tries are left.",
            )),
        }
        .map(str::to_string);
        CardReadingView {
            kind_label: reading.kind.label(lang).to_string(),
            expiry_label: format_both(reading.ecert_auth_expires, locale),
            pin_label,
            pin_advice,
            pin_note,
            expired: reading.ecert_auth_expires < today,
            member_warning,
            reading,
        }
    }
}

fn tries_label(left: u8, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("残り{left}回（{AUTH_PIN_TRIES}回中）"),
        Lang::En => format!("{left} of {AUTH_PIN_TRIES} tries left"),
    }
}

/// The warning shown before saving a date that fits none of the member's dates.
pub fn member_warning(name: &str, expiry: NaiveDate, locale: Locale) -> String {
    let date = format_both(expiry, locale);
    match locale.lang {
        Lang::Ja => format!(
            "読み取った有効期限（{date}）は、{name}さんの誕生日にも、カードや在留期間の有効期限にも当たりません。別のご家族のカードではないか、お確かめください。"
        ),
        Lang::En => format!(
            "The expiry read from the card ({date}) is not on {name}'s birthday, nor on the card's or the residence period's end. Check that this is not another family member's card."
        ),
    }
}

/// The warning for `reading` against a member in `store` (`None` when it fits).
pub(crate) fn stored_member_warning(
    store: &Store,
    member_id: i64,
    expiry: NaiveDate,
    today: NaiveDate,
    locale: Locale,
) -> Result<Option<String>> {
    let member = store.member(member_id)?;
    let documents = crate::status::stored_documents(store, member_id, today, locale)?;
    let of = |kind: DocumentKind| documents.iter().find(|d| d.kind == kind);
    // The card's expiry: printed, or every date the rules allow (目安 included).
    let card_dates: Vec<NaiveDate> = of(DocumentKind::Card)
        .and_then(|card| card.expiry.as_ref())
        .map(|expiry| {
            let mut dates = vec![expiry.date];
            if let Some(computed) = &expiry.computed {
                dates.extend(computed.possible().iter().copied());
            }
            dates
        })
        .unwrap_or_default();
    let residence = of(DocumentKind::Zairyu)
        .filter(|d| d.held != Held::NotHeld)
        .and_then(|d| d.expiry.as_ref())
        .map(|e| e.date);
    Ok(
        match check_member(member.birth_date, expiry, &card_dates, residence) {
            MemberCheck::NoMatch => Some(member_warning(&member.name, expiry, locale)),
            _ => None,
        },
    )
}

/// The issue date recorded for the 利用者証明用電子証明書, kept when the rules computed
/// from it allow the date read (the same certificate); a date for an older one is
/// dropped, as when a renewal is entered by hand.
pub(crate) fn stored_issue_date_to_keep(
    store: &Store,
    member_id: i64,
    expiry: NaiveDate,
    today: NaiveDate,
    locale: Locale,
) -> Result<Option<NaiveDate>> {
    let recorded = store
        .documents_of(member_id)?
        .into_iter()
        .find(|d| d.kind == DocumentKind::EcertAuth)
        .and_then(|d| d.issued_on);
    let Some(issued) = recorded.filter(|issued| *issued < expiry) else {
        return Ok(None);
    };
    let status =
        crate::status::stored_document(store, member_id, DocumentKind::EcertAuth, today, locale)?;
    let admits = status
        .and_then(|s| s.expiry)
        .and_then(|e| e.computed)
        .is_some_and(|computed| computed.admits(expiry));
    Ok(admits.then_some(issued))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn an_expiry_on_the_birthday_or_a_cap_fits_the_member() {
        let birth = d(1990, 6, 15);
        assert_eq!(
            check_member(birth, d(2031, 6, 15), &[], None),
            MemberCheck::Birthday
        );
        assert_eq!(
            check_member(birth, d(2030, 3, 10), &[d(2030, 3, 10)], None),
            MemberCheck::CardExpiry
        );
        assert_eq!(
            check_member(birth, d(2028, 1, 31), &[], Some(d(2028, 1, 31))),
            MemberCheck::ResidenceEnd
        );
        assert_eq!(
            check_member(birth, d(2031, 6, 16), &[d(2030, 3, 10)], None),
            MemberCheck::NoMatch
        );
    }

    #[test]
    fn born_on_29_february_the_28th_of_a_common_year_is_the_birthday() {
        let birth = d(2000, 2, 29);
        assert_eq!(
            check_member(birth, d(2031, 2, 28), &[], None),
            MemberCheck::Birthday
        );
        assert_eq!(
            check_member(birth, d(2032, 2, 29), &[], None),
            MemberCheck::Birthday
        );
        assert_eq!(
            check_member(d(2000, 2, 28), d(2032, 2, 29), &[], None),
            MemberCheck::NoMatch
        );
    }

    #[test]
    fn pin_advice_follows_the_tries_left() {
        let reading = |auth_pin| CardReading {
            reader: "r".into(),
            kind: CardKind::MyNumberCard,
            ecert_auth_expires: d(2031, 6, 15),
            auth_pin,
        };
        let view = |pin, lang: Lang| {
            CardReadingView::new(reading(pin), d(2026, 12, 7), None, Locale::natural(lang))
        };
        let three = view(PinTries::Left { left: 3 }, Lang::Ja);
        assert_eq!(three.pin_label, "残り3回（3回中）");
        assert_eq!(three.pin_advice, PinAdvice::Fine);
        assert_eq!(three.pin_note, None);
        let one = view(PinTries::Left { left: 1 }, Lang::Ja);
        assert_eq!(one.pin_advice, PinAdvice::Caution);
        assert!(one.pin_note.unwrap().starts_with("注意"));
        let locked = view(PinTries::Locked, Lang::En);
        assert_eq!(locked.pin_label, "Locked");
        assert!(locked.pin_note.unwrap().contains("municipal office"));
        let locked_ja = view(PinTries::Locked, Lang::Ja);
        assert!(locked_ja.pin_note.unwrap().contains("市区町村の窓口"));
    }
}
