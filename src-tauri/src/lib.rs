//! The desktop shell: opens the database, registers the commands, starts the window.
//! No domain logic lives here (see docs/ARCHITECTURE.md).

mod commands;
mod state;

use tauri::{Manager, Runtime};

pub use state::AppState;

/// Builds the app on any runtime, so tests can run it on tauri's mock runtime.
pub fn build_app<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::app_status,
        commands::list_members,
        commands::add_member,
        commands::edit_member,
        commands::remove_member,
        commands::check_qualification,
        commands::check_insurer,
        commands::add_qualification,
        commands::edit_qualification,
        commands::end_qualification,
        commands::remove_qualification,
        commands::household_status,
        commands::set_document,
        commands::clear_document,
        commands::troubleshoot,
        commands::create_pdf,
        commands::open_saved_pdf,
    ])
}

pub fn run() {
    build_app(tauri::Builder::default())
        // Used from Rust only (the save dialog and "open in viewer" are app commands),
        // so the window is granted none of their permissions.
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let state =
                AppState::open(state::database_path(app.handle())?, state::today_from_env());
            app.manage(state);
            Ok(())
        })
        .run(tauri::generate_context!("tauri.conf.json"))
        .expect("error while running hoken-techo");
}
