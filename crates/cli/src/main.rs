//! `hoken-techo`: the household notebook from the command line, over the same core and
//! the same database file as the desktop app.

mod args;
mod backup;
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

use clap::Parser;
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::Error;

use args::{Cli, Command};
use backup::BackupCommand;
use output::Output;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = Output::new(cli.json, cli.lang());
    match run(&cli, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            out.error(&error);
            out.hint(&error, &cli.passphrase_env);
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli, out: &Output) -> Result<(), Error> {
    let ctx = Context {
        today: cli.today(),
        lang: cli.lang(),
    };
    match &cli.command {
        // Needs no database: works before the household file exists.
        Command::Insurer { number } => return qualification::check_insurer(number, ctx, out),
        // Listing and restoring backups must work when the database cannot be opened.
        Command::Backup(command) => {
            if let Some(done) = backup::run_without_store(command, cli, ctx, out) {
                return done;
            }
        }
        _ => {}
    }
    let mut store = household::open_store(&cli.database_path(), cli.passphrase().as_ref())?;
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
        Command::Insurer { .. } | Command::Backup(_) => Ok(()),
    }
}
