//! `hoken-techo card readers|read`: the 利用者証明用電子証明書's expiry read straight from
//! the My Number Card (no PIN, nothing personal kept), optionally saved for a member.

use std::sync::atomic::AtomicBool;
use std::time::Duration;

use clap::{Args, Subcommand};
use hoken_techo_card::ReadOptions;
use hoken_techo_core::card::{CardReadingView, PinAdvice};
use hoken_techo_core::household::{self, Context, DocumentSaved};
use hoken_techo_core::{Error, Lang, Store};
use serde::Serialize;

use crate::document::render_one;
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum CardCommand {
    /// List the connected card readers.
    Readers,
    /// Read the e-certificate's expiry and the PIN tries left from the card on a reader
    /// (no PIN is asked or spent); with --member, save the expiry for that member.
    Read(CardReadArgs),
}

#[derive(Debug, Args)]
pub struct CardReadArgs {
    /// The reader's exact name (see `card readers`); default: the first one a card is
    /// placed on.
    #[arg(long, value_name = "NAME")]
    pub reader: Option<String>,
    /// Save the expiry as this member's 利用者証明用電子証明書 (read from the card).
    #[arg(long, value_name = "ID")]
    pub member: Option<i64>,
    /// How long to wait for a card, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub wait: u64,
    /// Save even when the date fits none of the member's dates (after checking it is
    /// their card).
    #[arg(long, short = 'y', requires = "member")]
    pub yes: bool,
}

impl CardCommand {
    /// Whether the command needs the database (only saving does).
    pub fn needs_store(&self) -> bool {
        matches!(self, CardCommand::Read(args) if args.member.is_some())
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Readers {
    readers: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Read {
    #[serde(flatten)]
    view: CardReadingView,
    /// The not-yet-saved or saved document; `None` without --member.
    saved: Option<DocumentSaved>,
}

/// `card readers` and `card read` without --member: no database.
pub fn run_without_store(command: &CardCommand, ctx: Context, out: &Output) -> Result<(), Error> {
    match command {
        CardCommand::Readers => {
            let readers = Readers {
                readers: hoken_techo_card::readers()?,
            };
            out.print(&readers, render_readers);
            Ok(())
        }
        CardCommand::Read(args) => {
            let reading = read(args)?;
            // No member: nothing to check it against, nothing saved.
            let view = CardReadingView::new(reading, ctx.today, None, ctx.locale());
            out.print(&Read { view, saved: None }, render_read);
            Ok(())
        }
    }
}

pub fn run(
    command: &CardCommand,
    store: &mut Store,
    ctx: Context,
    out: &Output,
) -> Result<(), Error> {
    let CardCommand::Read(args) = command else {
        return run_without_store(command, ctx, out);
    };
    let Some(member) = args.member else {
        return run_without_store(command, ctx, out);
    };
    // The member first: a wrong ID fails before anyone is asked for a card.
    household::show_member(store, member, ctx)?;
    let reading = read(args)?;
    let view = household::check_card_reading(store, Some(member), reading.clone(), ctx)?;
    let saved = household::record_card_reading(store, member, &reading, args.yes, ctx)?;
    out.print(
        &Read {
            view,
            saved: Some(saved),
        },
        render_read,
    );
    Ok(())
}

fn read(args: &CardReadArgs) -> Result<hoken_techo_core::card::CardReading, Error> {
    let options = ReadOptions {
        reader: args.reader.clone(),
        wait: Duration::from_secs(args.wait),
    };
    hoken_techo_card::read(&options, &AtomicBool::new(false))
}

fn render_readers(readers: &Readers, lang: Lang) -> String {
    if readers.readers.is_empty() {
        return lang
            .pick(
                "カードリーダーがつながっていません。カードリーダーをパソコンにつないでください。",
                "No card reader is connected. Connect the card reader to the computer.",
            )
            .to_string();
    }
    readers.readers.join("\n")
}

fn render_read(read: &Read, lang: Lang) -> String {
    let view = &read.view;
    let mut lines = vec![
        format!(
            "{}: {}",
            lang.pick("カードリーダー", "Reader"),
            view.reading.reader
        ),
        format!("{}: {}", lang.pick("カードの種類", "Card"), view.kind_label),
        format!(
            "{}: {}{}",
            lang.pick(
                "利用者証明用電子証明書の有効期限",
                "Authentication e-certificate expires"
            ),
            view.expiry_label,
            if view.expired {
                lang.pick("（期限切れ）", " (expired)")
            } else {
                ""
            }
        ),
        format!(
            "{}: {}",
            lang.pick("利用者証明用の暗証番号", "Authentication PIN"),
            view.pin_label
        ),
    ];
    if let Some(note) = &view.pin_note {
        let mark = match view.pin_advice {
            PinAdvice::Locked | PinAdvice::Caution => "!",
            PinAdvice::Fine | PinAdvice::Unknown => "※",
        };
        lines.push(format!("    {mark} {note}"));
    }
    if let Some(warning) = &view.member_warning {
        lines.push(format!("    ! {warning}"));
    }
    match &read.saved {
        Some(saved) => {
            lines.push(lang.pick("保存しました:", "Saved:").to_string());
            if let Some(document) = &saved.document {
                lines.push(render_one(document, lang));
            }
        }
        None => lines.push(
            lang.pick(
                "保存していません（保存するには --member ID を付けてください）。",
                "Not saved (add --member ID to save it).",
            )
            .to_string(),
        ),
    }
    lines.join("\n")
}
