//! Keeping the data safe: unlock, backups and restore, export and import, passphrase.

use std::path::PathBuf;

use hoken_techo_core::backup::{BackupInfo, RestoreReport};
use hoken_techo_core::error::{ImportError, ImportProblem};
use hoken_techo_core::household::{self, ExportSaved, ImportPreview};
use hoken_techo_core::household_file::ImportSummary;
use hoken_techo_core::passphrase::Passphrase;
use hoken_techo_core::store::EncryptionChanged;
use hoken_techo_core::{Error, ErrorReport};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use super::{run_blocking, save_dialog};
use crate::AppState;

/// Opens an encrypted database with the passphrase the user typed. Its language may
/// differ from the defaults used while it was locked: the tray follows.
#[tauri::command]
pub fn unlock<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<(), ErrorReport> {
    let state = app.state::<AppState>();
    state.reopen(Some(Passphrase::take(passphrase)))?;
    crate::tray::relabel(&app, state.locale().lang).ok();
    Ok(())
}

/// The backups, newest first; works also when the database cannot be opened.
#[tauri::command]
pub fn list_backups(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, ErrorReport> {
    let ctx = state.context();
    household::list_backups(state.path(), ctx).map_err(|error| error.report(ctx.locale()))
}

#[tauri::command]
pub fn create_backup(state: State<'_, AppState>) -> Result<BackupInfo, ErrorReport> {
    state.with_store(|store, ctx| household::create_backup(store, ctx))
}

/// Puts a backup back; the current file is kept aside, never deleted.
#[tauri::command]
pub fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    name: String,
) -> Result<RestoreReport, ErrorReport> {
    let state = app.state::<AppState>();
    let restored = state.with_store_closed(|path, passphrase, ctx| {
        household::restore_backup(path, &name, passphrase, ctx)
    })?;
    // The restored file brings its own language setting.
    crate::tray::relabel(&app, state.locale().lang).ok();
    Ok(restored)
}

/// Saves the household file where the user chooses; `None` when cancelled.
#[tauri::command]
pub async fn export_household<R: Runtime>(
    app: AppHandle<R>,
) -> Result<Option<ExportSaved>, ErrorReport> {
    run_blocking(
        app,
        || Error::ExportNotWritten,
        |app| {
            let state = app.state::<AppState>();
            let file_name = household::export_file_name(state.context());
            let Some(path) = save_dialog(&app, &file_name, "JSON", "json") else {
                return Ok(None);
            };
            state
                .with_store(|store, _| household::save_export(store, &path))
                .map(Some)
        },
    )
    .await
}

/// Asks for a household file and checks all of it (nothing is written yet); `None`
/// when cancelled. The file is remembered for [`import_apply`].
#[tauri::command]
pub async fn import_preview<R: Runtime>(
    app: AppHandle<R>,
) -> Result<Option<ImportPreview>, ErrorReport> {
    run_blocking(
        app,
        || Error::ExportNotWritten,
        |app| {
            let state = app.state::<AppState>();
            state.remember_import_file(None);
            let Some(path) = open_dialog(&app) else {
                return Ok(None);
            };
            let summary = state.with_store(|store, ctx| {
                household::import_household_file(store, &path, true, ctx)
            })?;
            let file_name = path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            state.remember_import_file(Some(path));
            Ok(Some(ImportPreview { file_name, summary }))
        },
    )
    .await
}

/// Replaces the household with the checked file's, in one transaction (a backup of the
/// household as it was is made first). Async, off the UI thread: a synchronous command
/// runs on the main thread, and the window froze for as long as the import took.
#[tauri::command]
pub async fn import_apply<R: Runtime>(app: AppHandle<R>) -> Result<ImportSummary, ErrorReport> {
    run_blocking(
        app,
        || {
            Error::Import(ImportError {
                path: String::new(),
                problem: ImportProblem::CannotRead,
            })
        },
        |app| {
            let state = app.state::<AppState>();
            let Some(path) = state.import_file() else {
                let nothing_checked = ImportError {
                    path: String::new(),
                    problem: ImportProblem::CannotRead,
                };
                return Err(Error::Import(nothing_checked).report(state.locale()));
            };
            let summary = state.with_store(|store, ctx| {
                household::import_household_file(store, &path, false, ctx)
            })?;
            state.remember_import_file(None);
            Ok(summary)
        },
    )
    .await
}

#[tauri::command]
pub fn encryption_enabled(state: State<'_, AppState>) -> Result<bool, ErrorReport> {
    state.with_store(|store, _| Ok(store.is_encrypted()))
}

/// Encrypts the database and its backups with a new passphrase.
#[tauri::command]
pub fn set_passphrase(
    state: State<'_, AppState>,
    passphrase: String,
) -> Result<EncryptionChanged, ErrorReport> {
    let new = Passphrase::take(passphrase);
    let changed = state.with_store(|store, _| {
        new.validate_new()?;
        household::set_passphrase(store, &new)
    })?;
    state.remember_passphrase(Some(new));
    Ok(changed)
}

/// Changes the passphrase; the current one is asked again first.
#[tauri::command]
pub fn change_passphrase(
    state: State<'_, AppState>,
    current: String,
    passphrase: String,
) -> Result<EncryptionChanged, ErrorReport> {
    check_current(&state, current)?;
    let new = Passphrase::take(passphrase);
    let changed = state.with_store(|store, _| {
        new.validate_new()?;
        household::change_passphrase(store, &new)
    })?;
    state.remember_passphrase(Some(new));
    Ok(changed)
}

/// Decrypts the database and its backups; the current passphrase is asked again first.
#[tauri::command]
pub fn remove_passphrase(
    state: State<'_, AppState>,
    current: String,
) -> Result<EncryptionChanged, ErrorReport> {
    check_current(&state, current)?;
    let changed = state.with_store(|store, _| household::remove_passphrase(store))?;
    state.remember_passphrase(None);
    Ok(changed)
}

fn check_current(state: &AppState, typed: String) -> Result<(), ErrorReport> {
    if state.is_current_passphrase(&Passphrase::take(typed)) {
        Ok(())
    } else {
        Err(Error::Open {
            problem: hoken_techo_core::error::OpenProblem::WrongPassphrase,
            latest_backup: None,
        }
        .report(state.locale()))
    }
}

/// The native open dialog for a household file, or, in an `e2e` build only, the path
/// fixed for end-to-end tests.
fn open_dialog<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    #[cfg(feature = "e2e")]
    if let Some(path) = crate::state::open_path_from_env() {
        return Some(path);
    }
    app.dialog()
        .file()
        .add_filter("JSON", &["json"])
        .blocking_pick_file()
        .and_then(|chosen| chosen.into_path().ok())
}
