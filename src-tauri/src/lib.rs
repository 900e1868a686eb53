//! The desktop shell: opens the database, registers the commands, starts the window.
//! No domain logic lives here (see docs/ARCHITECTURE.md).

mod commands;
mod notifications;
mod scheduler;
mod state;
mod tray;
mod window;

use tauri::{Manager, Runtime};
use tauri_plugin_window_state::StateFlags;

pub use state::AppState;

/// Builds the app on any runtime, so tests can run it on tauri's mock runtime.
pub fn build_app<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .manage(commands::CardWait::default())
        .invoke_handler(tauri::generate_handler![
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
            commands::read_card,
            commands::cancel_card_read,
            commands::save_card_reading,
            commands::troubleshoot_with_card,
            commands::create_pdf,
            commands::open_saved_pdf,
            commands::reminders,
            commands::reminder_done,
            commands::reminder_snooze,
            commands::reminder_dismiss,
            commands::lead_times,
            commands::set_lead_time,
            commands::preferences,
            commands::set_notifications,
            commands::set_names_in_reminders,
            commands::export_calendar,
            commands::autostart_enabled,
            commands::set_autostart,
            commands::set_display,
            commands::unlock,
            commands::list_backups,
            commands::create_backup,
            commands::restore_backup,
            commands::export_household,
            commands::import_preview,
            commands::import_apply,
            commands::encryption_enabled,
            commands::set_passphrase,
            commands::change_passphrase,
            commands::remove_passphrase,
            commands::onboarding,
            commands::finish_first_run,
            commands::load_demo,
            commands::remove_demo,
            commands::help,
        ])
}

/// Argument the login item passes: start in the tray, without the window.
pub const START_IN_TRAY_ARG: &str = "--tray";
/// `hoken-techo-app --quit` asks the running app to quit (as the tray's 終了 does);
/// without a running app it does nothing.
pub const QUIT_ARG: &str = "--quit";

pub fn run() {
    build_app(tauri::Builder::default())
        // First: a second launch only brings the running app's window to the front
        // (two schedulers would not double notifications — the database prevents
        // that — but two windows on one file would confuse).
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| {
            if args.iter().any(|arg| arg == QUIT_ARG) {
                app.exit(0);
            } else {
                window::show(app, window::Focus::Household);
            }
        }))
        // Size and position come back as they were; visibility is the tray's business.
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(StateFlags::all() & !StateFlags::VISIBLE)
                .build(),
        )
        // Used from Rust only (the save dialog and "open in viewer" are app commands),
        // so the window is granted none of their permissions.
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(
            tauri_plugin_autostart::Builder::new()
                .args([START_IN_TRAY_ARG])
                .build(),
        )
        .setup(|app| {
            if std::env::args().any(|arg| arg == QUIT_ARG) {
                // We are the only instance: there is nothing to quit.
                std::process::exit(0);
            }
            let state = AppState::open(
                state::database_path(app.handle())?,
                state::today_from_env(),
                state::system_lang(),
            );
            let lang = state.locale().lang;
            app.manage(state);
            tray::install(app.handle(), lang)?;
            if let Some(main) = app.get_webview_window(window::MAIN) {
                window::keep_running_when_closed(&main);
                if !std::env::args().any(|arg| arg == START_IN_TRAY_ARG) {
                    main.show()?;
                }
            }
            scheduler::start(app.handle().clone());
            Ok(())
        })
        .run(tauri::generate_context!("tauri.conf.json"))
        .expect("error while running hoken-techo");
}
