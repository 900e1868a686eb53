//! Documents and the status for a day: what each card and paper is worth, the troubleshooter.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::Context;
use crate::date_input::parse_date;
use crate::document::DocumentInput;
use crate::error::{Error, Field, Result};
use crate::qualification::FieldNote;
use crate::status::{DocumentStatus, HouseholdStatus};
use crate::store::Store;
use crate::troubleshooter::{GivenAnswer, Troubleshooter};

/// A saved document as the status shows it today, with remarks on accepted dates.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentSaved {
    pub document: Option<DocumentStatus>,
    pub notes: Vec<FieldNote>,
}

/// Records what the member has of one kind (replacing what was recorded before).
pub fn set_document(
    store: &mut Store,
    member_id: i64,
    input: &DocumentInput,
    ctx: Context,
) -> Result<DocumentSaved> {
    let valid = input.validate(ctx.today, ctx.locale())?;
    store.set_document(member_id, &valid)?;
    let document =
        crate::status::stored_document(store, member_id, valid.kind, ctx.today, ctx.locale())?;
    Ok(DocumentSaved {
        document,
        notes: valid.notes,
    })
}

/// Forgets one kind (`kind` as typed: a code or a label); the member's documents after.
pub fn clear_document(
    store: &mut Store,
    member_id: i64,
    kind: &str,
    ctx: Context,
) -> Result<Vec<DocumentStatus>> {
    let kind = crate::document::parse_kind(kind)
        .map_err(|problem| Error::invalid(Field::DocumentKind, problem))?;
    store.clear_document(member_id, kind)?;
    list_documents(store, member_id, ctx)
}

/// The member's documents today: recorded ones and the e-certs assumed from the card.
pub fn list_documents(store: &Store, member_id: i64, ctx: Context) -> Result<Vec<DocumentStatus>> {
    crate::status::stored_documents(store, member_id, ctx.today, ctx.locale())
}

/// The household (or one member) on `on`: documents, マイナ保険証, what to bring, next actions.
pub fn status(
    store: &Store,
    member: Option<i64>,
    on: NaiveDate,
    ctx: Context,
) -> Result<HouseholdStatus> {
    crate::status::stored_household(store, member, on, ctx.locale())
}

/// 「カードリーダーで確認できないとき」 for one member, pre-answered for today, with the
/// member's own answers to the questions the records cannot answer and, when the card
/// was just read (saved or not), what it said (a locked PIN, the certificate's true
/// expiry).
pub fn troubleshoot(
    store: &Store,
    member_id: i64,
    given: &[GivenAnswer],
    reading: Option<&crate::card::CardReading>,
    ctx: Context,
) -> Result<Troubleshooter> {
    crate::troubleshooter::stored_member(store, member_id, ctx.today, ctx.locale(), given, reading)
}

/// Reads the date the status is asked for, as typed (西暦 or 和暦).
pub fn parse_status_date(text: &str) -> Result<NaiveDate> {
    parse_date(text)
        .map(|parsed| parsed.date)
        .map_err(|problem| Error::invalid(Field::StatusDate, problem))
}
