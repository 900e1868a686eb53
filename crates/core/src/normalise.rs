//! Folding and checking the identifiers printed on insurance documents: 記号・番号・枝番
//! and the last 4 digits of the My Number (DOMAIN §8, §11).
//!
//! What the user typed is kept for display (they copy it from a card and expect to see
//! it unchanged); comparison and search use [`fold`], so `１２３４` and `1234` match.

use unicode_normalization::UnicodeNormalization;

use crate::error::Problem;

/// Longest 記号 or 番号 accepted. Real ones are far shorter (協会けんぽ 記号: 8 digits,
/// 健保組合 番号: about 7); the limit only stops pasted junk.
pub const IDENTIFIER_MAX_CHARS: u32 = 20;

/// The form used to compare identifiers: NFKC (full-width → half-width), every kind of
/// whitespace removed (also inside: cards print `1234 5678`), and every hyphen, dash
/// and minus-like sign turned into `-`, because IMEs produce different ones for the
/// same key (`－`, `−`, `ー`, `‐`).
pub fn fold(input: &str) -> String {
    input
        .nfkc()
        .filter(|c| !c.is_whitespace() && !is_invisible(*c))
        .map(|c| if is_hyphen_like(c) { '-' } else { c })
        .collect()
}

/// Characters that look like a hyphen or minus on screen or paper.
fn is_hyphen_like(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{02D7}' // modifier letter minus
            | '\u{058A}' // Armenian hyphen (shows up via some fonts' fallbacks)
            | '\u{2010}'
            ..='\u{2015}' // hyphen, non-breaking hyphen, figure dash, en/em dash, bar
            | '\u{2043}' // hyphen bullet
            | '\u{2212}' // minus sign (macOS Japanese IME)
            | '\u{2E3A}' | '\u{2E3B}' // two- and three-em dash
            | '\u{30FC}' // katakana long vowel ー (Japanese IMEs type it for `-`)
            | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' // small and full-width forms
    )
}

/// Zero-width characters that copy-and-paste brings along; `char::is_whitespace` does
/// not include them.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn is_all_ascii_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// 枝番: one or two digits, returned as two (`1` → `01`), as printed on documents.
/// An empty value is [`Problem::Required`]; a form where the 枝番 is optional (older
/// cards have none) checks for emptiness before calling this.
pub fn parse_branch(input: &str) -> Result<String, Problem> {
    let folded = fold(input);
    if folded.is_empty() {
        return Err(Problem::Required);
    }
    if !is_all_ascii_digits(&folded) {
        return Err(Problem::NotDigits);
    }
    match folded.len() {
        1 => Ok(format!("0{folded}")),
        2 => Ok(folded),
        _ => Err(Problem::WrongLength { expected: vec![2] }),
    }
}

/// 記号: digits, kana, kanji, latin letters and hyphens. Returns the value as typed
/// (trimmed) for display.
pub fn parse_symbol(input: &str) -> Result<String, Problem> {
    let folded = fold(input);
    if folded.is_empty() {
        return Err(Problem::Required);
    }
    if !folded.chars().all(is_symbol_char) {
        return Err(Problem::NotSymbolCharacters);
    }
    check_identifier_length(&folded)?;
    refuse_my_number(&folded)?;
    Ok(input.trim().to_string())
}

/// 番号: digits only. Returns the value as typed (trimmed) for display.
pub fn parse_number(input: &str) -> Result<String, Problem> {
    let folded = fold(input);
    if folded.is_empty() {
        return Err(Problem::Required);
    }
    if !is_all_ascii_digits(&folded) {
        return Err(Problem::NotDigits);
    }
    check_identifier_length(&folded)?;
    refuse_my_number(&folded)?;
    Ok(input.trim().to_string())
}

/// The length is counted on the folded form, so spaces typed between digit groups do
/// not count against the limit.
fn check_identifier_length(folded: &str) -> Result<(), Problem> {
    if folded.chars().count() > IDENTIFIER_MAX_CHARS as usize {
        return Err(Problem::TooLong {
            max: IDENTIFIER_MAX_CHARS,
        });
    }
    Ok(())
}

