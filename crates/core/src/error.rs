//! The one error type of the core, and its wording for users.
//!
//! Messages name the field, say what is wrong and how to fix it. They never contain
//! the rejected value itself (it may be personal data), only the field and the rule.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::i18n::{Lang, Locale};
use crate::wareki::format_both;

mod card;
mod kind;
mod safety;
pub use card::CardProblem;
pub use kind::ErrorKind;
pub use safety::{
    BackupProblem, EncryptionProblem, ImportError, ImportProblem, JsonKind, ValuesError,
    ValuesProblem,
};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A form field the user fills in. Its label is shown in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    Name,
    Kana,
    BirthDate,
    Relation,
    // The qualification (資格) form, in the order of 資格情報のお知らせ.
    InsurerNumber,
    InsurerName,
    Symbol,
    Number,
    Branch,
    Role,
    AcquiredDate,
    LostDate,
    Burden,
    MyNumberLast4,
    Memo,
    // The document form (DOMAIN §1): one row per member and kind.
    DocumentKind,
    Held,
    IssuedDate,
    ExpiryDate,
    RegistrationStatus,
    /// The date the status is asked for (`status --on`).
    StatusDate,
    // Reminders.
    ReminderKind,
    /// How many days before (after) its date a kind of reminder fires.
    LeadDays,
    /// The last day upcoming reminders are listed for (`reminders --until`).
    UntilDate,
    /// The passphrase that encrypts the database and its backups.
    Passphrase,
}

impl Field {
    pub const ALL: [Field; 25] = [
        Field::Name,
        Field::Kana,
        Field::BirthDate,
        Field::Relation,
        Field::InsurerNumber,
        Field::InsurerName,
        Field::Symbol,
        Field::Number,
        Field::Branch,
        Field::Role,
        Field::AcquiredDate,
        Field::LostDate,
        Field::Burden,
        Field::MyNumberLast4,
        Field::Memo,
        Field::DocumentKind,
        Field::Held,
        Field::IssuedDate,
        Field::ExpiryDate,
        Field::RegistrationStatus,
        Field::StatusDate,
        Field::ReminderKind,
        Field::LeadDays,
        Field::UntilDate,
        Field::Passphrase,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Field::Name => lang.pick("氏名", "Name"),
            Field::Kana => lang.pick("フリガナ", "Name in katakana (フリガナ)"),
            Field::BirthDate => lang.pick("生年月日", "Date of birth"),
            Field::Relation => lang.pick("続柄", "Relationship"),
            Field::InsurerNumber => lang.pick("保険者番号", "Insurer number (保険者番号)"),
            Field::InsurerName => lang.pick("保険者名称", "Insurer name (保険者名称)"),
            Field::Symbol => lang.pick("記号", "Symbol (記号)"),
            Field::Number => lang.pick("番号", "Number (番号)"),
            Field::Branch => lang.pick("枝番", "Branch number (枝番)"),
            Field::Role => lang.pick("本人・家族の別", "Insured person or dependant (本人・家族)"),
            Field::AcquiredDate => {
                lang.pick("資格取得年月日", "Date coverage began (資格取得年月日)")
            }
            Field::LostDate => lang.pick("資格喪失年月日", "Date coverage ended (資格喪失年月日)"),
            Field::Burden => lang.pick("負担割合", "Co-payment share (負担割合)"),
            Field::MyNumberLast4 => {
                lang.pick("マイナンバー下4桁", "Last 4 digits of the My Number")
            }
            Field::Memo => lang.pick("メモ", "Memo"),
            Field::DocumentKind => lang.pick("書類の種類", "Document type"),
            Field::Held => lang.pick("持っているかどうか", "Whether you have it"),
            // For 健康保険証利用登録 the same field holds the day it was done.
            Field::IssuedDate => lang.pick(
                "発行日（利用登録は登録日）",
                "Issue date (for the registration: the day it was done)",
            ),
            Field::ExpiryDate => lang.pick("有効期限", "Expiry date"),
            Field::RegistrationStatus => lang.pick(
                "健康保険証利用登録の状況",
                "Health-insurance registration status",
            ),
            Field::StatusDate => lang.pick("状況を確かめる日", "Date to check"),
            Field::ReminderKind => lang.pick("通知の種類", "Reminder kind"),
            Field::LeadDays => lang.pick("知らせる日数", "Lead time in days"),
            Field::UntilDate => lang.pick("表示する期間の終わり", "Show reminders until"),
            Field::Passphrase => lang.pick("パスフレーズ", "Passphrase"),
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
            // A real, valid number (協会けんぽ 東京支部): every insurer-number message
            // can show it as a value that passes the check digit.
            Field::InsurerNumber => "01130012",
            // Names are typed as printed, so the example stays Japanese in English too.
            Field::InsurerName => "全国健康保険協会 東京支部",
            Field::Symbol => "12345678",
            Field::Number => "123",
            Field::Branch => "01",
            Field::Role => lang.pick(
                "本人（被保険者）・家族（被扶養者）",
                "insured person (本人), dependant (家族)",
            ),
            Field::AcquiredDate => "2025-04-01 / 令和7年4月1日",
            // 資格喪失日 is the day after the last insured day, hence the 1st of a month.
            Field::LostDate => "2026-04-01 / 令和8年4月1日",
            Field::Burden => lang.pick("1割・2割・3割", "10%, 20% or 30% (1割・2割・3割)"),
            Field::MyNumberLast4 => "1234",
            Field::Memo => lang.pick("勤務先が変わったため", "changed jobs"),
            Field::DocumentKind => lang.pick(
                "card（マイナンバーカード）・ecert-auth（利用者証明用電子証明書）・ecert-sign（署名用電子証明書）・phone（スマホ用電子証明書）・registration（健康保険証利用登録）・kakuninsho（資格確認書）・koureisha（高齢受給者証）・legacy-card（従来の保険証）・zairyu（在留期間）",
                "card, ecert-auth, ecert-sign, phone, registration, kakuninsho, koureisha, legacy-card, zairyu",
            ),
            Field::Held => lang.pick(
                "持っている（held）・持っていない（not-held）・わからない（unknown）",
                "held, not-held, unknown",
            ),
            Field::IssuedDate => "2020-03-10 / 令和2年3月10日",
            Field::ExpiryDate => "2029-06-15 / 令和11年6月15日",
            Field::RegistrationStatus => lang.pick(
                "済み（done）・未登録（not-done）・わからない（unknown）",
                "done, not-done, unknown",
            ),
            Field::StatusDate => "2026-12-01 / 令和8年12月1日",
            // The codes, as the CLI takes them (the app offers a list).
            Field::ReminderKind => "renewal-opens, expiry-first-notice, expiry-last-notice, expiry-day, grace-ends, paper-expires, residence-ends, turning-70, turning-75, dependant-loses-cover, qualification-check",
            Field::LeadDays => "30",
            Field::UntilDate => "2027-12-31 / 令和9年12月31日",
            // Never a real-looking passphrase: people copy examples.
            Field::Passphrase => lang.pick(
                "覚えやすく推測されにくい、いくつかの単語を並べた文",
                "a few words that are easy to remember and hard to guess",
            ),
        }
    }
}

