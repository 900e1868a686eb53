//! Reading the card: checking a reading against the member and recording it.

use super::{Context, DocumentSaved};
use crate::card::{CardReading, CardReadingView};
use crate::error::{Error, Result};
use crate::store::Store;

/// A reading from the card as shown before saving; with a member, checked against
/// their dates (a warning when the date fits none of them: perhaps another family
/// member's card). Saves nothing.
pub fn check_card_reading(
    store: &Store,
    member_id: Option<i64>,
    reading: CardReading,
    ctx: Context,
) -> Result<CardReadingView> {
    let warning = match member_id {
        Some(id) => crate::card::stored_member_warning(
            store,
            id,
            reading.ecert_auth_expires,
            ctx.today,
            ctx.locale(),
        )?,
        None => None,
    };
    Ok(CardReadingView::new(
        reading,
        ctx.today,
        warning,
        ctx.locale(),
    ))
}

/// Records the 利用者証明用電子証明書's expiry read from the card for a member, in one
/// transaction, marked as read from the card on `ctx.today`. A date that fits none of
/// the member's dates is refused unless `confirmed` (the user checked it is theirs).
pub fn record_card_reading(
    store: &mut Store,
    member_id: i64,
    reading: &CardReading,
    confirmed: bool,
    ctx: Context,
) -> Result<DocumentSaved> {
    let expiry = reading.ecert_auth_expires;
    let warning =
        crate::card::stored_member_warning(store, member_id, expiry, ctx.today, ctx.locale())?;
    if warning.is_some() && !confirmed {
        return Err(Error::Card(crate::error::CardProblem::NotThisMember {
            expiry,
        }));
    }
    let issued =
        crate::card::stored_issue_date_to_keep(store, member_id, expiry, ctx.today, ctx.locale())?;
    store.record_card_expiry(member_id, expiry, issued, ctx.today)?;
    let document = crate::status::stored_document(
        store,
        member_id,
        crate::document::DocumentKind::EcertAuth,
        ctx.today,
        ctx.locale(),
    )?;
    Ok(DocumentSaved {
        document,
        notes: Vec::new(),
    })
}
