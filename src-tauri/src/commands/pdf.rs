//! "PDFを作成": render in core, then ask where to save, then write — all off the UI
//! thread (rendering takes tens of milliseconds, the dialog blocks until answered).

use hoken_techo_core::error::PdfProblem;
use hoken_techo_core::household::{self, PdfChoice, SavedFile};
use hoken_techo_core::{Error, ErrorReport, Locale};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_opener::OpenerExt;

use super::{run_blocking, save_dialog};
use crate::state::AppState;

/// Renders the PDF, asks where to save it, saves it. `None` when the user cancels the
/// dialog. Errors (a name the font cannot print, no qualification) come before the
/// dialog, so nobody picks a folder for a file that cannot be made.
#[tauri::command]
pub async fn create_pdf<R: Runtime>(
    app: AppHandle<R>,
    choice: PdfChoice,
) -> Result<Option<SavedFile>, ErrorReport> {
    run_blocking(
        app,
        || Error::Pdf(PdfProblem::Internal),
        move |app| {
            let state = app.state::<AppState>();
            let locale = state.locale();
            let (bytes, file_name) = state.with_store(|store, ctx| {
                let bytes = household::make_pdf(store, choice, ctx)?;
                Ok((bytes, household::pdf_file_name(choice, ctx)))
            })?;
            let Some(path) = save_dialog(&app, &file_name, "PDF", "pdf") else {
                return Ok(None);
            };
            let size = household::write_pdf(&path, &bytes).map_err(|error| error.report(locale))?;
            state.remember_saved_pdf(path.clone());
            Ok(Some(SavedFile {
                path: path.display().to_string(),
                bytes: size,
            }))
        },
    )
    .await
}

/// Opens the PDF saved last in the system's viewer. It takes no path: the UI can only
/// open what this app has just written, nothing else on the disk.
#[tauri::command]
pub fn open_saved_pdf<R: Runtime>(app: AppHandle<R>) -> Result<(), ErrorReport> {
    let state = app.state::<AppState>();
    let locale = state.locale();
    let Some(path) = state.saved_pdf() else {
        return Err(internal_error(locale));
    };
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|_| Error::Pdf(PdfProblem::CannotOpen).report(locale))
}

fn internal_error(locale: Locale) -> ErrorReport {
    Error::Pdf(PdfProblem::Internal).report(locale)
}
