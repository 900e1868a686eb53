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

use hoken_techo_core::household::AppStatus;
use std::path::PathBuf;

use hoken_techo_core::{Error, ErrorReport};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::AppState;

#[tauri::command]
pub fn app_status(state: State<'_, AppState>) -> AppStatus {
    AppStatus {
        database_path: state.path().display().to_string(),
        open_error: state.open_error(),
        display: state.display(),
    }
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
