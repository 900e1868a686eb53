use hoken_techo_core::household;
use hoken_techo_core::{ErrorReport, MemberInput, MemberView};
use tauri::State;

use crate::AppState;

#[tauri::command]
pub fn add_member(
    state: State<'_, AppState>,
    input: MemberInput,
) -> Result<MemberView, ErrorReport> {
    state.with_store(|store, ctx| household::add_member(store, &input, ctx))
}

#[tauri::command]
pub fn edit_member(
    state: State<'_, AppState>,
    id: i64,
    input: MemberInput,
) -> Result<MemberView, ErrorReport> {
    state.with_store(|store, ctx| household::edit_member(store, id, &input, ctx))
}

#[tauri::command]
pub fn remove_member(state: State<'_, AppState>, id: i64) -> Result<MemberView, ErrorReport> {
    state.with_store(|store, ctx| household::remove_member(store, id, ctx))
}
