//! `hoken-techo`: the household notebook from the command line, over the same core and
//! the same database file as the desktop app.

mod args;
mod document;
mod member;
mod output;
mod pdf;
mod qualification;
mod reminders;
mod status;

use std::process::ExitCode;

use clap::Parser;
use hoken_techo_core::household::Context;
use hoken_techo_core::{Error, Store};

use args::{Cli, Command};
use output::Output;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = Output::new(cli.json, cli.lang());
    match run(&cli, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            out.error(&error);
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli, out: &Output) -> Result<(), Error> {
    let ctx = Context {
        today: cli.today(),
        lang: cli.lang(),
    };
    if let Command::Insurer { number } = &cli.command {
        // Needs no database: works before the household file exists.
        return qualification::check_insurer(number, ctx, out);
    }
    let mut store = Store::open(&cli.database_path())?;
    match &cli.command {
        Command::Member(command) => member::run(command, &mut store, ctx, out),
        Command::Qualification(command) => qualification::run(command, &mut store, ctx, out),
        Command::Document(command) => document::run(command, &mut store, ctx, out),
        Command::Status(args) => status::run(args, &mut store, ctx, out),
        Command::Troubleshoot(args) => status::run_troubleshoot(args, &mut store, ctx, out),
        Command::Pdf(args) => pdf::run(args, &store, ctx, out),
        Command::Reminders(args) => reminders::run(args, &mut store, ctx, out),
        Command::Ics(args) => reminders::run_ics(args, &store, ctx, out),
        Command::Insurer { .. } => Ok(()),
    }
}
