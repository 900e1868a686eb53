//! The A4 sheet for one member: the fields of the 資格情報のお知らせ, the member's
//! document expiry dates, how to show the copy at the clinic, and the member's cut-out.

use super::canvas::{centred_baseline, Align, Canvas, Style};
use super::cutout::draw_card;
use super::fields;
use super::font::FIXED;
use super::layout::{
    MmRect, CONTENT_WIDTH, MARGIN_X, SHEET_BOTTOM_BLOCK_TOP, SHEET_CUTOUT, SHEET_EXPLANATION_WIDTH,
};
use super::page::{
    header, section_heading, symbol_line, BLACK_LINE, CUT_INSTRUCTION, LABEL_FILL, THIN_LINE,
};
use super::{ExpiryLine, PdfMember};
use crate::error::{Field, Result};
use crate::qualification::Qualification;

/// 受診時の提示方法, one paragraph per step.
pub const PRESENTATION_STEPS: [&str; 4] = [
    "医療機関や薬局の受付では、まずマイナ保険証（健康保険証として利用登録をしたマイナンバーカード）をカードリーダーで読み取ってください。",
    "カードリーダーが使えないときや、マイナ保険証で資格を確認できないときは、マイナンバーカードと一緒に、この控え（または資格情報のお知らせ）を受付に提示してください。",
    "この控えは、保険手帳に登録した内容を印刷したもので、公式の資格情報のお知らせではありません。受付で求められたときは、資格情報のお知らせの原本やマイナポータルの資格情報の画面を提示してください。",
    "保険が変わったときや記載内容が変わったときは、登録内容を直して印刷し直し、古い控えは破棄してください。",
];

const LABEL_WIDTH: f32 = 40.0;
const CELL_PADDING: f32 = 4.0;

/// Draws the sheet of `entry`, whose current qualification is `qualification`. Returns
/// where the tables end (above the bottom block, whatever the data).
pub fn draw(
    canvas: &mut Canvas,
    entry: &PdfMember,
    qualification: &Qualification,
    printed_on: chrono::NaiveDate,
) -> Result<f32> {
    let top = header(
        canvas,
        "健康保険の資格情報（資格情報のお知らせの記載事項）",
        "資格情報　本人控え",
        printed_on,
    )?;
    let rows = notice_rows(canvas, qualification);
    let stretch = stretch(top, &rows, entry.expiries.len());
    let y = section_heading(canvas, MARGIN_X, top, "資格情報")?;
    let y = notice_table(canvas, y + 1.0, entry, qualification, &rows, stretch)?;
    let y = section_heading(canvas, MARGIN_X, y + SECTION_GAP, "書類の有効期限")?;
    let bottom = expiry_table(canvas, y + 1.0, &entry.expiries, stretch)?;
    presentation(canvas)?;
    cut_out(canvas, entry, qualification)?;
    Ok(bottom)
}

/// Space between a table and the next heading.
const SECTION_GAP: f32 = 7.0;
/// Headings take 6 mm, and 1 mm more before their table.
const HEADING: f32 = 7.0;
/// Most a row grows when the sheet has room to spare.
const MAX_STRETCH: f32 = 1.6;

/// How much taller each table row may be so that the tables fill the space above the
/// bottom block instead of leaving a hole (a household with few documents), but never
/// push into it (many documents, a long insurer name).
fn stretch(top: f32, rows: &[Row], expiries: usize) -> f32 {
    let (expiry_rows, _) = expiry_grid(expiries);
    let natural = top
        + HEADING
        + rows.iter().map(|row| row.height(0.0)).sum::<f32>()
        + SECTION_GAP
        + HEADING
        + expiry_height(expiries, 0.0);
    let room = SHEET_BOTTOM_BLOCK_TOP - SECTION_GAP - natural;
    (room / (rows.len() + expiry_rows) as f32).clamp(0.0, MAX_STRETCH)
}

/// One row of the notice table: its label and how tall it is.
enum Row {
    Kana,
    Name,
    Birth,
    Role,
    InsurerNumber,
    /// The lines of a long name and the size they fit at.
    InsurerName(Vec<String>, Style),
    SymbolNumber,
    Acquired,
    Burden(String),
}

impl Row {
    fn label(&self) -> &'static str {
        match self {
            Row::Kana => "フリガナ",
            Row::Name => "氏名",
            Row::Birth => "生年月日",
            Row::Role => "本人・家族の別",
            Row::InsurerNumber => "保険者番号",
            Row::InsurerName(..) => "保険者名称",
            Row::SymbolNumber => "記号・番号・枝番",
            Row::Acquired => "資格取得年月日",
            Row::Burden(_) => "負担割合",
        }
    }

    /// The row's height, `stretch` added to what it needs.
    fn height(&self, stretch: f32) -> f32 {
        stretch
            + match self {
                Row::Kana => 7.0,
                Row::Name => 12.5,
                Row::SymbolNumber => 11.0,
                Row::InsurerName(lines, _) if lines.len() > 1 => 3.6 + lines.len() as f32 * 4.6,
                _ => 8.5,
            }
    }
}

