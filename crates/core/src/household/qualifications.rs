//! Qualifications (資格情報): the live check of the form, add, edit, end, remove.

use serde::Serialize;
use ts_rs::TS;

use super::Context;
use crate::date_input::parse_date;
use crate::error::{Error, Field, FieldError, Result};
use crate::qualification::{FieldNote, InsurerCheck, QualificationInput, QualificationView};
use crate::store::{CurrentQualification, Store};

/// A saved qualification, with remarks about accepted values worth a second look.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QualificationSaved {
    pub qualification: QualificationView,
    pub notes: Vec<FieldNote>,
}

/// Validates without saving, for the form's live messages: the notes on success.
pub fn check_qualification(input: &QualificationInput, ctx: Context) -> Result<Vec<FieldNote>> {
    Ok(input.validate(ctx.locale())?.notes)
}

/// Checks and describes an insurer number as it is typed.
pub fn check_insurer(number: &str, ctx: Context) -> InsurerCheck {
    crate::qualification::check_insurer(number, ctx.locale())
}

/// Like [`check_insurer`], but an invalid number is an error (for the CLI's exit status).
pub fn describe_insurer(number: &str, ctx: Context) -> Result<InsurerCheck> {
    crate::insurer::parse_insurer_number(number)
        .map_err(|problem| Error::invalid(Field::InsurerNumber, problem))?;
    Ok(check_insurer(number, ctx))
}

pub fn list_qualifications(
    store: &Store,
    member_id: i64,
    ctx: Context,
) -> Result<Vec<QualificationView>> {
    Ok(store
        .qualifications_of(member_id)?
        .into_iter()
        .map(|q| QualificationView::new(q, ctx.locale()))
        .collect())
}

/// Adds a qualification. When it is current and the member already has a current one,
/// `end_current` says whether to end that one on the new 資格取得日 or to refuse.
pub fn add_qualification(
    store: &mut Store,
    member_id: i64,
    input: &QualificationInput,
    end_current: bool,
    ctx: Context,
) -> Result<QualificationSaved> {
    let valid = input.validate(ctx.locale())?;
    let current = if end_current {
        CurrentQualification::EndOnNewAcquiredDate
    } else {
        CurrentQualification::Keep
    };
    let saved = store.add_qualification(member_id, &valid, current)?;
    Ok(QualificationSaved {
        qualification: QualificationView::new(saved, ctx.locale()),
        notes: valid.notes,
    })
}

pub fn edit_qualification(
    store: &mut Store,
    id: i64,
    input: &QualificationInput,
    ctx: Context,
) -> Result<QualificationSaved> {
    let valid = input.validate(ctx.locale())?;
    let saved = store.update_qualification(id, &valid)?;
    Ok(QualificationSaved {
        qualification: QualificationView::new(saved, ctx.locale()),
        notes: valid.notes,
    })
}

/// Ends a qualification on the 資格喪失日 typed by the user.
pub fn end_qualification(
    store: &mut Store,
    id: i64,
    lost_on: &str,
    ctx: Context,
) -> Result<QualificationView> {
    let lost_on = parse_date(lost_on)
        .map_err(|problem| Error::Invalid(vec![FieldError::new(Field::LostDate, problem)]))?;
    Ok(QualificationView::new(
        store.end_qualification(id, lost_on.date)?,
        ctx.locale(),
    ))
}

pub fn remove_qualification(store: &mut Store, id: i64, ctx: Context) -> Result<QualificationView> {
    Ok(QualificationView::new(
        store.remove_qualification(id)?,
        ctx.locale(),
    ))
}
