//! The pieces the layouts share: the title block with the printed date and the
//! disclaimer band, section headings, the footer (disclaimer again, page number), and
//! the 記号・番号・枝番 line.

use chrono::NaiveDate;

use super::canvas::{centred_baseline, Align, Canvas, Stroke, Style};
use super::fields;
use super::font::FIXED;
use super::layout::{MmRect, CONTENT_WIDTH, FOOTER_BASELINE, MARGIN_X, PAGE_WIDTH};
use crate::error::Result;
use crate::qualification::Qualification;

/// On every sheet and every cut-out (DOMAIN §9): the copy must never pass for the notice.
pub const DISCLAIMER: &str = "本人控え（公式の資格情報のお知らせではありません）";
pub const CUT_INSTRUCTION: &str = "点線で切り取ってマイナンバーカードと一緒に保管してください";
/// The cut-out is only card-sized when printed unscaled.
pub const PRINT_AT_FULL_SIZE: &str =
    "印刷するときは倍率100%（実際のサイズ）を選んでください。カードと同じ大きさになります。";
const MADE_BY: &str = "保険手帳（hoken-techo）で作成";

pub const BLACK_LINE: Stroke = Stroke::new(0.7, 0.0);
pub const THIN_LINE: Stroke = Stroke::new(0.35, 0.45);
/// Fill of label cells and header rows.
pub const LABEL_FILL: f32 = 0.9;

/// The title block and the disclaimer band; returns where the content starts.
pub fn header(
    canvas: &mut Canvas,
    kicker: &str,
    title: &str,
    printed_on: NaiveDate,
) -> Result<f32> {
    let left = MARGIN_X;
    let right = PAGE_WIDTH - MARGIN_X;
    canvas.text(
        left,
        14.0,
        Align::Left,
        Style::regular(7.5).muted(),
        FIXED,
        kicker,
    )?;
    canvas.text(left, 22.0, Align::Left, Style::bold(17.0), FIXED, title)?;
    let date_width = canvas.text(
        right,
        22.0,
        Align::Right,
        Style::regular(9.5),
        FIXED,
        &fields::date(printed_on),
    )?;
    canvas.text(
        right - date_width - 2.0,
        22.0,
        Align::Right,
        Style::regular(7.5).muted(),
        FIXED,
        "印刷日",
    )?;
    canvas.line(left, 25.0, right, 25.0, Stroke::new(1.2, 0.0));
    let band = MmRect::new(left, 28.0, CONTENT_WIDTH, 9.0);
    canvas.fill(band, LABEL_FILL);
    canvas.frame(band, BLACK_LINE);
    canvas.text(
        PAGE_WIDTH / 2.0,
        centred_baseline(band.y, band.height, 11.0),
        Align::Center,
        Style::bold(11.0),
        FIXED,
        DISCLAIMER,
    )?;
    Ok(band.bottom() + 5.0)
}

/// `■ 見出し`; returns where the section's content starts.
pub fn section_heading(canvas: &mut Canvas, x: f32, y: f32, title: &str) -> Result<f32> {
    canvas.fill(MmRect::new(x, y + 0.9, 2.4, 2.4), 0.0);
    canvas.text(
        x + 3.8,
        y + 3.3,
        Align::Left,
        Style::bold(10.5),
        FIXED,
        title,
    )?;
    Ok(y + 6.0)
}

/// The footer of an A4 page: the disclaimer again (it survives cutting the header off)
/// and the page number.
pub fn footer(canvas: &mut Canvas, page: usize, pages: usize) -> Result<()> {
    let style = Style::regular(7.0).muted();
    canvas.line(
        MARGIN_X,
        FOOTER_BASELINE - 4.0,
        PAGE_WIDTH - MARGIN_X,
        FOOTER_BASELINE - 4.0,
        THIN_LINE,
    );
    canvas.text(
        MARGIN_X,
        FOOTER_BASELINE,
        Align::Left,
        style,
        FIXED,
        DISCLAIMER,
    )?;
    canvas.text(
        PAGE_WIDTH - MARGIN_X,
        FOOTER_BASELINE,
        Align::Right,
        style,
        FIXED,
        &format!("{MADE_BY}　{page} / {pages}"),
    )?;
    Ok(())
}

/// `記号 X　番号 Y　枝番 Z` on one line: values in `value`, labels in `label`, both made
/// smaller together (down to 60 %) when the line would be wider than `width`.
#[allow(clippy::too_many_arguments)] // a text run: position, box, two styles, spacing, content
pub fn symbol_line(
    canvas: &mut Canvas,
    x: f32,
    baseline: f32,
    width: f32,
    mut label: Style,
    mut value: Style,
    gap: f32,
    qualification: &Qualification,
) -> Result<()> {
    let parts = fields::symbol_number_branch(qualification);
    let label_gap = gap * 0.3;
    let natural: f32 = parts
        .iter()
        .map(|(l, v, _)| canvas.width(label, l) + label_gap + canvas.width(value, v) + gap)
        .sum::<f32>()
        - gap;
    if natural > width {
        let factor = (width / natural).max(0.6);
        label = label.sized(label.size * factor);
        value = value.sized(value.size * factor);
    }
    let mut cursor = x;
    for (name, text, field) in parts {
        cursor += canvas.text(cursor, baseline, Align::Left, label, FIXED, name)? + label_gap;
        cursor += canvas.text(cursor, baseline, Align::Left, value, Some(field), text)? + gap;
    }
    Ok(())
}
