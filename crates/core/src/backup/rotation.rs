//! Which daily backups to keep: the newest of each of the last 7 days that have one, and
//! the newest of each of the last 4 ISO weeks that have one (the overlap is kept once),
//! as restic's `--keep-daily 7 --keep-weekly 4`. Manual, pre-import and pre-migration
//! backups are never rotated.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

pub const KEEP_DAILY: usize = 7;
pub const KEEP_WEEKLY: usize = 4;

/// The dates (one daily backup each) to delete.
pub fn expired(dates: &[NaiveDate]) -> Vec<NaiveDate> {
    let newest_first: Vec<NaiveDate> = dates
        .iter()
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .rev()
        .collect();
    let mut keep: BTreeSet<NaiveDate> = newest_first.iter().take(KEEP_DAILY).copied().collect();
    let mut weeks = BTreeSet::new();
    for date in &newest_first {
        let week = date.iso_week();
        if weeks.len() == KEEP_WEEKLY && !weeks.contains(&(week.year(), week.week())) {
            break;
        }
        if weeks.insert((week.year(), week.week())) {
            keep.insert(*date);
        }
    }
    newest_first
        .into_iter()
        .filter(|date| !keep.contains(date))
        .rev()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, month, day).unwrap()
    }

    #[test]
    fn a_week_of_backups_is_all_kept() {
        let dates: Vec<_> = (19..=25).map(|day| d(11, day)).collect();
        assert!(expired(&dates).is_empty());
    }

    #[test]
    fn forty_days_in_a_row_keep_seven_days_and_the_newest_of_four_weeks() {
        // 2026-10-17 (Sat) … 2026-11-25 (Wed).
        let dates: Vec<_> = (0..40).map(|n| d(11, 25) - chrono::Days::new(n)).collect();
        let expired = expired(&dates);
        let kept: Vec<_> = dates
            .iter()
            .filter(|d| !expired.contains(d))
            .copied()
            .collect();
        assert_eq!(
            kept,
            [
                // the last 7 days (weeks 48 and 47)
                d(11, 25),
                d(11, 24),
                d(11, 23),
                d(11, 22),
                d(11, 21),
                d(11, 20),
                d(11, 19),
                // the Sunday ending each of weeks 46 and 45 (47 and 48 are already kept)
                d(11, 15),
                d(11, 8),
            ]
        );
    }

    #[test]
    fn gaps_count_days_and_weeks_that_have_a_backup() {
        // Used once a month: the 7 newest are kept, whatever their age.
        let dates: Vec<_> = (1..=9).map(|month| d(month, 1)).collect();
        assert_eq!(expired(&dates), [d(1, 1), d(2, 1)]);
    }
}