/// What is wrong with a field's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Problem {
    Required,
    TooLong {
        max: u32,
    },
    NotKatakana,
    DateUnreadable,
    DateNotInCalendar,
    DateInFuture,
    DateTooEarly,
    /// An era date before that era began (令和元年4月30日): 令和 starts on 2019-05-01.
    /// Carries the era's first day so the message can say when the era begins.
    DateBeforeEra {
        era_starts: NaiveDate,
    },
    UnknownChoice,
    /// Only digits are allowed (after folding full-width digits and removing spaces).
    NotDigits,
    /// The number of digits is wrong; `expected` lists the allowed counts, most usual first.
    WrongLength {
        expected: Vec<u8>,
    },
    /// The 都道府県番号 inside an insurer number is not 01–47.
    UnknownPrefecture,
    /// The 検証番号 (last digit) of an insurer number does not match the other digits.
    CheckDigitMismatch,
    /// A 記号 may only hold digits, kana, kanji, latin letters and hyphens.
    NotSymbolCharacters,
    /// A full 12-digit My Number was entered; the app never stores it (DOMAIN §11).
    FullMyNumberRefused,
    /// 資格喪失日 on or before 資格取得日.
    LostNotAfterAcquired,
    /// A value for a field this kind of document does not have (an expiry date for the
    /// 健康保険証利用登録, a registration status for a card).
    NotForThisKind,
    /// A date for a document marked as not held.
    DatesWhenNotHeld,
    /// 有効期限 on or before the 発行日.
    ExpiryNotAfterIssue,
    /// A number outside `min..=max`.
    OutOfRange {
        min: u32,
        max: u32,
    },
    /// A new expiry for a reminder that does not replace a document's expiry.
    NotForThisReminder,
    /// A renewed document's new expiry on or before the one it replaces.
    ExpiryNotAfterPrevious,
    /// Shorter than the minimum (a passphrase).
    TooShort {
        min: u32,
    },
    /// A free-text field holds what looks like a full 12-digit My Number (DOMAIN §11).
    ContainsMyNumber,
    /// A control or format character (ESC, BEL, NUL, U+202E …), named by its code point
    /// (`U+202E`), never shown itself (see `invisible.rs`).
    ControlCharacter {
        codepoint: String,
    },
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

    /// The message in the reader's language; a bare `Lang` writes dates in that
    /// language's habitual order.
    pub fn message(&self, locale: Locale) -> String {
        let lang = locale.lang;
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
            (Problem::DateBeforeEra { era_starts }, Lang::Ja) => format!(
                "{label}が、入力した元号の始まる前の日付になっています。この元号は{}に始まりました。元号と年を確かめてください（例: {example}）。",
                format_both(*era_starts, locale)
            ),
            (Problem::DateBeforeEra { era_starts }, Lang::En) => format!(
                "{label} is before the start of the era it is written in (that era began on {}). Check the era and the year (e.g. {example}).",
                format_both(*era_starts, locale)
            ),
            (Problem::UnknownChoice, Lang::Ja) => format!("{label}は次から選んでください: {example}。"),
            (Problem::UnknownChoice, Lang::En) => format!("{label} must be one of: {example}."),
            (Problem::NotDigits, Lang::Ja) => {
                format!("{label}は数字だけで入力してください（例: {example}）。")
            }
            (Problem::NotDigits, Lang::En) => {
                format!("{label} must contain digits only (e.g. {example}).")
            }
            (Problem::WrongLength { expected }, Lang::Ja) => {
                let counts = digit_counts(expected, lang);
                format!("{label}は{counts}の数字で入力してください（例: {example}）。")
            }
            (Problem::WrongLength { expected }, Lang::En) => {
                let counts = digit_counts(expected, lang);
                format!("{label} must be {counts} long (e.g. {example}).")
            }
            (Problem::UnknownPrefecture, Lang::Ja) => format!(
                "{label}の都道府県番号（国民健康保険は先頭の2桁、それ以外は3〜4桁目）が01〜47ではありません。番号を確かめてください（例: {example}）。"
            ),
            (Problem::UnknownPrefecture, Lang::En) => format!(
                "{label} has no valid prefecture code: digits 3–4 (the first 2 for National Health Insurance) must be 01–47. Check the number (e.g. {example})."
            ),
            (Problem::CheckDigitMismatch, Lang::Ja) => format!(
                "{label}の検証番号（最後の1桁）が、ほかの桁から計算した値と一致しません。入力の誤りの可能性があります。保険証や資格情報のお知らせと見比べてください（正しい番号の例: {example}）。"
            ),
            (Problem::CheckDigitMismatch, Lang::En) => format!(
                "The check digit (last digit) of the {} does not match the other digits, so a typo is likely. Compare it with your card or notice (example of a valid number: {example}).",
                label.to_lowercase()
            ),
            (Problem::NotSymbolCharacters, Lang::Ja) => format!(
                "{label}に使えない文字が含まれています。数字・かな・漢字・英字・ハイフンで入力してください（例: {example}）。"
            ),
            (Problem::NotSymbolCharacters, Lang::En) => format!(
                "{label} contains characters that cannot be used. Use digits, kana, kanji, latin letters and hyphens (e.g. {example})."
            ),
            (Problem::FullMyNumberRefused, Lang::Ja) => format!(
                "このアプリはマイナンバー（12桁）の全桁を保存しません。{label}だけを入力してください（例: {example}）。"
            ),
            (Problem::FullMyNumberRefused, Lang::En) => format!(
                "This app never stores the full 12-digit My Number. Enter only the last 4 digits (e.g. {example})."
            ),
            (Problem::LostNotAfterAcquired, Lang::Ja) => format!(
                "{label}は資格取得年月日より後の日付にしてください（例: {example}）。"
            ),
            (Problem::LostNotAfterAcquired, Lang::En) => format!(
                "{label} must be later than the date the qualification began (e.g. {example})."
            ),
            (Problem::NotForThisKind, Lang::Ja) => format!(
                "{label}は、この種類の書類には入力しません。空欄にしてください（{label}を入力するのは{}です。例: {example}）。",
                used_by(self.field, lang)
            ),
            (Problem::NotForThisKind, Lang::En) => format!(
                "{label} does not apply to this kind of document: leave it empty ({label} is for {}, e.g. {example}).",
                used_by(self.field, lang)
            ),
            (Problem::DatesWhenNotHeld, Lang::Ja) => format!(
                "{label}は、持っていない書類には入力できません。お持ちの場合は「持っていない」の指定を外してください（例: {example}）。"
            ),
            (Problem::DatesWhenNotHeld, Lang::En) => format!(
                "{label} cannot be given for a document marked as not held. If you have it, remove “not held” (e.g. {example})."
            ),
            (Problem::ExpiryNotAfterIssue, Lang::Ja) => format!(
                "{label}は発行日より後の日付にしてください（例: {example}）。"
            ),
            (Problem::ExpiryNotAfterIssue, Lang::En) => format!(
                "{label} must be later than the issue date (e.g. {example})."
            ),
            (Problem::OutOfRange { min, max }, Lang::Ja) => format!(
                "{label}は{min}から{max}までの数で入力してください（例: {example}）。"
            ),
            (Problem::OutOfRange { min, max }, Lang::En) => format!(
                "{label} must be a number from {min} to {max} (e.g. {example})."
            ),
            (Problem::NotForThisReminder, Lang::Ja) => format!(
                "{label}は、この通知では入力できません。空欄のまま対応済みにしてください。マイナンバーカードを新しくした場合は、書類の画面で新しいカードの発行日を入力してください。"
            ),
            (Problem::NotForThisReminder, Lang::En) => format!(
                "{label} cannot be given for this reminder: leave it empty. If you got a new My Number Card, enter its issue date on the documents screen instead."
            ),
            (Problem::ExpiryNotAfterPrevious, Lang::Ja) => format!(
                "{label}は、更新前の有効期限より後の日付にしてください（例: {example}）。"
            ),
            (Problem::ExpiryNotAfterPrevious, Lang::En) => format!(
                "{label} must be later than the expiry it replaces (e.g. {example})."
            ),
            (Problem::TooShort { min }, Lang::Ja) => {
                format!("{label}が短すぎます。{min}文字以上にしてください（例: {example}）。")
            }
            (Problem::TooShort { min }, Lang::En) => {
                format!("{label} is too short. Use at least {min} characters ({example}).")
            }
            (Problem::ContainsMyNumber, Lang::Ja) => format!(
                "{label}にマイナンバー（12桁）と思われる数字が含まれています。このアプリはマイナンバーを保存しません。その数字を消してください。"
            ),
            (Problem::ContainsMyNumber, Lang::En) => format!(
                "{label} contains what looks like a full 12-digit My Number. This app never stores it: remove that number."
            ),
            (Problem::ControlCharacter { codepoint }, Lang::Ja) => format!(
                "{label}に、画面に表示されない制御文字（{codepoint}）が含まれています。その文字を削除してから、もう一度入力してください。"
            ),
            (Problem::ControlCharacter { codepoint }, Lang::En) => format!(
                "{label} contains an invisible control character ({codepoint}). Delete it and enter the value again."
            ),
        }
    }
}

