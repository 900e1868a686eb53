//! The errors of backups, encryption and import and their wording, plus the
//! messages of a database that could not be opened. Like every message of the core,
//! they name the place and the rule, never the data.

use super::{FieldError, OpenProblem};
use crate::i18n::{Lang, Locale};

/// Why a backup could not be made, listed or restored. The database is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupProblem {
    /// No backup of this database has that name.
    NotFound,
    /// The backup itself does not open (damaged, newer, encrypted, …).
    Unusable(OpenProblem),
    /// The backups folder or a file in it could not be written.
    CannotWrite,
}

/// Why the passphrase could not be set, changed or removed. The database is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EncryptionProblem {
    AlreadyEncrypted,
    NotEncrypted,
    /// The encrypted or decrypted copy could not be written next to the database.
    CannotWrite,
}

/// A problem in an import file, at `path` (`members[2].qualifications[0].insurerNumber`;
/// empty for the file as a whole). Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub path: String,
    pub problem: ImportProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    /// Not JSON; where the parser stopped.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not a hoken-techo household file (`format` is missing or another).
    NotAHouseholdFile,
    /// A `version` this build does not read.
    UnsupportedVersion {
        supported: u32,
    },
    WrongType {
        expected: JsonKind,
    },
    /// A key the format does not have; `named`: whether the path shows it (only plain
    /// ASCII identifiers are repeated back: any other key may be personal data).
    UnknownKey {
        named: bool,
    },
    /// The same key twice in one object (JSON parsers would keep only the last).
    DuplicateKey {
        named: bool,
    },
    Missing,
    /// The value fails the same validation as the form.
    Field(FieldError),
    /// A full 12-digit My Number, in any value (DOMAIN §11).
    MyNumber,
    /// `first` is the path of the earlier entry it repeats.
    SamePerson {
        first: String,
    },
    SameCard {
        first: String,
    },
    SecondCurrentQualification {
        first: String,
    },
    SameDocumentKind {
        first: String,
    },
    TooLarge {
        max_bytes: u64,
    },
    /// More members in the file than any household has (`household_file::MAX_MEMBERS`).
    TooManyMembers {
        max: u32,
    },
    /// More qualifications for one member than a lifetime of plans
    /// (`household_file::MAX_QUALIFICATIONS_PER_MEMBER`).
    TooManyQualifications {
        max: u32,
    },
    CannotRead,
    /// A device, a pipe or a folder: only a regular file is read (`/dev/zero` would be
    /// read until memory runs out).
    NotAFile,
}

/// A problem in the JSON a command reads its values from instead of its arguments
/// (`--from-json FILE|-`), at `path` (the key; empty for the input as a whole).
/// Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValuesError {
    pub path: String,
    pub problem: ValuesProblem,
}

/// The problems of [`ValuesError`]: the input's own, before any value is validated (a
/// wrong value is an [`super::Error::Invalid`], as when typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValuesProblem {
    NotJson {
        line: usize,
        column: usize,
    },
    /// Not an object, or a value that is not a string.
    WrongType {
        expected: JsonKind,
    },
    /// A key that is not one of the command's; `named` as for [`ImportProblem::UnknownKey`].
    UnknownKey {
        named: bool,
    },
    DuplicateKey {
        named: bool,
    },
    TooLarge {
        max_bytes: u64,
    },
    CannotRead,
    /// A device, a pipe or a folder given as the file (`-` reads standard input).
    NotAFile,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Object,
    Array,
    String,
    Integer,
}

impl JsonKind {
    fn label(self, lang: Lang) -> &'static str {
        match self {
            JsonKind::Object => lang.pick("オブジェクト（{…}）", "an object ({…})"),
            JsonKind::Array => lang.pick("配列（[…]）", "an array ([…])"),
            JsonKind::String => lang.pick("文字列（\"…\"）", "a string (\"…\")"),
            JsonKind::Integer => lang.pick("整数", "an integer"),
        }
    }
}

