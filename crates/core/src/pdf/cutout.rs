//! The card-sized cut-out (ID-1, 85.60 × 53.98 mm): the fields of the notice's cut-out
//! part inside a dashed cut line, to keep with the マイナンバーカード. Used at the bottom
//! of each member sheet and, up to ten at a time, on the cut-out sheet.

use super::canvas::{centred_baseline, Align, Canvas, Stroke, Style};
use super::fields;
use super::font::FIXED;
use super::layout::{cutout_slot, MmRect, CUTOUT_NOTE_BASELINE, CUTOUT_TITLE_BASELINE, PAGE_WIDTH};
use super::page::{symbol_line, CUT_INSTRUCTION, DISCLAIMER, PRINT_AT_FULL_SIZE};
use super::PdfMember;
use crate::error::{Field, Result};
use crate::member::Member;
use crate::qualification::Qualification;

/// Inside the cut line: enough that a slightly crooked cut leaves the text whole.
const PADDING: f32 = 3.2;
const LABEL_WIDTH: f32 = 19.5;
const ROW: f32 = 5.8;
/// A visible but light cut line: 2 mm dashes, 1.2 mm gaps.
const CUT_LINE: Stroke = Stroke::new(0.6, 0.2);
const DASH: f32 = 2.0;
const GAP: f32 = 1.2;

/// One cut-out in `card` (which must be [`super::layout::CARD_WIDTH`] × `CARD_HEIGHT`).
pub fn draw_card(
    canvas: &mut Canvas,
    card: MmRect,
    member: &Member,
    qualification: &Qualification,
) -> Result<()> {
    canvas.dashed_frame(card, CUT_LINE, DASH, GAP);
    let left = card.x + PADDING;
    let right = card.right() - PADDING;
    let value_x = left + LABEL_WIDTH;
    let value_width = right - value_x;

    let title_baseline = card.y + PADDING + 3.0;
    canvas.text(
        left,
        title_baseline,
        Align::Left,
        Style::bold(8.0),
        FIXED,
        "資格情報",
    )?;
    canvas.text(
        right,
        title_baseline,
        Align::Right,
        Style::regular(6.0).muted(),
        FIXED,
        "マイナンバーカードと一緒に提示",
    )?;
    canvas.line(
        left,
        card.y + 8.0,
        right,
        card.y + 8.0,
        Stroke::new(0.5, 0.0),
    );

    let label = Style::regular(5.6).muted();
    let value = Style::regular(7.8);
    let mut top = card.y + 8.6;
    let mut row = |canvas: &mut Canvas, height: f32, name: &str| -> Result<f32> {
        let baseline = centred_baseline(top, height, value.size);
        if !name.is_empty() {
            canvas.text(left, baseline, Align::Left, label, FIXED, name)?;
        }
        top += height;
        Ok(baseline)
    };

    // 記号・番号・枝番 first and across the whole width, as on the notice's cut-out: it is
    // what the counter asks for, and its parts carry their own labels.
    let baseline = row(canvas, ROW + 0.6, "")?;
    symbol_line(
        canvas,
        left,
        baseline,
        right - left,
        label,
        Style::regular(9.6),
        2.6,
        qualification,
    )?;

    let baseline = row(canvas, ROW + 1.6, "氏名")?;
    canvas.text_fit(
        value_x,
        baseline + 0.3,
        value_width,
        Align::Left,
        Style::bold(10.0),
        6.0,
        Some(Field::Name),
        &member.name,
    )?;

    let baseline = row(canvas, ROW, "生年月日")?;
    canvas.text_fit(
        value_x,
        baseline,
        value_width,
        Align::Left,
        value,
        5.5,
        FIXED,
        &fields::date(member.birth_date),
    )?;

    let baseline = row(canvas, ROW, "資格取得年月日")?;
    canvas.text_fit(
        value_x,
        baseline,
        value_width,
        Align::Left,
        value,
        5.5,
        FIXED,
        &fields::date(qualification.acquired_on),
    )?;

    let baseline = row(canvas, ROW, "保険者番号")?;
    canvas.text(
        value_x,
        baseline,
        Align::Left,
        value,
        Some(Field::InsurerNumber),
        &qualification.insurer_number,
    )?;

    let baseline = row(canvas, ROW, "保険者名称")?;
    canvas.text_fit(
        value_x,
        baseline,
        value_width,
        Align::Left,
        value,
        5.0,
        Some(Field::InsurerName),
        &qualification.insurer_name,
    )?;

    let rule = card.bottom() - PADDING - 3.6;
    canvas.line(left, rule, right, rule, Stroke::new(0.3, 0.45));
    canvas.text(
        card.x + card.width / 2.0,
        card.bottom() - PADDING - 0.6,
        Align::Center,
        Style::regular(5.6),
        FIXED,
        DISCLAIMER,
    )?;
    Ok(())
}

/// A cut-out sheet: the instruction and a ruler to check the print scale at the top,
/// then up to ten cut-outs in two columns.
pub fn draw_sheet(canvas: &mut Canvas, members: &[(&PdfMember, &Qualification)]) -> Result<()> {
    let first = cutout_slot(0);
    canvas.text(
        first.x,
        CUTOUT_TITLE_BASELINE,
        Align::Left,
        Style::bold(8.0),
        FIXED,
        &format!("✂ {CUT_INSTRUCTION}"),
    )?;
    canvas.text(
        first.x,
        CUTOUT_NOTE_BASELINE,
        Align::Left,
        Style::regular(6.5).muted(),
        FIXED,
        PRINT_AT_FULL_SIZE,
    )?;
    ruler(canvas, PAGE_WIDTH - first.x, CUTOUT_NOTE_BASELINE)?;
    for (index, (entry, qualification)) in members.iter().enumerate() {
        draw_card(canvas, cutout_slot(index), &entry.member, qualification)?;
    }
    Ok(())
}

/// A 50 mm line with end ticks, right-aligned at `right`: measuring it tells whether the
/// page was printed at 100 %.
fn ruler(canvas: &mut Canvas, right: f32, baseline: f32) -> Result<()> {
    const LENGTH: f32 = 50.0;
    let left = right - LENGTH;
    let y = baseline - 1.0;
    let stroke = Stroke::new(0.5, 0.0);
    canvas.line(left, y, right, y, stroke);
    for x in [left, right] {
        canvas.line(x, y - 1.4, x, y + 1.4, stroke);
    }
    canvas.text(
        left + LENGTH / 2.0,
        y - 1.6,
        Align::Center,
        Style::regular(6.0).muted(),
        FIXED,
        "この線が5cmなら原寸です",
    )?;
    Ok(())
}
