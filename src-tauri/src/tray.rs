//! The tray icon: it keeps the app (and its reminder scheduler) reachable while the
//! window is closed. Its words come from the core, like every other message, and are
//! replaced when the language changes.

use hoken_techo_core::shell_text::{self, ShellText};
use hoken_techo_core::Lang;
use std::sync::Mutex;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};

use tauri::{AppHandle, Manager, Runtime};

use crate::window::{self, Focus};

const TRAY: &str = "main";
const OPEN: &str = "open";
const REMINDERS: &str = "reminders";
const QUIT: &str = "quit";

/// The tray icon still to be made, in this language, once the window has its first
/// screen: made before, it took the main thread just before the window's first paint.
struct Pending(Mutex<Option<Lang>>);

/// The tray icon is made by [`install_pending`], not now.
pub fn install_later<R: Runtime>(app: &AppHandle<R>, lang: Lang) {
    app.manage(Pending(Mutex::new(Some(lang))));
}

/// Makes the pending tray icon, once: when the window's first screen is answered, or
/// when the scheduler stops waiting for it (a window that never loads still gets its
/// tray icon, the only way back to it once closed).
pub fn install_pending<R: Runtime>(app: &AppHandle<R>) {
    let pending = app.try_state::<Pending>();
    let Some(lang) = pending.and_then(|pending| pending.0.lock().ok()?.take()) else {
        return;
    };
    // Queued from another thread: on the main thread (the first screen's command),
    // run_on_main_thread would run it at once, before the answer is sent.
    let handle = app.clone();
    std::thread::spawn(move || {
        let main = handle.clone();
        let queued = handle.run_on_main_thread(move || {
            if let Err(error) = install(&main, lang) {
                eprintln!("hoken-techo: no tray icon ({error})");
            }
            crate::startup_trace::mark("tray icon made");
        });
        if queued.is_err() {
            eprintln!("hoken-techo: no tray icon (the event loop has ended)");
        }
    });
}

pub fn install<R: Runtime>(app: &AppHandle<R>, lang: Lang) -> tauri::Result<()> {
    let mut tray = TrayIconBuilder::with_id(TRAY)
        .tooltip(shell_text::text(ShellText::AppName, lang))
        .menu(&menu(app, lang)?)
        .show_menu_on_left_click(false)
        .on_menu_event(|app, event| match event.id().as_ref() {
            OPEN => window::show(app, Focus::Household),
            REMINDERS => window::show(app, Focus::Reminders),
            QUIT => app.exit(0),
            _ => {}
        })
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                window::show(tray.app_handle(), Focus::Household);
            }
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

/// Rebuilds the menu and the tooltip in `lang` (the menu's event handler stays).
pub fn relabel<R: Runtime>(app: &AppHandle<R>, lang: Lang) -> tauri::Result<()> {
    let Some(tray) = app.tray_by_id(TRAY) else {
        return Ok(());
    };
    tray.set_menu(Some(menu(app, lang)?))?;
    tray.set_tooltip(Some(shell_text::text(ShellText::AppName, lang)))
}

fn menu<R: Runtime>(app: &AppHandle<R>, lang: Lang) -> tauri::Result<Menu<R>> {
    let text = |key| shell_text::text(key, lang);
    Menu::with_items(
        app,
        &[
            &MenuItem::with_id(app, OPEN, text(ShellText::TrayOpen), true, None::<&str>)?,
            &MenuItem::with_id(
                app,
                REMINDERS,
                text(ShellText::TrayReminders),
                true,
                None::<&str>,
            )?,
            &PredefinedMenuItem::separator(app)?,
            &MenuItem::with_id(app, QUIT, text(ShellText::TrayQuit), true, None::<&str>)?,
        ],
    )
}
