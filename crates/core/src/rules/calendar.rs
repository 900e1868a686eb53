//! Calendar arithmetic the rules are written in: birthdays, the day an age is reached,
//! month ends. No rule numbers here; those are in the table.
//!
//! Dates are assumed to lie in the years the app accepts (1873 to a few centuries
//! ahead); a result beyond chrono's range saturates at `NaiveDate::MAX`.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::computed::{ComputedDate, EstimateReason};

/// Where a 29 February birthday falls in a common year. DOMAIN.md §2 chooses 28
/// February (as the road traffic law does) and marks the result 目安; 1 March is the
/// other reading, checked so the estimate can say what else the date could be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LeapDay {
    Feb28,
    Mar1,
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MAX)
}

/// The birthday in `year`.
pub(super) fn birthday_in(birth: NaiveDate, year: i32, leap: LeapDay) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, birth.month(), birth.day()) {
        Some(date) => date,
        None => match leap {
            LeapDay::Feb28 => ymd(year, 2, 28),
            LeapDay::Mar1 => ymd(year, 3, 1),
        },
    }
}

/// Age in whole years on `on`, one more on each birthday.
pub(super) fn age_on(birth: NaiveDate, on: NaiveDate, leap: LeapDay) -> u32 {
    let years = on.year() - birth.year();
    let years = if on < birthday_in(birth, on.year(), leap) {
        years - 1
    } else {
        years
    };
    u32::try_from(years).unwrap_or(0)
}

fn nth_birthday_after_with(birth: NaiveDate, after: NaiveDate, n: u32, leap: LeapDay) -> NaiveDate {
    // "A birthday falling on the issue date itself is not counted" (DOMAIN.md §2).
    let first_year = if birthday_in(birth, after.year(), leap) > after {
        after.year()
    } else {
        after.year() + 1
    };
    let offset = i32::try_from(n.max(1) - 1).unwrap_or(i32::MAX);
    birthday_in(birth, first_year.saturating_add(offset), leap)
}

/// The `n`th birthday strictly after `after` (`n` of 0 counts as 1). For a 29 February
/// birth it is 28 February in common years, marked [`EstimateReason::LeapDayBirthday`]
/// whenever the 1 March reading would give another date.
pub fn nth_birthday_after(birth: NaiveDate, after: NaiveDate, n: u32) -> ComputedDate {
    let chosen = nth_birthday_after_with(birth, after, n, LeapDay::Feb28);
    let other = nth_birthday_after_with(birth, after, n, LeapDay::Mar1);
    ComputedDate::certain(chosen).or_else(
        &ComputedDate::certain(other),
        EstimateReason::LeapDayBirthday,
    )
}

/// The `n`th birthday itself (the day of the `n`th anniversary of the birth).
pub(super) fn nth_birthday(birth: NaiveDate, n: u32, leap: LeapDay) -> NaiveDate {
    let year = birth
        .year()
        .saturating_add(i32::try_from(n).unwrap_or(i32::MAX));
    birthday_in(birth, year, leap)
}

/// The day a person "reaches" age `n` in law (年齢計算ニ関スル法律 with 民法143条): the
/// day before the `n`th birthday, which is 28 February for a 29 February birth in every
/// year, so no estimate is needed. 健康保険法 counts 未就学 and 高齢受給者 from this day.
pub fn day_age_reached(birth: NaiveDate, n: u32) -> NaiveDate {
    let anniversary = nth_birthday(birth, n, LeapDay::Mar1);
    anniversary.pred_opt().unwrap_or(anniversary)
}

/// The last day of the month `months` after the month of `date` (0 = its own month).
pub fn last_day_of_nth_month_after(date: NaiveDate, months: u32) -> NaiveDate {
    let first = date.with_day(1).unwrap_or(date);
    first
        .checked_add_months(Months::new(months.saturating_add(1)))
        .and_then(|next| next.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// The 1st of the month after the month of `date`.
pub(super) fn first_of_next_month(date: NaiveDate) -> NaiveDate {
    last_day_of_nth_month_after(date, 0)
        .checked_add_days(Days::new(1))
        .unwrap_or(NaiveDate::MAX)
}

/// The first 1 April strictly after `date` (the start of the next school year).
pub(super) fn next_april_first(date: NaiveDate) -> NaiveDate {
    let this_year = ymd(date.year(), 4, 1);
    if this_year > date {
        this_year
    } else {
        ymd(date.year().saturating_add(1), 4, 1)
    }
}

/// "The day after the date `months` months before `date`; where that date does not
/// exist, the 1st of the next month" (DOMAIN.md §3). chrono clamps a missing day to the
/// month's last day, and the day after a month's last day is the 1st of the next month,
/// so both halves of the rule are one subtraction and one day.
pub(super) fn day_after_months_before(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_sub_months(Months::new(months))
        .and_then(|before| before.succ_opt())
        .unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn age_goes_up_on_the_birthday_and_on_28_february_for_leap_day_births() {
        assert_eq!(age_on(d(1980, 6, 15), d(2026, 6, 14), LeapDay::Feb28), 45);
        assert_eq!(age_on(d(1980, 6, 15), d(2026, 6, 15), LeapDay::Feb28), 46);
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 2, 28), LeapDay::Feb28), 18);
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 2, 28), LeapDay::Mar1), 17);
        assert_eq!(age_on(d(2008, 2, 29), d(2000, 1, 1), LeapDay::Feb28), 0);
    }

    #[test]
    fn an_age_is_reached_the_day_before_the_birthday() {
        assert_eq!(day_age_reached(d(1956, 6, 1), 70), d(2026, 5, 31));
        assert_eq!(day_age_reached(d(1956, 2, 29), 70), d(2026, 2, 28));
        assert_eq!(day_age_reached(d(1956, 2, 29), 72), d(2028, 2, 28));
    }

    #[test]
    fn month_ends_handle_short_months_and_leap_years() {
        assert_eq!(
            last_day_of_nth_month_after(d(2027, 11, 15), 3),
            d(2028, 2, 29)
        );
        assert_eq!(
            last_day_of_nth_month_after(d(2026, 1, 31), 0),
            d(2026, 1, 31)
        );
        assert_eq!(first_of_next_month(d(2026, 12, 15)), d(2027, 1, 1));
    }
}
