//! `hoken-techo pdf [--member ID | --household] [--cutouts] -o FILE`: the printable
//! personal copy of the 資格情報のお知らせ.

use std::path::PathBuf;

use clap::Args;
use hoken_techo_core::household::{self, Context, PdfChoice};
use hoken_techo_core::{Error, Lang, Store};
use serde::Serialize;

use crate::output::Output;

#[derive(Debug, Args)]
pub struct PdfArgs {
    /// One member's sheet, with its card-sized cut-out (see `member list` for the ID).
    #[arg(long, value_name = "ID", conflicts_with = "household")]
    pub member: Option<i64>,
    /// The household overview and every member's sheet (the default).
    #[arg(long)]
    pub household: bool,
    /// Add a sheet of card-sized cut-outs (up to 10 per A4 page) at the end.
    #[arg(long)]
    pub cutouts: bool,
    /// The PDF file to write. It is replaced if it exists and readable by you only.
    /// Nothing personal goes into the name unless you type it.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
}

/// What `--json` prints.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Written {
    path: String,
    bytes: usize,
}

pub fn run(args: &PdfArgs, store: &Store, ctx: Context, out: &Output) -> Result<(), Error> {
    let choice = PdfChoice {
        member: args.member,
        cutouts: args.cutouts,
    };
    let bytes = household::save_pdf(store, choice, &args.output, ctx)?;
    let written = Written {
        path: args.output.display().to_string(),
        bytes,
    };
    out.print(&written, render);
    Ok(())
}

fn render(written: &Written, lang: Lang) -> String {
    let kb = written.bytes.div_ceil(1024);
    match lang {
        Lang::Ja => format!("PDFを保存しました: {}（{kb} KB）", written.path),
        Lang::En => format!("Saved the PDF: {} ({kb} KB)", written.path),
    }
}
