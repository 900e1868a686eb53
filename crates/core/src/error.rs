//! The one error type of the core, and its wording for users.
//!
//! Messages name the field, say what is wrong and how to fix it. They never contain
//! the rejected value itself (it may be personal data), only the field and the rule.

use serde::Serialize;
use ts_rs::TS;

use crate::i18n::Lang;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A form field the user fills in. Its label is shown in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    Name,
    Kana,
    BirthDate,
    Relation,
}

impl Field {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Field::Name => lang.pick("氏名", "Name"),
            Field::Kana => lang.pick("フリガナ", "Name in katakana (フリガナ)"),
            Field::BirthDate => lang.pick("生年月日", "Date of birth"),
            Field::Relation => lang.pick("続柄", "Relationship"),
        }
    }

    /// A correct value to show as an example in messages.
    pub fn example(self, lang: Lang) -> &'static str {
        match self {
            Field::Name => "山田 太郎",
            Field::Kana => "ヤマダ タロウ",
            Field::BirthDate => "1980-01-02 / 昭和55年1月2日",
            Field::Relation => lang.pick(
                "本人・配偶者・子・父母・その他",
                "self, spouse, child, parent, other",
            ),
        }
    }
}

/// What is wrong with a field's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Problem {
    Required,
    TooLong { max: u32 },
    NotKatakana,
    DateUnreadable,
    DateNotInCalendar,
    DateInFuture,
    DateTooEarly,
    UnknownChoice,
}

/// A problem with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: Field, problem: Problem) -> Self {
        FieldError { field, problem }
    }

    pub fn message(&self, lang: Lang) -> String {
        let label = self.field.label(lang);
        let example = self.field.example(lang);
        match (&self.problem, lang) {
            (Problem::Required, Lang::Ja) => format!("{label}を入力してください（例: {example}）。"),
            (Problem::Required, Lang::En) => format!("{label} is required (e.g. {example})."),
            (Problem::TooLong { max }, Lang::Ja) => {
                format!("{label}が長すぎます。{max}文字以内で入力してください。")
            }
            (Problem::TooLong { max }, Lang::En) => {
                format!("{label} is too long. Use at most {max} characters.")
            }
            (Problem::NotKatakana, Lang::Ja) => {
                format!("{label}はカタカナで入力してください（例: {example}）。")
            }
            (Problem::NotKatakana, Lang::En) => {
                format!("{label} must be written in katakana (e.g. {example}).")
            }
            (Problem::DateUnreadable, Lang::Ja) => format!(
                "{label}を日付として読み取れません。西暦か和暦で入力してください（例: {example}）。"
            ),
            (Problem::DateUnreadable, Lang::En) => format!(
                "{label} is not a date the app can read. Use the Western or Japanese calendar (e.g. {example})."
            ),
            (Problem::DateNotInCalendar, Lang::Ja) => {
                format!("{label}の日付が存在しません。月と日を確かめてください（例: {example}）。")
            }
            (Problem::DateNotInCalendar, Lang::En) => {
                format!("{label} does not exist in the calendar. Check the month and day (e.g. {example}).")
            }
            (Problem::DateInFuture, Lang::Ja) => {
                format!("{label}が未来の日付になっています。今日以前の日付を入力してください。")
            }
            (Problem::DateInFuture, Lang::En) => {
                format!("{label} is in the future. Enter a date no later than today.")
            }
            (Problem::DateTooEarly, Lang::Ja) => {
                format!("{label}が古すぎます。1873年（明治6年）1月1日以降の日付を入力してください。")
            }
            (Problem::DateTooEarly, Lang::En) => {
                format!("{label} is too early. Enter a date from 1873-01-01 (Meiji 6) on.")
            }
            (Problem::UnknownChoice, Lang::Ja) => format!("{label}は次から選んでください: {example}。"),
            (Problem::UnknownChoice, Lang::En) => format!("{label} must be one of: {example}."),
        }
    }
}

