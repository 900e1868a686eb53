//! The reminders of the household in a [`Store`]: the schedule from its records and
//! lead times, with its answers; each action one transaction.

use chrono::NaiveDate;

use super::ics;
use super::lead::{check_lead_days, LeadTimeView, LeadTimes};
use super::schedule::{schedule, Reminder};
use super::state::{undelivered, Mark, MarkRecord};
use super::view::{list as sort_into_lists, ReminderList, ReminderQuery, ReminderView};
use super::ReminderKind;
use crate::error::{Error, Field, Problem, Result};
use crate::i18n::{Lang, Locale};
use crate::preferences::NamesInReminders;
use crate::rules::RuleTable;
use crate::status::HouseholdData;
use crate::store::{ReminderWrite, Store};

/// The schedule from the records as they stand on `today`.
fn load_schedule(store: &Store, today: NaiveDate) -> Result<Vec<Reminder>> {
    let data = HouseholdData::load(store)?;
    let leads = LeadTimes::with_settings(&store.lead_time_settings()?);
    Ok(schedule(&data, &RuleTable::standard(), &leads, today))
}

fn find(store: &Store, id: &str, today: NaiveDate) -> Result<Reminder> {
    load_schedule(store, today)?
        .into_iter()
        .find(|reminder| reminder.id == id)
        .ok_or(Error::ReminderNotFound)
}

pub fn list(
    store: &Store,
    query: ReminderQuery,
    today: NaiveDate,
    locale: Locale,
) -> Result<ReminderList> {
    let (on, until) = query.dates(today);
    let reminders = load_schedule(store, today)?;
    let marks = store.reminder_marks()?;
    Ok(sort_into_lists(
        &reminders,
        &marks,
        on,
        until,
        |reminder, mark| ReminderView::new(reminder, mark, locale),
    ))
}

/// Records the household's answer; with `new_expiry` ("done" after a renewal) the
/// document's new printed expiry is saved in the same transaction, or nothing is.
pub fn mark(
    store: &mut Store,
    id: &str,
    mark: Mark,
    new_expiry: Option<NaiveDate>,
    today: NaiveDate,
    locale: Locale,
) -> Result<ReminderView> {
    store.change_reminders(|store| {
        let reminder = find(store, id, today)?;
        let mut writes = Vec::new();
        if let Some(expires_on) = new_expiry {
            let (kind, previous) = reminder
                .replaces_expiry()
                .ok_or_else(|| Error::invalid(Field::ExpiryDate, Problem::NotForThisReminder))?;
            if expires_on <= previous {
                return Err(Error::invalid(
                    Field::ExpiryDate,
                    Problem::ExpiryNotAfterPrevious,
                ));
            }
            writes.push(ReminderWrite::PrintedExpiry {
                member_id: reminder.member_id,
                kind,
                expires_on,
            });
        }
        let record = MarkRecord { mark, on: today };
        writes.push(ReminderWrite::Mark {
            member_id: reminder.member_id,
            reminder_id: reminder.id.clone(),
            record,
        });
        Ok((ReminderView::new(&reminder, Some(&record), locale), writes))
    })
}

/// The reminders to notify on `today` (also those missed since the last run), each
/// recorded as delivered in the same transaction, so no process gets it again. Their
/// text names members only as the household's names setting allows (a notification
/// can be read on the screen by anyone near it, and the system may keep it).
pub fn claim(store: &mut Store, today: NaiveDate, locale: Locale) -> Result<Vec<ReminderView>> {
    let names = crate::preferences::load(store)?.names_in_reminders;
    store.change_reminders(|store| {
        let reminders = load_schedule(store, today)?;
        let marks = store.reminder_marks()?;
        let delivered = store.reminder_deliveries()?;
        let due = undelivered(&reminders, &marks, &delivered, today);
        let views = due
            .iter()
            .map(|(reminder, _)| {
                ReminderView::naming(reminder, marks.get(&reminder.id), locale, names)
            })
            .collect();
        let writes = due
            .iter()
            .map(|(reminder, occurrence)| ReminderWrite::Delivery {
                member_id: reminder.member_id,
                reminder_id: reminder.id.clone(),
                occurrence: *occurrence,
                delivered_on: today,
            })
            .collect();
        Ok((views, writes))
    })
}

pub fn lead_times(store: &Store, lang: Lang) -> Result<Vec<LeadTimeView>> {
    Ok(LeadTimes::with_settings(&store.lead_time_settings()?).views(lang))
}

pub fn set_lead_time(
    store: &mut Store,
    kind: ReminderKind,
    days: i64,
    lang: Lang,
) -> Result<Vec<LeadTimeView>> {
    let days = check_lead_days(days).map_err(|problem| Error::invalid(Field::LeadDays, problem))?;
    store.set_lead_time(kind, days)?;
    lead_times(store, lang)
}

/// The calendar of every reminder still to act on: due (not yet done) and all upcoming,
/// naming members as `names` says.
pub fn calendar(
    store: &Store,
    today: NaiveDate,
    locale: Locale,
    names: NamesInReminders,
) -> Result<String> {
    let lang = locale.lang;
    let reminders = load_schedule(store, today)?;
    let marks = store.reminder_marks()?;
    let lists = sort_into_lists(
        &reminders,
        &marks,
        today,
        NaiveDate::MAX,
        |reminder, mark| ReminderView::naming(reminder, mark, locale, names),
    );
    let events: Vec<ReminderView> = lists.due.into_iter().chain(lists.upcoming).collect();
    Ok(ics::calendar(&events, today, lang))
}