/// Why the database did not open, and what to do: for the problems a backup can fix,
/// the newest good backup is named (or that there is none).
pub(super) fn open_message(problem: &OpenProblem, latest: Option<&str>, lang: Lang) -> String {
    let reason = open_reason(problem, lang);
    if !problem.backup_may_help() {
        return reason;
    }
    let hint = match (latest, lang) {
        (Some(name), Lang::Ja) => format!("最新の正常なバックアップ「{name}」から復元できます（今のファイルは消さずに別名で残します）。"),
        (Some(name), Lang::En) => format!("You can restore the latest good backup, “{name}” (the current file is kept under another name, never deleted)."),
        (None, Lang::Ja) => "復元できるバックアップは見つかりませんでした。".into(),
        (None, Lang::En) => "No backup to restore from was found.".into(),
    };
    format!("{reason}{}{hint}", lang.pick("", " "))
}

fn open_reason(problem: &OpenProblem, lang: Lang) -> String {
    match (problem, lang) {
        (OpenProblem::NotADatabase, Lang::Ja) => "このファイルは保険手帳のデータベースではないか、壊れています。ファイルはそのまま残してあります。".into(),
        (OpenProblem::NotADatabase, Lang::En) => "This file is not a hoken-techo database, or it is damaged. It has been left as it is.".into(),
        (OpenProblem::ForeignDatabase, Lang::Ja) => "このファイルは別のアプリのデータベースです。上書きしないよう、開かずにそのまま残しました。保険手帳のファイルを指定してください。".into(),
        (OpenProblem::ForeignDatabase, Lang::En) => "This file is another application's database. It was not opened, so it stays unchanged. Point hoken-techo at its own file.".into(),
        (OpenProblem::NewerVersion { found, supported }, Lang::Ja) => format!("このデータベースは新しいバージョンの保険手帳で作られています（形式 {found}、このアプリは {supported} まで）。ファイルは変更していません。アプリを更新してください。"),
        (OpenProblem::NewerVersion { found, supported }, Lang::En) => format!("This database was written by a newer version of hoken-techo (format {found}; this version reads up to {supported}). The file was not changed. Please update the app."),
        (OpenProblem::Unreadable, Lang::Ja) => "データベースのファイルを読み込めません。場所と権限を確かめてください。".into(),
        (OpenProblem::Unreadable, Lang::En) => "The database file cannot be read. Check its location and permissions.".into(),
        (OpenProblem::Damaged, Lang::Ja) => "データベースのファイルが壊れています（整合性の検査で異常が見つかりました）。これ以上傷めないよう、開かずにそのまま残しました。".into(),
        (OpenProblem::Damaged, Lang::En) => "The database file is damaged (its integrity check found errors). It was not opened, so that nothing makes it worse, and it has been left as it is.".into(),
        (OpenProblem::NeedsPassphrase, Lang::Ja) => "このデータベースはパスフレーズで暗号化されています。開くにはパスフレーズを入力してください。".into(),
        (OpenProblem::NeedsPassphrase, Lang::En) => "This database is encrypted with a passphrase. Enter the passphrase to open it.".into(),
        (OpenProblem::WrongPassphrase, Lang::Ja) => "パスフレーズが違います。ファイルは変更していません。もう一度入力してください（正しいはずなのに開けないときは、ファイルが壊れている可能性があります。その場合はバックアップから復元できます）。".into(),
        (OpenProblem::WrongPassphrase, Lang::En) => "The passphrase does not open this database. Nothing was changed. Try again (if you are sure it is right, the file may be damaged; you can then restore a backup).".into(),
        (OpenProblem::NotAFilePath, Lang::Ja) => "データベースの場所には、ファイルのパスを指定してください（例: household.db）。空の指定や「:memory:」では、データがどこにも保存されません。何も作成していません。".into(),
        (OpenProblem::NotAFilePath, Lang::En) => "The database location must be the path of a file (e.g. household.db). An empty path or “:memory:” would keep nothing on disk. Nothing was created.".into(),
        (OpenProblem::NotWritable, Lang::Ja) => "データベースのファイルか、そのファイルがあるフォルダに書き込めないため、開けませんでした（保存のため、同じフォルダに作業用のファイル（名前の末尾が -wal と -shm）を作る必要があります）。ファイルは壊れていません。フォルダとファイルの権限で書き込みを許可するか、書き込めるフォルダにファイルを移してください。ファイルは変更していません。".into(),
        (OpenProblem::NotWritable, Lang::En) => "The database file, or the folder that holds it, cannot be written, so it was not opened (to save anything, the app must create working files ending in -wal and -shm in that folder). The file is not damaged. Check the permissions of the folder and the file and allow writing, or move the file to a folder you can write to. The file was not changed.".into(),
        (OpenProblem::NotAFile, Lang::Ja) => "データベースの場所にあるのは通常のファイルではありません（シンボリックリンク、フォルダ、デバイスなど）。開かずに、何も作成・変更せずにそのまま残しました。リンク先ではなく、データベースのファイルそのものの場所を指定してください。".into(),
        (OpenProblem::NotAFile, Lang::En) => "What is at the database location is not an ordinary file (a symbolic link, a folder, a device or the like). It was not opened, and nothing was created or changed. Give the location of the database file itself, not of a link to it.".into(),
    }
}