const VALUE: Style = Style::regular(10.5);
/// A long 保険者名称 wraps at this size instead.
const VALUE_WRAPPED: Style = Style::regular(9.5);

fn value_width() -> f32 {
    CONTENT_WIDTH - LABEL_WIDTH - 2.0 * CELL_PADDING
}

/// The rows of the notice table, in the notice's order; 負担割合 only where known.
fn notice_rows(canvas: &Canvas, qualification: &Qualification) -> Vec<Row> {
    let value_width = value_width();
    let name = &qualification.insurer_name;
    let lines = canvas.lines(VALUE, value_width, name);
    let insurer_name = if lines.len() > 1 {
        Row::InsurerName(
            canvas.lines(VALUE_WRAPPED, value_width, name),
            VALUE_WRAPPED,
        )
    } else {
        Row::InsurerName(lines, VALUE)
    };
    let mut rows = vec![
        Row::Kana,
        Row::Name,
        Row::Birth,
        Row::Role,
        Row::InsurerNumber,
        insurer_name,
        Row::SymbolNumber,
        Row::Acquired,
    ];
    if let Some(burden) = fields::burden(qualification) {
        rows.push(Row::Burden(burden));
    }
    rows
}

/// The notice's fields as a two-column form; returns its bottom.
fn notice_table(
    canvas: &mut Canvas,
    top: f32,
    entry: &PdfMember,
    qualification: &Qualification,
    rows: &[Row],
    stretch: f32,
) -> Result<f32> {
    let value_x = MARGIN_X + LABEL_WIDTH + CELL_PADDING;
    let value_width = value_width();
    let height: f32 = rows.iter().map(|row| row.height(stretch)).sum();
    canvas.fill(MmRect::new(MARGIN_X, top, LABEL_WIDTH, height), LABEL_FILL);
    let member = &entry.member;
    let mut y = top;
    for row in rows {
        let h = row.height(stretch);
        let baseline = centred_baseline(y, h, VALUE.size);
        canvas.text(
            MARGIN_X + CELL_PADDING,
            centred_baseline(y, h, 8.5),
            Align::Left,
            Style::regular(8.5),
            FIXED,
            row.label(),
        )?;
        match row {
            Row::Kana => {
                canvas.text(
                    value_x,
                    centred_baseline(y, h, 9.0),
                    Align::Left,
                    Style::regular(9.0),
                    Some(Field::Kana),
                    &member.kana,
                )?;
            }
            Row::Name => {
                canvas.text_fit(
                    value_x,
                    centred_baseline(y, h, 17.0),
                    value_width,
                    Align::Left,
                    Style::bold(17.0),
                    10.0,
                    Some(Field::Name),
                    &member.name,
                )?;
            }
            Row::Birth => {
                canvas.text(
                    value_x,
                    baseline,
                    Align::Left,
                    VALUE,
                    FIXED,
                    &fields::date(member.birth_date),
                )?;
            }
            Row::Role => {
                canvas.text(
                    value_x,
                    baseline,
                    Align::Left,
                    VALUE,
                    FIXED,
                    fields::role(qualification),
                )?;
            }
            Row::InsurerNumber => {
                let width = canvas.text(
                    value_x,
                    baseline,
                    Align::Left,
                    Style::regular(11.0),
                    Some(Field::InsurerNumber),
                    &qualification.insurer_number,
                )?;
                let plan = fields::plan(qualification);
                if !plan.is_empty() {
                    canvas.text(
                        value_x + width + 5.0,
                        baseline,
                        Align::Left,
                        Style::regular(8.0).muted(),
                        Some(Field::InsurerNumber),
                        &format!("（{plan}）"),
                    )?;
                }
            }
            Row::InsurerName(lines, style) => {
                let first = if lines.len() > 1 {
                    y + (h - lines.len() as f32 * 4.6) / 2.0 + 3.5
                } else {
                    centred_baseline(y, h, style.size)
                };
                for (i, line) in lines.iter().enumerate() {
                    canvas.text(
                        value_x,
                        first + i as f32 * 4.6,
                        Align::Left,
                        *style,
                        Some(Field::InsurerName),
                        line,
                    )?;
                }
            }
            Row::SymbolNumber => symbol_line(
                canvas,
                value_x,
                centred_baseline(y, h, 13.0),
                value_width,
                Style::regular(8.0).muted(),
                Style::regular(13.0),
                7.0,
                qualification,
            )?,
            Row::Acquired => {
                canvas.text(
                    value_x,
                    baseline,
                    Align::Left,
                    VALUE,
                    FIXED,
                    &fields::date(qualification.acquired_on),
                )?;
            }
            Row::Burden(burden) => {
                canvas.text(
                    value_x,
                    baseline,
                    Align::Left,
                    VALUE,
                    Some(Field::Burden),
                    burden,
                )?;
            }
        }
        y += h;
        if y < top + height - 0.01 {
            canvas.line(MARGIN_X, y, MARGIN_X + CONTENT_WIDTH, y, THIN_LINE);
        }
    }
    canvas.line(
        MARGIN_X + LABEL_WIDTH,
        top,
        MARGIN_X + LABEL_WIDTH,
        top + height,
        THIN_LINE,
    );
    canvas.frame(
        MmRect::new(MARGIN_X, top, CONTENT_WIDTH, height),
        BLACK_LINE,
    );
    Ok(top + height)
}

