//! Japanese line breaking for the explanation paragraphs and long values.
//!
//! Japanese text may break between any two characters, except around punctuation
//! (禁則処理, kinsoku): a line must not start with closing punctuation or small kana
//! (、。」） ー っ …) and must not end with opening brackets (「（). Runs of Latin letters
//! and digits ("2025-04-01", "100%") are kept whole. When a break lands on a forbidden
//! spot, the break moves earlier (追い出し): the last characters of the line go down
//! with the one that may not start a line.

/// Characters that may not start a line (行頭禁則).
fn no_line_start(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | ','
            | '.'
            | '・'
            | '：'
            | '；'
            | ':'
            | ';'
            | '？'
            | '！'
            | '?'
            | '!'
            | 'ー'
            | '―'
            | '…'
            | '‥'
            | '々'
            | 'ゝ'
            | 'ゞ'
            | 'ヽ'
            | 'ヾ'
            | '）'
            | ')'
            | '」'
            | '』'
            | '］'
            | ']'
            | '｝'
            | '}'
            | '〕'
            | '〉'
            | '》'
            | '】'
            | '〙'
            | '〗'
            | '％'
            | '%'
            | 'ぁ'
            | 'ぃ'
            | 'ぅ'
            | 'ぇ'
            | 'ぉ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | 'ゎ'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
            | 'ヮ'
            | 'ヵ'
            | 'ヶ'
    )
}

/// Characters that may not end a line (行末禁則).
fn no_line_end(c: char) -> bool {
    matches!(
        c,
        '（' | '('
            | '「'
            | '『'
            | '［'
            | '['
            | '｛'
            | '{'
            | '〔'
            | '〈'
            | '《'
            | '【'
            | '〘'
            | '〖'
    )
}

/// A piece that is never split: one character, or a run of non-space ASCII.
#[derive(Debug)]
struct Unit<'a> {
    text: &'a str,
    width: f32,
    space: bool,
}

impl Unit<'_> {
    fn first(&self) -> char {
        self.text.chars().next().unwrap_or(' ')
    }

    fn last(&self) -> char {
        self.text.chars().next_back().unwrap_or(' ')
    }
}

fn units<'a>(text: &'a str, width_of: &impl Fn(char) -> f32) -> Vec<Unit<'a>> {
    let mut units = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let len = if c.is_ascii_graphic() {
            rest.find(|c: char| !c.is_ascii_graphic())
                .unwrap_or(rest.len())
        } else {
            c.len_utf8()
        };
        let (piece, tail) = rest.split_at(len);
        units.push(Unit {
            text: piece,
            width: piece.chars().map(width_of).sum(),
            space: c == ' ',
        });
        rest = tail;
    }
    units
}

/// Breaks `text` into lines no wider than `max_width` (in the unit `width_of` returns),
/// following the kinsoku rules. A single piece wider than a line gets a line of its own.
/// Spaces at the end or start of a line are dropped.
pub fn break_lines(text: &str, max_width: f32, width_of: impl Fn(char) -> f32) -> Vec<String> {
    let units = units(text, &width_of);
    let mut lines = Vec::new();
    let mut start = 0;
    while start < units.len() {
        // Leading spaces of a continued line carry no meaning.
        while start < units.len() && units[start].space && !lines.is_empty() {
            start += 1;
        }
        if start >= units.len() {
            break;
        }
        // The greedy end: as many pieces as fit (always at least one).
        let mut end = start;
        let mut width = 0.0;
        while end < units.len() && (end == start || width + units[end].width <= max_width) {
            width += units[end].width;
            end += 1;
        }
        // 追い出し: move the break earlier while it would start a line with a closing mark
        // or end one with an opening mark, but never empty the line.
        if end < units.len() {
            let mut adjusted = end;
            while adjusted > start + 1
                && (no_line_start(units[adjusted].first())
                    || no_line_end(units[adjusted - 1].last()))
            {
                adjusted -= 1;
            }
            let still_bad =
                no_line_start(units[adjusted].first()) || no_line_end(units[adjusted - 1].last());
            if !still_bad {
                end = adjusted;
            }
        }
        let line: String = units[start..end].iter().map(|u| u.text).collect();
        lines.push(line.trim_end().to_string());
        start = end;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Full-width characters are 1 wide, ASCII 0.5.
    fn width(c: char) -> f32 {
        if c.is_ascii() {
            0.5
        } else {
            1.0
        }
    }

    fn assert_kinsoku(lines: &[String]) {
        for (i, line) in lines.iter().enumerate() {
            let first = line.chars().next().expect("no empty lines");
            let last = line.chars().next_back().expect("no empty lines");
            if i > 0 {
                assert!(
                    !no_line_start(first),
                    "line {i} starts with {first}: {lines:?}"
                );
            }
            if i + 1 < lines.len() {
                assert!(!no_line_end(last), "line {i} ends with {last}: {lines:?}");
            }
        }
    }

    #[test]
    fn breaks_between_any_characters_when_no_rule_applies() {
        let lines = break_lines("あいうえおかきくけこ", 4.0, width);
        assert_eq!(lines, ["あいうえ", "おかきく", "けこ"]);
    }

    #[test]
    fn a_line_never_starts_with_closing_punctuation() {
        // The greedy break would put "。" at the start of line 2.
        let lines = break_lines("あいうえ。かきくけこ", 4.0, width);
        assert_eq!(lines, ["あいう", "え。かき", "くけこ"]);
        let lines = break_lines("控え（または写し）を提示", 8.0, width);
        assert_kinsoku(&lines);
        assert_eq!(lines.concat(), "控え（または写し）を提示");
    }

    #[test]
    fn a_line_never_ends_with_an_opening_bracket() {
        let lines = break_lines("あいう「えお」", 4.0, width);
        assert_eq!(lines, ["あいう", "「えお」"]);
    }

    #[test]
    fn small_kana_and_the_long_vowel_mark_stay_with_the_previous_character() {
        let lines = break_lines("カードリーダー", 3.0, width);
        assert_kinsoku(&lines);
        assert_eq!(lines.concat(), "カードリーダー");
        let lines = break_lines("あいうっと", 3.0, width);
        assert_eq!(lines, ["あい", "うっと"]);
    }

    #[test]
    fn latin_runs_and_dates_are_not_split() {
        let lines = break_lines("期限は2029-06-15です", 6.0, width);
        assert_eq!(lines, ["期限は", "2029-06-15で", "す"]);
    }

    #[test]
    fn spaces_at_line_ends_are_dropped() {
        let lines = break_lines("ab cd ef", 2.0, width);
        assert_eq!(lines, ["ab", "cd", "ef"]);
    }

    #[test]
    fn a_run_of_forbidden_characters_falls_back_to_the_plain_break() {
        // Nothing but closing marks: no allowed break exists, the text still comes out whole.
        let lines = break_lines("」」」」」」", 2.0, width);
        assert_eq!(lines.concat(), "」」」」」」");
    }
}