/// Which documents a document field is for, for [`Problem::NotForThisKind`].
fn used_by(field: Field, lang: Lang) -> &'static str {
    match field {
        Field::RegistrationStatus => lang.pick(
            "健康保険証利用登録だけ",
            "the health-insurance registration only",
        ),
        Field::ExpiryDate => lang.pick(
            "健康保険証利用登録以外の書類",
            "every document except the health-insurance registration",
        ),
        Field::IssuedDate => lang.pick(
            "在留期間以外の書類",
            "every document except the residence period",
        ),
        _ => lang.pick("ほかの種類の書類", "other kinds of document"),
    }
}

/// The allowed digit counts in words: `[8, 6]` → `8桁または6桁` / `8 or 6 digits`.
fn digit_counts(counts: &[u8], lang: Lang) -> String {
    let numbers = counts.iter().map(u8::to_string);
    match lang {
        // Japanese repeats the unit after each count; English says it once at the end.
        Lang::Ja => numbers
            .map(|n| format!("{n}桁"))
            .collect::<Vec<_>>()
            .join("または"),
        Lang::En => format!("{} digits", numbers.collect::<Vec<_>>().join(" or ")),
    }
}

/// Collects every field's problem, so a form can mark all of them at once.
#[derive(Default)]
pub(crate) struct FieldErrors(pub(crate) Vec<FieldError>);