impl OpenProblem {
    /// Whether restoring a backup is an answer (not for a wrong passphrase, say).
    pub fn backup_may_help(&self) -> bool {
        matches!(
            self,
            OpenProblem::NotADatabase
                | OpenProblem::ForeignDatabase
                | OpenProblem::NewerVersion { .. }
                | OpenProblem::Damaged
        )
    }
}

pub(super) fn export_message(lang: Lang) -> String {
    lang.pick(
        "エクスポートファイルを保存できませんでした。保存先のフォルダと権限を確かめてください。",
        "The export file could not be saved. Check the folder and its permissions.",
    )
    .into()
}

pub(super) fn in_use_message(lang: Lang) -> String {
    lang.pick(
        "データベースが別のウィンドウやプログラム（アプリや別のコマンド）で開かれています。それを閉じてから、もう一度お試しください。何も変更していません。",
        "The database is open in another window or program (the app or another command). Close it and try again. Nothing was changed.",
    )
    .into()
}

pub(super) fn backup_message(problem: &BackupProblem, lang: Lang) -> String {
    match (problem, lang) {
        (BackupProblem::NotFound, Lang::Ja) => "その名前のバックアップはありません。バックアップの一覧で名前を確かめてください。".into(),
        (BackupProblem::NotFound, Lang::En) => "There is no backup with that name. Check the name in the list of backups.".into(),
        (BackupProblem::Unusable(problem), Lang::Ja) => format!("このバックアップからは復元できません。今のデータベースはそのままです。理由: {}", open_reason(problem, lang)),
        (BackupProblem::Unusable(problem), Lang::En) => format!("This backup cannot be restored; the database was left as it is. Reason: {}", open_reason(problem, lang)),
        (BackupProblem::CannotWrite, Lang::Ja) => "バックアップを保存できませんでした。データベースと同じフォルダにある backups フォルダの空き容量と権限を確かめてください。データベースは変更していません。".into(),
        (BackupProblem::CannotWrite, Lang::En) => "The backup could not be saved. Check the free space and permissions of the backups folder next to the database. The database was not changed.".into(),
    }
}