const EXPIRY_ROW: f32 = 7.0;
const EXPIRY_HEADER: f32 = 6.0;
/// Up to this many documents, one per row; more go two per row to keep the sheet on one page.
const ONE_COLUMN_MAX: usize = 4;

/// Rows and columns of the expiry table.
fn expiry_grid(documents: usize) -> (usize, usize) {
    let columns = if documents > ONE_COLUMN_MAX { 2 } else { 1 };
    (documents.div_ceil(columns).max(1), columns)
}

fn expiry_height(documents: usize, stretch: f32) -> f32 {
    let (rows, _) = expiry_grid(documents);
    let header = if documents == 0 { 0.0 } else { EXPIRY_HEADER };
    header + rows as f32 * (EXPIRY_ROW + stretch)
}

/// The member's documents and their (next) expiry dates, as given by the caller.
fn expiry_table(
    canvas: &mut Canvas,
    top: f32,
    expiries: &[ExpiryLine],
    stretch: f32,
) -> Result<f32> {
    let row_height = EXPIRY_ROW + stretch;
    if expiries.is_empty() {
        let band = MmRect::new(MARGIN_X, top, CONTENT_WIDTH, row_height);
        canvas.frame(band, THIN_LINE);
        canvas.text(
            MARGIN_X + CELL_PADDING,
            centred_baseline(band.y, band.height, 9.0),
            Align::Left,
            Style::regular(9.0).muted(),
            FIXED,
            "有効期限のある書類は登録されていません。",
        )?;
        return Ok(band.bottom());
    }
    let (rows, columns) = expiry_grid(expiries.len());
    let column_width = CONTENT_WIDTH / columns as f32;
    let label_width = if columns == 1 { 70.0 } else { 38.0 };
    let height = expiry_height(expiries.len(), stretch);

    canvas.fill(
        MmRect::new(MARGIN_X, top, CONTENT_WIDTH, EXPIRY_HEADER),
        LABEL_FILL,
    );
    for column in 0..columns {
        let x = MARGIN_X + column as f32 * column_width;
        let baseline = centred_baseline(top, EXPIRY_HEADER, 8.0);
        let style = Style::regular(8.0);
        canvas.text(
            x + CELL_PADDING,
            baseline,
            Align::Left,
            style,
            FIXED,
            "書類",
        )?;
        canvas.text(
            x + label_width + CELL_PADDING,
            baseline,
            Align::Left,
            style,
            FIXED,
            "有効期限",
        )?;
        canvas.line(
            x + label_width,
            top,
            x + label_width,
            top + height,
            THIN_LINE,
        );
        if column > 0 {
            canvas.line(x, top, x, top + height, BLACK_LINE);
        }
    }
    for (index, line) in expiries.iter().enumerate() {
        let column = index / rows;
        let row = index % rows;
        let x = MARGIN_X + column as f32 * column_width;
        let y = top + EXPIRY_HEADER + row as f32 * row_height;
        let baseline = centred_baseline(y, row_height, 9.5);
        canvas.text_fit(
            x + CELL_PADDING,
            baseline,
            label_width - 2.0 * CELL_PADDING,
            Align::Left,
            Style::regular(9.5),
            7.0,
            Some(Field::DocumentKind),
            &line.document,
        )?;
        canvas.text_fit(
            x + label_width + CELL_PADDING,
            baseline,
            column_width - label_width - 2.0 * CELL_PADDING,
            Align::Left,
            Style::regular(9.5),
            7.0,
            Some(Field::ExpiryDate),
            &line.expires,
        )?;
    }
    for row in 0..rows {
        let y = top + EXPIRY_HEADER + row as f32 * row_height;
        canvas.line(MARGIN_X, y, MARGIN_X + CONTENT_WIDTH, y, THIN_LINE);
    }
    canvas.frame(
        MmRect::new(MARGIN_X, top, CONTENT_WIDTH, height),
        BLACK_LINE,
    );
    Ok(top + height)
}