impl FieldErrors {
    pub(crate) fn check<T>(
        &mut self,
        field: Field,
        result: std::result::Result<T, Problem>,
    ) -> Option<T> {
        result
            .map_err(|problem| self.0.push(FieldError::new(field, problem)))
            .ok()
    }
}

/// An optional field: empty means "not given", anything else must parse.
pub(crate) fn optional<T>(
    text: &str,
    parse: impl Fn(&str) -> std::result::Result<T, Problem>,
) -> std::result::Result<Option<T>, Problem> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse(text).map(Some)
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
    /// Ours, but SQLite's integrity check fails (a damaged page, a truncated file).
    Damaged,
    /// Encrypted (its `-encrypted` marker says so) and no passphrase was given.
    NeedsPassphrase,
    /// The passphrase does not open the file (or the encrypted file is damaged: the
    /// two cannot be told apart without the right key).
    WrongPassphrase,
    /// Not a path to a file: empty, or `:memory:` (SQLite would keep nothing on disk).
    NotAFilePath,
    /// A symbolic link or a special file (a device, a pipe, a folder) where the database
    /// belongs: refused before anything is created or given new permissions.
    NotAFile,
    /// The file (or none yet) is fine, but it or its folder cannot be written: SQLite
    /// needs to create its `-wal` and `-shm` files next to the database.
    NotWritable,
}

/// The core's error. Each variant knows its user-facing message in both languages.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid input in {} field(s)", .0.len())]
    Invalid(Vec<FieldError>),
    #[error("member {0} not found")]
    MemberNotFound(i64),
    #[error("qualification {0} not found")]
    QualificationNotFound(i64),
    /// Same 氏名 and 生年月日 as an existing member.
    #[error("duplicate member (existing {existing_id})")]
    DuplicateMember { existing_id: i64 },
    /// Same 保険者番号・記号・番号・枝番 as an existing qualification.
    #[error("duplicate qualification (existing {existing_id})")]
    DuplicateQualification { existing_id: i64 },
    /// A new current qualification while another is current: the old one must be ended.
    #[error("member already has current qualification {current_id}")]
    CurrentQualificationExists { current_id: i64 },
    /// The database was not opened; `latest_backup` names the newest backup that passed
    /// its own check, to restore from.
    #[error("cannot open the database: {problem:?}")]
    Open {
        problem: OpenProblem,
        latest_backup: Option<String>,
    },
    /// Another program (the app, another command) has the database open.
    #[error("the database is in use")]
    InUse,
    #[error("backup: {0:?}")]
    Backup(BackupProblem),
    #[error("encryption: {0:?}")]
    Encryption(EncryptionProblem),
    #[error("import: {0:?}")]
    Import(ImportError),
    /// The export file could not be written where the user asked.
    #[error("the export file could not be written")]
    ExportNotWritten,
    #[error("database error: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("migration error: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot make the PDF: {0:?}")]
    Pdf(PdfProblem),
    /// The reminder's ID is not in the schedule (its document changed, or a typo).
    #[error("reminder not found")]
    ReminderNotFound,
    #[error("cannot write the calendar file")]
    CalendarNotWritten,
    /// The command did its work, but its result could not be written to standard output
    /// (a full disk, a closed file); a closed pipe (`| head`) is not this.
    #[error("standard output could not be written")]
    OutputNotWritten { disk_full: bool },
    /// The demo household is only loaded into an empty one, so that removing it can
    /// never touch the household's own members.
    #[error("the household is not empty")]
    HouseholdNotEmpty,
    /// The file to replace is open in another program, and the system refuses to replace
    /// it (Windows does, for a PDF open in a viewer). The old file is as it was.
    #[error("the file is open in another program")]
    HeldOpen(UserFile),
    /// The JSON a command reads its values from (`--from-json`) is refused as a whole.
    #[error("values input: {0:?}")]
    Values(ValuesError),
    /// A command-line argument is not UTF-8 text; `argument` names its option (`--name`)
    /// or positional (`ID`) when known. Never the value.
    #[error("an argument is not UTF-8 text")]
    ArgumentNotText { argument: Option<String> },
    /// Reading the My Number Card, or saving what was read (`crates/card`).
    #[error("card: {0:?}")]
    Card(CardProblem),
}

/// A file the user saves where they choose, for "close it and try again".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserFile {
    Pdf,
    Calendar,
    Export,
}

