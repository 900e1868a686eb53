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

/// The longest the first check waits for the window's first screen (a window that
/// never loads must not stop the reminders).
const FIRST_SCREEN_WAIT: Duration = Duration::from_secs(10);

/// The scheduler's thread, so that the first screen's answer can wake it.
struct SchedulerThread(std::thread::Thread);

/// Starts the scheduler. With a window (`wait_for_window`), its first check (the day's
/// backup, then the reminders) waits until the window has its first screen, or
/// [`FIRST_SCREEN_WAIT`]: on two cores, a backup and a notification at the same moment
/// as the first frame delay it. Started in the tray, it checks at once.
pub fn start<R: Runtime>(app: AppHandle<R>, wait_for_window: bool) {
    let interval = std::env::var(INTERVAL_ENV)
        .ok()
        .and_then(|secs| secs.parse().ok())
        .map(Duration::from_secs)
        .unwrap_or(DEFAULT_INTERVAL);
    let handle = app.clone();
    let spawned = std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || {
            if wait_for_window {
                // Woken by `first_screen_answered`; an unpark that came first is kept.
                std::thread::park_timeout(FIRST_SCREEN_WAIT);
                // Made already if the first screen was answered; if not, now.
                crate::tray::install_pending(&app);
            }
            let mut first = true;
            loop {
                if first {
                    crate::startup_trace::mark("scheduler: first check begins");
                }
                check_now(&app);
                if std::mem::take(&mut first) {
                    crate::startup_trace::mark("scheduler: first check done (backup, reminders)");
                }
                std::thread::sleep(interval);
            }
        });
    match spawned {
        Ok(thread) => {
            handle.manage(SchedulerThread(thread.thread().clone()));
        }
        Err(_) => eprintln!("hoken-techo: the reminder scheduler could not start"),
    }
}

/// The window has its first screen: the scheduler's first check may run.
pub fn first_screen_answered<R: Runtime>(app: &AppHandle<R>) {
    if let Some(thread) = app.try_state::<SchedulerThread>() {
        thread.0.unpark();
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
