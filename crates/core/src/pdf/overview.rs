//! The household overview: one row per member with the plan, 記号・番号 and the next
//! deadline of each document, continued on further pages when the household is large.

use chrono::NaiveDate;

use super::canvas::{centred_baseline, Align, Canvas, Style};
use super::fields;
use super::font::FIXED;
use super::layout::{MmRect, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN_X};
use super::page::{header, symbol_line, BLACK_LINE, LABEL_FILL, THIN_LINE};
use super::PdfMember;
use crate::error::{Field, Result};
use crate::qualification::Qualification;

/// Column widths: member, plan and numbers, documents.
const COLUMNS: [f32; 3] = [38.0, 64.0, CONTENT_WIDTH - 38.0 - 64.0];
const HEADER_ROW: f32 = 7.0;
const PADDING: f32 = 3.0;
const LINE: f32 = 4.4;
const MIN_ROW: f32 = 22.0;
/// Room kept under the table on the last page for the note.
const NOTE_ROOM: f32 = 14.0;
const NOTE: &str = "書類の有効期限は、印刷日に保険手帳に登録されていた内容によるものです（「目安」とある日付は計算による見込みです）。期限が近い書類は、早めに更新の手続きをしてください。";

fn column_x(column: usize) -> f32 {
    MARGIN_X + COLUMNS[..column].iter().sum::<f32>()
}

/// How tall a member's row is: the tallest of its three cells.
fn row_height(entry: &PdfMember) -> f32 {
    let documents = entry.expiries.len().max(1) as f32;
    (PADDING + 1.4 + documents * LINE).max(MIN_ROW)
}

/// Draws the overview on as many pages as it needs; `new_page` supplies each page after
/// the first. Returns the pages drawn.
pub fn draw<'a>(
    fonts_canvas: impl Fn() -> Canvas<'a>,
    members: &[PdfMember],
    printed_on: NaiveDate,
) -> Result<Vec<Canvas<'a>>> {
    let mut pages = Vec::new();
    let mut canvas = fonts_canvas();
    let mut y = start_page(&mut canvas, printed_on)?;
    for (index, entry) in members.iter().enumerate() {
        let height = row_height(entry);
        let last = index + 1 == members.len();
        let limit = CONTENT_BOTTOM - if last { NOTE_ROOM } else { 0.0 };
        if y + height > limit {
            pages.push(canvas);
            canvas = fonts_canvas();
            y = start_page(&mut canvas, printed_on)?;
        }
        member_row(&mut canvas, y, entry)?;
        y += height;
    }
    canvas.paragraph(
        MARGIN_X,
        y + 6.0,
        CONTENT_WIDTH,
        4.0,
        Style::regular(8.0).muted(),
        FIXED,
        NOTE,
    )?;
    pages.push(canvas);
    Ok(pages)
}

/// Title block and table header; returns the top of the first row.
fn start_page(canvas: &mut Canvas, printed_on: NaiveDate) -> Result<f32> {
    let top = header(
        canvas,
        "健康保険の資格情報と書類の有効期限",
        "世帯の資格情報　一覧",
        printed_on,
    )?;
    let band = MmRect::new(MARGIN_X, top, CONTENT_WIDTH, HEADER_ROW);
    canvas.fill(band, LABEL_FILL);
    canvas.frame(band, BLACK_LINE);
    let titles = [
        "氏名・続柄・生年月日",
        "保険・記号・番号",
        "書類と次の有効期限",
    ];
    for (column, title) in titles.iter().enumerate() {
        canvas.text(
            column_x(column) + PADDING,
            centred_baseline(top, HEADER_ROW, 8.5),
            Align::Left,
            Style::bold(8.5),
            FIXED,
            title,
        )?;
    }
    Ok(band.bottom())
}

