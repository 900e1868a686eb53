//! A member's health-insurance qualification (資格), as printed on the
//! 資格情報のお知らせ or 資格確認書 (DOMAIN §7–§9, §11).
//!
//! A member can have several over time (a job change, reaching 75): the one without a
//! 資格喪失日 is current, the others are history.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

use crate::date_input::{parse_date, ParsedDate};
use crate::error::{optional, Error, Field, FieldError, FieldErrors, Problem, Result};
use crate::i18n::{Lang, Locale};
use crate::insurer::{parse_insurer_number, InsurerNumber};
use crate::normalise::{
    fold, parse_branch, parse_my_number_last4, parse_number, parse_symbol, refuse_my_number,
};
use crate::wareki::format_both;

pub const INSURER_NAME_MAX_CHARS: u32 = 60;
pub const MEMO_MAX_CHARS: u32 = 500;

/// 本人 (被保険者) or 家族 (被扶養者).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum InsuredRole {
    Insured,
    Dependant,
}

impl InsuredRole {
    pub fn code(self) -> &'static str {
        match self {
            InsuredRole::Insured => "insured",
            InsuredRole::Dependant => "dependant",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            InsuredRole::Insured => lang.pick("本人（被保険者）", "Insured person (本人)"),
            InsuredRole::Dependant => lang.pick("家族（被扶養者）", "Dependant (家族)"),
        }
    }

    pub fn parse(text: &str) -> Option<InsuredRole> {
        let text: String = text.nfkc().collect::<String>().trim().to_lowercase();
        match text.as_str() {
            "insured" | "self" | "本人" | "被保険者" => Some(InsuredRole::Insured),
            "dependant" | "dependent" | "family" | "家族" | "被扶養者" => {
                Some(InsuredRole::Dependant)
            }
            _ => None,
        }
    }
}

/// A stored qualification. 記号 and 番号 are kept as typed, for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Qualification {
    pub id: i64,
    pub member_id: i64,
    /// The 8 or 6 digits, half-width.
    pub insurer_number: String,
    pub insurer_name: String,
    pub symbol: String,
    pub number: String,
    pub branch: Option<String>,
    pub role: InsuredRole,
    pub acquired_on: NaiveDate,
    pub lost_on: Option<NaiveDate>,
    /// 負担割合 in tenths (3 = 3割), where printed.
    pub burden_tenths: Option<u8>,
    pub my_number_last4: Option<String>,
    pub memo: String,
}

/// The qualification form as typed: every field a string, validated by the core.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct QualificationInput {
    pub insurer_number: String,
    pub insurer_name: String,
    pub symbol: String,
    pub number: String,
    pub branch: String,
    pub role: String,
    pub acquired_on: String,
    pub lost_on: String,
    pub burden: String,
    pub my_number_last4: String,
    pub memo: String,
}

impl From<&Qualification> for QualificationInput {
    /// The stored values as form input, to edit them.
    fn from(q: &Qualification) -> Self {
        QualificationInput {
            insurer_number: q.insurer_number.clone(),
            insurer_name: q.insurer_name.clone(),
            symbol: q.symbol.clone(),
            number: q.number.clone(),
            branch: q.branch.clone().unwrap_or_default(),
            role: q.role.code().to_string(),
            acquired_on: q.acquired_on.to_string(),
            lost_on: q.lost_on.map(|d| d.to_string()).unwrap_or_default(),
            burden: q.burden_tenths.map(|t| t.to_string()).unwrap_or_default(),
            my_number_last4: q.my_number_last4.clone().unwrap_or_default(),
            memo: q.memo.clone(),
        }
    }
}

/// A qualification after validation, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidQualification {
    pub insurer: InsurerNumber,
    pub insurer_name: String,
    pub symbol: String,
    pub number: String,
    pub branch: Option<String>,
    pub role: InsuredRole,
    pub acquired_on: NaiveDate,
    pub lost_on: Option<NaiveDate>,
    pub burden_tenths: Option<u8>,
    pub my_number_last4: Option<String>,
    pub memo: String,
    /// Accepted, but worth telling the user (an era-year past its era, an unknown plan).
    pub notes: Vec<FieldNote>,
}

