//! `hoken-techo`: the household notebook from the command line, over the same core and
//! the same database file as the desktop app.
//!
//! A library so that one program can be both: the CLI's own binary (`src/main.rs`) and
//! the desktop app's binary when it is run as `hoken-techo` (the .deb's command is a
//! link to the app: the core and its font are shipped once, docs/DECISIONS.md).

mod args;
mod backup;
mod card;
mod demo;
mod document;
mod encryption;
mod household_file;
mod member;
mod output;
mod pdf;
mod qualification;
mod reminders;
mod status;

use std::process::ExitCode;

use hoken_techo_core::household::{self, Context};
use hoken_techo_core::{preferences, Error, Lang, Locale};

use args::{Cli, Command};
use backup::BackupCommand;
use output::Output;

/// The clap definition, for the manual page and the shell completions.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Runs the command line given as `args` (the program's name first, as
/// `std::env::args_os` gives it) and returns its exit status. Usage errors and
/// `--help` exit the process from here, as clap does.
pub fn main_with_args(args: Vec<std::ffi::OsString>) -> ExitCode {
    hoken_techo_core::panic_message::install();
    let system = system_lang();
    let cli = args::parse(args, system);
    let out = Output::new(cli.json, Locale::natural(cli.lang.unwrap_or(system)));
    match run(&cli, system, &out).and_then(|()| out.finish()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            out.error(&error);
            out.hint(&error, &cli.passphrase_env);
            ExitCode::FAILURE
        }
    }
}

/// The operating system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix; the
/// OS setting on Windows and macOS), for the language preference "system".
fn system_lang() -> Lang {
    let seam = std::env::var(hoken_techo_core::i18n::SYSTEM_LOCALE_SEAM).ok();
    Lang::from_system(seam.as_deref(), sys_locale::get_locale)
}

fn run(cli: &Cli, system: Lang, out: &Output) -> Result<(), Error> {
    let ctx = Context::new(cli.today(), out.locale());
    match &cli.command {
        // Needs no database: works before the household file exists.
        Command::Insurer { number } => return qualification::check_insurer(number, ctx, out),
        // Reading without saving needs no database either.
        Command::Card(command) if !command.needs_store() => {
            return card::run_without_store(command, ctx, out)
        }
        // Listing and restoring backups must work when the database cannot be opened.
        Command::Backup(command) => {
            if let Some(done) = backup::run_without_store(command, cli, ctx, out) {
                return done;
            }
        }
        // Read from the file alone: needs no passphrase, and opening would change what
        // it reports (the open finishes an interrupted passphrase change).
        Command::Encryption(encryption::EncryptionCommand::Status) => {
            return encryption::status(cli, out)
        }
        _ => {}
    }
    let mut store = household::open_store(&cli.database_path(), cli.passphrase().as_ref())?;
    // The household's language and date order, as the app shows them; `--lang` wins.
    let mut preferences = household::preferences(&store, ctx)?;
    if let Some(lang) = cli.lang {
        preferences.language = preferences::LanguageChoice::from(lang);
    }
    out.set_locale(preferences.locale(system));
    let ctx = Context::new(ctx.today, out.locale());
    // Once a day on use. A failed backup is reported but does not stop the command.
    if let Err(error) = household::daily_backup_if_due(&store, ctx) {
        out.warning(&error);
    }
    match &cli.command {
        Command::Member(command) => member::run(command, &mut store, ctx, out),
        Command::Qualification(command) => qualification::run(command, &mut store, ctx, out),
        Command::Document(command) => document::run(command, &mut store, ctx, out),
        Command::Status(args) => status::run(args, &mut store, ctx, out),
        Command::Troubleshoot(args) => status::run_troubleshoot(args, &mut store, ctx, out),
        Command::Pdf(args) => pdf::run(args, &store, ctx, out),
        Command::Reminders(args) => reminders::run(args, &mut store, ctx, out),
        Command::Ics(args) => reminders::run_ics(args, &store, ctx, out),
        Command::Backup(BackupCommand::Create) => backup::create(&store, ctx, out),
        Command::Export(args) => household_file::export(args, &store, out),
        Command::Import(args) => household_file::import(args, &mut store, ctx, out),
        Command::Encryption(command) => encryption::run(command, cli, &mut store, out),
        Command::Demo(command) => demo::run(command, &mut store, ctx, out),
        Command::Card(command) => card::run(command, &mut store, ctx, out),
        Command::Insurer { .. } | Command::Backup(_) => Ok(()),
    }
}