pub(super) fn encryption_message(problem: &EncryptionProblem, lang: Lang) -> String {
    match (problem, lang) {
        (EncryptionProblem::AlreadyEncrypted, Lang::Ja) => "このデータベースはすでに暗号化されています。別のパスフレーズにするには「変更」を使ってください。".into(),
        (EncryptionProblem::AlreadyEncrypted, Lang::En) => "This database is already encrypted. To use another passphrase, change it.".into(),
        (EncryptionProblem::NotEncrypted, Lang::Ja) => "このデータベースは暗号化されていません。".into(),
        (EncryptionProblem::NotEncrypted, Lang::En) => "This database is not encrypted.".into(),
        (EncryptionProblem::CannotWrite, Lang::Ja) => "暗号化の設定を変更できませんでした。データベースは元のままです。フォルダの空き容量と権限を確かめてください。".into(),
        (EncryptionProblem::CannotWrite, Lang::En) => "The encryption could not be changed; the database is as it was. Check the free space and permissions of its folder.".into(),
    }
}

pub(super) fn import_message(error: &ImportError, locale: Locale) -> String {
    let lang = locale.lang;
    let reason = import_reason(&error.problem, locale);
    match (error.path.is_empty(), lang) {
        (true, Lang::Ja) => format!("インポートできません。{reason}何も変更していません。"),
        (true, Lang::En) => format!("Cannot import: {reason} Nothing was changed."),
        (false, Lang::Ja) => format!(
            "インポートできません。{}: {reason}何も変更していません。",
            error.path
        ),
        (false, Lang::En) => format!(
            "Cannot import. {}: {reason} Nothing was changed.",
            error.path
        ),
    }
}

pub(super) fn values_message(error: &ValuesError, locale: Locale) -> String {
    let lang = locale.lang;
    let reason = values_reason(&error.problem, locale);
    match (error.path.is_empty(), lang) {
        (true, Lang::Ja) => {
            format!("入力のJSON（--from-json）を読み取れません。{reason}何も変更していません。")
        }
        (true, Lang::En) => {
            format!("Cannot read the JSON input (--from-json): {reason} Nothing was changed.")
        }
        (false, Lang::Ja) => format!(
            "入力のJSON（--from-json）を読み取れません。{}: {reason}何も変更していません。",
            error.path
        ),
        (false, Lang::En) => format!(
            "Cannot read the JSON input (--from-json). {}: {reason} Nothing was changed.",
            error.path
        ),
    }
}

/// The wording of the household file where it fits; its own where the file's speaks of
/// an export.
fn values_reason(problem: &ValuesProblem, locale: Locale) -> String {
    let lang = locale.lang;
    let import = |problem| import_reason(&problem, locale);
    match (problem, lang) {
        (ValuesProblem::NotJson { line, column }, Lang::Ja) => format!("JSONとして読み取れません（{line}行{column}文字目）。"),
        (ValuesProblem::NotJson { line, column }, Lang::En) => format!("it is not valid JSON (line {line}, column {column})."),
        (ValuesProblem::WrongType { expected }, _) => import(ImportProblem::WrongType { expected: *expected }),
        (ValuesProblem::UnknownKey { named: true }, Lang::Ja) => "この項目はこのコマンドにありません。項目名はオプション名と同じです（hoken-techo <コマンド> --help）。".into(),
        (ValuesProblem::UnknownKey { named: true }, Lang::En) => "this command has no such key. The keys are the option names (hoken-techo <command> --help).".into(),
        (ValuesProblem::UnknownKey { named: false }, Lang::Ja) => "このコマンドにない項目があります（項目名は個人情報かもしれないため表示しません）。項目名はオプション名と同じです（hoken-techo <コマンド> --help）。".into(),
        (ValuesProblem::UnknownKey { named: false }, Lang::En) => "there is a key this command does not have (its name is not shown: it may be personal data). The keys are the option names (hoken-techo <command> --help).".into(),
        (ValuesProblem::DuplicateKey { named }, _) => import(ImportProblem::DuplicateKey { named: *named }),
        (ValuesProblem::TooLarge { max_bytes }, Lang::Ja) => format!("大きすぎます（{} KBまで）。", max_bytes / 1_000),
        (ValuesProblem::TooLarge { max_bytes }, Lang::En) => format!("it is too large (at most {} KB).", max_bytes / 1_000),
        (ValuesProblem::CannotRead, _) => import(ImportProblem::CannotRead),
        (ValuesProblem::NotAFile, Lang::Ja) => "通常のファイルではありません（フォルダやデバイスなど）。JSONのファイルを指定するか、- で標準入力から渡してください。".into(),
        (ValuesProblem::NotAFile, Lang::En) => "this is not an ordinary file (a folder, a device or the like). Give a JSON file, or - to read standard input.".into(),
    }
}

