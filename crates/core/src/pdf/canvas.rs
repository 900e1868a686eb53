//! Drawing one page: text, lines and boxes placed in millimetres from the top-left, turned
//! into printpdf operations. Every string goes through [`Canvas::text`], which checks it
//! against the font first: there is no other way to put text on a page.

use printpdf::{
    Color, FontId, Greyscale, Line, LineDashPattern, LineJoinStyle, LinePoint, Op, PaintMode,
    PdfFontHandle, PdfPage, Point, Pt, Rect, TextItem, TextMatrix, TextRenderingMode,
};

use super::font::{Fonts, Source, Weight};
use super::layout::{mm_to_pt, pt_to_mm, MmRect, PAGE_HEIGHT, PAGE_WIDTH};
use super::linebreak::break_lines;
use crate::error::Result;

/// How a string is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub weight: Weight,
    /// 0 = black, 1 = white.
    pub gray: f32,
}

impl Style {
    pub const fn regular(size: f32) -> Self {
        Style {
            size,
            weight: Weight::Regular,
            gray: 0.0,
        }
    }

    pub const fn bold(size: f32) -> Self {
        Style {
            size,
            weight: Weight::Bold,
            gray: 0.0,
        }
    }

    /// Labels and notes: dark gray, still legible on a poor printer.
    pub const fn muted(self) -> Self {
        Style { gray: 0.3, ..self }
    }

    pub const fn sized(self, size: f32) -> Self {
        Style { size, ..self }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A stroke: thickness in points and gray level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub width: f32,
    pub gray: f32,
}

impl Stroke {
    pub const fn new(width: f32, gray: f32) -> Self {
        Stroke { width, gray }
    }
}

/// How much wider than the glyph its outline is drawn for bold text, in ems.
const BOLD_STROKE_EM: f32 = 0.045;

pub struct Canvas<'a> {
    fonts: &'a Fonts,
    /// The document's one font resource (see [`Weight`] for bold).
    font: &'a FontId,
    ops: Vec<Op>,
}

/// Where the visual middle of a line of Japanese text sits above its baseline, in ems
/// (Noto Sans JP's ideographic box runs from -0.12 to 0.88 em).
const MIDDLE_ABOVE_BASELINE: f32 = 0.37;
/// Below this, text is narrowed instead of made smaller: small type on a card stays legible.
const MIN_HORIZONTAL_SCALE: f32 = 60.0;

/// The baseline that centres a line of `size_pt` text vertically in a band.
pub fn centred_baseline(top: f32, height: f32, size_pt: f32) -> f32 {
    top + height / 2.0 + pt_to_mm(size_pt) * MIDDLE_ABOVE_BASELINE
}

fn gray(level: f32) -> Color {
    Color::Greyscale(Greyscale::new(level, None))
}

fn point(x: f32, y: f32) -> Point {
    Point {
        x: Pt(mm_to_pt(x)),
        y: Pt(mm_to_pt(PAGE_HEIGHT - y)),
    }
}

impl<'a> Canvas<'a> {
    pub fn new(fonts: &'a Fonts, font: &'a FontId) -> Self {
        Canvas {
            fonts,
            font,
            ops: Vec::new(),
        }
    }

    /// Width of `text` in millimetres.
    pub fn width(&self, style: Style, text: &str) -> f32 {
        pt_to_mm(self.fonts.width_pt(style.size, text))
    }

    /// Draws `text` with its baseline at `baseline`; `x` is its left edge, centre or right
    /// edge depending on `align`. Returns the width drawn, in millimetres.
    pub fn text(
        &mut self,
        x: f32,
        baseline: f32,
        align: Align,
        style: Style,
        source: Source,
        text: &str,
    ) -> Result<f32> {
        self.text_scaled(x, baseline, align, style, 100.0, source, text)
    }

    /// Draws `text` in at most `max_width`: at `style.size` when it fits, else smaller down
    /// to `min_size`, then narrowed. Nothing is ever cut off or left out.
    #[allow(clippy::too_many_arguments)] // a text run: position, box, style and content
    pub fn text_fit(
        &mut self,
        x: f32,
        baseline: f32,
        max_width: f32,
        align: Align,
        style: Style,
        min_size: f32,
        source: Source,
        text: &str,
    ) -> Result<f32> {
        let natural = self.width(style, text);
        if natural <= max_width || natural <= 0.0 {
            return self.text(x, baseline, align, style, source, text);
        }
        let size = (style.size * max_width / natural).max(min_size);
        let style = style.sized(size);
        let width = self.width(style, text);
        let scale = if width > max_width {
            (100.0 * max_width / width).max(MIN_HORIZONTAL_SCALE)
        } else {
            100.0
        };
        self.text_scaled(x, baseline, align, style, scale, source, text)
    }

