//! `hoken-techo export -o FILE` and `hoken-techo import FILE [--dry-run]`.

use std::path::PathBuf;

use clap::Args;
use hoken_techo_core::household::{self, Context, ExportSaved};
use hoken_techo_core::household_file::ImportSummary;
use hoken_techo_core::{Error, Lang, Store};

use crate::output::Output;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The JSON file to write (replaced if it exists; readable by you only). It is not
    /// encrypted: keep it as carefully as the paper notices.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A file written by `export` (format hoken-techo-household, version 1).
    pub file: PathBuf,
    /// Check the file and say what would change, without changing anything.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn export(args: &ExportArgs, store: &Store, out: &Output) -> Result<(), Error> {
    let saved = household::save_export(store, &args.output)?;
    out.print(&saved, render_saved);
    Ok(())
}

pub fn import(
    args: &ImportArgs,
    store: &mut Store,
    ctx: Context,
    out: &Output,
) -> Result<(), Error> {
    let summary = household::import_household_file(store, &args.file, args.dry_run, ctx)?;
    out.print(&summary, render_summary);
    Ok(())
}

fn render_saved(saved: &ExportSaved, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "エクスポートしました: {}（{}人）",
            saved.path, saved.members
        ),
        Lang::En => format!("Exported {} member(s) to {}", saved.members, saved.path),
    }
}

fn render_summary(s: &ImportSummary, lang: Lang) -> String {
    let mut text = match lang {
        Lang::Ja => format!(
            "{}\n    家族: 追加 {}・置き換え {}・変更なし {}・削除 {}\n    インポート後: 資格 {}件・書類 {}件",
            if s.dry_run {
                "インポートした場合の変更です（試しただけで、何も変更していません）。"
            } else {
                "インポートしました（家族の記録を、ファイルの内容で置き換えました）。"
            },
            s.members_added, s.members_replaced, s.members_unchanged, s.members_removed,
            s.qualifications, s.documents
        ),
        Lang::En => format!(
            "{}\n    members: {} added, {} replaced, {} unchanged, {} removed\n    after the import: {} qualification(s), {} document(s)",
            if s.dry_run {
                "What the import would change (a dry run: nothing was changed)."
            } else {
                "Imported (the household was replaced with the file's)."
            },
            s.members_added, s.members_replaced, s.members_unchanged, s.members_removed,
            s.qualifications, s.documents
        ),
    };
    if let Some(backup) = &s.backup {
        text.push_str(&match lang {
            Lang::Ja => format!("\n    元の内容のバックアップ: {backup}"),
            Lang::En => format!("\n    backup of the previous household: {backup}"),
        });
    }
    text
}
