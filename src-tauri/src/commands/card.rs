//! 「カードから読み取る」: waits for the card and reads it off the UI thread (the window
//! never freezes), shows what was read, and saves only when the user says so.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use hoken_techo_card::ReadOptions;
use hoken_techo_core::card::{CardReading, CardReadingView};
use hoken_techo_core::error::CardProblem;
use hoken_techo_core::household::{self, DocumentSaved};
use hoken_techo_core::{Error, ErrorReport};
use tauri::{AppHandle, Manager, Runtime, State};

use super::run_blocking;
use crate::state::AppState;

/// How long the dialog waits for a card before it says none came.
const WAIT: Duration = Duration::from_secs(60);

/// The flag that stops the current wait (「中止」).
#[derive(Default)]
pub struct CardWait(Arc<AtomicBool>);

/// Waits for a card and reads it; checked against the member. Saves nothing.
#[tauri::command]
pub async fn read_card<R: Runtime>(
    app: AppHandle<R>,
    member_id: i64,
) -> Result<CardReadingView, ErrorReport> {
    let cancel = app.state::<CardWait>().0.clone();
    cancel.store(false, Ordering::SeqCst);
    run_blocking(
        app,
        || Error::Card(CardProblem::ReaderFailed),
        move |app| {
            let state = app.state::<AppState>();
            let options = ReadOptions {
                reader: None,
                wait: WAIT,
            };
            let reading = hoken_techo_card::read(&options, &cancel)
                .map_err(|error| error.report(state.locale()))?;
            state.with_store(|store, ctx| {
                household::check_card_reading(store, Some(member_id), reading, ctx)
            })
        },
    )
    .await
}

/// Stops the wait of [`read_card`] (it then answers "cancelled").
#[tauri::command]
pub fn cancel_card_read(wait: State<'_, CardWait>) {
    wait.0.store(true, Ordering::SeqCst);
}

/// Saves what was read, in one transaction (`confirmed`: the user checked that a date
/// that fits none of the member's dates is theirs).
#[tauri::command]
pub fn save_card_reading(
    state: State<'_, AppState>,
    member_id: i64,
    reading: CardReading,
    confirmed: bool,
) -> Result<DocumentSaved, ErrorReport> {
    state.with_store(|store, ctx| {
        household::record_card_reading(store, member_id, &reading, confirmed, ctx)
    })
}
