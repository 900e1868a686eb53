//! Reading a date the way people type it from a printed notice.

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use crate::error::Problem;
use crate::wareki::EARLIEST_SUPPORTED;

/// Parses a date typed by the user. Accepts 西暦 forms (`2025-12-01`, `2025/12/1`,
/// `20251201`), full-width digits included.
pub fn parse_date(input: &str) -> Result<NaiveDate, Problem> {
    let folded: String = input.nfkc().filter(|c| !c.is_whitespace()).collect();
    if folded.is_empty() {
        return Err(Problem::Required);
    }
    let (year, month, day) = split_western(&folded).ok_or(Problem::DateUnreadable)?;
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(Problem::DateNotInCalendar)?;
    if date < EARLIEST_SUPPORTED {
        return Err(Problem::DateTooEarly);
    }
    Ok(date)
}

fn split_western(text: &str) -> Option<(i32, u32, u32)> {
    if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        return Some((
            text[..4].parse().ok()?,
            text[4..6].parse().ok()?,
            text[6..].parse().ok()?,
        ));
    }
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => {
            Some((y.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_western_forms_with_full_width_digits() {
        let expected = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
        for input in [
            "2025-12-01",
            "2025/12/1",
            "20251201",
            "２０２５－１２－０１",
            " 2025.12.1 ",
        ] {
            assert_eq!(parse_date(input), Ok(expected), "{input}");
        }
    }

    #[test]
    fn names_the_problem_with_a_bad_date() {
        assert_eq!(parse_date(""), Err(Problem::Required));
        assert_eq!(parse_date("yesterday"), Err(Problem::DateUnreadable));
        assert_eq!(parse_date("2025-02-30"), Err(Problem::DateNotInCalendar));
        assert_eq!(parse_date("1850-01-01"), Err(Problem::DateTooEarly));
    }
}
