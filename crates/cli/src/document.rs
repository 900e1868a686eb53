//! `hoken-techo document set|clear|list`: what each member holds (DOMAIN §1).

use clap::Subcommand;
use hoken_techo_core::document::{DocumentInput, DocumentKind, Held};
use hoken_techo_core::household::{self, Context, DocumentSaved};
use hoken_techo_core::status::{DocumentStatus, ExpirySource};
use hoken_techo_core::{Error, Lang, Store};

use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum DocumentCommand {
    /// Record a document; options not given keep what was recorded before.
    Set {
        /// The member it belongs to (see `member list`).
        #[arg(long)]
        member: i64,
        /// card, ecert-auth, ecert-sign, phone, registration, kakuninsho, koureisha,
        /// legacy-card or zairyu.
        #[arg(long)]
        kind: String,
        /// Issue date (for the registration: the day it was done), e.g. 2020-03-10 or
        /// 令和2年3月10日.
        #[arg(long, value_name = "DATE")]
        issued: Option<String>,
        /// The expiry date printed on the document (computed when not given).
        #[arg(long, value_name = "DATE")]
        expires: Option<String>,
        /// For the registration: done, not-done or unknown.
        #[arg(long, value_name = "done|not-done|unknown")]
        status: Option<String>,
        /// The member does not have it.
        #[arg(long, conflicts_with = "unknown")]
        not_held: bool,
        /// Not known whether the member has it.
        #[arg(long)]
        unknown: bool,
    },
    /// Forget what was recorded for one kind.
    Clear {
        #[arg(long)]
        member: i64,
        #[arg(long)]
        kind: String,
    },
    /// A member's documents with their expiry and state today.
    List {
        #[arg(long)]
        member: i64,
    },
}

pub fn run(
    command: &DocumentCommand,
    store: &mut Store,
    ctx: Context,
    out: &Output,
) -> Result<(), Error> {
    match command {
        DocumentCommand::Set { member, kind, .. } => {
            let current = household::list_documents(store, *member, ctx)?;
            let recorded = DocumentKind::parse(kind)
                .and_then(|kind| current.into_iter().find(|d| d.kind == kind && d.recorded));
            let input = input_from(command, recorded.as_ref());
            let saved = household::set_document(store, *member, &input, ctx)?;
            out.print(&saved, render_saved);
        }
        DocumentCommand::Clear { member, kind } => {
            let documents = household::clear_document(store, *member, kind, ctx)?;
            out.print(&documents, render_list);
        }
        DocumentCommand::List { member } => {
            let documents = household::list_documents(store, *member, ctx)?;
            out.print(&documents, render_list);
        }
    }
    Ok(())
}

/// The options as form input. What was recorded before fills the options not given,
/// unless the new answer makes it meaningless (dates of a document not held).
fn input_from(command: &DocumentCommand, recorded: Option<&DocumentStatus>) -> DocumentInput {
    let DocumentCommand::Set {
        kind,
        issued,
        expires,
        status,
        not_held,
        unknown,
        ..
    } = command
    else {
        return DocumentInput::default();
    };
    let held = if *not_held {
        Some(Held::NotHeld.code().to_string())
    } else if *unknown {
        Some(Held::Unknown.code().to_string())
    } else {
        None
    };
    let answered = held.is_some() || status.is_some();
    let dated = issued.is_some() || expires.is_some();
    let keep_dates = !*not_held && status.as_deref() != Some("not-done");
    // A date alone means "I have it": do not carry over an old "not held".
    let keep_answer = !answered && !dated;
    let previous_date = |pick: fn(&DocumentStatus) -> Option<String>| {
        recorded.filter(|_| keep_dates).and_then(pick)
    };
    DocumentInput {
        kind: kind.clone(),
        held: held
            .or_else(|| {
                recorded
                    .filter(|r| keep_answer && r.registration.is_none())
                    .map(|r| r.held.code().to_string())
            })
            .unwrap_or_default(),
        issued: issued
            .clone()
            .or_else(|| previous_date(|r| r.issued.as_ref().map(|d| d.date.to_string())))
            .unwrap_or_default(),
        expires: expires
            .clone()
            .or_else(|| {
                previous_date(|r| {
                    r.expiry
                        .as_ref()
                        .filter(|e| matches!(e.source, ExpirySource::Printed | ExpirySource::Card))
                        .map(|e| e.date.to_string())
                })
            })
            .unwrap_or_default(),
        status: status
            .clone()
            .or_else(|| {
                recorded
                    .filter(|_| keep_answer)
                    .and_then(|r| r.registration)
                    .map(|s| s.code().to_string())
            })
            .unwrap_or_default(),
    }
}

fn render_saved(saved: &DocumentSaved, lang: Lang) -> String {
    let mut text = match &saved.document {
        Some(document) => render_one(document, lang),
        None => lang.pick("記録しました。", "Saved.").to_string(),
    };
    for note in &saved.notes {
        text.push_str(&format!("\n    ※ {}", note.message));
    }
    text
}

// `&Vec` because `Output::print` renders the exact value it serialises.
#[allow(clippy::ptr_arg)]
fn render_list(documents: &Vec<DocumentStatus>, lang: Lang) -> String {
    if documents.is_empty() {
        return lang
            .pick(
                "書類はまだ記録されていません。`hoken-techo document set --member ID --kind card --issued 日付` で追加できます。",
                "No documents recorded yet. Add one with `hoken-techo document set --member ID --kind card --issued DATE`.",
            )
            .to_string();
    }
    documents
        .iter()
        .map(|d| render_one(d, lang))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `（計算）` / ` (computed)`.
pub fn parenthesised(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("（{text}）"),
        Lang::En => format!(" ({text})"),
    }
}

pub fn render_one(document: &DocumentStatus, lang: Lang) -> String {
    let mut lines = vec![format!(
        "[{}] {}: {}",
        document.kind.code(),
        document.kind_label,
        document.state_label
    )];
    if let Some(issued) = &document.issued {
        let label = if document.kind == DocumentKind::Registration {
            lang.pick("登録日", "Registered on")
        } else {
            lang.pick("発行日", "Issued")
        };
        lines.push(format!("    {label}: {}", issued.label));
    }
    if let Some(expiry) = &document.expiry {
        let source = match expiry.source {
            ExpirySource::Printed => lang.pick("印字", "printed"),
            ExpirySource::Computed => lang.pick("計算", "computed"),
            // The label says it already: 「（カードから読み取り）」.
            ExpirySource::Card => "",
        };
        lines.push(format!(
            "    {}: {}{}",
            lang.pick("有効期限", "Expires"),
            expiry.label,
            if source.is_empty() {
                String::new()
            } else {
                parenthesised(source, lang)
            }
        ));
        for note in expiry.estimate_notes.iter().chain(&expiry.mismatch) {
            lines.push(format!("    ※ {note}"));
        }
    }
    for note in &document.notes {
        lines.push(format!("    ※ {note}"));
    }
    lines.join("\n")
}
