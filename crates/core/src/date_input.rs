//! Reading a date the way people type it from a printed notice: 西暦 (`2025-12-01`) or
//! 和暦 (`令和7年12月1日`, `R7.12.1`, `令7.12.1`), full-width or not.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use crate::error::Problem;
use crate::i18n::{Lang, Locale};
use crate::normalise::fold;
use crate::wareki::{format_both, Era, EARLIEST_SUPPORTED, ERAS};

/// A date the user typed, and what the app noticed about how it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParsedDate {
    pub date: NaiveDate,
    pub note: Option<DateNote>,
}

/// Something worth telling the user about an accepted date. Not an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DateNote {
    /// The era-year is past the end of its era (`平成31年5月1日`, `平成32年3月31日`).
    /// Accepted as that real date: papers printed before a change of era carry such
    /// dates (expiry dates above all), and the printed date is authoritative.
    EraAlreadyEnded,
}

impl ParsedDate {
    fn plain(date: NaiveDate) -> Self {
        ParsedDate { date, note: None }
    }

    /// The note to show next to the field, if any. It shows the date in both calendars
    /// so the user can see which day the app understood.
    pub fn note_message(&self, locale: Locale) -> Option<String> {
        let lang = locale.lang;
        let note = self.note?;
        let date = format_both(self.date, locale);
        Some(match (note, lang) {
            (DateNote::EraAlreadyEnded, Lang::Ja) => format!(
                "入力された元号は、この日付より前に終わっています。改元前に印刷された書類のとおりとして、{date}として受け付けました。"
            ),
            (DateNote::EraAlreadyEnded, Lang::En) => format!(
                "The era written here had already ended by this date. Papers printed before the change of era can show such dates, so it was accepted as {date}."
            ),
        })
    }
}

/// Parses a date typed by the user.
///
/// 西暦: `2025-12-01`, `2025/12/1`, `2025.12.1`, `20251201`, `2025年12月1日`.
/// 和暦 (明治 to 令和, era table in [`crate::wareki`]): the era as kanji (`令和`), its
/// first kanji (`令`) or letter (`R`, `r`); the year as digits or `元`; then `年…月…日`
/// or the same `.`, `/` or `-` twice: `令和7年12月1日`, `R07/12/01`, `令7.12.1`.
/// Full-width characters and spaces are folded first (`Ｒ７．１２．１`, `㋿7年…`).
///
/// Errors: [`Problem::Required`] (empty), [`Problem::DateUnreadable`] (no known form,
/// or era year 0), [`Problem::DateNotInCalendar`] (`令和7年2月30日`),
/// [`Problem::DateBeforeEra`] (`令和元年4月30日`), [`Problem::DateTooEarly`] (before
/// 1873-01-01, when Japan adopted the Gregorian calendar).
pub fn parse_date(input: &str) -> Result<ParsedDate, Problem> {
    // Upper case so `r7.12.1` reads like `R7.12.1`; kanji are unaffected.
    let text = fold(input).to_ascii_uppercase();
    if text.is_empty() {
        return Err(Problem::Required);
    }
    match split_era(&text) {
        Some((era, rest)) => parse_era_date(era, rest),
        None => parse_western(&text).map(ParsedDate::plain),
    }
}

fn parse_western(text: &str) -> Result<NaiveDate, Problem> {
    let [year, month, day] = split_compact(text)
        .or_else(|| split_year_month_day(text))
        .ok_or(Problem::DateUnreadable)?;
    if year.len() != 4 {
        return Err(Problem::DateUnreadable);
    }
    let year: i32 = parse_digits(year).ok_or(Problem::DateUnreadable)?;
    let (month, day) = parse_month_day(month, day)?;
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(Problem::DateNotInCalendar)?;
    if date < EARLIEST_SUPPORTED {
        return Err(Problem::DateTooEarly);
    }
    Ok(date)
}

