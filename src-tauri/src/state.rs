//! What the running app holds: the open store (or why it could not be opened), the
//! user's language, and "today".

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use chrono::NaiveDate;
use hoken_techo_core::household::{self, default_database_path, Context, DATABASE_ENV};
use hoken_techo_core::{Error, ErrorReport, Lang, Store};
use tauri::{Manager, Runtime};

/// Environment variable that fixes "today" (ISO date), for end-to-end tests.
pub const TODAY_ENV: &str = "HOKEN_TECHO_TODAY";

/// Environment variable naming the file the save dialog would return ("PDFを作成",
/// calendar export), for end-to-end tests: WebDriver cannot answer a native dialog.
pub const SAVE_PATH_ENV: &str = "HOKEN_TECHO_E2E_SAVE_PATH";

pub struct AppState {
    store: Mutex<Result<Store, Error>>,
    path: PathBuf,
    lang: Lang,
    fixed_today: Option<NaiveDate>,
    saved_pdf: Mutex<Option<PathBuf>>,
}

impl AppState {
    /// Opens the database. A file that cannot be opened is kept as the error to show:
    /// the app still starts, explains the problem, and never touches the file.
    pub fn open(path: PathBuf, fixed_today: Option<NaiveDate>) -> Self {
        let store = Store::open(&path);
        AppState {
            store: Mutex::new(store),
            path,
            lang: Lang::Ja,
            fixed_today,
            saved_pdf: Mutex::new(None),
        }
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
        *self.saved_pdf.lock().unwrap_or_else(|p| p.into_inner()) = Some(path);
    }

    pub fn saved_pdf(&self) -> Option<PathBuf> {
        self.saved_pdf
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    pub fn context(&self) -> Context {
        let today = self
            .fixed_today
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        Context {
            today,
            lang: self.lang,
        }
    }

    /// Runs one core call on the open store and turns its error into the report the
    /// UI shows.
    pub fn with_store<T>(
        &self,
        action: impl FnOnce(&mut Store, Context) -> Result<T, Error>,
    ) -> Result<T, ErrorReport> {
        let ctx = self.context();
        let mut guard: MutexGuard<'_, Result<Store, Error>> = self
            .store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match &mut *guard {
            Ok(store) => action(store, ctx).map_err(|error| error.report(ctx.lang)),
            Err(error) => Err(error.report(ctx.lang)),
        }
    }

    /// Why the database could not be opened, if it could not.
    pub fn open_error(&self) -> Option<ErrorReport> {
        let guard = self
            .store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        guard.as_ref().err().map(|error| error.report(self.lang))
    }
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

pub fn save_path_from_env() -> Option<PathBuf> {
    std::env::var_os(SAVE_PATH_ENV)
        .filter(|path| !path.is_empty())
        .map(PathBuf::from)
}
