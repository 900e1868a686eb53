//! The use cases the app and the CLI offer, one function per user action.
//!
//! Front ends call these and nothing deeper: a Tauri command or a CLI subcommand is
//! "parse arguments → one call here → show the result or the error".

mod card;
mod data;
mod members;
mod onboarding;
mod pdf;
mod qualifications;
mod reminders;
mod settings;
mod status;

pub use card::*;
pub use data::*;
pub use members::*;
pub use onboarding::*;
pub use pdf::*;
pub use qualifications::*;
pub use reminders::*;
pub use settings::*;
pub use status::*;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::error::{ErrorReport, Result};
use crate::i18n::{DateOrder, Lang, Locale};
use crate::member::MemberView;
use crate::preferences::DisplaySettings;
use crate::store::Store;

/// The application's identifier; also the name of its folder in the platform's
/// app-data directory (Tauri's `app_data_dir()` is `data_dir()/IDENTIFIER`).
pub const IDENTIFIER: &str = "jp.hokentecho.desktop";
pub const DATABASE_FILE_NAME: &str = "hoken-techo.db";
/// Environment variable that points the app and the CLI at another database file.
pub const DATABASE_ENV: &str = "HOKEN_TECHO_DB";

/// Where the database lives by default, given the platform's data directory.
pub fn default_database_path(platform_data_dir: &Path) -> PathBuf {
    platform_data_dir.join(IDENTIFIER).join(DATABASE_FILE_NAME)
}

/// What the UI needs to know at start-up: where the data is, and whether it opened.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    pub database_path: String,
    pub open_error: Option<ErrorReport>,
    /// Language, date order and text size to apply before anything is shown (the
    /// defaults when the file could not be opened).
    pub display: DisplaySettings,
}

/// The household screen in one answer: the members, today's status and the first-run
/// state. The window draws the screen from it, at start-up and after each change, so
/// it waits for one round trip instead of three.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HouseholdScreen {
    pub members: Vec<MemberView>,
    pub today: crate::status::HouseholdStatus,
    pub onboarding: crate::onboarding::Onboarding,
}

/// What the window needs for its first frame, in the first and only call it makes at
/// start-up: the app's status and, when the file opened, the household screen (or the
/// error that kept it from being read).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FirstScreen {
    pub status: AppStatus,
    pub household: Option<HouseholdScreen>,
    pub household_error: Option<ErrorReport>,
    /// Whether the window should send its own start-up steps (`make bench`'s trace,
    /// docs/PERFORMANCE.md); false unless the app was started to be measured.
    pub trace_startup: bool,
}

/// What every use case needs to know about the moment and the reader.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub today: NaiveDate,
    pub lang: Lang,
    /// Which calendar comes first where a date is written into text.
    pub dates: DateOrder,
}

impl Context {
    /// `today` for a reader of `locale`.
    pub fn new(today: NaiveDate, locale: Locale) -> Self {
        Context {
            today,
            lang: locale.lang,
            dates: locale.dates,
        }
    }

    pub fn locale(self) -> Locale {
        Locale::new(self.lang, self.dates)
    }
}

/// The household screen: members, today's status and the first-run state, read together.
pub fn household_screen(store: &Store, ctx: Context) -> Result<HouseholdScreen> {
    Ok(HouseholdScreen {
        members: list_members(store, ctx)?,
        today: status(store, None, ctx.today, ctx)?,
        onboarding: onboarding(store, ctx)?,
    })
}
