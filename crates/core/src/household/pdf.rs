//! The PDF personal copy of the 資格情報のお知らせ.

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use super::{list_documents, Context};
use crate::error::{Error, Result, UserFile};
use crate::i18n::{Lang, Locale};
use crate::store::Store;

/// Which PDF to make: one member's sheet (with its cut-out), or the household overview
/// and every member's sheet; optionally a page of card-size cut-outs at the end.
#[derive(Debug, Clone, Copy, Default, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PdfChoice {
    pub member: Option<i64>,
    pub cutouts: bool,
}

/// Renders the chosen PDF, printed on `ctx.today` (the injected clock, as everywhere).
pub fn make_pdf(store: &Store, choice: PdfChoice, ctx: Context) -> Result<Vec<u8>> {
    let members = match choice.member {
        Some(id) => vec![pdf_member(store, store.member(id)?, ctx)?],
        None => store
            .members()?
            .into_iter()
            .map(|member| pdf_member(store, member, ctx))
            .collect::<Result<Vec<_>>>()?,
    };
    crate::pdf::render(&crate::pdf::PdfRequest {
        members: &members,
        printed_on: ctx.today,
        overview: choice.member.is_none(),
        sheets: true,
        cutout_sheet: choice.cutouts,
    })
}

/// Renders the chosen PDF and saves it at `path` (whole or not at all, owner-only);
/// returns its size in bytes.
pub fn save_pdf(store: &Store, choice: PdfChoice, path: &Path, ctx: Context) -> Result<usize> {
    let bytes = make_pdf(store, choice, ctx)?;
    write_pdf(path, &bytes)
}

/// Saves an already rendered PDF at `path` (whole or not at all, owner-only); returns
/// its size. The app renders first and asks where to save only when that worked.
pub fn write_pdf(path: &Path, bytes: &[u8]) -> Result<usize> {
    crate::files::write_atomically(path, bytes).map_err(|error| {
        UserFile::Pdf.write_error(&error, Error::Pdf(crate::error::PdfProblem::CannotWrite))
    })?;
    Ok(bytes.len())
}

/// Where a file (PDF, calendar) was saved, for the app to confirm and offer to open it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedFile {
    pub path: String,
    pub bytes: usize,
}

/// The file name offered in the save dialog: what and when, never whose (a file name
/// is visible in folders and recent-file lists, so it carries no personal data).
pub fn pdf_file_name(choice: PdfChoice, ctx: Context) -> String {
    let what = match (choice.member, ctx.lang) {
        (Some(_), Lang::Ja) => "保険手帳_本人控え",
        (None, Lang::Ja) => "保険手帳_世帯",
        (Some(_), Lang::En) => "hoken-techo-personal-copy",
        (None, Lang::En) => "hoken-techo-household",
    };
    format!("{what}_{}.pdf", ctx.today.format("%Y-%m-%d"))
}

/// The member, their current qualification and each document's expiry as the status
/// shows it today (the PDF is Japanese, like the notice it copies).
fn pdf_member(store: &Store, member: crate::Member, ctx: Context) -> Result<crate::pdf::PdfMember> {
    let qualification = store
        .qualifications_of(member.id)?
        .into_iter()
        .find(|q| q.lost_on.is_none());
    let japanese = Context::new(ctx.today, Locale::natural(Lang::Ja));
    let expiries = list_documents(store, member.id, japanese)?
        .into_iter()
        .filter_map(|document| {
            document.expiry.map(|expiry| crate::pdf::ExpiryLine {
                document: document.kind_label,
                expires: expiry.label,
            })
        })
        .collect();
    Ok(crate::pdf::PdfMember {
        member,
        qualification,
        expiries,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Locale};
    use chrono::NaiveDate;

    #[test]
    fn the_offered_pdf_file_name_says_what_and_when_but_not_whose() {
        let ctx = |lang: Lang| {
            Context::new(
                NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
                Locale::natural(lang),
            )
        };
        let member = PdfChoice {
            member: Some(3),
            cutouts: false,
        };
        assert_eq!(
            pdf_file_name(member, ctx(Lang::Ja)),
            "保険手帳_本人控え_2026-11-25.pdf"
        );
        assert_eq!(
            pdf_file_name(PdfChoice::default(), ctx(Lang::En)),
            "hoken-techo-household_2026-11-25.pdf"
        );
    }
}
