//! Household members: who they are and how they relate to the insured person.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

use crate::date_input::parse_date;
use crate::error::{Error, Field, FieldErrors, Problem, Result};
use crate::i18n::{Lang, Locale};
use crate::invisible::refuse_in;
use crate::normalise::refuse_my_number;
use crate::qualification::{Qualification, QualificationView};
use crate::wareki::format_both;

pub const NAME_MAX_CHARS: u32 = 50;

/// Relation to the insured person (続柄).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Relation {
    #[serde(rename = "self")]
    SelfInsured,
    Spouse,
    Child,
    Parent,
    Other,
}

impl Relation {
    pub const ALL: [Relation; 5] = [
        Relation::SelfInsured,
        Relation::Spouse,
        Relation::Child,
        Relation::Parent,
        Relation::Other,
    ];

    /// The stable code stored in the database and used by the CLI and the UI.
    pub fn code(self) -> &'static str {
        match self {
            Relation::SelfInsured => "self",
            Relation::Spouse => "spouse",
            Relation::Child => "child",
            Relation::Parent => "parent",
            Relation::Other => "other",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Relation::SelfInsured => lang.pick("本人", "Self (insured person)"),
            Relation::Spouse => lang.pick("配偶者", "Spouse"),
            Relation::Child => lang.pick("子", "Child"),
            Relation::Parent => lang.pick("父母", "Parent"),
            Relation::Other => lang.pick("その他", "Other"),
        }
    }

    /// Accepts the code, the Japanese label and a few everyday words.
    pub fn parse(text: &str) -> Option<Relation> {
        let text: String = text.nfkc().collect::<String>().trim().to_lowercase();
        let relation = match text.as_str() {
            "self" | "本人" | "被保険者" => Relation::SelfInsured,
            "spouse" | "配偶者" | "妻" | "夫" => Relation::Spouse,
            "child" | "子" | "長男" | "長女" | "次男" | "次女" | "三男" | "三女" => {
                Relation::Child
            }
            "parent" | "父母" | "父" | "母" => Relation::Parent,
            "other" | "その他" => Relation::Other,
            _ => return None,
        };
        Some(relation)
    }
}

/// A stored household member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub id: i64,
    pub name: String,
    pub kana: String,
    pub birth_date: NaiveDate,
    pub relation: Relation,
}

/// What the user typed in the member form, before validation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemberInput {
    pub name: String,
    pub kana: String,
    pub birth_date: String,
    pub relation: String,
}

impl From<&Member> for MemberInput {
    /// The stored values as form input, to edit or export them.
    fn from(member: &Member) -> Self {
        MemberInput {
            name: member.name.clone(),
            kana: member.kana.clone(),
            birth_date: member.birth_date.to_string(),
            relation: member.relation.code().to_string(),
        }
    }
}

/// A member's data after validation, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidMember {
    pub name: String,
    pub kana: String,
    pub birth_date: NaiveDate,
    pub relation: Relation,
}

impl MemberInput {
    /// Checks every field and reports all problems at once, so a form can mark each.
    pub fn validate(&self, today: NaiveDate) -> Result<ValidMember> {
        let mut errors = FieldErrors::default();
        let name = errors.check(Field::Name, parse_name(&self.name));
        let kana = errors.check(Field::Kana, parse_kana(&self.kana));
        let birth_date = errors.check(Field::BirthDate, parse_birth_date(&self.birth_date, today));
        let relation = errors.check(Field::Relation, parse_relation(&self.relation));
        match (name, kana, birth_date, relation) {
            (Some(name), Some(kana), Some(birth_date), Some(relation)) => Ok(ValidMember {
                name,
                kana,
                birth_date,
                relation,
            }),
            _ => Err(Error::Invalid(errors.0)),
        }
    }
}

fn parse_name(text: &str) -> std::result::Result<String, Problem> {
    let name = collapse_spaces(text);
    refuse_in(&name)?;
    if name.is_empty() {
        Err(Problem::Required)
    } else if name.chars().count() > NAME_MAX_CHARS as usize {
        Err(Problem::TooLong {
            max: NAME_MAX_CHARS,
        })
    } else {
        refuse_my_number(&name)?;
        Ok(name)
    }
}

fn parse_kana(text: &str) -> std::result::Result<String, Problem> {
    let kana = normalise_kana(text);
    refuse_in(&kana)?;
    if kana.is_empty() {
        Err(Problem::Required)
    } else if !kana.chars().all(is_katakana_or_space) {
        Err(Problem::NotKatakana)
    } else if kana.chars().count() > NAME_MAX_CHARS as usize {
        Err(Problem::TooLong {
            max: NAME_MAX_CHARS,
        })
    } else {
        Ok(kana)
    }
}

fn parse_birth_date(text: &str, today: NaiveDate) -> std::result::Result<NaiveDate, Problem> {
    let date = parse_date(text)?.date;
    if date > today {
        Err(Problem::DateInFuture)
    } else {
        Ok(date)
    }
}

fn parse_relation(text: &str) -> std::result::Result<Relation, Problem> {
    if text.trim().is_empty() {
        Err(Problem::Required)
    } else {
        Relation::parse(text).ok_or(Problem::UnknownChoice)
    }
}

/// A member as the UI shows it: the stored data plus display text from the core.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemberView {
    #[serde(flatten)]
    #[ts(flatten)]
    pub member: Member,
    /// e.g. `昭和55年1月2日 (1980-01-02)`.
    pub birth_date_label: String,
    pub relation_label: String,
    /// Age in whole years on the day the view was made.
    pub age: u32,
    /// The current qualification first, then history, newest first.
    pub qualifications: Vec<QualificationView>,
}

