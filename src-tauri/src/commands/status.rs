use hoken_techo_core::card::CardReading;
use hoken_techo_core::document::DocumentInput;
use hoken_techo_core::household::{self, DocumentSaved};
use hoken_techo_core::status::DocumentStatus;
use hoken_techo_core::troubleshooter::{GivenAnswer, Troubleshooter};
use hoken_techo_core::ErrorReport;
use tauri::State;

use crate::AppState;

#[tauri::command]
pub fn set_document(
    state: State<'_, AppState>,
    member_id: i64,
    input: DocumentInput,
) -> Result<DocumentSaved, ErrorReport> {
    state.with_store(|store, ctx| household::set_document(store, member_id, &input, ctx))
}

#[tauri::command]
pub fn clear_document(
    state: State<'_, AppState>,
    member_id: i64,
    kind: String,
) -> Result<Vec<DocumentStatus>, ErrorReport> {
    state.with_store(|store, ctx| household::clear_document(store, member_id, &kind, ctx))
}

#[tauri::command]
pub fn troubleshoot(
    state: State<'_, AppState>,
    member_id: i64,
    answers: Option<Vec<GivenAnswer>>,
    reading: Option<CardReading>,
) -> Result<Troubleshooter, ErrorReport> {
    let answers = answers.unwrap_or_default();
    state.with_store(|store, ctx| {
        household::troubleshoot(store, member_id, &answers, reading.as_ref(), ctx)
    })
}