/// Why a database file could not be opened. In every case the file is left untouched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum OpenProblem {
    /// Not an SQLite file at all (random bytes, a truncated header, another format).
    NotADatabase,
    /// An SQLite database, but another application's.
    ForeignDatabase,
    /// Written by a newer version of hoken-techo.
    NewerVersion { found: u32, supported: u32 },
    /// The file or its folder could not be read or created.
    Unreadable,
}

/// The core's error. Each variant knows its user-facing message in both languages.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid input in {} field(s)", .0.len())]
    Invalid(Vec<FieldError>),
    #[error("member {0} not found")]
    MemberNotFound(i64),
    #[error("cannot open the database: {0:?}")]
    Open(OpenProblem),
    #[error("database error: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("migration error: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    pub fn invalid(field: Field, problem: Problem) -> Self {
        Error::Invalid(vec![FieldError::new(field, problem)])
    }

    /// A short, stable code the UI and scripts can act on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "invalid",
            Error::MemberNotFound(_) => "notFound",
            Error::Open(_) => "cannotOpen",
            Error::Storage(_) | Error::Migration(_) | Error::Io(_) => "storage",
        }
    }

    /// The message for the user. Storage errors are summarised: SQLite's own text may
    /// quote data, so it is never shown.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Error::Invalid(errors) => errors
                .iter()
                .map(|error| error.message(lang))
                .collect::<Vec<_>>()
                .join("\n"),
            Error::MemberNotFound(id) => match lang {
                Lang::Ja => format!("番号{id}の家族は登録されていません。一覧で番号を確かめてください。"),
                Lang::En => format!("There is no household member with ID {id}. Check the ID in the list."),
            },
            Error::Open(problem) => open_message(problem, lang),
            Error::Storage(_) | Error::Migration(_) | Error::Io(_) => lang
                .pick(
                    "データベースの読み書きに失敗しました。変更は保存されていません。もう一度お試しください。",
                    "Reading or writing the database failed. Nothing was changed. Please try again.",
                )
                .to_string(),
        }
    }

    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            Error::Invalid(errors) => errors,
            _ => &[],
        }
    }
}

fn open_message(problem: &OpenProblem, lang: Lang) -> String {
    match (problem, lang) {
        (OpenProblem::NotADatabase, Lang::Ja) => "このファイルは保険手帳のデータベースではないか、壊れています。ファイルはそのまま残してあります。別のファイルを選ぶか、バックアップから復元してください。".into(),
        (OpenProblem::NotADatabase, Lang::En) => "This file is not a hoken-techo database, or it is damaged. It has been left as it is. Choose another file or restore from a backup.".into(),
        (OpenProblem::ForeignDatabase, Lang::Ja) => "このファイルは別のアプリのデータベースです。上書きしないよう、開かずにそのまま残しました。保険手帳のファイルを指定してください。".into(),
        (OpenProblem::ForeignDatabase, Lang::En) => "This file is another application's database. It was not opened, so it stays unchanged. Point hoken-techo at its own file.".into(),
        (OpenProblem::NewerVersion { found, supported }, Lang::Ja) => format!("このデータベースは新しいバージョンの保険手帳で作られています（形式 {found}、このアプリは {supported} まで）。ファイルは変更していません。アプリを更新してください。"),
        (OpenProblem::NewerVersion { found, supported }, Lang::En) => format!("This database was written by a newer version of hoken-techo (format {found}; this version reads up to {supported}). The file was not changed. Please update the app."),
        (OpenProblem::Unreadable, Lang::Ja) => "データベースのファイルを読み込めません。場所と権限を確かめてください。".into(),
        (OpenProblem::Unreadable, Lang::En) => "The database file cannot be read. Check its location and permissions.".into(),
    }
}

/// An error as the UI and `--json` scripts receive it: a stable code, the message in
/// the user's language, and the message for each field that needs fixing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ErrorReport {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldMessage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldMessage {
    pub field: Field,
    pub message: String,
}

impl Error {
    pub fn report(&self, lang: Lang) -> ErrorReport {
        ErrorReport {
            code: self.code().to_string(),
            message: self.message(lang),
            fields: self
                .field_errors()
                .iter()
                .map(|error| FieldMessage {
                    field: error.field,
                    message: error.message(lang),
                })
                .collect(),
        }
    }
}