impl UserFile {
    /// The error for a failed write of this file: "held open" when another program holds
    /// it (`files::is_held_open`), else `otherwise`.
    pub fn write_error(self, error: &std::io::Error, otherwise: Error) -> Error {
        if crate::files::is_held_open(error) {
            Error::HeldOpen(self)
        } else {
            otherwise
        }
    }
}

/// Why no PDF was made. In every case nothing is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfProblem {
    /// The embedded font has no glyph for `character`: drawing it would drop it silently.
    /// `field` is `None` for the form's own wording (a bug the PDF tests catch).
    CharacterNotInFont {
        field: Option<Field>,
        character: char,
    },
    /// The member has no current qualification, so there is no notice to copy.
    NoCurrentQualification { member_id: i64 },
    /// No member at all, or none with a current qualification.
    NothingToPrint,
    /// The PDF file could not be written where the user asked.
    CannotWrite,
    /// The PDF was saved, but the system viewer could not be started.
    CannotOpen,
    /// The embedded font or the PDF writer failed (a bug).
    Internal,
}

impl Error {
    pub fn invalid(field: Field, problem: Problem) -> Self {
        Error::Invalid(vec![FieldError::new(field, problem)])
    }

    /// The file was not opened (the backup to restore, if any, is added by the store).
    pub fn open(problem: OpenProblem) -> Self {
        Error::Open {
            problem,
            latest_backup: None,
        }
    }

    /// A short, stable code the UI and scripts can act on.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid(_) => ErrorCode::Invalid,
            Error::MemberNotFound(_)
            | Error::QualificationNotFound(_)
            | Error::ReminderNotFound => ErrorCode::NotFound,
            Error::DuplicateMember { .. } | Error::DuplicateQualification { .. } => {
                ErrorCode::Duplicate
            }
            Error::CurrentQualificationExists { .. } => ErrorCode::CurrentExists,
            Error::Open {
                problem: OpenProblem::NeedsPassphrase,
                ..
            } => ErrorCode::NeedsPassphrase,
            Error::Open {
                problem: OpenProblem::WrongPassphrase,
                ..
            } => ErrorCode::WrongPassphrase,
            Error::Open { .. } => ErrorCode::CannotOpen,
            Error::InUse => ErrorCode::InUse,
            Error::Backup(_) => ErrorCode::Backup,
            Error::Encryption(_) => ErrorCode::Encryption,
            Error::Import(_) => ErrorCode::Import,
            Error::ExportNotWritten => ErrorCode::Export,
            Error::Storage(_) | Error::Migration(_) | Error::Io(_) if self.is_disk_full() => {
                ErrorCode::DiskFull
            }
            Error::Storage(_) | Error::Migration(_) | Error::Io(_) => ErrorCode::Storage,
            Error::Pdf(PdfProblem::CharacterNotInFont { .. }) => ErrorCode::UnprintableCharacter,
            Error::Pdf(PdfProblem::NoCurrentQualification { .. } | PdfProblem::NothingToPrint) => {
                ErrorCode::NothingToPrint
            }
            Error::Pdf(PdfProblem::CannotWrite | PdfProblem::CannotOpen | PdfProblem::Internal) => {
                ErrorCode::Pdf
            }
            Error::CalendarNotWritten => ErrorCode::Calendar,
            Error::OutputNotWritten { .. } => ErrorCode::OutputNotWritten,
            Error::HouseholdNotEmpty => ErrorCode::NotEmpty,
            Error::HeldOpen(_) => ErrorCode::FileInUse,
            Error::Values(_) => ErrorCode::ValuesInput,
            Error::ArgumentNotText { .. } => ErrorCode::ArgumentNotText,
            Error::Card(CardProblem::Cancelled) => ErrorCode::CardCancelled,
            Error::Card(CardProblem::NotThisMember { .. }) => ErrorCode::CardNotThisMember,
            Error::Card(_) => ErrorCode::Card,
        }
    }

    /// The message for the user. Storage errors are summarised: SQLite's own text may
    /// quote data, so it is never shown.
    pub fn message(&self, locale: Locale) -> String {
        let lang = locale.lang;
        match self {
            Error::Invalid(errors) => errors
                .iter()
                .map(|error| error.message(locale))
                .collect::<Vec<_>>()
                .join("\n"),
            Error::MemberNotFound(id) => match lang {
                Lang::Ja => format!("番号{id}の家族は登録されていません。一覧で番号を確かめてください。"),
                Lang::En => format!("There is no household member with ID {id}. Check the ID in the list."),
            },
            Error::QualificationNotFound(id) => match lang {
                Lang::Ja => format!("番号{id}の資格は登録されていません。一覧で番号を確かめてください。"),
                Lang::En => format!("There is no qualification with ID {id}. Check the ID in the list."),
            },
            Error::DuplicateMember { existing_id } => match lang {
                Lang::Ja => format!("同じ氏名と生年月日の家族がすでに登録されています（番号{existing_id}）。二重に登録していないか確かめてください。"),
                Lang::En => format!("A household member with the same name and date of birth already exists (ID {existing_id}). Check that this is not a second entry for the same person."),
            },
            Error::DuplicateQualification { existing_id } => match lang {
                Lang::Ja => format!("同じ保険者番号・記号・番号・枝番の資格がすでに登録されています（番号{existing_id}）。入力した内容を資格情報のお知らせと見比べてください。"),
                Lang::En => format!("A qualification with the same insurer number, symbol, number and branch number already exists (ID {existing_id}). Compare what you typed with the notice."),
            },
            Error::CurrentQualificationExists { current_id } => match lang {
                Lang::Ja => format!("この方には現在の資格（番号{current_id}、資格喪失日なし）がすでにあります。新しい資格を登録するには、前の資格を終了してください。"),
                Lang::En => format!("This person already has a current qualification (ID {current_id}, no end date). End it before adding the new one."),
            },
            Error::Open {
                problem,
                latest_backup,
            } => safety::open_message(problem, latest_backup.as_deref(), lang),
            Error::InUse => safety::in_use_message(lang),
            Error::Backup(problem) => safety::backup_message(problem, lang),
            Error::Encryption(problem) => safety::encryption_message(problem, lang),
            Error::Import(error) => safety::import_message(error, locale),
            Error::ExportNotWritten => safety::export_message(lang),
            Error::Storage(_) | Error::Migration(_) | Error::Io(_) if self.is_disk_full() => lang
                .pick(
                    "ディスクの空き容量がないため、データベースに書き込めませんでした。変更は保存されていません。不要なファイルを削除するなどして空き容量を増やしてから、もう一度お試しください。",
                    "There is no space left on the disk, so the database could not be written. Nothing was saved. Free some space (delete files you no longer need), then try again.",
                )
                .to_string(),
            // SQLite's own text may quote data: never shown.
            Error::Storage(_) | Error::Migration(_) | Error::Io(_) => lang
                .pick(
                    "データベースの読み書きに失敗しました。変更は保存されていません。もう一度お試しください。",
                    "Reading or writing the database failed. Nothing was changed. Please try again.",
                )
                .to_string(),
            Error::Pdf(problem) => pdf_message(problem, lang),
            // The ID is not quoted: it holds a member's deadline dates.
            Error::ReminderNotFound => lang
                .pick(
                    "この通知は見つかりません。書類の有効期限が変わったなどの理由で、もう一覧にない可能性があります。一覧を開き直してください。",
                    "This reminder no longer exists (for example because a document's expiry changed). Open the list again.",
                )
                .to_string(),
            Error::OutputNotWritten { disk_full } => {
                let why = if *disk_full {
                    lang.pick("出力先のディスクがいっぱいのため、", "the disk it goes to is full, so ")
                } else {
                    ""
                };
                match lang {
                    Lang::Ja => format!("コマンドは実行しましたが、{why}結果を出力できませんでした。出力先（リダイレクト先のファイルなど）を確かめてから、結果が必要ならもう一度実行してください。"),
                    Lang::En => format!("The command ran, but {why}its result could not be written. Check where the output goes (the file it is redirected to), then run the command again if you need the result."),
                }
            }
            Error::CalendarNotWritten => lang
                .pick(
                    "カレンダーファイル（.ics）を保存できませんでした。保存先のフォルダと権限を確かめてください。",
                    "The calendar file (.ics) could not be saved. Check the folder and its permissions.",
                )
                .to_string(),
            Error::HouseholdNotEmpty => lang
                .pick(
                    "お試し用の家族は、登録済みの家族と混ざらないように、家族がまだ1人も登録されていないときだけ読み込めます。登録済みの家族は変更していません。試すには、別のデータベースファイル（コマンドラインでは --db で指定）を使ってください。",
                    "The demo household can only be loaded while no household member is registered, so that it never mixes with your own. Your members were not changed. To try it, use another database file (on the command line: --db).",
                )
                .to_string(),
            Error::HeldOpen(file) => held_open_message(*file, lang).to_string(),
            Error::Values(error) => safety::values_message(error, locale),
            Error::ArgumentNotText { argument } => {
                safety::not_text_message(argument.as_deref(), lang)
            }
            Error::Card(problem) => card::card_message(problem, locale),
        }
    }

    /// SQLITE_FULL from SQLite (a full disk, or the file at its size limit) or ENOSPC
    /// from a file write.
    pub fn is_disk_full(&self) -> bool {
        let sqlite_full = |error: &rusqlite::Error| {
            error.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull)
        };
        match self {
            Error::Storage(error) => sqlite_full(error),
            Error::Migration(rusqlite_migration::Error::RusqliteError { err, .. }) => {
                sqlite_full(err)
            }
            Error::Io(error) => crate::files::is_disk_full(error),
            _ => false,
        }
    }

    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            Error::Invalid(errors) => errors,
            _ => &[],
        }
    }
}

