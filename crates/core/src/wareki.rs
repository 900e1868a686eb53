//! 和暦 (Japanese era) dates: the era table and formatting for display.
//!
//! Dates are stored as ISO `YYYY-MM-DD`; 和暦 appears only at the edges (display,
//! PDF, parsing what the user typed from a printed notice).

use chrono::{Datelike, NaiveDate};

use crate::i18n::{DateOrder, Lang, Locale};

/// One era of the modern calendar, from its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Era {
    pub kanji: &'static str,
    /// One-letter abbreviation used on forms (R7.12.1).
    pub letter: char,
    pub romaji: &'static str,
    pub first_day: NaiveDate,
}

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid era date in table"),
    }
}

/// Eras in order. 明治 starts on its official first day, but dates before the solar
/// calendar was adopted (明治6年1月1日 = 1873-01-01) are outside what the app handles.
pub const ERAS: [Era; 5] = [
    Era {
        kanji: "明治",
        letter: 'M',
        romaji: "Meiji",
        first_day: ymd(1868, 10, 23),
    },
    Era {
        kanji: "大正",
        letter: 'T',
        romaji: "Taisho",
        first_day: ymd(1912, 7, 30),
    },
    Era {
        kanji: "昭和",
        letter: 'S',
        romaji: "Showa",
        first_day: ymd(1926, 12, 25),
    },
    Era {
        kanji: "平成",
        letter: 'H',
        romaji: "Heisei",
        first_day: ymd(1989, 1, 8),
    },
    Era {
        kanji: "令和",
        letter: 'R',
        romaji: "Reiwa",
        first_day: ymd(2019, 5, 1),
    },
];

/// The first date the app accepts: the adoption of the Gregorian calendar in Japan.
pub const EARLIEST_SUPPORTED: NaiveDate = ymd(1873, 1, 1);

/// The era a date belongs to, or `None` before 明治.
pub fn era_of(date: NaiveDate) -> Option<&'static Era> {
    ERAS.iter().rev().find(|era| date >= era.first_day)
}

/// The year within its era (1 for 元年).
pub fn era_year(era: &Era, date: NaiveDate) -> i32 {
    date.year() - era.first_day.year() + 1
}

/// `令和7年12月1日`, with 元年 for the first year.
pub fn format_wareki(date: NaiveDate) -> String {
    match era_of(date) {
        Some(era) => {
            let year = era_year(era, date);
            let year = if year == 1 {
                "元".to_string()
            } else {
                year.to_string()
            };
            format!("{}{}年{}月{}日", era.kanji, year, date.month(), date.day())
        }
        None => format_iso(date),
    }
}

pub fn format_iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// How the app shows a date that matters: both calendars, the one the reader chose
/// first, each written the way that language writes it.
/// Japanese: `令和7年12月1日 (2025-12-01)` or `2025-12-01 (令和7年12月1日)`;
/// English: `Reiwa 7, December 1 (2025-12-01)` or `2025-12-01 (Reiwa 7)`.
pub fn format_both(date: NaiveDate, locale: Locale) -> String {
    let Some(era) = era_of(date) else {
        return format_iso(date);
    };
    let iso = format_iso(date);
    match (locale.lang, locale.dates) {
        (Lang::Ja, DateOrder::WarekiFirst) => format!("{} ({iso})", format_wareki(date)),
        (Lang::Ja, DateOrder::WesternFirst) => format!("{iso} ({})", format_wareki(date)),
        (Lang::En, DateOrder::WarekiFirst) => format!(
            "{} {}, {} {} ({iso})",
            era.romaji,
            era_year(era, date),
            MONTHS[date.month0() as usize],
            date.day()
        ),
        // The year is enough in brackets: the month and day are the same in both.
        (Lang::En, DateOrder::WesternFirst) => {
            format!("{iso} ({} {})", era.romaji, era_year(era, date))
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn check(date: (i32, u32, u32), expected: &str) {
        let date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap();
        assert_eq!(format_wareki(date), expected, "{date}");
    }

    #[test]
    fn formats_each_era_and_its_first_year_as_gannen() {
        check((1980, 1, 2), "昭和55年1月2日");
        check((2025, 12, 1), "令和7年12月1日");
        check((2019, 4, 30), "平成31年4月30日");
        check((2019, 5, 1), "令和元年5月1日");
        check((1989, 1, 7), "昭和64年1月7日");
        check((1989, 1, 8), "平成元年1月8日");
        check((1926, 12, 24), "大正15年12月24日");
        check((1926, 12, 25), "昭和元年12月25日");
        check((1912, 7, 29), "明治45年7月29日");
        check((1912, 7, 30), "大正元年7月30日");
        check((1873, 1, 1), "明治6年1月1日");
    }

    #[test]
    fn shows_both_calendars_in_the_users_language_first() {
        let date = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
        assert_eq!(
            format_both(date, Locale::natural(Lang::Ja)),
            "令和7年12月1日 (2025-12-01)"
        );
        assert_eq!(
            format_both(date, Locale::natural(Lang::En)),
            "2025-12-01 (Reiwa 7)"
        );
    }

    #[test]
    fn the_chosen_calendar_comes_first_and_the_other_is_still_shown() {
        let date = NaiveDate::from_ymd_opt(2019, 5, 1).unwrap();
        let both = |lang, dates| format_both(date, Locale::new(lang, dates));
        assert_eq!(
            both(Lang::Ja, DateOrder::WesternFirst),
            "2019-05-01 (令和元年5月1日)"
        );
        assert_eq!(
            both(Lang::Ja, DateOrder::WarekiFirst),
            "令和元年5月1日 (2019-05-01)"
        );
        assert_eq!(
            both(Lang::En, DateOrder::WarekiFirst),
            "Reiwa 1, May 1 (2019-05-01)"
        );
        assert_eq!(
            both(Lang::En, DateOrder::WesternFirst),
            "2019-05-01 (Reiwa 1)"
        );
    }
}
