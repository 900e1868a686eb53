//! The desktop shell: opens the database, registers the commands, starts the window.
//! No domain logic lives here (see docs/ARCHITECTURE.md).

mod commands;
mod notifications;
mod scheduler;
pub mod startup_trace;
mod state;
mod tray;
mod window;

use std::ffi::OsString;
use std::path::Path;

use tauri::{Manager, Runtime};
use tauri_plugin_window_state::StateFlags;

pub use state::AppState;

/// Builds the app on any runtime, so tests can run it on tauri's mock runtime.
pub fn build_app<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .manage(commands::CardWait::default())
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::first_screen,
            commands::household_screen,
            commands::startup_marks,
            commands::add_member,
            commands::edit_member,
            commands::remove_member,
            commands::check_qualification,
            commands::check_insurer,
            commands::add_qualification,
            commands::edit_qualification,
            commands::end_qualification,
            commands::remove_qualification,
            commands::set_document,
            commands::clear_document,
            commands::troubleshoot,
            commands::read_card,
            commands::cancel_card_read,
            commands::save_card_reading,
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

/// `hoken-techo-app --cli ARGS…`, or the program run under the name `hoken-techo` (the
/// .deb's `/usr/bin/hoken-techo` is a link to the app): the command line instead of the
/// window, with the arguments it should parse (its own name first, as `hoken-techo`, so
/// its usage and help name the command people type). `None`: start the app.
///
/// One binary for both keeps the core and its embedded font in the package once
/// (docs/DECISIONS.md). Nothing of Tauri, GTK or WebKit is initialised on this path.
pub fn cli_arguments(args: &[OsString]) -> Option<Vec<OsString>> {
    let program = args.first()?;
    let invoked_as_cli = Path::new(program)
        .file_stem()
        .is_some_and(|stem| stem == CLI_NAME);
    let rest = if invoked_as_cli {
        &args[1..]
    } else if args.get(1).is_some_and(|arg| arg == CLI_ARG) {
        &args[2..]
    } else {
        return None;
    };
    Some(
        std::iter::once(OsString::from(CLI_NAME))
            .chain(rest.iter().cloned())
            .collect(),
    )
}

/// The command line's name (the CLI crate's binary, and the .deb's link to the app).
pub const CLI_NAME: &str = "hoken-techo";
/// First argument that turns the app's binary into the command line (for a platform
/// where the link cannot be made, and for scripts that call the app's path).
pub const CLI_ARG: &str = "--cli";

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
            startup_trace::mark("setup: begins (plugins built, window created)");
            if std::env::args().any(|arg| arg == QUIT_ARG) {
                // We are the only instance: there is nothing to quit.
                std::process::exit(0);
            }
            let state = AppState::open(
                state::database_path(app.handle())?,
                state::today_from_env(),
                state::system_lang(),
            );
            startup_trace::mark("setup: database opened");
            let lang = state.locale().lang;
            app.manage(state);
            let in_tray = std::env::args().any(|arg| arg == START_IN_TRAY_ARG);
            if let Some(main) = app.get_webview_window(window::MAIN) {
                window::keep_running_when_closed(&main);
                if !in_tray {
                    main.show()?;
                }
            }
            if in_tray {
                // The tray icon is all there is: without it, the app cannot start.
                tray::install(app.handle(), lang)?;
            } else {
                // Not needed for the first frame: made once the window has its first
                // screen (tray::install_pending).
                tray::install_later(app.handle(), lang);
            }
            scheduler::start(app.handle().clone(), !in_tray);
            startup_trace::mark("setup: done (window shown, scheduler started)");
            Ok(())
        })
        .run(tauri::generate_context!("tauri.conf.json"))
        .expect("error while running hoken-techo");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_binary_is_the_command_line_with_cli_or_under_the_cli_s_name() {
        // The .deb's script, and anyone calling the app's path.
        assert_eq!(
            cli_arguments(&args(&[
                "/usr/bin/hoken-techo-app",
                "--cli",
                "status",
                "--json"
            ])),
            Some(args(&["hoken-techo", "status", "--json"]))
        );
        // A link named hoken-techo (macOS, README), on any platform.
        assert_eq!(
            cli_arguments(&args(&["/usr/local/bin/hoken-techo", "member", "list"])),
            Some(args(&["hoken-techo", "member", "list"]))
        );
        assert_eq!(
            cli_arguments(&args(&["C:/Programs/hoken-techo.exe", "--version"])),
            Some(args(&["hoken-techo", "--version"]))
        );
        // The app itself, also with its own arguments, and --cli anywhere but first.
        assert_eq!(cli_arguments(&args(&["hoken-techo-app"])), None);
        assert_eq!(cli_arguments(&args(&["hoken-techo-app", "--tray"])), None);
        assert_eq!(
            cli_arguments(&args(&["hoken-techo-app", "--tray", "--cli"])),
            None
        );
        assert_eq!(cli_arguments(&[]), None);
    }
}