/// A character a 記号 may contain once folded (half-width letters and digits, `-`).
fn is_symbol_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || is_kana(c) || is_kanji(c)
}

fn is_kana(c: char) -> bool {
    matches!(
        c,
        '\u{3041}'..='\u{3096}' // hiragana
            | '\u{309D}'..='\u{309F}' // hiragana iteration marks, ゟ
            | '\u{30A1}'..='\u{30FA}' // katakana (without ・ and ー)
            | '\u{30FD}'..='\u{30FF}' // katakana iteration marks, ヿ
            | '\u{31F0}'..='\u{31FF}' // small katakana for Ainu
    )
}

fn is_kanji(c: char) -> bool {
    matches!(
        c,
        '\u{3005}'..='\u{3007}' // 々 〆 〇
            | '\u{3400}'..='\u{4DBF}' // extension A
            | '\u{4E00}'..='\u{9FFF}' // unified ideographs
            | '\u{F900}'..='\u{FAFF}' // compatibility ideographs (NFKC keeps a few)
            | '\u{20000}'..='\u{3134F}' // extensions B–G
    )
}

/// マイナンバー下4桁: empty → `None` (it is optional), exactly 4 digits → `Some`
/// (half-width). A full 12-digit My Number is refused with its own message: the app
/// never stores it (DOMAIN §11). Spaces and hyphens are ignored, since the number is
/// often written in groups (`1234-5678-9012`).
pub fn parse_my_number_last4(input: &str) -> Result<Option<String>, Problem> {
    let digits: String = fold(input).chars().filter(|c| *c != '-').collect();
    if digits.is_empty() {
        return Ok(None);
    }
    if !is_all_ascii_digits(&digits) {
        return Err(Problem::NotDigits);
    }
    match digits.len() {
        4 => Ok(Some(digits)),
        12 => Err(Problem::FullMyNumberRefused),
        _ => Err(Problem::WrongLength { expected: vec![4] }),
    }
}

/// Whether `text` holds a full My Number: 12 digits in a row, also when typed in
/// full-width or in the card's groups (`1234 5678 9012`, `1234-5678-9012`). A longer or
/// shorter run of digits is something else (a phone number, a 番号).
pub fn contains_my_number(text: &str) -> bool {
    let mut digits = 0;
    let mut after_separator = false;
    for c in text.nfkc() {
        if c.is_ascii_digit() {
            digits += 1;
            after_separator = false;
        } else if digits > 0 && !after_separator && (c == ' ' || is_hyphen_like(c)) {
            // One space or hyphen between digit groups keeps the run going.
            after_separator = true;
        } else {
            if digits == 12 {
                return true;
            }
            digits = 0;
            after_separator = false;
        }
    }
    digits == 12
}