impl MemberView {
    pub fn new(
        member: Member,
        qualifications: Vec<Qualification>,
        locale: Locale,
        today: NaiveDate,
    ) -> Self {
        let lang = locale.lang;
        MemberView {
            birth_date_label: format_both(member.birth_date, locale),
            relation_label: member.relation.label(lang).to_string(),
            age: age_on(member.birth_date, today),
            qualifications: qualifications
                .into_iter()
                .map(|q| QualificationView::new(q, locale))
                .collect(),
            member,
        }
    }
}

/// Age in whole years: one more year on each birthday.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> u32 {
    use chrono::Datelike;
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age.max(0) as u32
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Half-width katakana becomes full-width (NFKC), hiragana becomes katakana, and
/// spaces are collapsed, so `ﾔﾏﾀﾞ　たろう` is stored as `ヤマダ タロウ`.
fn normalise_kana(text: &str) -> String {
    let folded: String = text
        .nfkc()
        .map(|c| match c {
            'ぁ'..='ゖ' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
            _ => c,
        })
        .collect();
    collapse_spaces(&folded)
}

fn is_katakana_or_space(c: char) -> bool {
    matches!(c, 'ァ'..='ヺ' | 'ー' | '・' | 'ヽ' | 'ヾ' | ' ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::FieldError;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn input(name: &str, kana: &str, birth: &str, relation: &str) -> MemberInput {
        MemberInput {
            name: name.into(),
            kana: kana.into(),
            birth_date: birth.into(),
            relation: relation.into(),
        }
    }

    #[test]
    fn accepts_a_member_typed_with_hiragana_and_half_width_kana() {
        let member = input(" 山田　太郎 ", "ﾔﾏﾀﾞ　たろう", "１９８０-01-02", "本人")
            .validate(today())
            .unwrap();
        assert_eq!(member.name, "山田 太郎");
        assert_eq!(member.kana, "ヤマダ タロウ");
        assert_eq!(
            member.birth_date,
            NaiveDate::from_ymd_opt(1980, 1, 2).unwrap()
        );
        assert_eq!(member.relation, Relation::SelfInsured);
    }

    #[test]
    fn a_name_or_kana_with_a_control_or_bidi_character_is_refused_by_code_point() {
        for (name, kana, field, named) in [
            ("山田\u{1B}[2J太郎", "ヤマダ タロウ", Field::Name, "U+001B"),
            ("山田 太郎\u{7}", "ヤマダ タロウ", Field::Name, "U+0007"),
            ("\u{202E}山田 太郎", "ヤマダ タロウ", Field::Name, "U+202E"),
            ("山田\u{0}太郎", "ヤマダ タロウ", Field::Name, "U+0000"),
            ("山田 太郎\u{2066}", "ヤマダ タロウ", Field::Name, "U+2066"),
            ("山田 太郎", "ヤマダ\u{200E} タロウ", Field::Kana, "U+200E"),
        ] {
            let error = input(name, kana, "1980-01-02", "self")
                .validate(today())
                .unwrap_err();
            let problem = Problem::ControlCharacter {
                codepoint: named.into(),
            };
            assert_eq!(
                error.field_errors(),
                &[FieldError::new(field, problem.clone())],
                "{named}"
            );
            // The message names the field and the code point, never the character.
            for lang in [Lang::Ja, Lang::En] {
                let message =
                    FieldError::new(field, problem.clone()).message(crate::Locale::natural(lang));
                assert!(message.contains(named), "{message}");
                assert!(message.contains(field.label(lang)), "{message}");
                assert!(!message.chars().any(crate::invisible::is_refused));
            }
        }
    }

    #[test]
    fn names_with_joiners_and_variation_selectors_are_kept_as_typed() {
        for name in [
            "葛\u{E0100}城 太郎",
            "辻\u{E0101} 花子",
            "山田 ❤\u{FE0F}",
            "👨\u{200D}👩\u{200D}👧 山田",
        ] {
            let member = input(name, "ヤマダ タロウ", "1980-01-02", "self")
                .validate(today())
                .unwrap();
            assert_eq!(member.name, name);
        }
    }

    #[test]
    fn reports_every_bad_field_at_once() {
        let error = input("", "Yamada", "2030-01-01", "cousin")
            .validate(today())
            .unwrap_err();
        let fields: Vec<_> = error
            .field_errors()
            .iter()
            .map(|e| (e.field, e.problem.clone()))
            .collect();
        assert_eq!(
            fields,
            vec![
                (Field::Name, Problem::Required),
                (Field::Kana, Problem::NotKatakana),
                (Field::BirthDate, Problem::DateInFuture),
                (Field::Relation, Problem::UnknownChoice),
            ]
        );
    }

    #[test]
    fn messages_name_the_field_in_both_languages() {
        let error = input("山田", "ヤマダ", "2025-02-30", "子")
            .validate(today())
            .unwrap_err();
        assert!(error
            .message(crate::Locale::natural(Lang::Ja))
            .starts_with("生年月日の日付が存在しません"));
        assert!(error
            .message(crate::Locale::natural(Lang::En))
            .starts_with("Date of birth does not exist"));
    }

    #[test]
    fn age_goes_up_on_the_birthday() {
        let birth = NaiveDate::from_ymd_opt(1980, 6, 15).unwrap();
        assert_eq!(
            age_on(birth, NaiveDate::from_ymd_opt(2026, 6, 14).unwrap()),
            45
        );
        assert_eq!(
            age_on(birth, NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()),
            46
        );
    }
}