fn member_row(canvas: &mut Canvas, top: f32, entry: &PdfMember) -> Result<()> {
    let height = row_height(entry);
    let member = &entry.member;

    // The member.
    let x = column_x(0) + PADDING;
    let width = COLUMNS[0] - 2.0 * PADDING;
    let small = Style::regular(7.5);
    canvas.text_fit(
        x,
        top + 4.6,
        width,
        Align::Left,
        small.muted(),
        5.5,
        Some(Field::Kana),
        &member.kana,
    )?;
    canvas.text_fit(
        x,
        top + 10.2,
        width,
        Align::Left,
        Style::bold(12.0),
        7.0,
        Some(Field::Name),
        &member.name,
    )?;
    canvas.text(
        x,
        top + 14.8,
        Align::Left,
        small,
        FIXED,
        member.relation.label(crate::Lang::Ja),
    )?;
    canvas.text_fit(
        x,
        top + 19.0,
        width,
        Align::Left,
        small,
        5.5,
        FIXED,
        &format!("{}生", fields::date_wareki(member.birth_date)),
    )?;

    // The plan and the numbers.
    let x = column_x(1) + PADDING;
    let width = COLUMNS[1] - 2.0 * PADDING;
    match &entry.qualification {
        Some(qualification) => plan_cell(canvas, x, top, width, qualification)?,
        None => {
            canvas.text(
                x,
                top + 4.6,
                Align::Left,
                small.muted(),
                FIXED,
                "資格が登録されていません",
            )?;
        }
    }

    // The documents.
    let x = column_x(2) + PADDING;
    let width = COLUMNS[2] - 2.0 * PADDING;
    let label_width = 30.0;
    if entry.expiries.is_empty() {
        canvas.text(
            x,
            top + 4.6,
            Align::Left,
            small.muted(),
            FIXED,
            "登録された書類はありません",
        )?;
    }
    for (i, line) in entry.expiries.iter().enumerate() {
        let baseline = top + 4.6 + i as f32 * LINE;
        canvas.text_fit(
            x,
            baseline,
            label_width - 1.5,
            Align::Left,
            small,
            5.5,
            Some(Field::DocumentKind),
            &line.document,
        )?;
        canvas.text_fit(
            x + label_width,
            baseline,
            width - label_width,
            Align::Left,
            small,
            5.5,
            Some(Field::ExpiryDate),
            &line.expires,
        )?;
    }

    for column in 1..COLUMNS.len() {
        let x = column_x(column);
        canvas.line(x, top, x, top + height, THIN_LINE);
    }
    canvas.frame(
        MmRect::new(MARGIN_X, top, CONTENT_WIDTH, height),
        BLACK_LINE,
    );
    Ok(())
}

fn plan_cell(
    canvas: &mut Canvas,
    x: f32,
    top: f32,
    width: f32,
    qualification: &Qualification,
) -> Result<()> {
    let small = Style::regular(7.5);
    let plan = fields::plan(qualification);
    let plan = if plan.is_empty() {
        fields::role(qualification).to_string()
    } else {
        format!("{plan}　{}", fields::role(qualification))
    };
    canvas.text_fit(
        x,
        top + 4.6,
        width,
        Align::Left,
        small.muted(),
        5.5,
        Some(Field::InsurerNumber),
        &plan,
    )?;
    canvas.text_fit(
        x,
        top + 9.0,
        width,
        Align::Left,
        Style::regular(8.0),
        5.5,
        Some(Field::InsurerName),
        &qualification.insurer_name,
    )?;
    symbol_line(
        canvas,
        x,
        top + 14.4,
        width,
        small.muted(),
        Style::regular(9.5),
        3.0,
        qualification,
    )?;
    let width_label = canvas.text(
        x,
        top + 19.0,
        Align::Left,
        small.muted(),
        FIXED,
        "保険者番号",
    )?;
    canvas.text(
        x + width_label + 1.5,
        top + 19.0,
        Align::Left,
        small,
        Some(Field::InsurerNumber),
        &qualification.insurer_number,
    )?;
    Ok(())
}
