//! Command-line arguments. Help text and completions come from these definitions.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use hoken_techo_core::household::{default_database_path, DATABASE_ENV};
use hoken_techo_core::{Lang, Passphrase};

use crate::backup::BackupCommand;
use crate::demo::DemoCommand;
use crate::document::DocumentCommand;
use crate::encryption::EncryptionCommand;
use crate::household_file::{ExportArgs, ImportArgs};
use crate::pdf::PdfArgs;
use crate::qualification::QualificationCommand;
use crate::reminders::{IcsArgs, RemindersArgs};
use crate::status::{StatusArgs, TroubleshootArgs};

#[derive(Debug, Parser)]
#[command(
    name = "hoken-techo",
    version,
    about = "保険手帳 — a household's health-insurance notebook (same data as the desktop app)"
)]
pub struct Cli {
    /// Database file (default: the desktop app's file in the platform data folder).
    #[arg(long, global = true, env = DATABASE_ENV, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Print one JSON document (dates as YYYY-MM-DD) instead of text.
    #[arg(long, global = true)]
    pub json: bool,

    /// Language of messages: ja or en (default: the household's choice in the app's
    /// settings, else the system's language).
    #[arg(long, global = true, env = "HOKEN_TECHO_LANG", value_name = "ja|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    /// Name of the environment variable that holds the passphrase of an encrypted
    /// database (it is never read from the command line, where others could see it).
    #[arg(
        long,
        global = true,
        value_name = "VAR",
        default_value = PASSPHRASE_ENV
    )]
    pub passphrase_env: String,

    /// Treat this date as today (YYYY-MM-DD); for scripts and tests.
    #[arg(
        long,
        global = true,
        env = "HOKEN_TECHO_TODAY",
        value_name = "DATE",
        hide = true
    )]
    pub today: Option<NaiveDate>,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    pub fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// The passphrase from the environment variable named by `--passphrase-env`.
    pub fn passphrase(&self) -> Option<Passphrase> {
        passphrase_from(&self.passphrase_env)
    }

    pub fn database_path(&self) -> PathBuf {
        match &self.db {
            Some(path) => path.clone(),
            None => default_database_path(&dirs::data_dir().unwrap_or_else(|| PathBuf::from("."))),
        }
    }
}

/// The default variable for the passphrase; `encryption change` reads the new one from
/// [`NEW_PASSPHRASE_ENV`].
pub const PASSPHRASE_ENV: &str = "HOKEN_TECHO_PASSPHRASE";
pub const NEW_PASSPHRASE_ENV: &str = "HOKEN_TECHO_NEW_PASSPHRASE";

/// An empty variable counts as not set.
pub fn passphrase_from(variable: &str) -> Option<Passphrase> {
    std::env::var(variable)
        .ok()
        .filter(|text| !text.is_empty())
        .map(Passphrase::take)
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| "use ja or en".to_string())
}

/// The arguments, or exit with clap's usage error. Help and version print as clap
/// writes them; a usage error is introduced in Japanese when the reader's language is
/// Japanese (clap's own detail, naming the argument, follows in English).
pub fn parse(system: Lang) -> Cli {
    let error = match Cli::try_parse() {
        Ok(cli) => return cli,
        Err(error) => error,
    };
    let lang = lang_of_failed_arguments(std::env::args().skip(1)).unwrap_or(system);
    match (lang, usage_problem_ja(error.kind())) {
        (Lang::Ja, Some(problem)) => {
            let detail = error.render().to_string();
            let detail: Vec<String> = detail
                .trim_end()
                .trim_start_matches("error: ")
                .lines()
                .map(|line| match line {
                    "" => String::new(),
                    _ => format!("  {line}"),
                })
                .collect();
            eprintln!(
                "エラー: {problem}使い方は hoken-techo --help で確認できます。\n{}",
                detail.join("\n")
            );
            std::process::exit(error.exit_code());
        }
        _ => error.exit(),
    }
}

/// `--lang` (or `HOKEN_TECHO_LANG`) from arguments clap could not parse as a whole.
fn lang_of_failed_arguments(args: impl Iterator<Item = String>) -> Option<Lang> {
    let args: Vec<String> = args.collect();
    let given = args.iter().enumerate().find_map(|(i, arg)| {
        arg.strip_prefix("--lang=").map(str::to_string).or_else(|| {
            (arg == "--lang")
                .then(|| args.get(i + 1).cloned())
                .flatten()
        })
    });
    given
        .or_else(|| std::env::var("HOKEN_TECHO_LANG").ok())
        .and_then(|code| Lang::parse(&code))
}