impl ValidQualification {
    /// The key two records must not share: the same card twice is a typing slip.
    pub fn identity_key(&self) -> IdentityKey {
        IdentityKey {
            insurer_number: self.insurer.digits.clone(),
            symbol: fold(&self.symbol),
            number: fold(&self.number),
            branch: self.branch.clone().unwrap_or_default(),
        }
    }
}

/// 保険者番号 + 記号 + 番号 + 枝番, folded for comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityKey {
    pub insurer_number: String,
    pub symbol: String,
    pub number: String,
    pub branch: String,
}

/// A remark about an accepted field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldNote {
    pub field: Field,
    pub message: String,
}

impl QualificationInput {
    /// Checks every field, reporting all problems at once. The My Number field is
    /// checked like the others, and a full 12-digit number is refused: it is never kept.
    pub fn validate(&self, locale: Locale) -> Result<ValidQualification> {
        let lang = locale.lang;
        let mut errors = FieldErrors::default();
        let insurer = errors.check(
            Field::InsurerNumber,
            parse_insurer_number(&self.insurer_number),
        );
        let insurer_name = errors.check(
            Field::InsurerName,
            limited(&self.insurer_name, INSURER_NAME_MAX_CHARS),
        );
        let symbol = errors.check(Field::Symbol, parse_symbol(&self.symbol));
        let number = errors.check(Field::Number, parse_number(&self.number));
        let branch = errors.check(Field::Branch, optional(&self.branch, parse_branch));
        let role = errors.check(Field::Role, parse_role(&self.role));
        let acquired = errors.check(Field::AcquiredDate, parse_date(&self.acquired_on));
        let lost = errors.check(Field::LostDate, optional(&self.lost_on, parse_date));
        let burden_tenths = errors.check(Field::Burden, parse_burden(&self.burden));
        let my_number_last4 = errors.check(
            Field::MyNumberLast4,
            parse_my_number_last4(&self.my_number_last4),
        );
        let memo = errors.check(Field::Memo, limited(&self.memo, MEMO_MAX_CHARS));

        if let (Some(acquired), Some(Some(lost))) = (&acquired, &lost) {
            if lost.date <= acquired.date {
                errors.0.push(FieldError::new(
                    Field::LostDate,
                    Problem::LostNotAfterAcquired,
                ));
            }
        }
        // Each value is `Some` exactly when its field had no error.
        let (
            Some(insurer),
            Some(insurer_name),
            Some(symbol),
            Some(number),
            Some(branch),
            Some(role),
            Some(acquired),
            Some(lost),
            Some(burden_tenths),
            Some(my_number_last4),
            Some(memo),
            true,
        ) = (
            insurer,
            insurer_name,
            symbol,
            number,
            branch,
            role,
            acquired,
            lost,
            burden_tenths,
            my_number_last4,
            memo,
            errors.0.is_empty(),
        )
        else {
            return Err(Error::Invalid(errors.0));
        };
        let mut notes = Vec::new();
        for warning in &insurer.warnings {
            notes.push(FieldNote {
                field: Field::InsurerNumber,
                message: warning.message(lang),
            });
        }
        for (field, parsed) in [
            (Field::AcquiredDate, Some(acquired)),
            (Field::LostDate, lost),
        ] {
            if let Some(message) = parsed.and_then(|p: ParsedDate| p.note_message(locale)) {
                notes.push(FieldNote { field, message });
            }
        }
        Ok(ValidQualification {
            insurer,
            insurer_name,
            symbol,
            number,
            branch,
            role,
            acquired_on: acquired.date,
            lost_on: lost.map(|p| p.date),
            burden_tenths,
            my_number_last4,
            memo,
            notes,
        })
    }
}

/// Free text (保険者名称, メモ): trimmed, at most `max` characters, no My Number, no
/// control or format character.
fn limited(text: &str, max: u32) -> std::result::Result<String, Problem> {
    let text = text.trim();
    crate::invisible::refuse_in(text)?;
    if text.chars().count() > max as usize {
        Err(Problem::TooLong { max })
    } else {
        refuse_my_number(text)?;
        Ok(text.to_string())
    }
}