fn parse_era_date(era: &'static Era, rest: &str) -> Result<ParsedDate, Problem> {
    let [year, month, day] = split_year_month_day(rest).ok_or(Problem::DateUnreadable)?;
    let era_year: i32 = if year == "元" {
        1
    } else if (1..=2).contains(&year.len()) {
        parse_digits(year).ok_or(Problem::DateUnreadable)?
    } else {
        return Err(Problem::DateUnreadable);
    };
    // There is no year 0 of an era: the first year is 元年 (1).
    if era_year == 0 {
        return Err(Problem::DateUnreadable);
    }
    let (month, day) = parse_month_day(month, day)?;
    let year = era.first_day.year() + era_year - 1;
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(Problem::DateNotInCalendar)?;
    // Too early wins over before-era: 明治5年 is before the calendar the app handles,
    // whatever the era says.
    if date < EARLIEST_SUPPORTED {
        return Err(Problem::DateTooEarly);
    }
    if date < era.first_day {
        return Err(Problem::DateBeforeEra {
            era_starts: era.first_day,
        });
    }
    let note = next_era_start(era)
        .filter(|next_start| date >= *next_start)
        .map(|_| DateNote::EraAlreadyEnded);
    Ok(ParsedDate { date, note })
}

/// The era written at the start of `text` (`令和`, `令`, `R`) and the text after it.
fn split_era(text: &str) -> Option<(&'static Era, &str)> {
    ERAS.iter().find_map(|era| {
        let first_kanji = era.kanji.chars().next()?;
        let rest = text
            .strip_prefix(era.kanji)
            .or_else(|| text.strip_prefix(first_kanji))
            .or_else(|| text.strip_prefix(era.letter))?;
        Some((era, rest))
    })
}

fn next_era_start(era: &Era) -> Option<NaiveDate> {
    ERAS.iter()
        .map(|candidate| candidate.first_day)
        .find(|first_day| *first_day > era.first_day)
}

/// `20251201` → `["2025", "12", "01"]`.
fn split_compact(text: &str) -> Option<[&str; 3]> {
    if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        Some([&text[..4], &text[4..6], &text[6..]])
    } else {
        None
    }
}

/// `Y年M月D日` (the final 日 may be left out) or `Y.M.D` with the same separator twice
/// (`.`, `/` or `-`). The parts are not checked here.
fn split_year_month_day(text: &str) -> Option<[&str; 3]> {
    if let Some((year, rest)) = text.split_once('年') {
        let (month, day) = rest.split_once('月')?;
        let day = day.strip_suffix('日').unwrap_or(day);
        return Some([year, month, day]);
    }
    ['.', '/', '-'].into_iter().find_map(|separator| {
        let mut parts = text.split(separator);
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(year), Some(month), Some(day), None) => Some([year, month, day]),
            _ => None,
        }
    })
}

/// Month and day are 1 or 2 digits; a value out of range is a calendar problem, not a
/// reading problem (`R7.13.1` is clearly meant as a date).
fn parse_month_day(month: &str, day: &str) -> Result<(u32, u32), Problem> {
    let one_or_two = |part: &str| {
        if (1..=2).contains(&part.len()) {
            parse_digits(part)
        } else {
            None
        }
    };
    match (one_or_two(month), one_or_two(day)) {
        (Some(month), Some(day)) => Ok((month, day)),
        _ => Err(Problem::DateUnreadable),
    }
}

