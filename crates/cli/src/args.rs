//! Command-line arguments. Help text and completions come from these definitions.

use std::any::TypeId;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Args, CommandFactory, Parser, Subcommand};
use hoken_techo_core::household::{self, default_database_path, ValuesSource, DATABASE_ENV};
use hoken_techo_core::{Error, Lang, Locale, Passphrase};

use crate::backup::BackupCommand;
use crate::card::CardCommand;
use crate::demo::DemoCommand;
use crate::document::DocumentCommand;
use crate::encryption::EncryptionCommand;
use crate::household_file::{ExportArgs, ImportArgs};
use crate::output::Output;
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
///
/// The arguments are read as the system gives them (`args_os`): `std::env::args`
/// panics on one that is not UTF-8, and the panic message prints it (a Shift_JIS name).
/// Paths (`--db`, `-o`, files) may be any bytes; a text value that is not UTF-8 is
/// refused with [`Error::ArgumentNotText`], which names the option, never the value.
pub fn parse(args: Vec<OsString>, system: Lang) -> Cli {
    let error = match Cli::try_parse_from(&args) {
        Ok(cli) => return cli,
        Err(error) => error,
    };
    let given = args.get(1..).unwrap_or_default();
    let lang = lang_of_failed_arguments(given).unwrap_or(system);
    // Before clap's message, which may quote the argument with its bad bytes replaced
    // (`unrecognized subcommand '\u{FFFD}R\u{FFFD}c'`): the rest of a name is still there.
    if let Some(argument) = first_not_text(&Cli::command(), given) {
        let json = given.iter().any(|arg| arg == "--json");
        Output::new(json, Locale::natural(lang)).error(&Error::ArgumentNotText { argument });
        std::process::exit(USAGE_ERROR);
    }
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

/// clap's exit status for a usage error.
const USAGE_ERROR: i32 = 2;

/// `--lang` (or `HOKEN_TECHO_LANG`) from arguments clap could not parse as a whole.
fn lang_of_failed_arguments(args: &[OsString]) -> Option<Lang> {
    let args: Vec<Option<&str>> = args.iter().map(|arg| arg.to_str()).collect();
    let given = args.iter().enumerate().find_map(|(i, arg)| {
        let arg = (*arg)?;
        arg.strip_prefix("--lang=").or_else(|| {
            (arg == "--lang")
                .then(|| args.get(i + 1).copied().flatten())
                .flatten()
        })
    });
    given
        .map(str::to_string)
        .or_else(|| std::env::var("HOKEN_TECHO_LANG").ok())
        .and_then(|code| Lang::parse(&code))
}

/// The first argument that is not UTF-8 where clap wants text: `Some(name)` with the
/// option (`--name`) or positional (`ID`) it belongs to when that can be told, `None`
/// when no such argument exists (a path may be any bytes). The command line is walked
/// as clap reads it, far enough to tell whose value each argument is.
fn first_not_text(root: &clap::Command, args: &[OsString]) -> Option<Option<String>> {
    let takes_any_bytes = |arg: &clap::Arg| {
        let kind = arg.get_value_parser().type_id();
        kind == TypeId::of::<PathBuf>() || kind == TypeId::of::<OsString>()
    };
    let takes_values = |arg: &&clap::Arg| arg.get_action().takes_values();
    let many = |arg: &clap::Arg| arg.get_num_args().is_some_and(|n| n.max_values() > 1);
    let mut commands = vec![root];
    // The option whose value(s) come next, and the positionals seen in this command.
    let mut owner: Option<&clap::Arg> = None;
    let mut positionals = 0;
    for arg in args {
        let command = *commands.last().expect("the root at least");
        // Options are looked for in this command, then the ones it is part of (globals).
        let long = |name: &str| {
            commands
                .iter()
                .rev()
                .find_map(|c| c.get_arguments().find(|a| a.get_long() == Some(name)))
        };
        let bytes = arg.as_encoded_bytes();
        let Some(text) = arg.to_str() else {
            // `--option=value`: the option is the text before the first `=`.
            if let Some(rest) = bytes.strip_prefix(b"--") {
                let option = rest
                    .iter()
                    .position(|&b| b == b'=')
                    .and_then(|end| std::str::from_utf8(&rest[..end]).ok());
                match option.and_then(long) {
                    Some(option) if takes_any_bytes(option) => continue,
                    Some(option) => return Some(option.get_long().map(|name| format!("--{name}"))),
                    None => return Some(None),
                }
            }
            if let Some(option) = owner {
                if takes_any_bytes(option) {
                    owner = owner.filter(|o| many(o));
                    continue;
                }
                return Some(option.get_long().map(|name| format!("--{name}")));
            }
            match command.get_positionals().nth(positionals) {
                Some(positional) if takes_any_bytes(positional) => {
                    positionals += 1;
                    continue;
                }
                Some(positional) => return Some(Some(value_name(positional))),
                None => return Some(None),
            }
        };
        if let Some(name) = text.strip_prefix("--") {
            owner = long(name).filter(takes_values);
        } else if let Some(short) = text.strip_prefix('-').filter(|s| !s.is_empty()) {
            let mut chars = short.chars();
            let (letter, attached) = (chars.next(), chars.next().is_some());
            owner = commands
                .iter()
                .rev()
                .find_map(|c| c.get_arguments().find(|a| a.get_short() == letter))
                .filter(takes_values)
                .filter(|_| !attached);
        } else if owner.is_some() {
            owner = owner.filter(|o| many(o));
        } else if let Some(sub) = command.find_subcommand(text) {
            commands.push(sub);
            positionals = 0;
        } else {
            positionals += 1;
        }
    }
    None
}

/// `ID`, `NUMBER`: how the help names a positional argument.
fn value_name(arg: &clap::Arg) -> String {
    arg.get_value_names()
        .and_then(|names| names.first())
        .map_or_else(
            || arg.get_id().to_string().to_uppercase(),
            |name| name.to_string(),
        )
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
    /// Read the 利用者証明用電子証明書's expiry from the My Number Card on a card reader
    /// (no PIN): readers, read [--member ID to save it].
    #[command(subcommand)]
    Card(CardCommand),
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

/// `--from-json` in `-h`; `--help` adds the keys.
pub const FROM_JSON_SHORT: &str = "Read the values from a JSON file, or - for standard \
input, instead of the options (arguments are visible to other users in ps and kept in \
shell history)";

/// What `--from-json` says in every command that takes it: values as arguments are
/// visible to other users (`ps`, `/proc/<pid>/cmdline`) and kept in shell history.
pub const FROM_JSON_HELP: &str = "Read the values from this JSON file, or - for standard \
input, instead of from the options: one object whose keys are the options' names \
(without --) and whose values are strings. Arguments can be seen by other users of the \
computer (ps) and stay in the shell's history; JSON on standard input does not. Not \
combined with the options it replaces.";

#[derive(Debug, Args)]
pub struct MemberFields {
    /// 氏名, e.g. 山田 太郎 (words after --name are joined with a space).
    #[arg(long, num_args = 1.., required_unless_present = "from_json")]
    pub name: Vec<String>,
    /// フリガナ in katakana (hiragana and half-width are converted), e.g. ヤマダ タロウ.
    #[arg(long, num_args = 1.., required_unless_present = "from_json")]
    pub kana: Vec<String>,
    /// 生年月日: 1980-01-02, 1980/1/2, 昭和55年1月2日 or S55.1.2.
    #[arg(long, required_unless_present = "from_json")]
    pub birth: Option<String>,
    /// 続柄: 本人/配偶者/子/父母/その他 or self/spouse/child/parent/other.
    #[arg(long, required_unless_present = "from_json")]
    pub relation: Option<String>,
    #[arg(long, value_name = "FILE|-", help = FROM_JSON_SHORT, long_help = member_from_json_help(),
          conflicts_with_all = ["name", "kana", "birth", "relation"])]
    pub from_json: Option<PathBuf>,
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
    #[arg(long, value_name = "FILE|-", help = FROM_JSON_SHORT, long_help = member_from_json_help(),
          conflicts_with_all = ["name", "kana", "birth", "relation"])]
    pub from_json: Option<PathBuf>,
}

fn member_from_json_help() -> String {
    format!(
        "{FROM_JSON_HELP} Keys: name, kana, birth, relation, e.g. {{\"name\": \"山田 太郎\", \
         \"kana\": \"ヤマダ タロウ\", \"birth\": \"1980-01-02\", \"relation\": \"本人\"}}."
    )
}

/// The values `--from-json` names (`-`: standard input), by key; the keys allowed are
/// the long option names of `A` other than `--from-json` itself, so they always match
/// the options they stand for.
pub fn values_from_json<A: Args>(from: &Path) -> Result<BTreeMap<String, String>, Error> {
    let command = A::augment_args(clap::Command::new("values"));
    let keys: Vec<&str> = command
        .get_arguments()
        .filter_map(clap::Arg::get_long)
        .filter(|long| *long != "from-json")
        .collect();
    let source = if from.as_os_str() == "-" {
        ValuesSource::Stdin
    } else {
        ValuesSource::File(from)
    };
    household::read_values(source, &keys)
}
