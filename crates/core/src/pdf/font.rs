//! The embedded Japanese font: loading it once, checking that it can draw a string, and
//! measuring strings with its advance widths.
//!
//! printpdf maps characters to glyphs through the font's cmap and quietly uses glyph 0
//! (or nothing) for a character the font lacks, so a name could lose a character without
//! anyone noticing. [`Fonts::check`] runs on every string before it is drawn and turns
//! such a character into an error that names it and the field it came from.

use std::sync::OnceLock;

use printpdf::ParsedFont;

use crate::error::{Error, Field, PdfProblem, Result};

/// Noto Sans JP (SIL OFL 1.1, `assets/fonts/`). Compiled in so the PDF never depends on
/// what fonts the computer has; only the glyphs a PDF uses are written into it.
///
/// One weight only: the font is 5.5 MB, most of the app's size. Bold text is drawn
/// with the same glyphs filled and outlined ([`Weight::Bold`] in the canvas), so the
/// two weights always cover exactly the same characters and measure the same.
const REGULAR_TTF: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansJP-Regular.ttf");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    /// The regular glyphs, also stroked ("synthetic bold").
    Bold,
}

/// Where a drawn string comes from, to name it when the font cannot draw it:
/// a form field, or `None` for the form's own wording.
pub type Source = Option<Field>;

/// The form's own wording (labels, headings, the explanation).
pub const FIXED: Source = None;

pub struct Fonts {
    face: ParsedFont,
}

/// Parsing a 5 MB font takes a noticeable moment; the app and the benchmark render many
/// PDFs per process, so the parsed faces are kept (they are read-only once parsed).
static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();

impl Fonts {
    /// The parsed fonts, parsed on first use.
    pub fn get() -> Result<&'static Fonts> {
        FONTS
            .get_or_init(|| {
                let mut warnings = Vec::new();
                Some(Fonts {
                    face: ParsedFont::from_bytes(REGULAR_TTF, 0, &mut warnings)?,
                })
            })
            .as_ref()
            .ok_or(Error::Pdf(PdfProblem::Internal))
    }

    pub fn face(&self) -> &ParsedFont {
        &self.face
    }

    /// Fails on the first character of `text` the face has no glyph for.
    pub fn check(&self, source: Source, text: &str) -> Result<()> {
        let face = self.face();
        match text.chars().find(|&c| glyph(face, c).is_none()) {
            Some(character) => Err(Error::Pdf(PdfProblem::CharacterNotInFont {
                field: source,
                character,
            })),
            None => Ok(()),
        }
    }

    /// The advance width of `text` at `size_pt`, in points (no kerning: the PDF is
    /// drawn glyph by glyph with the same advances).
    pub fn width_pt(&self, size_pt: f32, text: &str) -> f32 {
        let face = self.face();
        let units_per_em = f32::from(face.font_metrics.units_per_em.max(1));
        let units: u32 = text
            .chars()
            .filter_map(|c| glyph(face, c))
            .map(|gid| u32::from(face.get_horizontal_advance(gid)))
            .sum();
        units as f32 / units_per_em * size_pt
    }

    /// Width of one character, for line breaking.
    pub fn char_width_pt(&self, size_pt: f32, c: char) -> f32 {
        let face = self.face();
        let units_per_em = f32::from(face.font_metrics.units_per_em.max(1));
        glyph(face, c)
            .map(|gid| f32::from(face.get_horizontal_advance(gid)) / units_per_em * size_pt)
            .unwrap_or(0.0)
    }
}

/// Glyph 0 is `.notdef` (the empty box): a cmap entry pointing at it is no glyph either.
fn glyph(face: &ParsedFont, c: char) -> Option<u16> {
    face.lookup_glyph_index(u32::from(c))
        .filter(|&gid| gid != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_covers_rare_name_characters() {
        let fonts = Fonts::get().expect("the embedded font parses");
        for text in [
            "𠮷田",
            "髙橋",
            "山﨑",
            "渡邉",
            "ヤマダ タロウ",
            "１２３４５６７８",
        ] {
            fonts.check(FIXED, text).expect(text);
        }
    }

    #[test]
    fn a_missing_character_is_named_with_its_field() {
        let fonts = Fonts::get().expect("the embedded fonts parse");
        let error = fonts
            .check(Some(Field::Name), "김 민준")
            .expect_err("Hangul is not in Noto Sans JP");
        match error {
            Error::Pdf(PdfProblem::CharacterNotInFont { field, character }) => {
                assert_eq!(field, Some(Field::Name));
                assert_eq!(character, '김');
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn widths_follow_the_advances_full_width_is_one_em() {
        let fonts = Fonts::get().expect("the embedded fonts parse");
        assert!((fonts.width_pt(10.0, "資格") - 20.0).abs() < 0.01);
        let digits = fonts.width_pt(10.0, "12");
        assert!(digits > 8.0 && digits < 14.0, "{digits}");
    }
}