/// Empty means 本人: most notices in a household belong to the insured person, and a
/// missing choice must not block saving.
fn parse_role(text: &str) -> std::result::Result<InsuredRole, Problem> {
    if text.trim().is_empty() {
        return Ok(InsuredRole::Insured);
    }
    InsuredRole::parse(text).ok_or(Problem::UnknownChoice)
}

/// 負担割合 as printed: `3割`, `3`, `30%`. Empty when the notice does not show it.
pub fn parse_burden(text: &str) -> std::result::Result<Option<u8>, Problem> {
    let folded = fold(text);
    if folded.is_empty() {
        return Ok(None);
    }
    let tenths = match folded.as_str() {
        "1" | "1割" | "10%" => 1,
        "2" | "2割" | "20%" => 2,
        "3" | "3割" | "30%" => 3,
        _ => return Err(Problem::UnknownChoice),
    };
    Ok(Some(tenths))
}

/// A qualification as the UI and the CLI show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QualificationView {
    #[serde(flatten)]
    #[ts(flatten)]
    pub qualification: Qualification,
    /// `協会けんぽ・東京都`.
    pub insurer_label: String,
    pub role_label: String,
    pub acquired_label: String,
    pub lost_label: Option<String>,
    /// `3割`, where known.
    pub burden_label: Option<String>,
    /// No 資格喪失日: the member's current plan.
    pub current: bool,
}

impl QualificationView {
    pub fn new(qualification: Qualification, locale: Locale) -> Self {
        let lang = locale.lang;
        let insurer_label = parse_insurer_number(&qualification.insurer_number)
            .map(|insurer| insurer.describe(lang))
            .unwrap_or_default();
        QualificationView {
            insurer_label,
            role_label: qualification.role.label(lang).to_string(),
            acquired_label: format_both(qualification.acquired_on, locale),
            lost_label: qualification.lost_on.map(|date| format_both(date, locale)),
            burden_label: qualification
                .burden_tenths
                .map(|tenths| burden_label(tenths, lang)),
            current: qualification.lost_on.is_none(),
            qualification,
        }
    }
}

pub fn burden_label(tenths: u8, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{tenths}割"),
        Lang::En => format!("{}%", u32::from(tenths) * 10),
    }
}

/// What the form shows as the user types the insurer number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InsurerCheck {
    pub valid: bool,
    /// `協会けんぽ・東京都` when valid, in the reader's language.
    pub description: Option<String>,
    /// The plan type and the prefecture in Japanese whatever the language, as the
    /// notice prints them (`協会けんぽ`, `東京都`).
    pub plan_ja: Option<String>,
    pub prefecture_ja: Option<String>,
    pub insurer: Option<InsurerNumber>,
    /// Why it is not valid, or a warning about an accepted number.
    pub message: Option<String>,
}

