//! The reminder types front ends receive and send (generated to TypeScript).

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::kind::ReminderKind;
use super::schedule::Reminder;
use super::state::{occurrence, standing, Mark, MarkRecord, Marks, Standing};
use super::text;
use crate::document::DocumentKind;
use crate::i18n::{Lang, Locale};
use crate::preferences::NamesInReminders;
use crate::wareki::format_both;

/// Which reminders to list: due on `on` (default today), upcoming until `until`
/// (default `on` + [`DEFAULT_SPAN_DAYS`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ReminderQuery {
    pub on: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

/// A little over a year: every yearly reminder appears once.
pub const DEFAULT_SPAN_DAYS: u64 = 400;

impl ReminderQuery {
    pub(crate) fn dates(self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        let on = self.on.unwrap_or(today);
        let until = self.until.unwrap_or_else(|| {
            on.checked_add_days(Days::new(DEFAULT_SPAN_DAYS))
                .unwrap_or(NaiveDate::MAX)
        });
        (on, until)
    }
}

/// How long "remind me later" waits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SnoozeFor {
    Day,
    Week,
}

impl SnoozeFor {
    /// The day the reminder fires again.
    pub fn until(self, today: NaiveDate) -> NaiveDate {
        let days = match self {
            SnoozeFor::Day => 1,
            SnoozeFor::Week => 7,
        };
        today.checked_add_days(Days::new(days)).unwrap_or(today)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReminderStatus {
    Open,
    Snoozed,
    Done,
    Dismissed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderStateView {
    pub status: ReminderStatus,
    pub snoozed_until: Option<NaiveDate>,
    /// The day it was marked done, dismissed or snoozed.
    pub changed_on: Option<NaiveDate>,
    /// `未対応`, `令和8年11月26日 (2026-11-26)まで延期`, `対応済み（…）`.
    pub label: String,
}

impl ReminderStateView {
    pub(crate) fn new(mark: Option<&MarkRecord>, locale: Locale) -> Self {
        let lang = locale.lang;
        let day = |date| format_both(date, locale);
        let (status, snoozed_until, label) = match mark.map(|record| record.mark) {
            None => (
                ReminderStatus::Open,
                None,
                lang.pick("未対応", "Open").to_string(),
            ),
            Some(Mark::Snoozed { until }) => (
                ReminderStatus::Snoozed,
                Some(until),
                match lang {
                    Lang::Ja => format!("{}まで延期", day(until)),
                    Lang::En => format!("Snoozed until {}", day(until)),
                },
            ),
            Some(Mark::Done) => (ReminderStatus::Done, None, String::new()),
            Some(Mark::Dismissed) => (ReminderStatus::Dismissed, None, String::new()),
        };
        let label = match (status, mark) {
            (ReminderStatus::Done, Some(record)) => match lang {
                Lang::Ja => format!("対応済み（{}）", day(record.on)),
                Lang::En => format!("Done ({})", day(record.on)),
            },
            (ReminderStatus::Dismissed, Some(record)) => match lang {
                Lang::Ja => format!("非表示（{}）", day(record.on)),
                Lang::En => format!("Dismissed ({})", day(record.on)),
            },
            _ => label,
        };
        ReminderStateView {
            status,
            snoozed_until,
            changed_on: mark.map(|record| record.on),
            label,
        }
    }
}

/// One reminder as the app, the CLI and the calendar show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderView {
    pub id: String,
    pub member_id: i64,
    /// The member's name; in the copies that leave the app (calendar, notifications)
    /// whom it is for as the household's names setting allows (「太郎さん」, 「お子さま」).
    pub member_name: String,
    pub kind: ReminderKind,
    pub document: Option<DocumentKind>,
    /// The day it fires: its lead time before the deadline, or the end of a snooze.
    pub fire_on: NaiveDate,
    pub deadline: NaiveDate,
    /// Both dates in 和暦 and 西暦, as everywhere a date matters.
    pub fire_on_label: String,
    pub deadline_label: String,
    pub title: String,
    pub body: String,
    pub state: ReminderStateView,
    /// "Done" means renewed or replaced: ask for the new expiry (`reminder_done`).
    pub asks_for_new_expiry: bool,
}

impl ReminderView {
    /// The view the app's own screens show: full names.
    pub(crate) fn new(reminder: &Reminder, mark: Option<&MarkRecord>, locale: Locale) -> Self {
        let mut view = Self::naming(reminder, mark, locale, NamesInReminders::Full);
        view.member_name = reminder.member_name.clone();
        view
    }

    /// The view for a copy outside the app: names only as `names` allows, in the text
    /// and in `member_name` (which then holds the honorific: 「太郎さん」).
    pub(crate) fn naming(
        reminder: &Reminder,
        mark: Option<&MarkRecord>,
        locale: Locale,
        names: NamesInReminders,
    ) -> Self {
        let lang = locale.lang;
        ReminderView {
            id: reminder.id.clone(),
            member_id: reminder.member_id,
            member_name: text::who(&reminder.member_name, reminder.member_relation, names, lang),
            kind: reminder.kind,
            document: reminder.document,
            fire_on: occurrence(reminder, mark),
            deadline: reminder.deadline,
            fire_on_label: format_both(occurrence(reminder, mark), locale),
            deadline_label: format_both(reminder.deadline, locale),
            title: text::title(reminder, lang),
            body: text::body_naming(reminder, locale, names),
            state: ReminderStateView::new(mark, locale),
            asks_for_new_expiry: reminder.replaces_expiry().is_some(),
        }
    }
}

/// The reminders on a date, each list by fire date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderList {
    /// Fired on or before the date, not done, dismissed or snoozed past it.
    pub due: Vec<ReminderView>,
    /// Firing after the date, up to the end of the query.
    pub upcoming: Vec<ReminderView>,
    /// Done or dismissed.
    pub done: Vec<ReminderView>,
}

/// Sorts the schedule into the three lists for `on`..=`until`, each view made by
/// `view` (full names for the app, the names setting for the calendar).
pub(crate) fn list(
    reminders: &[Reminder],
    marks: &Marks,
    on: NaiveDate,
    until: NaiveDate,
    view: impl Fn(&Reminder, Option<&MarkRecord>) -> ReminderView,
) -> ReminderList {
    let mut list = ReminderList::default();
    for reminder in reminders {
        let mark = marks.get(&reminder.id);
        let bucket = match standing(reminder, mark, on) {
            Standing::Due => &mut list.due,
            Standing::Upcoming if occurrence(reminder, mark) <= until => &mut list.upcoming,
            Standing::Closed => &mut list.done,
            Standing::Upcoming | Standing::Lapsed => continue,
        };
        bucket.push(view(reminder, mark));
    }
    // Snoozes move occurrences: keep each list in the order it fires.
    for views in [&mut list.due, &mut list.upcoming, &mut list.done] {
        views.sort_by_key(|view| view.fire_on);
    }
    list
}
