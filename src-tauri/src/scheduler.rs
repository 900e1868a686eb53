//! The reminder scheduler: desktop notification plugins cannot schedule on desktop, so
//! the app checks itself — at launch (catching up on what fell due while the computer
//! was off) and then periodically, also while the window is hidden in the tray.
//!
//! Which reminders to show is decided in core: `claim_due_reminders` records each
//! delivery in the database in the same transaction that picks it, so a reminder is
//! shown once even across restarts or with a second process on the same file.

use std::time::Duration;

use hoken_techo_core::household;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::AppState;

/// Event the UI listens to: reminder states changed (reload the list).
pub const REMINDERS_CHANGED: &str = "reminders-changed";

/// How often to look again; overridable for tests.
pub const INTERVAL_ENV: &str = "HOKEN_TECHO_REMINDER_INTERVAL_SECS";
const DEFAULT_INTERVAL: Duration = Duration::from_secs(15 * 60);

pub fn start<R: Runtime>(app: AppHandle<R>) {
    let interval = std::env::var(INTERVAL_ENV)
        .ok()
        .and_then(|secs| secs.parse().ok())
        .map(Duration::from_secs)
        .unwrap_or(DEFAULT_INTERVAL);
    let spawned = std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || loop {
            check_now(&app);
            std::thread::sleep(interval);
        });
    if spawned.is_err() {
        eprintln!("hoken-techo: the reminder scheduler could not start");
    }
}

/// Claims what is due and shows it. Errors are reported without personal data.
pub fn check_now<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    // The day's automatic backup rides on the same clock (once a day, on use).
    if let Err(report) = state.with_store(|store, ctx| household::daily_backup_if_due(store, ctx)) {
        eprintln!("hoken-techo: no daily backup ({})", report.code);
    }
    if !state.notifications_enabled() {
        return;
    }
    let lang = state.context().lang;
    match state.with_store(household::claim_due_reminders) {
        Ok(due) if due.is_empty() => {}
        Ok(due) => {
            if crate::notifications::deliver(app, &due, lang).is_err() {
                eprintln!(
                    "hoken-techo: {} reminder(s) due, but no notification service answered",
                    due.len()
                );
            }
            let _ = app.emit(REMINDERS_CHANGED, ());
        }
        Err(report) => eprintln!("hoken-techo: reminders not checked ({})", report.code),
    }
}