/// The file's name is not quoted (it may carry a name the user chose); what it is, is.
fn held_open_message(file: UserFile, lang: Lang) -> &'static str {
    match file {
        UserFile::Pdf => lang.pick(
            "保存先のPDFファイルが別のアプリ（PDFビューアーなど）で開かれているため、上書きできませんでした。そのアプリでファイルを閉じてから、もう一度お試しください。元のファイルは変更されていません。",
            "The PDF file is open in another program (a PDF viewer, for example), so it could not be replaced. Close it there and try again. The previous file is unchanged.",
        ),
        UserFile::Calendar => lang.pick(
            "保存先のカレンダーファイル（.ics）が別のアプリで開かれているため、上書きできませんでした。そのアプリでファイルを閉じてから、もう一度お試しください。元のファイルは変更されていません。",
            "The calendar file (.ics) is open in another program, so it could not be replaced. Close it there and try again. The previous file is unchanged.",
        ),
        UserFile::Export => lang.pick(
            "保存先のエクスポートファイルが別のアプリで開かれているため、上書きできませんでした。そのアプリでファイルを閉じてから、もう一度お試しください。元のファイルは変更されていません。",
            "The export file is open in another program, so it could not be replaced. Close it there and try again. The previous file is unchanged.",
        ),
    }
}