    #[allow(clippy::too_many_arguments)]
    fn text_scaled(
        &mut self,
        x: f32,
        baseline: f32,
        align: Align,
        style: Style,
        scale: f32,
        source: Source,
        text: &str,
    ) -> Result<f32> {
        // Tabs and line breaks in a stored value (a pasted insurer name) are spacing, not
        // characters the font is asked to draw.
        let text: String = text
            .chars()
            .map(|c| if c.is_ascii_whitespace() { ' ' } else { c })
            .collect();
        self.fonts.check(source, &text)?;
        let width = self.width(style, &text) * scale / 100.0;
        let left = match align {
            Align::Left => x,
            Align::Center => x - width / 2.0,
            Align::Right => x - width,
        };
        let origin = point(left, baseline);
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetFont {
            font: PdfFontHandle::External(self.font.clone()),
            size: Pt(style.size),
        });
        self.ops.push(Op::SetFillColor {
            col: gray(style.gray),
        });
        let bold = style.weight == Weight::Bold;
        if bold {
            // Synthetic bold: the outline drawn around the filled glyph thickens each
            // stem by the stroke width (Noto Sans JP's Bold stems are ~0.07 em wider
            // than Regular's), with round joins so corners do not grow spikes.
            self.ops.push(Op::SetOutlineColor {
                col: gray(style.gray),
            });
            self.ops.push(Op::SetOutlineThickness {
                pt: Pt(style.size * BOLD_STROKE_EM),
            });
            self.ops.push(Op::SetLineJoinStyle {
                join: LineJoinStyle::Round,
            });
            self.ops.push(Op::SetTextRenderingMode {
                mode: TextRenderingMode::FillStroke,
            });
        }
        self.ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(origin.x, origin.y),
        });
        if scale < 100.0 {
            self.ops.push(Op::SetHorizontalScaling { percent: scale });
        }
        self.ops.push(Op::ShowText {
            items: vec![TextItem::Text(text)],
        });
        if scale < 100.0 {
            self.ops.push(Op::SetHorizontalScaling { percent: 100.0 });
        }
        if bold {
            self.ops.push(Op::SetTextRenderingMode {
                mode: TextRenderingMode::Fill,
            });
        }
        self.ops.push(Op::EndTextSection);
        Ok(width)
    }

    /// A paragraph broken into lines of at most `width` (kinsoku applied), first baseline
    /// at `baseline`. Returns the baseline of the last line.
    #[allow(clippy::too_many_arguments)]
    pub fn paragraph(
        &mut self,
        x: f32,
        baseline: f32,
        width: f32,
        leading: f32,
        style: Style,
        source: Source,
        text: &str,
    ) -> Result<f32> {
        let lines = self.lines(style, width, text);
        let mut y = baseline;
        for (i, line) in lines.iter().enumerate() {
            y = baseline + i as f32 * leading;
            self.text(x, y, Align::Left, style, source, line)?;
        }
        Ok(y)
    }

    /// The lines `paragraph` would draw.
    pub fn lines(&self, style: Style, width: f32, text: &str) -> Vec<String> {
        let fonts = self.fonts;
        break_lines(text, width, |c| {
            pt_to_mm(fonts.char_width_pt(style.size, c))
        })
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, stroke: Stroke) {
        self.set_stroke(stroke);
        self.ops.push(Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: point(x1, y1),
                        bezier: false,
                    },
                    LinePoint {
                        p: point(x2, y2),
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
    }

    /// A filled box, drawn before the lines and text over it.
    pub fn fill(&mut self, rect: MmRect, level: f32) {
        self.ops.push(Op::SetFillColor { col: gray(level) });
        self.ops.push(Op::DrawRectangle {
            rectangle: pdf_rect(rect, PaintMode::Fill),
        });
    }

    pub fn frame(&mut self, rect: MmRect, stroke: Stroke) {
        self.set_stroke(stroke);
        self.ops.push(Op::DrawRectangle {
            rectangle: pdf_rect(rect, PaintMode::Stroke),
        });
    }

    /// A dashed rectangle: the cut line. Drawn as one `re` path so its size in the file is
    /// exactly `rect` (the tests read it back).
    pub fn dashed_frame(&mut self, rect: MmRect, stroke: Stroke, dash_mm: f32, gap_mm: f32) {
        self.ops.push(Op::SaveGraphicsState);
        self.ops.push(Op::SetLineDashPattern {
            dash: LineDashPattern::new(0.0, &[mm_to_pt(dash_mm), mm_to_pt(gap_mm)]),
        });
        self.frame(rect, stroke);
        self.ops.push(Op::RestoreGraphicsState);
    }

    fn set_stroke(&mut self, stroke: Stroke) {
        self.ops.push(Op::SetOutlineThickness {
            pt: Pt(stroke.width),
        });
        self.ops.push(Op::SetOutlineColor {
            col: gray(stroke.gray),
        });
    }

    pub fn into_page(self) -> PdfPage {
        PdfPage::new(
            printpdf::Mm(PAGE_WIDTH),
            printpdf::Mm(PAGE_HEIGHT),
            self.ops,
        )
    }
}

fn pdf_rect(rect: MmRect, mode: PaintMode) -> Rect {
    let [x, y, width, height] = rect.to_pdf_points();
    Rect {
        x: Pt(x),
        y: Pt(y),
        width: Pt(width),
        height: Pt(height),
        mode: Some(mode),
        winding_order: None,
    }
}
