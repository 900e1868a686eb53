//! The IPC commands. Each one: arguments → one core call → error report.

mod card;
mod data;
mod members;
mod onboarding;
mod pdf;
mod qualifications;
mod reminders;
mod settings;
mod status;

pub use card::*;
pub use data::*;
pub use members::*;
pub use onboarding::*;
pub use pdf::*;
pub use qualifications::*;
pub use reminders::*;
pub use settings::*;
pub use status::*;

use hoken_techo_core::household::{self, AppStatus, FirstScreen, HouseholdScreen};
use std::path::PathBuf;

use hoken_techo_core::{Error, ErrorReport};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::AppState;

/// Where the data is, whether it opened, and the display settings (the settings screen).
#[tauri::command]
pub fn app_status(state: State<'_, AppState>) -> AppStatus {
    app_status_of(&state)
}

fn app_status_of(state: &AppState) -> AppStatus {
    AppStatus {
        database_path: state.path().display().to_string(),
        open_error: state.open_error(),
        display: state.display(),
    }
}

/// The window's first call: the app's status and the household screen in one answer.
/// It also tells the reminder scheduler that the first screen is drawn, so the day's
/// backup and the reminder check run after it instead of competing with it.
#[tauri::command]
pub fn first_screen<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> FirstScreen {
    crate::startup_trace::mark("first_screen: asked");
    let status = app_status_of(&state);
    let (household, household_error) = match status.open_error {
        Some(_) => (None, None),
        None => match state.with_store(|store, ctx| household::household_screen(store, ctx)) {
            Ok(screen) => (Some(screen), None),
            Err(report) => (None, Some(report)),
        },
    };
    crate::scheduler::first_screen_answered(&app);
    crate::tray::install_pending(&app);
    crate::startup_trace::mark("first_screen: answered");
    FirstScreen {
        status,
        household,
        household_error,
        trace_startup: crate::startup_trace::enabled(),
    }
}

/// The window's own steps of the start-up trace (only called when the trace is on):
/// each a name and the page's clock (`performance.timeOrigin + now()`, in ms).
#[tauri::command]
pub fn startup_marks(marks: Vec<(String, f64)>) {
    for (step, unix_ms) in marks {
        // Names come from the UI's code; only letters, digits and a few signs are kept.
        let step: String = step
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || " :_-()".contains(*c))
            .take(80)
            .collect();
        crate::startup_trace::mark_at(&format!("window: {step}"), unix_ms);
    }
}

/// The household screen again, after a change (members, today's status, first run).
#[tauri::command]
pub fn household_screen(state: State<'_, AppState>) -> Result<HouseholdScreen, ErrorReport> {
    state.with_store(|store, ctx| household::household_screen(store, ctx))
}

/// The native save dialog (blocking: call it off the main thread), or, in an `e2e`
/// build only, the path fixed for end-to-end tests. `None` when the user cancels.
fn save_dialog<R: Runtime>(
    app: &AppHandle<R>,
    file_name: &str,
    filter: &str,
    extension: &str,
) -> Option<PathBuf> {
    #[cfg(feature = "e2e")]
    if let Some(path) = crate::state::save_path_from_env() {
        return Some(path);
    }
    app.dialog()
        .file()
        .set_file_name(file_name)
        .add_filter(filter, &[extension])
        .blocking_save_file()
        .and_then(|chosen| chosen.into_path().ok())
}

/// Runs `work` off the UI thread (dialogs block until answered, files take time). If it
/// is lost (a panic), the user gets `if_lost`'s message rather than a raw IPC error; in
/// debug and test builds only, since release builds abort on a panic (docs/SECURITY.md,
/// "Panics").
async fn run_blocking<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    if_lost: fn() -> Error,
    work: impl FnOnce(AppHandle<R>) -> Result<T, ErrorReport> + Send + 'static,
) -> Result<T, ErrorReport> {
    let locale = app.state::<AppState>().locale();
    tauri::async_runtime::spawn_blocking(move || work(app))
        .await
        .unwrap_or_else(|_| Err(if_lost().report(locale)))
}
