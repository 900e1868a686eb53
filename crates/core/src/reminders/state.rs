//! What the household did with a reminder (done, dismissed, snoozed) and where that
//! leaves it on a date: due, upcoming, closed, or past its time.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::schedule::Reminder;

/// The household's answer to a reminder, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Dealt with: never fires again.
    Done,
    /// Not wanted: never fires again.
    Dismissed,
    /// Fires again on `until` (a new occurrence).
    Snoozed { until: NaiveDate },
}

/// A mark and the day it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkRecord {
    pub mark: Mark,
    pub on: NaiveDate,
}

/// Marks by reminder ID.
pub type Marks = HashMap<String, MarkRecord>;

/// Where a reminder stands on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Standing {
    /// Its occurrence is on or before the date and it is not past its time.
    Due,
    /// Its occurrence is after the date.
    Upcoming,
    /// Done or dismissed.
    Closed,
    /// Missed and past its time ([`Reminder::lapses_after`]): no longer shown.
    Lapsed,
}

/// The day the reminder fires: its fire date, or the end of a snooze after it.
pub(super) fn occurrence(reminder: &Reminder, mark: Option<&MarkRecord>) -> NaiveDate {
    match mark.map(|record| record.mark) {
        Some(Mark::Snoozed { until }) => until.max(reminder.fire_on),
        _ => reminder.fire_on,
    }
}

pub(super) fn standing(reminder: &Reminder, mark: Option<&MarkRecord>, on: NaiveDate) -> Standing {
    if let Some(Mark::Done | Mark::Dismissed) = mark.map(|record| record.mark) {
        return Standing::Closed;
    }
    let occurrence = occurrence(reminder, mark);
    if occurrence > reminder.lapses_after || on > reminder.lapses_after {
        Standing::Lapsed
    } else if occurrence <= on {
        Standing::Due
    } else {
        Standing::Upcoming
    }
}

/// The reminders due on `today` whose current occurrence has not been delivered:
/// `delivered` holds each reminder's latest delivered occurrence. A delivery on or after
/// the current occurrence counts, so a lead time moved earlier does not repeat one.
pub(super) fn undelivered<'r>(
    reminders: &'r [Reminder],
    marks: &Marks,
    delivered: &HashMap<String, NaiveDate>,
    today: NaiveDate,
) -> Vec<(&'r Reminder, NaiveDate)> {
    reminders
        .iter()
        .filter_map(|reminder| {
            let mark = marks.get(&reminder.id);
            (standing(reminder, mark, today) == Standing::Due)
                .then(|| (reminder, occurrence(reminder, mark)))
        })
        .filter(|(reminder, occurrence)| {
            delivered
                .get(&reminder.id)
                .is_none_or(|last| last < occurrence)
        })
        .collect()
}
