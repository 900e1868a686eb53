//! The IPC commands. Each one: arguments → one core call → error report.

mod members;
mod pdf;
mod qualifications;
mod status;

pub use members::*;
pub use pdf::*;
pub use qualifications::*;
pub use status::*;

use hoken_techo_core::household::AppStatus;
use tauri::State;

use crate::AppState;

#[tauri::command]
pub fn app_status(state: State<'_, AppState>) -> AppStatus {
    AppStatus {
        database_path: state.path().display().to_string(),
        open_error: state.open_error(),
    }
}
