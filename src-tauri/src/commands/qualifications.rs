use hoken_techo_core::household::{self, QualificationSaved};
use hoken_techo_core::qualification::{
    FieldNote, InsurerCheck, QualificationInput, QualificationView,
};
use hoken_techo_core::ErrorReport;
use tauri::State;

use crate::AppState;

/// Live validation while the user types: no database access.
#[tauri::command]
pub fn check_qualification(
    state: State<'_, AppState>,
    input: QualificationInput,
) -> Result<Vec<FieldNote>, ErrorReport> {
    let ctx = state.context();
    household::check_qualification(&input, ctx).map_err(|error| error.report(ctx.locale()))
}

#[tauri::command]
pub fn check_insurer(state: State<'_, AppState>, number: String) -> InsurerCheck {
    household::check_insurer(&number, state.context())
}

#[tauri::command]
pub fn add_qualification(
    state: State<'_, AppState>,
    member_id: i64,
    input: QualificationInput,
    end_current: bool,
) -> Result<QualificationSaved, ErrorReport> {
    state.with_store(|store, ctx| {
        household::add_qualification(store, member_id, &input, end_current, ctx)
    })
}

#[tauri::command]
pub fn edit_qualification(
    state: State<'_, AppState>,
    id: i64,
    input: QualificationInput,
) -> Result<QualificationSaved, ErrorReport> {
    state.with_store(|store, ctx| household::edit_qualification(store, id, &input, ctx))
}

#[tauri::command]
pub fn end_qualification(
    state: State<'_, AppState>,
    id: i64,
    lost_on: String,
) -> Result<QualificationView, ErrorReport> {
    state.with_store(|store, ctx| household::end_qualification(store, id, &lost_on, ctx))
}

#[tauri::command]
pub fn remove_qualification(
    state: State<'_, AppState>,
    id: i64,
) -> Result<QualificationView, ErrorReport> {
    state.with_store(|store, ctx| household::remove_qualification(store, id, ctx))
}
