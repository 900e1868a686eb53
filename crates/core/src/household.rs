//! The use cases the app and the CLI offer, one function per user action.
//!
//! Front ends call these and nothing deeper: a Tauri command or a CLI subcommand is
//! "parse arguments → one call here → show the result or the error".

use chrono::NaiveDate;
use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::error::{ErrorReport, Result};
use crate::i18n::Lang;
use crate::member::{MemberInput, MemberView};
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
}

/// What every use case needs to know about the moment and the reader.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub today: NaiveDate,
    pub lang: Lang,
}

pub fn list_members(store: &Store, ctx: Context) -> Result<Vec<MemberView>> {
    Ok(store
        .members()?
        .into_iter()
        .map(|m| MemberView::new(m, ctx.lang, ctx.today))
        .collect())
}

pub fn show_member(store: &Store, id: i64, ctx: Context) -> Result<MemberView> {
    Ok(MemberView::new(store.member(id)?, ctx.lang, ctx.today))
}

pub fn add_member(store: &mut Store, input: &MemberInput, ctx: Context) -> Result<MemberView> {
    let valid = input.validate(ctx.today)?;
    Ok(MemberView::new(
        store.add_member(&valid)?,
        ctx.lang,
        ctx.today,
    ))
}

pub fn edit_member(
    store: &mut Store,
    id: i64,
    input: &MemberInput,
    ctx: Context,
) -> Result<MemberView> {
    let valid = input.validate(ctx.today)?;
    Ok(MemberView::new(
        store.update_member(id, &valid)?,
        ctx.lang,
        ctx.today,
    ))
}

pub fn remove_member(store: &mut Store, id: i64, ctx: Context) -> Result<MemberView> {
    Ok(MemberView::new(
        store.remove_member(id)?,
        ctx.lang,
        ctx.today,
    ))
}
