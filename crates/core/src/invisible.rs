//! Control and format characters: refused in every free-text field
//! (names, kana, 保険者名称, メモ), and shown as `[U+202E]` wherever stored text is
//! written out (the CLI's terminal output, the `.ics` file), for data that reached the
//! database before this check.
//!
//! An ESC or BEL in a name would drive the terminal that prints it; U+202E
//! (RIGHT-TO-LEFT OVERRIDE) and the other bidirectional controls reorder what is shown
//! after them; NUL cuts strings short in other programs. None of them is ever typed on
//! purpose into a name or a notice's text.
//!
//! Kept, because Japanese names and emoji need them: U+200D ZERO WIDTH JOINER and U+200C
//! ZERO WIDTH NON-JOINER (emoji sequences such as 👨‍👩‍👧), and the variation selectors
//! U+FE00–FE0F and U+E0100–E01EF (異体字: the Ideographic Variation Sequences that pick
//! 葛󠄀 rather than 葛). Those are not format characters (the selectors are combining
//! marks), so they pass without an exception; the joiners are format characters and
//! are the two exceptions below.

use std::borrow::Cow;

use crate::error::Problem;

/// The format characters (general category Cf, Unicode 15.1 `DerivedGeneralCategory`).
/// Listed by hand to keep the core free of another dependency; the set changes rarely.
const FORMAT: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// A character no free-text field may hold: a control character (Cc: C0, DEL, C1), a
/// format character (Cf) other than the two joiners, or the line and paragraph
/// separators U+2028/U+2029.
pub fn is_refused(c: char) -> bool {
    let code = c as u32;
    if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
        return true;
    }
    if matches!(c, '\u{200C}' | '\u{200D}') {
        return false;
    }
    FORMAT
        .iter()
        .any(|&(first, last)| (first..=last).contains(&code))
}

/// `U+202E`: how a refused character is named in messages and output (never the
/// character itself).
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// Refuses text holding a control or format character, naming the first one by its
/// code point.
pub fn refuse_in(text: &str) -> Result<(), Problem> {
    match text.chars().find(|c| is_refused(*c)) {
        Some(c) => Err(Problem::ControlCharacter {
            codepoint: code_point(c),
        }),
        None => Ok(()),
    }
}

/// The text with every refused character written as `[U+202E]`; line breaks and tabs
/// stay when `keep_layout` (the CLI's own multi-line output).
pub fn escaped(text: &str, keep_layout: bool) -> Cow<'_, str> {
    let shown = |c: char| !is_refused(c) || (keep_layout && matches!(c, '\n' | '\t'));
    if text.chars().all(shown) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if shown(c) {
            out.push(c);
        } else {
            out.push('[');
            out.push_str(&code_point(c));
            out.push(']');
        }
    }
    Cow::Owned(out)
}

/// JSON text (from serde_json) with every refused character that is still raw written
/// as a `\uXXXX` escape: the same JSON value, nothing invisible on a terminal. serde_json
/// escapes U+0000–001F inside strings itself, so those left raw are the layout between
/// values (line breaks) and stay; the others (DEL, C1, format characters) only occur
/// inside strings, where the escape is valid.
pub fn escaped_json(json: &str) -> Cow<'_, str> {
    let raw = |c: char| is_refused(c) && c >= ' ';
    if !json.chars().any(raw) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 12);
    for c in json.chars() {
        if raw(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_bidi_and_format_characters_are_refused_by_code_point() {
        for (text, named) in [
            ("山田\u{1B}[31m", "U+001B"),
            ("山田\u{7}", "U+0007"),
            ("山田\u{0}太郎", "U+0000"),
            ("\u{202E}太郎", "U+202E"),
            ("太郎\u{200E}", "U+200E"),
            ("太郎\u{2066}", "U+2066"),
            ("太郎\u{2069}", "U+2069"),
            ("太郎\u{FEFF}", "U+FEFF"),
            ("太郎\u{85}", "U+0085"),
            ("太郎\u{2028}", "U+2028"),
            ("太郎\u{E0041}", "U+E0041"),
        ] {
            assert_eq!(
                refuse_in(text),
                Err(Problem::ControlCharacter {
                    codepoint: named.into()
                }),
                "{named}"
            );
        }
    }

    #[test]
    fn joiners_and_variation_selectors_in_names_are_kept() {
        for text in [
            // 葛 with the IVS selector U+E0100 (the 異体字 葛󠄀), 辻 with U+E0101.
            "葛\u{E0100}城 辻\u{E0101}",
            // A variation selector from the BMP range (U+FE00–FE0F).
            "山田 ❤\u{FE0F} 花子",
            // The family emoji: man ZWJ woman ZWJ girl.
            "👨\u{200D}👩\u{200D}👧",
            "\u{200C}",
            "髙橋 﨑",
        ] {
            assert_eq!(refuse_in(text), Ok(()), "{text:?}");
            assert_eq!(escaped(text, false), text);
        }
    }

    #[test]
    fn output_names_each_refused_character_instead_of_printing_it() {
        assert_eq!(
            escaped("\u{1B}[2J山田\u{202E}太郎\u{7}", false),
            "[U+001B][2J山田[U+202E]太郎[U+0007]"
        );
        assert_eq!(escaped("一行目\n\t二行目", true), "一行目\n\t二行目");
        assert_eq!(escaped("a\nb", false), "a[U+000A]b");
    }

    #[test]
    fn json_output_escapes_what_serde_json_leaves_raw_and_stays_the_same_value() {
        let value = serde_json::json!({ "name": "\u{202E}山田\u{85}\u{E0041}\u{1B}" });
        let json = serde_json::to_string_pretty(&value).unwrap();
        let escaped = escaped_json(&json);
        assert!(
            !escaped.chars().any(|c| is_refused(c) && c != '\n'),
            "{escaped}"
        );
        assert!(escaped.contains("\\u202e"));
        assert!(escaped.contains("\\udb40\\udc41"));
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, value);
    }
}