/// Only the field and the character are named: the rest of the value may be a name.
fn pdf_message(problem: &PdfProblem, lang: Lang) -> String {
    match (problem, lang) {
        (PdfProblem::CharacterNotInFont { field: Some(field), character }, Lang::Ja) => {
            let label = field.label(lang);
            format!("{label}の文字 {} は、PDFに使うフォントにないため印刷できません。文字が欠けた控えにならないよう、PDFは作成していません。{label}をこの文字を使わない表記（通常の字体の漢字やカタカナなど）に直すと作成できます。", char_code(*character))
        }
        (PdfProblem::CharacterNotInFont { field: Some(field), character }, Lang::En) => {
            let label = field.label(lang);
            format!("{label} contains {}, a character the PDF font cannot print. No PDF was made, so that no copy with a missing character exists. Write {label} without this character (a common form of the kanji, or katakana) to make the PDF.", char_code(*character))
        }
        (PdfProblem::CharacterNotInFont { field: None, character }, Lang::Ja) => format!("PDFの定型文の文字 {} を印刷できません。アプリの不具合ですので、お手数ですが開発者に報告してください。", char_code(*character)),
        (PdfProblem::CharacterNotInFont { field: None, character }, Lang::En) => format!("The PDF's own wording contains {}, which its font cannot print. This is a bug in the app; please report it.", char_code(*character)),
        (PdfProblem::NoCurrentQualification { member_id }, Lang::Ja) => format!("番号{member_id}の家族には現在の資格が登録されていないため、資格情報の控えを作成できません。先に資格情報のお知らせの内容を登録してください。"),
        (PdfProblem::NoCurrentQualification { member_id }, Lang::En) => format!("Household member {member_id} has no current qualification, so there is nothing to copy. Enter the details of the qualification notice first."),
        (PdfProblem::NothingToPrint, Lang::Ja) => "資格が登録されている家族がいないため、PDFに載せる内容がありません。先に家族と資格を登録してください。".into(),
        (PdfProblem::NothingToPrint, Lang::En) => "Nobody in the household has a qualification recorded, so there is nothing to print. Add members and their qualifications first.".into(),
        (PdfProblem::CannotWrite, Lang::Ja) => "PDFファイルを保存できませんでした。保存先のフォルダと権限を確かめてください。".into(),
        (PdfProblem::CannotWrite, Lang::En) => "The PDF file could not be saved. Check the folder and its permissions.".into(),
        (PdfProblem::CannotOpen, Lang::Ja) => "PDFは保存しましたが、表示するアプリを起動できませんでした。保存したファイルをファイルマネージャーから開いてください。".into(),
        (PdfProblem::CannotOpen, Lang::En) => "The PDF was saved, but no viewer could be started. Open the saved file from your file manager.".into(),
        (PdfProblem::Internal, Lang::Ja) => "PDFを作成できませんでした（アプリ内部のエラー）。ファイルは保存していません。".into(),
        (PdfProblem::Internal, Lang::En) => "The PDF could not be made (an internal error in the app). No file was saved.".into(),
    }
}

/// `U+20BB7 '𠮷'`: the code point identifies characters that look alike or are invisible.
fn char_code(character: char) -> String {
    format!("U+{:04X} '{character}'", u32::from(character))
}

/// The stable code of an error, what the UI and `--json` scripts act on (the message
/// is for people and follows the language). README "The command line" lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    /// Input that fails validation: `fields` says which and why.
    Invalid,
    /// No member, qualification or reminder with that ID.
    NotFound,
    /// The same person, or the same qualification, is already recorded.
    Duplicate,
    /// The member has a current qualification: end it first (or say so).
    CurrentExists,
    /// The database is encrypted and no passphrase was given.
    NeedsPassphrase,
    /// The passphrase does not open the database.
    WrongPassphrase,
    /// The database cannot be opened (damaged, newer, not a database …).
    CannotOpen,
    /// Another program has the database open.
    InUse,
    Backup,
    Encryption,
    /// The household file cannot be imported (where and why in the message).
    Import,
    /// The export file could not be written.
    Export,
    /// The disk is full; nothing was saved.
    DiskFull,
    /// Reading or writing the database failed; nothing was changed.
    Storage,
    /// A character the PDF's font does not have.
    UnprintableCharacter,
    NothingToPrint,
    Pdf,
    /// The calendar (.ics) file could not be written.
    Calendar,
    /// The command ran, but its result could not be written to stdout.
    OutputNotWritten,
    /// The demo household goes only into an empty household.
    NotEmpty,
    /// The file to replace is open in another program.
    FileInUse,
    /// The values given as JSON (`--from-json`) are refused.
    ValuesInput,
    /// A command-line argument that is not text (UTF-8).
    ArgumentNotText,
    /// Reading the card was cancelled.
    CardCancelled,
    /// The card's certificate fits none of the member's dates: confirm first.
    CardNotThisMember,
    /// Reading the card failed (no reader, no card, not a My Number card …).
    Card,
    /// The system refused to add or remove the login item (the app only).
    Autostart,
}

impl ErrorCode {
    /// Every code, for the list in the README (a test keeps it complete).
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::Invalid,
        ErrorCode::NotFound,
        ErrorCode::Duplicate,
        ErrorCode::CurrentExists,
        ErrorCode::NeedsPassphrase,
        ErrorCode::WrongPassphrase,
        ErrorCode::CannotOpen,
        ErrorCode::InUse,
        ErrorCode::Backup,
        ErrorCode::Encryption,
        ErrorCode::Import,
        ErrorCode::Export,
        ErrorCode::DiskFull,
        ErrorCode::Storage,
        ErrorCode::UnprintableCharacter,
        ErrorCode::NothingToPrint,
        ErrorCode::Pdf,
        ErrorCode::Calendar,
        ErrorCode::OutputNotWritten,
        ErrorCode::NotEmpty,
        ErrorCode::FileInUse,
        ErrorCode::ValuesInput,
        ErrorCode::ArgumentNotText,
        ErrorCode::CardCancelled,
        ErrorCode::CardNotThisMember,
        ErrorCode::Card,
        ErrorCode::Autostart,
    ];

    /// The code as it is written in JSON.
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// As in JSON: the logs name an error by its code, never by its message (which may
/// hold a name).
impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name())
    }
}