/// ASCII digits only (`str::parse` would also take a leading `+`).
fn parse_digits<T: std::str::FromStr>(part: &str) -> Option<T> {
    if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
        part.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::wareki::{era_of, era_year, format_iso, format_wareki};

    #[derive(Debug)]
    enum Expected {
        Date(i32, u32, u32),
        /// Accepted, with [`DateNote::EraAlreadyEnded`].
        EraEnded(i32, u32, u32),
        Refused(Problem),
    }
    use Expected::{Date, EraEnded, Refused};

    fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("test date exists")
    }

    fn check(input: &str, expected: Expected) {
        let expected = match expected {
            Date(y, m, d) => Ok(ParsedDate::plain(ymd(y, m, d))),
            EraEnded(y, m, d) => Ok(ParsedDate {
                date: ymd(y, m, d),
                note: Some(DateNote::EraAlreadyEnded),
            }),
            Refused(problem) => Err(problem),
        };
        assert_eq!(parse_date(input), expected, "input: {input}");
    }

    fn before_era(year: i32, month: u32, day: u32) -> Expected {
        Refused(Problem::DateBeforeEra {
            era_starts: ymd(year, month, day),
        })
    }

    #[test]
    fn reads_western_forms() {
        for input in [
            "2025-12-01",
            "2025/12/1",
            "2025.12.1",
            "20251201",
            "2025年12月1日",
            "2025年12月1",
            "２０２５－１２－０１",
            "２０２５年１２月１日",
            " 2025.12.1 ",
            "2025 - 12 - 01",
        ] {
            check(input, Date(2025, 12, 1));
        }
    }

    #[test]
    fn reads_japanese_era_forms() {
        for (input, expected) in [
            ("令和7年12月1日", Date(2025, 12, 1)),
            ("令和7年12月1", Date(2025, 12, 1)),
            ("令和 7年 12月 1日", Date(2025, 12, 1)),
            ("令和元年5月1日", Date(2019, 5, 1)),
            ("R元.5.1", Date(2019, 5, 1)),
            ("R7.12.1", Date(2025, 12, 1)),
            ("R07/12/01", Date(2025, 12, 1)),
            ("R7-12-1", Date(2025, 12, 1)),
            ("r7.12.1", Date(2025, 12, 1)),
            ("R7年12月1日", Date(2025, 12, 1)),
            ("令7.12.1", Date(2025, 12, 1)),
            ("令和7.12.1", Date(2025, 12, 1)),
            ("Ｒ７．１２．１", Date(2025, 12, 1)),
            ("ｒ０７／１２／０１", Date(2025, 12, 1)),
            ("令和７年１２月１日", Date(2025, 12, 1)),
            ("㋿7年12月1日", Date(2025, 12, 1)),
            ("H31.4.30", Date(2019, 4, 30)),
            ("h31.4.30", Date(2019, 4, 30)),
            ("平31.4.30", Date(2019, 4, 30)),
            ("㍻31年4月30日", Date(2019, 4, 30)),
            ("S55.1.2", Date(1980, 1, 2)),
            ("昭和55年1月2日", Date(1980, 1, 2)),
            ("昭55.1.2", Date(1980, 1, 2)),
            ("T3.4.5", Date(1914, 4, 5)),
            ("大正3年4月5日", Date(1914, 4, 5)),
            ("M40.1.1", Date(1907, 1, 1)),
            ("明治40年1月1日", Date(1907, 1, 1)),
        ] {
            check(input, expected);
        }
    }

    /// For each change of era: the last day of the old era and the first day of the
    /// new one, each written in both eras. 令和 has no end yet.
    #[test]
    fn era_boundaries() {
        for (input, expected) in [
            // 明治 (handled from 1873, the adoption of the Gregorian calendar)
            ("明治6年1月1日", Date(1873, 1, 1)),
            ("M6.1.1", Date(1873, 1, 1)),
            ("明治5年12月31日", Refused(Problem::DateTooEarly)),
            ("1872-12-31", Refused(Problem::DateTooEarly)),
            ("1873-01-01", Date(1873, 1, 1)),
            // 明治 → 大正 (1912-07-30)
            ("明治45年7月29日", Date(1912, 7, 29)),
            ("大正元年7月29日", before_era(1912, 7, 30)),
            ("大正元年7月30日", Date(1912, 7, 30)),
            ("明治45年7月30日", EraEnded(1912, 7, 30)),
            // 大正 → 昭和 (1926-12-25)
            ("大正15年12月24日", Date(1926, 12, 24)),
            ("昭和元年12月24日", before_era(1926, 12, 25)),
            ("昭和元年12月25日", Date(1926, 12, 25)),
            ("大正15年12月25日", EraEnded(1926, 12, 25)),
            // 昭和 → 平成 (1989-01-08)
            ("昭和64年1月7日", Date(1989, 1, 7)),
            ("平成元年1月7日", before_era(1989, 1, 8)),
            ("平成元年1月8日", Date(1989, 1, 8)),
            ("昭和64年1月8日", EraEnded(1989, 1, 8)),
            // 平成 → 令和 (2019-05-01)
            ("平成31年4月30日", Date(2019, 4, 30)),
            ("令和元年4月30日", before_era(2019, 5, 1)),
            ("令和元年5月1日", Date(2019, 5, 1)),
            ("平成31年5月1日", EraEnded(2019, 5, 1)),
            // An expiry date printed years ahead, before the change of era was announced.
            ("平成32年3月31日", EraEnded(2020, 3, 31)),
            ("H32.3.31", EraEnded(2020, 3, 31)),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn refuses_impossible_dates() {
        for (input, expected) in [
            ("", Refused(Problem::Required)),
            ("   ", Refused(Problem::Required)),
            ("yesterday", Refused(Problem::DateUnreadable)),
            ("令和", Refused(Problem::DateUnreadable)),
            ("令和7年", Refused(Problem::DateUnreadable)),
            ("令和7年12月", Refused(Problem::DateUnreadable)),
            ("R7.12", Refused(Problem::DateUnreadable)),
            ("R7.12/1", Refused(Problem::DateUnreadable)),
            ("R7.12.1.1", Refused(Problem::DateUnreadable)),
            ("R+7.12.1", Refused(Problem::DateUnreadable)),
            ("R123.1.1", Refused(Problem::DateUnreadable)),
            ("X7.12.1", Refused(Problem::DateUnreadable)),
            ("25/12/1", Refused(Problem::DateUnreadable)),
            ("2025-123-1", Refused(Problem::DateUnreadable)),
            ("令和0年1月1日", Refused(Problem::DateUnreadable)),
            ("R0.5.1", Refused(Problem::DateUnreadable)),
            ("令和7年2月30日", Refused(Problem::DateNotInCalendar)),
            ("R7.13.1", Refused(Problem::DateNotInCalendar)),
            ("R7.0.1", Refused(Problem::DateNotInCalendar)),
            ("R7.12.32", Refused(Problem::DateNotInCalendar)),
            ("令和6年2月29日", Date(2024, 2, 29)),
            ("令和7年2月29日", Refused(Problem::DateNotInCalendar)),
            ("2025-02-30", Refused(Problem::DateNotInCalendar)),
            ("0000-01-01", Refused(Problem::DateTooEarly)),
            ("1850-01-01", Refused(Problem::DateTooEarly)),
            ("明治元年10月23日", Refused(Problem::DateTooEarly)),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn the_note_says_which_day_was_understood() {
        let parsed = parse_date("平成31年5月1日").expect("accepted");
        let ja = parsed
            .note_message(Locale::natural(Lang::Ja))
            .expect("a note");
        assert!(ja.contains("令和元年5月1日 (2019-05-01)"), "{ja}");
        let en = parsed
            .note_message(Locale::natural(Lang::En))
            .expect("a note");
        assert!(en.contains("2019-05-01 (Reiwa 1)"), "{en}");
        let plain = parse_date("令和元年5月1日").expect("accepted");
        assert_eq!(plain.note_message(Locale::natural(Lang::Ja)), None);
    }

    /// `R7.12.1`: the letter form offices write by hand.
    fn format_letter(date: NaiveDate) -> String {
        let era = era_of(date).expect("test dates are in an era");
        format!(
            "{}{}.{}.{}",
            era.letter,
            era_year(era, date),
            date.month(),
            date.day()
        )
    }

    fn supported_dates() -> impl Strategy<Value = NaiveDate> {
        let first = EARLIEST_SUPPORTED.num_days_from_ce();
        let last = ymd(2100, 12, 31).num_days_from_ce();
        (first..=last)
            .prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).expect("in chrono's range"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn the_wareki_the_app_shows_reads_back_as_the_same_date(date in supported_dates()) {
            prop_assert_eq!(parse_date(&format_wareki(date)), Ok(ParsedDate::plain(date)));
        }

        #[test]
        fn iso_dates_read_back_unchanged(date in supported_dates()) {
            prop_assert_eq!(parse_date(&format_iso(date)), Ok(ParsedDate::plain(date)));
        }

        #[test]
        fn the_letter_form_reads_back_as_the_same_date(date in supported_dates()) {
            prop_assert_eq!(parse_date(&format_letter(date)), Ok(ParsedDate::plain(date)));
        }
    }

    /// Every day is also checked once, not only a sample: the range is small enough
    /// and the era boundaries are where mistakes would hide.
    #[test]
    fn every_supported_day_reads_back_in_all_three_forms() {
        let mut date = EARLIEST_SUPPORTED;
        while date <= ymd(2100, 12, 31) {
            let expected = Ok(ParsedDate::plain(date));
            assert_eq!(parse_date(&format_wareki(date)), expected);
            assert_eq!(parse_date(&format_iso(date)), expected);
            assert_eq!(parse_date(&format_letter(date)), expected);
            date = date.succ_opt().expect("far from chrono's limit");
        }
    }
}