pub fn check_insurer(input: &str, locale: Locale) -> InsurerCheck {
    let lang = locale.lang;
    match parse_insurer_number(input) {
        Ok(insurer) => InsurerCheck {
            valid: true,
            description: Some(insurer.describe(lang)),
            plan_ja: Some(insurer.plan.label(Lang::Ja)),
            prefecture_ja: Some(insurer.prefecture.name(Lang::Ja).to_string()),
            message: insurer
                .warnings
                .first()
                .map(|warning| warning.message(lang)),
            insurer: Some(insurer),
        },
        Err(problem) => InsurerCheck {
            valid: false,
            description: None,
            plan_ja: None,
            prefecture_ja: None,
            insurer: None,
            message: Some(FieldError::new(Field::InsurerNumber, problem).message(locale)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kyokai() -> QualificationInput {
        QualificationInput {
            insurer_number: "01130012".into(),
            symbol: "１２３４５６７８".into(),
            number: "１２３".into(),
            branch: "1".into(),
            acquired_on: "令和7年4月1日".into(),
            ..Default::default()
        }
    }

    #[test]
    fn insurer_name_and_memo_refuse_control_and_bidi_characters() {
        for (field, character, named) in [
            (Field::InsurerName, '\u{202E}', "U+202E"),
            (Field::Memo, '\u{1B}', "U+001B"),
        ] {
            let mut input = kyokai();
            let bad = format!("全国健康保険協会{character}");
            match field {
                Field::InsurerName => input.insurer_name = bad,
                _ => input.memo = bad,
            }
            let error = input.validate(Locale::natural(Lang::Ja)).unwrap_err();
            assert_eq!(
                error.field_errors(),
                &[FieldError::new(
                    field,
                    Problem::ControlCharacter {
                        codepoint: named.into()
                    }
                )]
            );
        }
    }

    #[test]
    fn accepts_a_notice_typed_in_full_width_with_a_wareki_date() {
        let valid = kyokai().validate(Locale::natural(Lang::Ja)).unwrap();
        assert_eq!(valid.insurer.digits, "01130012");
        assert_eq!(
            valid.symbol, "１２３４５６７８",
            "kept as typed for display"
        );
        assert_eq!(valid.identity_key().symbol, "12345678", "compared folded");
        assert_eq!(valid.branch.as_deref(), Some("01"));
        assert_eq!(valid.role, InsuredRole::Insured);
        assert_eq!(
            valid.acquired_on,
            NaiveDate::from_ymd_opt(2025, 4, 1).unwrap()
        );
        assert!(valid.notes.is_empty());
    }

    #[test]
    fn reports_every_wrong_field_with_its_own_message() {
        let input = QualificationInput {
            insurer_number: "01130013".into(),
            symbol: "".into(),
            branch: "123".into(),
            acquired_on: "令和7年2月30日".into(),
            burden: "5割".into(),
            my_number_last4: "123456789012".into(),
            ..kyokai()
        };
        let error = input.validate(Locale::natural(Lang::Ja)).unwrap_err();
        let fields: Vec<Field> = error.field_errors().iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                Field::InsurerNumber,
                Field::Symbol,
                Field::Branch,
                Field::AcquiredDate,
                Field::Burden,
                Field::MyNumberLast4
            ]
        );
        let report = error.report(crate::Locale::natural(Lang::Ja));
        assert!(report.fields[0].message.contains("検証番号"));
        assert!(report.fields[5].message.contains("全桁を保存しません"));
        assert!(
            !report.message.contains("123456789012"),
            "the refused number is not echoed"
        );
    }

    #[test]
    fn the_end_date_must_come_after_the_start() {
        let input = QualificationInput {
            lost_on: "2025-04-01".into(),
            ..kyokai()
        };
        let error = input.validate(Locale::natural(Lang::En)).unwrap_err();
        assert_eq!(
            error.field_errors()[0].problem,
            Problem::LostNotAfterAcquired
        );
    }

    #[test]
    fn a_date_printed_in_an_ended_era_is_accepted_with_a_note() {
        let input = QualificationInput {
            acquired_on: "平成31年5月1日".into(),
            ..kyokai()
        };
        let valid = input.validate(Locale::natural(Lang::Ja)).unwrap();
        assert_eq!(
            valid.acquired_on,
            NaiveDate::from_ymd_opt(2019, 5, 1).unwrap()
        );
        assert_eq!(valid.notes[0].field, Field::AcquiredDate);
    }

    #[test]
    fn burden_reads_the_printed_forms() {
        for (text, tenths) in [
            ("3割", Some(3)),
            ("３", Some(3)),
            ("20%", Some(2)),
            ("", None),
        ] {
            assert_eq!(parse_burden(text), Ok(tenths), "{text}");
        }
        assert_eq!(parse_burden("4割"), Err(Problem::UnknownChoice));
    }

    #[test]
    fn the_insurer_is_described_as_it_is_typed() {
        let check = check_insurer("０１１３００１２", Locale::natural(Lang::Ja));
        assert!(check.valid);
        assert_eq!(check.description.as_deref(), Some("協会けんぽ・東京都"));
        let check = check_insurer("01130013", Locale::natural(Lang::Ja));
        assert!(!check.valid);
        assert!(check.message.unwrap().contains("検証番号"));
    }
}
