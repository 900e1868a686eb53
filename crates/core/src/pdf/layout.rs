//! Layout constants and geometry, in millimetres from the top-left corner of the page
//! (y grows downwards, as one measures a printed form). The canvas turns them into
//! PDF points from the bottom-left corner.

/// A4 portrait.
pub const PAGE_WIDTH: f32 = 210.0;
pub const PAGE_HEIGHT: f32 = 297.0;
/// Left and right margin of the A4 sheets; 15 mm is inside what every office printer prints.
pub const MARGIN_X: f32 = 15.0;
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
/// Baseline of the footer line (page number, disclaimer).
pub const FOOTER_BASELINE: f32 = 289.0;
/// Nothing but the footer goes below this.
pub const CONTENT_BOTTOM: f32 = 283.0;

/// ID-1 (ISO/IEC 7810), the size of the マイナンバーカード: the cut-out must match it
/// exactly when printed at 100 %.
pub const CARD_WIDTH: f32 = 85.60;
pub const CARD_HEIGHT: f32 = 53.98;

/// Millimetres per typographic point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;

pub fn pt_to_mm(pt: f32) -> f32 {
    pt * MM_PER_PT
}

pub fn mm_to_pt(mm: f32) -> f32 {
    mm / MM_PER_PT
}

/// A rectangle in millimetres, `y` being its top edge measured from the top of the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MmRect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl MmRect {
    pub const fn new(x: f32, y: f32, width: f32, height: f32) -> Self {
        MmRect {
            x,
            y,
            width,
            height,
        }
    }

    pub const fn right(&self) -> f32 {
        self.x + self.width
    }

    pub const fn bottom(&self) -> f32 {
        self.y + self.height
    }

    /// The same rectangle in PDF user space: points, origin at the bottom-left corner of
    /// the page, as `[x, y, width, height]` (the operands of the `re` operator).
    pub fn to_pdf_points(&self) -> [f32; 4] {
        [
            mm_to_pt(self.x),
            mm_to_pt(PAGE_HEIGHT - self.bottom()),
            mm_to_pt(self.width),
            mm_to_pt(self.height),
        ]
    }
}

// --- the member sheet ------------------------------------------------------------

/// The member sheet's own cut-out: bottom right, like the cut-out part of the real notice,
/// leaving the explanation beside it intact when it is cut off.
pub const SHEET_CUTOUT: MmRect = MmRect::new(
    PAGE_WIDTH - MARGIN_X - CARD_WIDTH,
    CONTENT_BOTTOM - CARD_HEIGHT,
    CARD_WIDTH,
    CARD_HEIGHT,
);
/// Top of the block at the bottom of the sheet (explanation on the left, cut-out on the right).
/// The notice's fields and the expiry table must end above it.
pub const SHEET_BOTTOM_BLOCK_TOP: f32 = 216.0;
/// Width of the explanation column beside the cut-out.
pub const SHEET_EXPLANATION_WIDTH: f32 = CONTENT_WIDTH - CARD_WIDTH - 7.0;

// Checked when compiling: the cut-out sits in the bottom block, inside the content area.
const _: () = assert!(SHEET_CUTOUT.y > SHEET_BOTTOM_BLOCK_TOP + 10.0);
const _: () = assert!(SHEET_CUTOUT.bottom() <= CONTENT_BOTTOM);

// --- the cut-out sheet -----------------------------------------------------------

/// Cut-outs per A4 sheet: 2 columns × 5 rows.
pub const CUTOUT_COLUMNS: usize = 2;
pub const CUTOUT_ROWS: usize = 5;
pub const CUTOUTS_PER_SHEET: usize = CUTOUT_COLUMNS * CUTOUT_ROWS;
/// Gaps between cut-outs: wide enough that one cut does not nick the neighbour.
const CUTOUT_GAP_X: f32 = 8.0;
const CUTOUT_GAP_Y: f32 = 1.5;
/// Top of the first row, under the two lines of instructions at the top of the sheet.
pub const CUTOUT_GRID_TOP: f32 = 15.5;
/// Baselines of those lines; the first stays more than 5 mm from the paper's edge, which
/// office printers leave blank.
pub const CUTOUT_TITLE_BASELINE: f32 = 8.2;
pub const CUTOUT_NOTE_BASELINE: f32 = 12.2;

/// Where cut-out `index` (0-based, row by row) goes on a cut-out sheet.
pub fn cutout_slot(index: usize) -> MmRect {
    let index = index % CUTOUTS_PER_SHEET;
    let column = (index % CUTOUT_COLUMNS) as f32;
    let row = (index / CUTOUT_COLUMNS) as f32;
    let grid_width = CUTOUT_COLUMNS as f32 * CARD_WIDTH + CUTOUT_GAP_X;
    let left = (PAGE_WIDTH - grid_width) / 2.0;
    MmRect::new(
        left + column * (CARD_WIDTH + CUTOUT_GAP_X),
        CUTOUT_GRID_TOP + row * (CARD_HEIGHT + CUTOUT_GAP_Y),
        CARD_WIDTH,
        CARD_HEIGHT,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cut_out_sheet_grid_fits_the_page_with_printable_margins() {
        let first = cutout_slot(0);
        let last = cutout_slot(CUTOUTS_PER_SHEET - 1);
        assert!(first.x >= 10.0, "{first:?}");
        assert!(PAGE_WIDTH - last.right() >= 10.0, "{last:?}");
        // Office printers leave about 5 mm unprinted at the bottom.
        assert!(PAGE_HEIGHT - last.bottom() >= 5.0, "{last:?}");
        assert_eq!(cutout_slot(1).y, first.y, "two per row");
        assert!(
            cutout_slot(2).y >= first.bottom() + 1.0,
            "rows do not touch"
        );
    }

    #[test]
    fn the_sheet_cut_out_is_flush_with_the_right_margin() {
        assert!((SHEET_CUTOUT.right() - (PAGE_WIDTH - MARGIN_X)).abs() < 0.001);
    }

    #[test]
    fn pdf_points_put_the_origin_at_the_bottom_left() {
        let [x, y, w, h] = MmRect::new(10.0, 0.0, CARD_WIDTH, CARD_HEIGHT).to_pdf_points();
        assert!((x - 28.3465).abs() < 0.001);
        assert!((y - mm_to_pt(PAGE_HEIGHT - CARD_HEIGHT)).abs() < 0.001);
        assert!((w - 242.6457).abs() < 0.001, "{w}");
        assert!((h - 153.0142).abs() < 0.001, "{h}");
    }
}
