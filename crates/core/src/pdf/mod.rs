//! The PDF personal copy of the 資格情報のお知らせ (DOMAIN §9): what a member
//! shows together with the マイナンバーカード when the clinic's card reader fails.
//!
//! Three layouts, all A4 portrait except the card:
//! - the **member sheet**: the notice's fields, the member's document expiry dates, how to
//!   show the copy at the counter, and a card-sized cut-out at the bottom right;
//! - the **cut-out sheet**: up to ten card-sized (ID-1, 85.60 × 53.98 mm) cut-outs,
//!   two columns by five rows, for cutting;
//! - the **household overview**: one row per member with the plan, 記号・番号 and the next
//!   deadline of each document.
//!
//! Every page and every cut-out says 「本人控え（公式の資格情報のお知らせではありません）」.
//! Text is real text in Noto Sans JP, embedded as a subset: selectable and searchable.
//! Each string is checked against the font before it is drawn: a character the font
//! lacks is an [`Error::Pdf`] naming the character and the field, never a silent gap.
//!
//! The module renders what it is given: the caller gathers the member, the current
//! qualification and the expiry lines (from the store and the status rules), and passes
//! the printing date — the core never reads the clock. The result is the PDF file's
//! bytes; [`crate::household::save_pdf`] writes them (atomically, owner-only, with
//! [`crate::files::write_atomically`]).
//!
//! ```no_run
//! # use hoken_techo_core::pdf::{self, PdfMember, PdfRequest};
//! # fn members() -> Vec<PdfMember> { Vec::new() }
//! let members = members();
//! let on = chrono::NaiveDate::from_ymd_opt(2025, 11, 25).unwrap();
//! let bytes = pdf::render(&PdfRequest::household(&members, on).with_cutout_sheet())?;
//! # Ok::<(), hoken_techo_core::Error>(())
//! ```

mod canvas;
mod cutout;
mod fields;
mod font;
pub mod layout;
mod linebreak;
mod overview;
mod page;
mod sheet;

use chrono::NaiveDate;
use printpdf::{Date, DateTime, Offset, PdfDocument, PdfParseErrorSeverity, PdfSaveOptions, Time};

use crate::error::{Error, PdfProblem, Result};
use crate::member::Member;
use crate::qualification::Qualification;
use canvas::Canvas;
use font::Fonts;

pub use page::DISCLAIMER;
pub use sheet::PRESENTATION_STEPS;

/// What the PDF shows of one member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfMember {
    pub member: Member,
    /// The current qualification (the one without a 資格喪失日). A member without one gets
    /// no sheet and no cut-out; the overview says that nothing is recorded.
    pub qualification: Option<Qualification>,
    /// The documents with their next expiry, in the order to print them.
    pub expiries: Vec<ExpiryLine>,
}

/// One document and its next expiry, as the caller words them, e.g.
/// `マイナンバーカード` / `令和11年6月15日 (2029-06-15)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpiryLine {
    pub document: String,
    pub expires: String,
}

/// What to put in one PDF file, in this order: overview, member sheets, cut-out sheet(s).
#[derive(Debug, Clone, Copy)]
pub struct PdfRequest<'a> {
    pub members: &'a [PdfMember],
    /// Printed on every page, and the file's creation date.
    pub printed_on: NaiveDate,
    pub overview: bool,
    /// One sheet per member with a current qualification.
    pub sheets: bool,
    /// The cut-outs of those members, ten per A4 sheet.
    pub cutout_sheet: bool,
}

impl<'a> PdfRequest<'a> {
    /// One member's sheet.
    pub fn member(member: &'a PdfMember, printed_on: NaiveDate) -> Self {
        PdfRequest {
            members: std::slice::from_ref(member),
            printed_on,
            overview: false,
            sheets: true,
            cutout_sheet: false,
        }
    }

    /// The overview and every member's sheet.
    pub fn household(members: &'a [PdfMember], printed_on: NaiveDate) -> Self {
        PdfRequest {
            members,
            printed_on,
            overview: true,
            sheets: true,
            cutout_sheet: false,
        }
    }

    /// Only the cut-out sheet(s).
    pub fn cutouts(members: &'a [PdfMember], printed_on: NaiveDate) -> Self {
        PdfRequest {
            members,
            printed_on,
            overview: false,
            sheets: false,
            cutout_sheet: true,
        }
    }

    /// Adds the cut-out sheet(s) after the rest.
    pub fn with_cutout_sheet(self) -> Self {
        PdfRequest {
            cutout_sheet: true,
            ..self
        }
    }

