//! The main window: bring it back (from the tray, a notification or a second launch),
//! and hide it instead of quitting while reminders are on, so the scheduler keeps running.

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewWindow, WindowEvent};

use crate::AppState;

pub const MAIN: &str = "main";

/// What the UI should show when the window comes back.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(
    tag = "view",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum Focus {
    Household,
    Reminders,
    Member { member_id: i64 },
}

/// Event the UI listens to: switch to the view named in the payload.
pub const FOCUS_EVENT: &str = "focus-view";

pub fn show<R: Runtime>(app: &AppHandle<R>, focus: Focus) {
    if let Some(window) = app.get_webview_window(MAIN) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    let _ = app.emit(FOCUS_EVENT, focus);
}

/// Closing the window hides it while reminders are on: the app stays in the tray and
/// keeps delivering reminders. Quitting is in the tray menu. With reminders off,
/// closing quits as usual.
pub fn keep_running_when_closed<R: Runtime>(window: &WebviewWindow<R>) {
    let hidden = window.clone();
    window.on_window_event(move |event| {
        if let WindowEvent::CloseRequested { api, .. } = event {
            let state = hidden.app_handle().state::<AppState>();
            if state.notifications_enabled() {
                api.prevent_close();
                let _ = hidden.hide();
            }
        }
    });
}
