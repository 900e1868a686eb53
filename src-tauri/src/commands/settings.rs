//! Settings: the display (language, date order, text size — kept in the database like
//! the other preferences) and starting at login (a login item the OS keeps, written by
//! the autostart plugin — opt-in, off until the user turns it on).

use hoken_techo_core::household;
use hoken_techo_core::preferences::{DisplayChange, DisplaySettings};
use hoken_techo_core::shell_text;
use hoken_techo_core::ErrorReport;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_autostart::ManagerExt;

use crate::AppState;

#[tauri::command]
pub fn autostart_enabled<R: Runtime>(app: AppHandle<R>) -> bool {
    app.autolaunch().is_enabled().unwrap_or(false)
}

/// Turns starting at login (in the tray, without the window) on or off; returns the
/// state the OS now has.
#[tauri::command]
pub fn set_autostart<R: Runtime>(app: AppHandle<R>, enabled: bool) -> Result<bool, ErrorReport> {
    let launcher = app.autolaunch();
    let changed = if enabled {
        launcher.enable()
    } else {
        launcher.disable()
    };
    let lang = app.state::<AppState>().context().lang;
    changed.map_err(|_| shell_text::autostart_failed(lang))?;
    Ok(launcher.is_enabled().unwrap_or(enabled))
}

/// Changes the language, the date order or the text size. From the next call on every
/// message follows; the tray is relabelled at once. Nothing changes if saving fails.
#[tauri::command]
pub fn set_display<R: Runtime>(
    app: AppHandle<R>,
    change: DisplayChange,
) -> Result<DisplaySettings, ErrorReport> {
    let state = app.state::<AppState>();
    let preferences = state.with_store(|store, _ctx| household::change_display(store, change))?;
    let display = state.follow(&preferences);
    if crate::tray::relabel(&app, display.lang).is_err() {
        // The setting is saved and the window follows it; only the tray kept its words.
        eprintln!("hoken-techo: the tray menu could not be relabelled");
    }
    Ok(display)
}
