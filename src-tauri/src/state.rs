//! What the running app holds: the open store (or why it could not be opened), the
//! reader's language and date order (from the preferences, changed live), and "today".

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use chrono::NaiveDate;
use hoken_techo_core::household::{self, default_database_path, Context, DATABASE_ENV};
use hoken_techo_core::passphrase::Passphrase;
use hoken_techo_core::preferences::{self, DisplaySettings, Preferences};
use hoken_techo_core::{Error, ErrorReport, Lang, Locale, Store};
use tauri::{Manager, Runtime};

/// Environment variable that fixes "today" (ISO date), for end-to-end tests.
pub const TODAY_ENV: &str = "HOKEN_TECHO_TODAY";

/// Environment variable naming the file the save dialog would return ("PDFを作成",
/// calendar export), for end-to-end tests: WebDriver cannot answer a native dialog.
/// Only in builds with the `e2e` feature: in a shipped app, anything able to set the
/// environment could otherwise make exports land where it likes without a dialog.
#[cfg(feature = "e2e")]
pub const SAVE_PATH_ENV: &str = "HOKEN_TECHO_E2E_SAVE_PATH";
/// The same for the open dialog (choosing a household file to import).
#[cfg(feature = "e2e")]
pub const OPEN_PATH_ENV: &str = "HOKEN_TECHO_E2E_OPEN_PATH";

pub struct AppState {
    store: Mutex<Result<Store, Error>>,
    path: PathBuf,
    /// The language the operating system is set to, read once at start-up: what the
    /// preference "system" resolves to.
    system_lang: Lang,
    /// What every message, label, notification and the tray speak in; follows the
    /// preferences at once when they change.
    locale: Mutex<Locale>,
    fixed_today: Option<NaiveDate>,
    saved_pdf: Mutex<Option<PathBuf>>,
    /// The passphrase this session unlocked (or set) the database with: restoring a
    /// backup reopens the file with it. Never written anywhere.
    passphrase: Mutex<Option<Passphrase>>,
    /// The household file chosen for import and already checked (dry run): applying
    /// takes no path from the UI, only this one.
    import_file: Mutex<Option<PathBuf>>,
}

impl AppState {
    /// Opens the database. A file that cannot be opened is kept as the error to show:
    /// the app still starts, explains the problem, and never touches the file.
    pub fn open(path: PathBuf, fixed_today: Option<NaiveDate>, system_lang: Lang) -> Self {
        let store = Store::open(&path);
        let locale = stored_preferences(store.as_ref().ok()).locale(system_lang);
        AppState {
            store: Mutex::new(store),
            path,
            system_lang,
            locale: Mutex::new(locale),
            fixed_today,
            saved_pdf: Mutex::new(None),
            passphrase: Mutex::new(None),
            import_file: Mutex::new(None),
        }
    }

    /// Opens the database again (after unlocking, setting a passphrase or restoring);
    /// on success the new passphrase is remembered for this session.
    pub fn reopen(&self, passphrase: Option<Passphrase>) -> Result<(), ErrorReport> {
        let locale = self.locale();
        let mut guard = lock(&self.store);
        // Close the old connection first: a restore moves the file away under it.
        *guard = Err(closed());
        let opened = household::open_store(&self.path, passphrase.as_ref());
        match opened {
            Ok(store) => {
                // An unlocked or restored file brings its own language and date order.
                *lock(&self.locale) = stored_preferences(Some(&store)).locale(self.system_lang);
                *guard = Ok(store);
                *lock(&self.passphrase) = passphrase;
                Ok(())
            }
            Err(error) => {
                let report = error.report(locale);
                *guard = Err(error);
                Err(report)
            }
        }
    }

    /// Runs `action` with the database closed (a restore replaces the file), then
    /// opens it again with the session's passphrase.
    pub fn with_store_closed<T>(
        &self,
        action: impl FnOnce(&std::path::Path, Option<&Passphrase>, Context) -> Result<T, Error>,
    ) -> Result<T, ErrorReport> {
        let ctx = self.context();
        let passphrase = lock(&self.passphrase).clone();
        let result = {
            let mut guard = lock(&self.store);
            *guard = Err(closed());
            action(&self.path, passphrase.as_ref(), ctx).map_err(|error| error.report(ctx.locale()))
        };
        let reopened = self.reopen(passphrase);
        let value = result?;
        reopened?;
        Ok(value)
    }

    pub fn remember_passphrase(&self, passphrase: Option<Passphrase>) {
        *lock(&self.passphrase) = passphrase;
    }