/// A command-line argument that is not UTF-8 text (a Shift_JIS name, say). Its bytes
/// are never shown, not even with the invalid ones replaced: the rest is still the name.
pub(super) fn not_text_message(argument: Option<&str>, lang: Lang) -> String {
    let place = match (argument, lang) {
        (Some(option), Lang::Ja) if option.starts_with('-') => format!("オプション {option} の値"),
        (Some(name), Lang::Ja) => format!("引数 {name} の値"),
        (None, Lang::Ja) => "引数の一つ".to_string(),
        (Some(option), Lang::En) if option.starts_with('-') => format!("The value of {option}"),
        (Some(name), Lang::En) => format!("The argument {name}"),
        (None, Lang::En) => "One of the arguments".to_string(),
    };
    match lang {
        Lang::Ja => format!("{place}が UTF-8 の文字列ではないため、読み取れません（値は表示しません）。端末やスクリプトの文字コードを UTF-8 にしてから、もう一度お試しください。何も変更していません。"),
        Lang::En => format!("{place} is not UTF-8 text, so it cannot be read (the value is not shown). Set the terminal or script to UTF-8 and try again. Nothing was changed."),
    }
}

/// `locale` for the field errors inside (a date in them follows the reader's order).
fn import_reason(problem: &ImportProblem, locale: Locale) -> String {
    let lang = locale.lang;
    match (problem, lang) {
        (ImportProblem::NotJson { line, column }, Lang::Ja) => format!("JSONとして読み取れません（{line}行{column}文字目）。"),
        (ImportProblem::NotJson { line, column }, Lang::En) => format!("the file is not valid JSON (line {line}, column {column})."),
        (ImportProblem::NotAHouseholdFile, Lang::Ja) => "保険手帳のエクスポートファイルではありません（\"format\": \"hoken-techo-household\" が必要です）。".into(),
        (ImportProblem::NotAHouseholdFile, Lang::En) => "This is not a hoken-techo export (it needs \"format\": \"hoken-techo-household\").".into(),
        (ImportProblem::UnsupportedVersion { supported }, Lang::Ja) => format!("この形式のバージョンには対応していません。このアプリが読めるのはバージョン {supported} です。"),
        (ImportProblem::UnsupportedVersion { supported }, Lang::En) => format!("This version of the format is not supported; this app reads version {supported}."),
        (ImportProblem::WrongType { expected }, Lang::Ja) => format!("{}にしてください。", expected.label(lang)),
        (ImportProblem::WrongType { expected }, Lang::En) => format!("It must be {}.", expected.label(lang)),
        (ImportProblem::UnknownKey { named: true }, Lang::Ja) => "この項目は形式にありません（綴りを確かめてください）。".into(),
        (ImportProblem::UnknownKey { named: true }, Lang::En) => "This key is not part of the format (check the spelling).".into(),
        (ImportProblem::UnknownKey { named: false }, Lang::Ja) => "形式にない項目があります（項目名は個人情報かもしれないため表示しません）。項目名の綴りを確かめてください。".into(),
        (ImportProblem::UnknownKey { named: false }, Lang::En) => "There is a key that is not part of the format (its name is not shown: it may be personal data). Check the keys' spelling.".into(),
        (ImportProblem::DuplicateKey { named: true }, Lang::Ja) => "同じ項目が2回あります。どちらか1つにしてください。".into(),
        (ImportProblem::DuplicateKey { named: true }, Lang::En) => "This key appears twice. Keep only one of them.".into(),
        (ImportProblem::DuplicateKey { named: false }, Lang::Ja) => "同じ名前の項目が2回あります（項目名は個人情報かもしれないため表示しません）。どちらか1つにしてください。".into(),
        (ImportProblem::DuplicateKey { named: false }, Lang::En) => "A key appears twice (its name is not shown: it may be personal data). Keep only one of them.".into(),
        (ImportProblem::Missing, Lang::Ja) => "この項目が必要です。".into(),
        (ImportProblem::Missing, Lang::En) => "This key is required.".into(),
        (ImportProblem::Field(error), _) => error.message(locale),
        (ImportProblem::MyNumber, Lang::Ja) => "マイナンバー（12桁）と思われる数字が含まれています。このアプリはマイナンバーを保存しないため、取り込めません。その数字を消してください。".into(),
        (ImportProblem::MyNumber, Lang::En) => "It contains what looks like a full 12-digit My Number. The app never stores it, so the file cannot be imported: remove that number.".into(),
        (ImportProblem::SamePerson { first }, Lang::Ja) => format!("{first} と同じ氏名・生年月日の家族です。同じ人が二重に入っていないか確かめてください。"),
        (ImportProblem::SamePerson { first }, Lang::En) => format!("It is the same person (name and date of birth) as {first}. Check that nobody is in the file twice."),
        (ImportProblem::SameCard { first }, Lang::Ja) => format!("{first} と同じ保険者番号・記号・番号・枝番の資格です。"),
        (ImportProblem::SameCard { first }, Lang::En) => format!("It has the same insurer number, symbol, number and branch number as {first}."),
        (ImportProblem::SecondCurrentQualification { first }, Lang::Ja) => format!("同じ家族に現在の資格（資格喪失日なし）が二つあります（もう一つは {first}）。古い方に資格喪失日を入れてください。"),
        (ImportProblem::SecondCurrentQualification { first }, Lang::En) => format!("It is a second current qualification (no end date) of the same member; the other is {first}. Give the older one its end date."),
        (ImportProblem::SameDocumentKind { first }, Lang::Ja) => format!("{first} と同じ種類の書類です。書類は一人につき各種類一つです。"),
        (ImportProblem::SameDocumentKind { first }, Lang::En) => format!("It is the same kind of document as {first}; a member has at most one of each kind."),
        (ImportProblem::TooLarge { max_bytes }, Lang::Ja) => format!("ファイルが大きすぎます（{} MBまで）。", max_bytes / 1_000_000),
        (ImportProblem::TooLarge { max_bytes }, Lang::En) => format!("the file is too large (at most {} MB).", max_bytes / 1_000_000),
        (ImportProblem::TooManyMembers { max }, Lang::Ja) => format!("家族の人数が多すぎます（1つのファイルに{max}人まで）。世帯の記録としては多すぎるため、選んだファイルが保険手帳で書き出したものか確かめてください。"),
        (ImportProblem::TooManyMembers { max }, Lang::En) => format!("There are too many members (at most {max} in one file), more than any household has. Check that you chose a file exported by hoken-techo."),
        (ImportProblem::TooManyQualifications { max }, Lang::Ja) => format!("この家族の資格が多すぎます（1人につき{max}件まで）。同じ資格が繰り返し入っていないか確かめてください。"),
        (ImportProblem::TooManyQualifications { max }, Lang::En) => format!("This member has too many qualifications (at most {max} per person). Check that the same plan is not in the file many times."),
        (ImportProblem::CannotRead, Lang::Ja) => "ファイルを読み込めません。場所と権限を確かめてください。".into(),
        (ImportProblem::CannotRead, Lang::En) => "the file cannot be read. Check its location and permissions.".into(),
        (ImportProblem::NotAFile, Lang::Ja) => "通常のファイルではありません（フォルダやデバイスなど）。書き出したファイルそのものを指定してください。".into(),
        (ImportProblem::NotAFile, Lang::En) => "this is not an ordinary file (a folder, a device or the like). Choose the exported file itself.".into(),
    }
}
