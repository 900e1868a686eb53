//! `hoken-techo backup list|create|restore NAME`. A daily backup is made automatically
//! by every command that opens the database (see `main.rs`).

use clap::Subcommand;
use hoken_techo_core::backup::{BackupInfo, RestoreReport};
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::{Error, Lang, Store};

use crate::args::Cli;
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// List the backups, newest first.
    List,
    /// Make a backup now (kept until you delete it).
    Create,
    /// Put a backup back. The current file is kept as `<file>.before-restore-<date>`.
    Restore {
        /// The backup's name as `backup list` shows it.
        name: String,
    },
}

/// `list` and `restore`, which must work when the database cannot be opened.
pub fn run_without_store(
    command: &BackupCommand,
    cli: &Cli,
    ctx: Context,
    out: &Output,
) -> Option<Result<(), Error>> {
    let database = cli.database_path();
    match command {
        BackupCommand::List => {
            Some(household::list_backups(&database, ctx).map(|list| out.print(&list, render_list)))
        }
        BackupCommand::Restore { name } => Some(
            household::restore_backup(&database, name, cli.passphrase().as_ref(), ctx)
                .map(|report| out.print(&report, render_restored)),
        ),
        BackupCommand::Create => None,
    }
}

pub fn create(store: &Store, ctx: Context, out: &Output) -> Result<(), Error> {
    let made = household::create_backup(store, ctx)?;
    out.print(&made, |made, lang| {
        format!(
            "{}: {}",
            lang.pick("バックアップを作成しました", "Backup made"),
            made.name
        )
    });
    Ok(())
}

// `&Vec` because `Output::print` renders the exact value it serialises.
#[allow(clippy::ptr_arg)]
fn render_list(list: &Vec<BackupInfo>, lang: Lang) -> String {
    if list.is_empty() {
        return lang
            .pick(
                "バックアップはまだありません（データベースを使うと毎日1回自動で作られます）。",
                "No backups yet (one is made automatically each day the database is used).",
            )
            .to_string();
    }
    list.iter()
        .map(|backup| {
            let kb = backup.bytes.div_ceil(1024);
            format!("{}\n    {} ({kb} KB)", backup.name, backup.label)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_restored(report: &RestoreReport, lang: Lang) -> String {
    let restored = match lang {
        Lang::Ja => format!("バックアップ「{}」から復元しました。", report.restored.name),
        Lang::En => format!("Restored the backup “{}”.", report.restored.name),
    };
    match (&report.set_aside, lang) {
        (Some(aside), Lang::Ja) => {
            format!("{restored}\n元のファイルは {aside} として残してあります。")
        }
        (Some(aside), Lang::En) => format!("{restored}\nThe previous file is kept as {aside}."),
        (None, _) => restored,
    }
}