/// What is wrong with the command line, in Japanese; `None` for help and version,
/// which are not errors.
fn usage_problem_ja(kind: clap::error::ErrorKind) -> Option<&'static str> {
    use clap::error::ErrorKind;
    Some(match kind {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidSubcommand => "そのようなコマンドはありません。",
        ErrorKind::UnknownArgument => "そのようなオプションはありません。",
        ErrorKind::MissingRequiredArgument => "必要な引数が指定されていません。",
        ErrorKind::MissingSubcommand => "コマンドが指定されていません。",
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::InvalidUtf8 => {
            "オプションの値が正しくありません。"
        }
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => "オプションの値の数が正しくありません。",
        ErrorKind::ArgumentConflict => "一緒には使えないオプションが指定されています。",
        _ => "コマンドの指定に誤りがあります。",
    })
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Household members: add, list, show, edit, remove.
    #[command(subcommand)]
    Member(MemberCommand),
    /// Qualifications from the 資格情報のお知らせ: add, list, edit, end, remove.
    #[command(subcommand)]
    Qualification(QualificationCommand),
    /// Documents per member (card, e-certs, 資格確認書 …): set, clear, list.
    #[command(subcommand)]
    Document(DocumentCommand),
    /// What works on a date, what to bring to the clinic, and what to do next.
    Status(StatusArgs),
    /// When the card reader at the clinic cannot confirm a member: questions and steps.
    Troubleshoot(TroubleshootArgs),
    /// Print the personal copy of the 資格情報のお知らせ as a PDF (A4 sheets, card cut-outs).
    Pdf(PdfArgs),
    /// Reminders due and upcoming; done, snooze, dismiss; lead times per kind.
    Reminders(RemindersArgs),
    /// Save the reminders as a calendar file (.ics) to import into any calendar app.
    Ics(IcsArgs),
    /// Backups next to the database: list, create, restore (a daily one is automatic).
    #[command(subcommand)]
    Backup(BackupCommand),
    /// Save the whole household as a JSON file (docs/EXPORT_FORMAT.md).
    Export(ExportArgs),
    /// Replace the whole household with a JSON file's, after checking all of it.
    Import(ImportArgs),
    /// Encrypt the database and its backups with a passphrase: set, change, remove, status.
    #[command(subcommand)]
    Encryption(EncryptionCommand),
    /// A fictional household to try the app with: load (into an empty household), remove.
    #[command(subcommand)]
    Demo(DemoCommand),
    /// Check a 保険者番号 and say what it is (exit status 0 if valid).
    Insurer {
        /// The 8-digit (or 6-digit 国保) number.
        number: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Add a member and print it.
    Add(MemberFields),
    /// List the household.
    List,
    /// Show one member.
    Show { id: i64 },
    /// Change a member; fields not given stay as they are.
    Edit {
        id: i64,
        #[command(flatten)]
        fields: MemberChanges,
    },
    /// Remove a member and everything recorded for them.
    Remove {
        id: i64,
        /// Do not ask for confirmation (needed when not run from a terminal).
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct MemberFields {
    /// 氏名, e.g. 山田 太郎 (words after --name are joined with a space).
    #[arg(long, num_args = 1.., required = true)]
    pub name: Vec<String>,
    /// フリガナ in katakana (hiragana and half-width are converted), e.g. ヤマダ タロウ.
    #[arg(long, num_args = 1.., required = true)]
    pub kana: Vec<String>,
    /// 生年月日: 1980-01-02, 1980/1/2, 昭和55年1月2日 or S55.1.2.
    #[arg(long)]
    pub birth: String,
    /// 続柄: 本人/配偶者/子/父母/その他 or self/spouse/child/parent/other.
    #[arg(long)]
    pub relation: String,
}

#[derive(Debug, Args)]
pub struct MemberChanges {
    #[arg(long, num_args = 1..)]
    pub name: Option<Vec<String>>,
    #[arg(long, num_args = 1..)]
    pub kana: Option<Vec<String>>,
    #[arg(long)]
    pub birth: Option<String>,
    #[arg(long)]
    pub relation: Option<String>,
}