/// An error as the UI and `--json` scripts receive it: a stable code, the message in
/// the user's language, and the message for each field that needs fixing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ErrorReport {
    pub code: ErrorCode,
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
    pub fn report(&self, locale: Locale) -> ErrorReport {
        ErrorReport {
            code: self.code(),
            message: self.message(locale),
            fields: self
                .field_errors()
                .iter()
                .map(|error| FieldMessage {
                    field: error.field,
                    message: error.message(locale),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_FIELDS: [Field; 25] = Field::ALL;

    fn era_starts() -> NaiveDate {
        NaiveDate::from_ymd_opt(2019, 5, 1).expect("令和 starts on a real day")
    }

    fn message(field: Field, problem: Problem, lang: Lang) -> String {
        FieldError::new(field, problem).message(Locale::natural(lang))
    }

    #[test]
    fn every_field_has_a_label_and_an_example_in_both_languages() {
        for field in ALL_FIELDS {
            for lang in [Lang::Ja, Lang::En] {
                assert!(!field.label(lang).is_empty(), "{field:?}");
                assert!(!field.example(lang).is_empty(), "{field:?}");
            }
        }
    }

    #[test]
    fn qualification_messages_name_the_field_and_end_as_sentences() {
        let problems = [
            Problem::DateBeforeEra {
                era_starts: era_starts(),
            },
            Problem::NotDigits,
            Problem::WrongLength {
                expected: vec![8, 6],
            },
            Problem::UnknownPrefecture,
            Problem::CheckDigitMismatch,
            Problem::NotSymbolCharacters,
        ];
        for field in ALL_FIELDS {
            for problem in &problems {
                let ja = message(field, problem.clone(), Lang::Ja);
                assert!(ja.starts_with(field.label(Lang::Ja)), "{ja}");
                assert!(ja.ends_with('。'), "{ja}");
                let en = message(field, problem.clone(), Lang::En);
                assert!(en.ends_with('.'), "{en}");
            }
        }
    }

    #[test]
    fn wrong_length_lists_the_allowed_digit_counts() {
        let problem = Problem::WrongLength {
            expected: vec![8, 6],
        };
        assert_eq!(
            message(Field::InsurerNumber, problem.clone(), Lang::Ja),
            "保険者番号は8桁または6桁の数字で入力してください（例: 01130012）。"
        );
        assert_eq!(
            message(Field::InsurerNumber, problem, Lang::En),
            "Insurer number (保険者番号) must be 8 or 6 digits long (e.g. 01130012)."
        );
        assert_eq!(
            message(
                Field::Branch,
                Problem::WrongLength { expected: vec![2] },
                Lang::Ja
            ),
            "枝番は2桁の数字で入力してください（例: 01）。"
        );
    }

    #[test]
    fn before_era_message_says_when_the_era_began() {
        let problem = Problem::DateBeforeEra {
            era_starts: era_starts(),
        };
        let ja = message(Field::AcquiredDate, problem.clone(), Lang::Ja);
        assert!(ja.contains("令和元年5月1日"), "{ja}");
        let en = message(Field::AcquiredDate, problem, Lang::En);
        assert!(en.contains("2019-05-01 (Reiwa 1)"), "{en}");
    }

    #[test]
    fn full_my_number_message_explains_that_it_is_never_stored() {
        let ja = message(Field::MyNumberLast4, Problem::FullMyNumberRefused, Lang::Ja);
        assert!(ja.contains("保存しません") && ja.contains("下4桁"), "{ja}");
        let en = message(Field::MyNumberLast4, Problem::FullMyNumberRefused, Lang::En);
        assert!(
            en.contains("never stores") && en.contains("last 4 digits"),
            "{en}"
        );
    }

    #[test]
    fn document_messages_name_the_field_say_why_and_give_an_example() {
        let ja = message(Field::ExpiryDate, Problem::NotForThisKind, Lang::Ja);
        assert_eq!(
            ja,
            "有効期限は、この種類の書類には入力しません。空欄にしてください（有効期限を入力するのは健康保険証利用登録以外の書類です。例: 2029-06-15 / 令和11年6月15日）。"
        );
        let en = message(Field::RegistrationStatus, Problem::NotForThisKind, Lang::En);
        assert!(
            en.contains("registration only") && en.contains("done, not-done"),
            "{en}"
        );
        let ja = message(Field::IssuedDate, Problem::DatesWhenNotHeld, Lang::Ja);
        assert!(
            ja.starts_with("発行日") && ja.contains("持っていない"),
            "{ja}"
        );
        let en = message(Field::ExpiryDate, Problem::ExpiryNotAfterIssue, Lang::En);
        assert_eq!(
            en,
            "Expiry date must be later than the issue date (e.g. 2029-06-15 / 令和11年6月15日)."
        );
        let ja = message(Field::DocumentKind, Problem::UnknownChoice, Lang::Ja);
        assert!(ja.contains("kakuninsho（資格確認書）"), "{ja}");
    }
}