/// Refuses a free-text value that holds a full My Number (DOMAIN §11): the app never
/// stores one, in any field.
pub fn refuse_my_number(text: &str) -> Result<(), Problem> {
    if contains_my_number(text) {
        Err(Problem::ContainsMyNumber)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_my_number_is_found_in_any_typing_but_other_numbers_are_not() {
        for text in [
            "123456789012",
            "１２３４５６７８９０１２",
            "1234 5678 9012",
            "番号は1234-5678-9012です",
            "memo 1234　5678　9012",
        ] {
            assert!(contains_my_number(text), "{text}");
        }
        for text in [
            "",
            "12345678901",
            "1234567890123",
            "03-1234-5678",
            "1234  5678 9012",
            "記号 12345678 番号 1234",
        ] {
            assert!(!contains_my_number(text), "{text}");
        }
    }

    #[test]
    fn fold_makes_full_width_spaced_and_dashed_forms_equal() {
        for (typed, folded) in [
            ("１２３４", "1234"),
            (" 1234 ", "1234"),
            ("12\u{3000}34", "1234"),
            ("１２－３４", "12-34"),
            ("12−34", "12-34"),
            ("12ー34", "12-34"),
            ("12ｰ34", "12-34"),
            ("12‐34", "12-34"),
            ("12—34", "12-34"),
            ("\u{FEFF}12\u{200B}34", "1234"),
            ("ｱｲｳ", "アイウ"),
            ("ＡＢ", "AB"),
        ] {
            assert_eq!(fold(typed), folded, "{typed}");
        }
        assert_eq!(fold("１２３４"), fold("1234"));
    }

    #[test]
    fn branch_is_always_two_digits() {
        for (typed, expected) in [
            ("1", Ok("01".to_string())),
            ("01", Ok("01".to_string())),
            ("１", Ok("01".to_string())),
            (" 12 ", Ok("12".to_string())),
            ("", Err(Problem::Required)),
            ("  ", Err(Problem::Required)),
            ("001", Err(Problem::WrongLength { expected: vec![2] })),
            ("1a", Err(Problem::NotDigits)),
            ("0-1", Err(Problem::NotDigits)),
        ] {
            assert_eq!(parse_branch(typed), expected, "{typed}");
        }
    }

    #[test]
    fn symbol_keeps_what_was_typed_and_allows_kana_kanji_letters_hyphens() {
        for typed in [
            "12345678",
            "１２３４５６７８",
            "ｱ-12",
            "あいう",
            "東京1",
            "AB-12",
            "ab12",
            "1234 5678",
        ] {
            assert_eq!(parse_symbol(typed), Ok(typed.to_string()), "{typed}");
        }
        assert_eq!(parse_symbol("  1234 "), Ok("1234".to_string()));
    }

    #[test]
    fn symbol_refuses_other_characters_empty_and_overlong_values() {
        assert_eq!(parse_symbol(""), Err(Problem::Required));
        for typed in ["12/34", "12・34", "12.34", "(1234)", "1234#", "記号😀"] {
            assert_eq!(
                parse_symbol(typed),
                Err(Problem::NotSymbolCharacters),
                "{typed}"
            );
        }
        assert_eq!(parse_symbol(&"1".repeat(20)), Ok("1".repeat(20)));
        assert_eq!(
            parse_symbol(&"1".repeat(21)),
            Err(Problem::TooLong { max: 20 })
        );
    }

    #[test]
    fn number_is_digits_only_kept_as_typed() {
        for typed in ["123", "０１２３", "1234567"] {
            assert_eq!(parse_number(typed), Ok(typed.to_string()), "{typed}");
        }
        assert_eq!(parse_number(" 123 "), Ok("123".to_string()));
        assert_eq!(parse_number(""), Err(Problem::Required));
        for typed in ["12-3", "12a", "一二三", "１２ー３"] {
            assert_eq!(parse_number(typed), Err(Problem::NotDigits), "{typed}");
        }
        assert_eq!(
            parse_number(&"9".repeat(21)),
            Err(Problem::TooLong { max: 20 })
        );
    }

    #[test]
    fn my_number_keeps_only_the_last_four_digits_and_refuses_the_full_number() {
        assert_eq!(parse_my_number_last4(""), Ok(None));
        assert_eq!(parse_my_number_last4("   "), Ok(None));
        assert_eq!(parse_my_number_last4("1234"), Ok(Some("1234".to_string())));
        assert_eq!(
            parse_my_number_last4("１２３４"),
            Ok(Some("1234".to_string()))
        );
        for full in [
            "123456789012",
            "1234 5678 9012",
            "1234-5678-9012",
            "１２３４５６７８９０１２",
        ] {
            assert_eq!(
                parse_my_number_last4(full),
                Err(Problem::FullMyNumberRefused),
                "{full}"
            );
        }
        for wrong in ["123", "12345", "12345678901", "1234567890123"] {
            assert_eq!(
                parse_my_number_last4(wrong),
                Err(Problem::WrongLength { expected: vec![4] }),
                "{wrong}"
            );
        }
        assert_eq!(parse_my_number_last4("12a4"), Err(Problem::NotDigits));
    }
}