    fn title(&self) -> &'static str {
        match (self.overview, self.sheets) {
            (true, _) => "世帯の資格情報 本人控え",
            (false, true) => "資格情報 本人控え",
            (false, false) => "資格情報 本人控え（切り取り用）",
        }
    }
}

/// One member's sheet (with its own cut-out). Fails when the member has no current
/// qualification.
pub fn render_member_sheet(member: &PdfMember, printed_on: NaiveDate) -> Result<Vec<u8>> {
    render(&PdfRequest::member(member, printed_on))
}

/// The household overview, then every member's sheet; with `cutout_sheet`, the cut-outs
/// of all members after them.
pub fn render_household(
    members: &[PdfMember],
    printed_on: NaiveDate,
    cutout_sheet: bool,
) -> Result<Vec<u8>> {
    let request = PdfRequest::household(members, printed_on);
    render(&if cutout_sheet {
        request.with_cutout_sheet()
    } else {
        request
    })
}

/// Only the cut-outs, ten per A4 sheet.
pub fn render_cutouts(members: &[PdfMember], printed_on: NaiveDate) -> Result<Vec<u8>> {
    render(&PdfRequest::cutouts(members, printed_on))
}

/// Renders `request` into the bytes of a PDF file. Nothing is returned unless every
/// string could be drawn in full.
pub fn render(request: &PdfRequest) -> Result<Vec<u8>> {
    let printable: Vec<(&PdfMember, &Qualification)> = request
        .members
        .iter()
        .filter_map(|entry| entry.qualification.as_ref().map(|q| (entry, q)))
        .collect();
    let needs_qualification = request.sheets || request.cutout_sheet;
    if needs_qualification && printable.is_empty() && !request.overview {
        return Err(Error::Pdf(match request.members {
            [only] => PdfProblem::NoCurrentQualification {
                member_id: only.member.id,
            },
            _ => PdfProblem::NothingToPrint,
        }));
    }
    if request.members.is_empty() {
        return Err(Error::Pdf(PdfProblem::NothingToPrint));
    }

    let fonts = Fonts::get()?;
    let mut document = PdfDocument::new(request.title());
    let font = document.add_font(fonts.face());
    let new_canvas = || Canvas::new(fonts, &font);

    // A4 pages carry a footer with the page number; the cut-out sheets use the whole page.
    let mut sheets: Vec<Canvas> = Vec::new();
    if request.overview {
        sheets.extend(overview::draw(
            new_canvas,
            request.members,
            request.printed_on,
        )?);
    }
    if request.sheets {
        for (entry, qualification) in &printable {
            let mut canvas = new_canvas();
            sheet::draw(&mut canvas, entry, qualification, request.printed_on)?;
            sheets.push(canvas);
        }
    }
    let mut cutout_pages: Vec<Canvas> = Vec::new();
    if request.cutout_sheet {
        for chunk in printable.chunks(layout::CUTOUTS_PER_SHEET) {
            let mut canvas = new_canvas();
            cutout::draw_sheet(&mut canvas, chunk)?;
            cutout_pages.push(canvas);
        }
    }
    let total = sheets.len();
    let mut pages = Vec::with_capacity(total + cutout_pages.len());
    for (index, mut canvas) in sheets.into_iter().enumerate() {
        page::footer(&mut canvas, index + 1, total)?;
        pages.push(canvas.into_page());
    }
    pages.extend(cutout_pages.into_iter().map(Canvas::into_page));

    let info = &mut document.metadata.info;
    let created = creation_time(request.printed_on);
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    info.producer = "hoken-techo".to_string();
    info.creator = format!("hoken-techo {}", env!("CARGO_PKG_VERSION"));
    info.subject = "資格情報のお知らせの本人控え（公式の書類ではありません）".to_string();
    document.with_pages(pages);

    let mut warnings = Vec::new();
    let bytes = document.save(&PdfSaveOptions::default(), &mut warnings);
    // printpdf reports a failed font subset (it then embeds the whole 5 MB font) or an
    // unembeddable font only as a warning: treat those as failures, not as a PDF.
    if warnings
        .iter()
        .any(|warning| warning.severity == PdfParseErrorSeverity::Error)
    {
        return Err(Error::Pdf(PdfProblem::Internal));
    }
    Ok(bytes)
}

/// The file's creation date: noon in Japan on the printing date. The core does not read
/// the clock, and noon JST (03:00 UTC, which is how printpdf writes it) is the same
/// calendar day in every time zone from UTC−3 to UTC+14.
fn creation_time(printed_on: NaiveDate) -> DateTime {
    use chrono::Datelike;
    DateTime {
        date: Date {
            year: printed_on.year(),
            month: printed_on.month() as u8,
            day: printed_on.day() as u8,
        },
        time: Time {
            hour: 3,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        offset: Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    }
}
