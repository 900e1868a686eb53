//! Reminders: the list, done/snooze/dismiss, lead times and the calendar file.

use std::path::Path;

use chrono::NaiveDate;

use super::Context;
use crate::date_input::parse_date;
use crate::error::{Error, Field, Problem, Result, UserFile};
use crate::i18n::Lang;
use crate::preferences::NamesInReminders;
use crate::reminders::{
    stored as stored_reminders, LeadTimeView, Mark, ReminderKind, ReminderList, ReminderQuery,
    ReminderView, SnoozeFor,
};
use crate::store::Store;

/// Due, upcoming and done reminders on `query.on` (default today).
pub fn reminders(store: &Store, query: ReminderQuery, ctx: Context) -> Result<ReminderList> {
    stored_reminders::list(store, query, ctx.today, ctx.locale())
}

/// Marks a reminder done. `new_expiry` (as typed, 西暦 or 和暦) is the renewed
/// document's new printed expiry, saved in the same transaction; a wrong date changes
/// nothing.
pub fn reminder_done(
    store: &mut Store,
    id: &str,
    new_expiry: Option<&str>,
    ctx: Context,
) -> Result<ReminderView> {
    let new_expiry = new_expiry
        .filter(|text| !text.trim().is_empty())
        .map(|text| {
            parse_date(text)
                .map(|parsed| parsed.date)
                .map_err(|problem| Error::invalid(Field::ExpiryDate, problem))
        })
        .transpose()?;
    stored_reminders::mark(store, id, Mark::Done, new_expiry, ctx.today, ctx.locale())
}

/// "Remind me later": the reminder fires again after a day or a week.
pub fn reminder_snooze(
    store: &mut Store,
    id: &str,
    snooze: SnoozeFor,
    ctx: Context,
) -> Result<ReminderView> {
    let mark = Mark::Snoozed {
        until: snooze.until(ctx.today),
    };
    stored_reminders::mark(store, id, mark, None, ctx.today, ctx.locale())
}

/// "Not needed": the reminder never fires again.
pub fn reminder_dismiss(store: &mut Store, id: &str, ctx: Context) -> Result<ReminderView> {
    stored_reminders::mark(store, id, Mark::Dismissed, None, ctx.today, ctx.locale())
}

/// For a notifier: the reminders due today (and any missed before) that no process has
/// delivered yet; each is recorded as delivered in the same transaction.
pub fn claim_due_reminders(store: &mut Store, ctx: Context) -> Result<Vec<ReminderView>> {
    stored_reminders::claim(store, ctx.today, ctx.locale())
}

/// Every kind's lead time, after changing one (`days`: 0–365).
pub fn set_lead_time(
    store: &mut Store,
    kind: ReminderKind,
    days: i64,
    ctx: Context,
) -> Result<Vec<LeadTimeView>> {
    stored_reminders::set_lead_time(store, kind, days, ctx.lang)
}

pub fn lead_times(store: &Store, ctx: Context) -> Result<Vec<LeadTimeView>> {
    stored_reminders::lead_times(store, ctx.lang)
}

/// Reads a reminder kind as typed (its code, e.g. `expiry-first-notice`).
pub fn parse_reminder_kind(text: &str) -> Result<ReminderKind> {
    let problem = if text.trim().is_empty() {
        Problem::Required
    } else {
        Problem::UnknownChoice
    };
    ReminderKind::parse(text).ok_or_else(|| Error::invalid(Field::ReminderKind, problem))
}

/// Reads the last day to list upcoming reminders for, as typed (西暦 or 和暦).
pub fn parse_until_date(text: &str) -> Result<NaiveDate> {
    parse_date(text)
        .map(|parsed| parsed.date)
        .map_err(|problem| Error::invalid(Field::UntilDate, problem))
}

/// The reminders still to act on as an iCalendar file (RFC 5545), in `ctx.lang`,
/// naming members as the household's setting says.
pub fn make_ics(store: &Store, ctx: Context) -> Result<String> {
    let names = crate::preferences::load(store)?.names_in_reminders;
    make_ics_naming(store, ctx, names)
}

/// The same with the names given for this file (the CLI's `ics --names`).
pub fn make_ics_naming(store: &Store, ctx: Context, names: NamesInReminders) -> Result<String> {
    stored_reminders::calendar(store, ctx.today, ctx.locale(), names)
}

/// The file name offered in the save dialog for the calendar (no personal data).
pub fn ics_file_name(ctx: Context) -> String {
    let what = match ctx.lang {
        Lang::Ja => "保険手帳_リマインダー",
        Lang::En => "hoken-techo-reminders",
    };
    format!("{what}_{}.ics", ctx.today.format("%Y-%m-%d"))
}

/// Makes the calendar and saves it at `path` (whole or not at all, owner-only);
/// returns its size in bytes.
pub fn save_ics(store: &Store, path: &Path, ctx: Context) -> Result<usize> {
    write_ics(path, &make_ics(store, ctx)?)
}

/// The same with the names given for this file.
pub fn save_ics_naming(
    store: &Store,
    path: &Path,
    ctx: Context,
    names: NamesInReminders,
) -> Result<usize> {
    write_ics(path, &make_ics_naming(store, ctx, names)?)
}

/// Saves an already made calendar at `path` (whole or not at all, owner-only); returns
/// its size. The app makes it first and asks where to save only when that worked.
pub fn write_ics(path: &Path, calendar: &str) -> Result<usize> {
    crate::files::write_atomically(path, calendar.as_bytes())
        .map_err(|error| UserFile::Calendar.write_error(&error, Error::CalendarNotWritten))?;
    Ok(calendar.len())
}
