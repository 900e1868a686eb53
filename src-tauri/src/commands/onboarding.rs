//! First run, the demo household and the help page.

use hoken_techo_core::help::HelpPage;
use hoken_techo_core::household;
use hoken_techo_core::onboarding::{DemoChanged, Onboarding};
use hoken_techo_core::ErrorReport;
use tauri::State;

use crate::AppState;

#[tauri::command]
pub fn finish_first_run(state: State<'_, AppState>) -> Result<Onboarding, ErrorReport> {
    state.with_store(household::finish_first_run)
}

#[tauri::command]
pub fn load_demo(state: State<'_, AppState>) -> Result<DemoChanged, ErrorReport> {
    state.with_store(household::load_demo)
}

#[tauri::command]
pub fn remove_demo(state: State<'_, AppState>) -> Result<DemoChanged, ErrorReport> {
    state.with_store(household::remove_demo)
}

#[tauri::command]
pub fn help(state: State<'_, AppState>) -> HelpPage {
    household::help(state.context())
}