    /// Whether `typed` is the passphrase this session uses (asked before changing or
    /// removing it, so an unattended unlocked window cannot).
    pub fn is_current_passphrase(&self, typed: &Passphrase) -> bool {
        lock(&self.passphrase).as_ref() == Some(typed)
    }

    pub fn remember_import_file(&self, path: Option<PathBuf>) {
        *lock(&self.import_file) = path;
    }

    pub fn import_file(&self) -> Option<PathBuf> {
        lock(&self.import_file).clone()
    }

    /// Whether reminders are delivered as desktop notifications (and closing the window
    /// keeps the app in the tray). Off when the database cannot be opened.
    pub fn notifications_enabled(&self) -> bool {
        self.with_store(|store, ctx| household::preferences(store, ctx))
            .map(|preferences| preferences.notifications)
            .unwrap_or(false)
    }

    /// The PDF this app saved last: the only file "開く" may open.
    pub fn remember_saved_pdf(&self, path: PathBuf) {
        *lock(&self.saved_pdf) = Some(path);
    }

    pub fn saved_pdf(&self) -> Option<PathBuf> {
        lock(&self.saved_pdf).clone()
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    pub fn context(&self) -> Context {
        let today = self
            .fixed_today
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        Context::new(today, self.locale())
    }

    pub fn locale(&self) -> Locale {
        *lock(&self.locale)
    }

    /// The display settings as the UI applies them (defaults while the file is closed).
    pub fn display(&self) -> DisplaySettings {
        stored_preferences(lock(&self.store).as_ref().ok()).display(self.system_lang)
    }

    /// Speaks in the language and date order of `preferences` from now on.
    pub fn follow(&self, preferences: &Preferences) -> DisplaySettings {
        *lock(&self.locale) = preferences.locale(self.system_lang);
        preferences.display(self.system_lang)
    }

    /// Runs one core call on the open store and turns its error into the report the
    /// UI shows.
    pub fn with_store<T>(
        &self,
        action: impl FnOnce(&mut Store, Context) -> Result<T, Error>,
    ) -> Result<T, ErrorReport> {
        let ctx = self.context();
        let mut guard: MutexGuard<'_, Result<Store, Error>> = lock(&self.store);
        match &mut *guard {
            Ok(store) => action(store, ctx).map_err(|error| error.report(ctx.locale())),
            Err(error) => Err(error.report(ctx.locale())),
        }
    }

    /// Why the database could not be opened, if it could not.
    pub fn open_error(&self) -> Option<ErrorReport> {
        lock(&self.store)
            .as_ref()
            .err()
            .map(|error| error.report(self.locale()))
    }
}

/// The preferences in the file, or the defaults when it is not open (locked, damaged)
/// or cannot be read: the language never stops the app from starting.
fn stored_preferences(store: Option<&Store>) -> Preferences {
    store
        .and_then(|store| preferences::load(store).ok())
        .unwrap_or_default()
}

/// The operating system's language: its locale on Windows and macOS, LC_ALL /
/// LC_MESSAGES / LANG on Linux (sys-locale reads each the way that system means it).
pub fn system_lang() -> Lang {
    let seam = std::env::var(hoken_techo_core::i18n::SYSTEM_LOCALE_SEAM).ok();
    Lang::from_system(seam.as_deref(), sys_locale::get_locale)
}

/// `HOKEN_TECHO_DB` if set, else the platform's app-data folder.
pub fn database_path<R: Runtime>(
    app: &tauri::AppHandle<R>,
) -> Result<PathBuf, Box<dyn std::error::Error>> {
    if let Some(path) = std::env::var_os(DATABASE_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    let data_dir = app.path().data_dir()?;
    Ok(default_database_path(&data_dir))
}

pub fn today_from_env() -> Option<NaiveDate> {
    std::env::var(TODAY_ENV)
        .ok()
        .and_then(|text| text.parse().ok())
}

#[cfg(feature = "e2e")]
pub fn save_path_from_env() -> Option<PathBuf> {
    path_from_env(SAVE_PATH_ENV)
}

#[cfg(feature = "e2e")]
pub fn open_path_from_env() -> Option<PathBuf> {
    path_from_env(OPEN_PATH_ENV)
}

#[cfg(feature = "e2e")]
fn path_from_env(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|path| !path.is_empty())
        .map(PathBuf::from)
}

/// A poisoned lock (a panic elsewhere, in debug builds: release builds abort) still
/// holds consistent data here: every write to the database is its own transaction.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// What the store slot holds while the file is closed for a moment (never seen by the
/// UI: the slot is locked until the file is open again or its real error is stored).
fn closed() -> Error {
    Error::Open {
        problem: hoken_techo_core::error::OpenProblem::Unreadable,
        latest_backup: None,
    }
}
