//! Reminder commands: the list, the household's answers, lead times, notifications
//! on/off, and the calendar export.

use hoken_techo_core::household::{self, SavedFile};
use hoken_techo_core::preferences::{NamesInReminders, Preferences};
use hoken_techo_core::reminders::{
    LeadTimeView, ReminderKind, ReminderList, ReminderQuery, ReminderView, SnoozeFor,
};
use hoken_techo_core::{Error, ErrorReport};
use tauri::{AppHandle, Manager, Runtime, State};

use super::{run_blocking, save_dialog};
use crate::AppState;

#[tauri::command]
pub fn reminders(state: State<'_, AppState>) -> Result<ReminderList, ErrorReport> {
    state.with_store(|store, ctx| household::reminders(store, ReminderQuery::default(), ctx))
}

/// Done; `new_expiry` (as typed) is the renewed document's printed expiry, saved in the
/// same transaction.
#[tauri::command]
pub fn reminder_done(
    state: State<'_, AppState>,
    id: String,
    new_expiry: Option<String>,
) -> Result<ReminderView, ErrorReport> {
    state.with_store(|store, ctx| household::reminder_done(store, &id, new_expiry.as_deref(), ctx))
}

#[tauri::command]
pub fn reminder_snooze(
    state: State<'_, AppState>,
    id: String,
    snooze: SnoozeFor,
) -> Result<ReminderView, ErrorReport> {
    state.with_store(|store, ctx| household::reminder_snooze(store, &id, snooze, ctx))
}

#[tauri::command]
pub fn reminder_dismiss(
    state: State<'_, AppState>,
    id: String,
) -> Result<ReminderView, ErrorReport> {
    state.with_store(|store, ctx| household::reminder_dismiss(store, &id, ctx))
}

#[tauri::command]
pub fn lead_times(state: State<'_, AppState>) -> Result<Vec<LeadTimeView>, ErrorReport> {
    state.with_store(|store, ctx| household::lead_times(store, ctx))
}

#[tauri::command]
pub fn set_lead_time(
    state: State<'_, AppState>,
    kind: ReminderKind,
    days: i64,
) -> Result<Vec<LeadTimeView>, ErrorReport> {
    state.with_store(|store, ctx| household::set_lead_time(store, kind, days, ctx))
}

#[tauri::command]
pub fn preferences(state: State<'_, AppState>) -> Result<Preferences, ErrorReport> {
    state.with_store(|store, ctx| household::preferences(store, ctx))
}

/// Whose names the calendar file and the notifications carry (the core decides what
/// each choice says).
#[tauri::command]
pub fn set_names_in_reminders(
    state: State<'_, AppState>,
    names: NamesInReminders,
) -> Result<Preferences, ErrorReport> {
    state.with_store(|store, ctx| household::set_names_in_reminders(store, names, ctx))
}

/// Notifications on or off. Turning them on checks for due reminders at once.
#[tauri::command]
pub fn set_notifications<R: Runtime>(
    app: AppHandle<R>,
    on: bool,
) -> Result<Preferences, ErrorReport> {
    let preferences = app
        .state::<AppState>()
        .with_store(|store, ctx| household::set_notifications(store, on, ctx))?;
    if on {
        crate::scheduler::check_now(&app);
    }
    Ok(preferences)
}

/// Writes the calendar (.ics) where the user chooses; `None` when the dialog was
/// cancelled. Off the UI thread, like the PDF.
#[tauri::command]
pub async fn export_calendar<R: Runtime>(
    app: AppHandle<R>,
) -> Result<Option<SavedFile>, ErrorReport> {
    run_blocking(
        app,
        || Error::CalendarNotWritten,
        |app| {
            let state = app.state::<AppState>();
            let locale = state.locale();
            let (calendar, file_name) = state.with_store(|store, ctx| {
                Ok((
                    household::make_ics(store, ctx)?,
                    household::ics_file_name(ctx),
                ))
            })?;
            let Some(path) = save_dialog(&app, &file_name, "iCalendar", "ics") else {
                return Ok(None);
            };
            let bytes =
                household::write_ics(&path, &calendar).map_err(|error| error.report(locale))?;
            Ok(Some(SavedFile {
                path: path.display().to_string(),
                bytes,
            }))
        },
    )
    .await
}