const STEP: Style = Style::regular(8.6);
const STEP_LEADING: f32 = 4.25;

/// 受診時の提示方法, beside the cut-out; returns the last baseline.
fn presentation(canvas: &mut Canvas) -> Result<f32> {
    let x = MARGIN_X;
    let mut y = section_heading(canvas, x, SHEET_BOTTOM_BLOCK_TOP, "受診時の提示方法")? + 4.2;
    let indent = 4.6;
    let mut last = y;
    for (number, step) in PRESENTATION_STEPS.iter().enumerate() {
        canvas.text(
            x,
            y,
            Align::Left,
            STEP.muted(),
            FIXED,
            &format!("{}.", number + 1),
        )?;
        last = canvas.paragraph(
            x + indent,
            y,
            SHEET_EXPLANATION_WIDTH - indent,
            STEP_LEADING,
            STEP,
            FIXED,
            step,
        )?;
        // A little more than a line between steps, so each number stands out.
        y = last + STEP_LEADING + 1.4;
    }
    Ok(last)
}

/// The member's cut-out, bottom right, with the instruction above it.
fn cut_out(canvas: &mut Canvas, entry: &PdfMember, qualification: &Qualification) -> Result<()> {
    let card = SHEET_CUTOUT;
    canvas.text(
        card.x,
        card.y - 6.0,
        Align::Left,
        Style::bold(7.6),
        FIXED,
        &format!("✂ {CUT_INSTRUCTION}"),
    )?;
    canvas.text_fit(
        card.x,
        card.y - 2.2,
        card.width,
        Align::Left,
        Style::regular(6.4).muted(),
        5.5,
        FIXED,
        "印刷は倍率100%（実際のサイズ）で。点線の枠がカードと同じ大きさになります。",
    )?;
    draw_card(canvas, card, &entry.member, qualification)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::member::{Member, Relation};
    use crate::pdf::font::Fonts;
    use crate::pdf::layout::SHEET_BOTTOM_BLOCK_TOP;
    use crate::qualification::InsuredRole;
    use chrono::NaiveDate;

    fn font_id() -> printpdf::FontId {
        printpdf::FontId("R".into())
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
    }

    /// Everything at its longest: a 60-character insurer name, 負担割合, nine documents.
    fn crowded() -> (PdfMember, Qualification) {
        let qualification = Qualification {
            id: 1,
            member_id: 1,
            insurer_number: "06130488".into(),
            insurer_name: "東京都".repeat(20),
            symbol: "１２３４５６７８９０".into(),
            number: "１２３４５６７".into(),
            branch: Some("01".into()),
            role: InsuredRole::Dependant,
            acquired_on: day(2025, 4, 1),
            lost_on: None,
            burden_tenths: Some(2),
            my_number_last4: None,
            memo: String::new(),
        };
        let entry = PdfMember {
            member: Member {
                id: 1,
                name: "髙".repeat(50),
                kana: "ア".repeat(50),
                birth_date: day(1950, 1, 1),
                relation: Relation::Parent,
            },
            qualification: Some(qualification.clone()),
            expiries: (0..9)
                .map(|_| ExpiryLine {
                    document: "利用者証明用電子証明書".into(),
                    expires: "令和11年11月30日 (2029-11-30)（目安）".into(),
                })
                .collect(),
        };
        (entry, qualification)
    }

    #[test]
    fn the_tables_end_above_the_bottom_block_even_when_crowded() {
        let fonts = Fonts::get().expect("fonts");
        let font = font_id();
        let (entry, qualification) = crowded();
        let mut canvas = Canvas::new(fonts, &font);
        let bottom = draw(&mut canvas, &entry, &qualification, day(2025, 11, 25)).expect("draws");
        assert!(bottom <= SHEET_BOTTOM_BLOCK_TOP - 4.0, "{bottom}");
        // A short sheet is stretched but keeps the same gap.
        let (mut entry, mut qualification) = crowded();
        entry.expiries.truncate(1);
        qualification.insurer_name = "全国健康保険協会 東京支部".into();
        let mut canvas = Canvas::new(fonts, &font);
        let bottom = draw(&mut canvas, &entry, &qualification, day(2025, 11, 25)).expect("draws");
        assert!(
            bottom <= SHEET_BOTTOM_BLOCK_TOP - SECTION_GAP + 0.01,
            "{bottom}"
        );
    }

    #[test]
    fn the_presentation_steps_fit_beside_the_cut_out() {
        let fonts = Fonts::get().expect("fonts");
        let font = font_id();
        let mut canvas = Canvas::new(fonts, &font);
        let bottom = presentation(&mut canvas).expect("fixed text is covered");
        assert!(bottom <= super::super::layout::CONTENT_BOTTOM, "{bottom}");
    }
}
