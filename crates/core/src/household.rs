//! The use cases the app and the CLI offer, one function per user action.
//!
//! Front ends call these and nothing deeper: a Tauri command or a CLI subcommand is
//! "parse arguments → one call here → show the result or the error".

use chrono::NaiveDate;
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

use crate::date_input::parse_date;
use crate::error::{Error, ErrorReport, Field, FieldError, Problem, Result, UserFile};
use crate::i18n::{DateOrder, Lang, Locale};
use crate::member::{MemberInput, MemberView};
use crate::preferences::DisplaySettings;
use crate::qualification::{FieldNote, InsurerCheck, QualificationInput, QualificationView};
use crate::store::{CurrentQualification, Store};

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

// --- members -----------------------------------------------------------------

pub fn list_members(store: &Store, ctx: Context) -> Result<Vec<MemberView>> {
    let mut qualifications = store.all_qualifications()?;
    Ok(store
        .members()?
        .into_iter()
        .map(|member| {
            let (own, rest) = qualifications
                .drain(..)
                .partition(|q| q.member_id == member.id);
            qualifications = rest;
            MemberView::new(member, own, ctx.locale(), ctx.today)
        })
        .collect())
}

pub fn show_member(store: &Store, id: i64, ctx: Context) -> Result<MemberView> {
    Ok(MemberView::new(
        store.member(id)?,
        store.qualifications_of(id)?,
        ctx.locale(),
        ctx.today,
    ))
}

pub fn add_member(store: &mut Store, input: &MemberInput, ctx: Context) -> Result<MemberView> {
    let valid = input.validate(ctx.today)?;
    let member = store.add_member(&valid)?;
    Ok(MemberView::new(member, Vec::new(), ctx.locale(), ctx.today))
}

pub fn edit_member(
    store: &mut Store,
    id: i64,
    input: &MemberInput,
    ctx: Context,
) -> Result<MemberView> {
    let valid = input.validate(ctx.today)?;
    store.update_member(id, &valid)?;
    show_member(store, id, ctx)
}

pub fn remove_member(store: &mut Store, id: i64, ctx: Context) -> Result<MemberView> {
    let view = show_member(store, id, ctx)?;
    store.remove_member(id)?;
    Ok(view)
}

// --- qualifications ------------------------------------------------------------

/// A saved qualification, with remarks about accepted values worth a second look.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QualificationSaved {
    pub qualification: QualificationView,
    pub notes: Vec<FieldNote>,
}

/// Validates without saving, for the form's live messages: the notes on success.
pub fn check_qualification(input: &QualificationInput, ctx: Context) -> Result<Vec<FieldNote>> {
    Ok(input.validate(ctx.locale())?.notes)
}

/// Checks and describes an insurer number as it is typed.
pub fn check_insurer(number: &str, ctx: Context) -> InsurerCheck {
    crate::qualification::check_insurer(number, ctx.locale())
}

/// Like [`check_insurer`], but an invalid number is an error (for the CLI's exit status).
pub fn describe_insurer(number: &str, ctx: Context) -> Result<InsurerCheck> {
    crate::insurer::parse_insurer_number(number)
        .map_err(|problem| Error::invalid(Field::InsurerNumber, problem))?;
    Ok(check_insurer(number, ctx))
}

pub fn list_qualifications(
    store: &Store,
    member_id: i64,
    ctx: Context,
) -> Result<Vec<QualificationView>> {
    Ok(store
        .qualifications_of(member_id)?
        .into_iter()
        .map(|q| QualificationView::new(q, ctx.locale()))
        .collect())
}

/// Adds a qualification. When it is current and the member already has a current one,
/// `end_current` says whether to end that one on the new 資格取得日 or to refuse.
pub fn add_qualification(
    store: &mut Store,
    member_id: i64,
    input: &QualificationInput,
    end_current: bool,
    ctx: Context,
) -> Result<QualificationSaved> {
    let valid = input.validate(ctx.locale())?;
    let current = if end_current {
        CurrentQualification::EndOnNewAcquiredDate
    } else {
        CurrentQualification::Keep
    };
    let saved = store.add_qualification(member_id, &valid, current)?;
    Ok(QualificationSaved {
        qualification: QualificationView::new(saved, ctx.locale()),
        notes: valid.notes,
    })
}

pub fn edit_qualification(
    store: &mut Store,
    id: i64,
    input: &QualificationInput,
    ctx: Context,
) -> Result<QualificationSaved> {
    let valid = input.validate(ctx.locale())?;
    let saved = store.update_qualification(id, &valid)?;
    Ok(QualificationSaved {
        qualification: QualificationView::new(saved, ctx.locale()),
        notes: valid.notes,
    })
}

/// Ends a qualification on the 資格喪失日 typed by the user.
pub fn end_qualification(
    store: &mut Store,
    id: i64,
    lost_on: &str,
    ctx: Context,
) -> Result<QualificationView> {
    let lost_on = parse_date(lost_on)
        .map_err(|problem| Error::Invalid(vec![FieldError::new(Field::LostDate, problem)]))?;
    Ok(QualificationView::new(
        store.end_qualification(id, lost_on.date)?,
        ctx.locale(),
    ))
}

pub fn remove_qualification(store: &mut Store, id: i64, ctx: Context) -> Result<QualificationView> {
    Ok(QualificationView::new(
        store.remove_qualification(id)?,
        ctx.locale(),
    ))
}

// --- documents and status ------------------------------------------------------

use crate::document::DocumentInput;
use crate::status::{DocumentStatus, HouseholdStatus};
use crate::troubleshooter::{GivenAnswer, Troubleshooter};

/// A saved document as the status shows it today, with remarks on accepted dates.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentSaved {
    pub document: Option<DocumentStatus>,
    pub notes: Vec<FieldNote>,
}

/// Records what the member has of one kind (replacing what was recorded before).
pub fn set_document(
    store: &mut Store,
    member_id: i64,
    input: &DocumentInput,
    ctx: Context,
) -> Result<DocumentSaved> {
    let valid = input.validate(ctx.today, ctx.locale())?;
    store.set_document(member_id, &valid)?;
    let document =
        crate::status::stored_document(store, member_id, valid.kind, ctx.today, ctx.locale())?;
    Ok(DocumentSaved {
        document,
        notes: valid.notes,
    })
}

/// Forgets one kind (`kind` as typed: a code or a label); the member's documents after.
pub fn clear_document(
    store: &mut Store,
    member_id: i64,
    kind: &str,
    ctx: Context,
) -> Result<Vec<DocumentStatus>> {
    let kind = crate::document::parse_kind(kind)
        .map_err(|problem| Error::invalid(Field::DocumentKind, problem))?;
    store.clear_document(member_id, kind)?;
    list_documents(store, member_id, ctx)
}

/// The member's documents today: recorded ones and the e-certs assumed from the card.
pub fn list_documents(store: &Store, member_id: i64, ctx: Context) -> Result<Vec<DocumentStatus>> {
    crate::status::stored_documents(store, member_id, ctx.today, ctx.locale())
}

/// The household (or one member) on `on`: documents, マイナ保険証, what to bring, next actions.
pub fn status(
    store: &Store,
    member: Option<i64>,
    on: NaiveDate,
    ctx: Context,
) -> Result<HouseholdStatus> {
    crate::status::stored_household(store, member, on, ctx.locale())
}

/// 「カードリーダーで確認できないとき」 for one member, pre-answered for today, with the
/// member's own answers to the questions the records cannot answer and, when the card
/// was just read (saved or not), what it said (a locked PIN, the certificate's true
/// expiry).
pub fn troubleshoot(
    store: &Store,
    member_id: i64,
    given: &[GivenAnswer],
    reading: Option<&crate::card::CardReading>,
    ctx: Context,
) -> Result<Troubleshooter> {
    crate::troubleshooter::stored_member(store, member_id, ctx.today, ctx.locale(), given, reading)
}

// --- reading the card ------------------------------------------------------------

use crate::card::{CardReading, CardReadingView};

/// A reading from the card as shown before saving; with a member, checked against
/// their dates (a warning when the date fits none of them: perhaps another family
/// member's card). Saves nothing.
pub fn check_card_reading(
    store: &Store,
    member_id: Option<i64>,
    reading: CardReading,
    ctx: Context,
) -> Result<CardReadingView> {
    let warning = match member_id {
        Some(id) => crate::card::stored_member_warning(
            store,
            id,
            reading.ecert_auth_expires,
            ctx.today,
            ctx.locale(),
        )?,
        None => None,
    };
    Ok(CardReadingView::new(
        reading,
        ctx.today,
        warning,
        ctx.locale(),
    ))
}

/// Records the 利用者証明用電子証明書's expiry read from the card for a member, in one
/// transaction, marked as read from the card on `ctx.today`. A date that fits none of
/// the member's dates is refused unless `confirmed` (the user checked it is theirs).
pub fn record_card_reading(
    store: &mut Store,
    member_id: i64,
    reading: &CardReading,
    confirmed: bool,
    ctx: Context,
) -> Result<DocumentSaved> {
    let expiry = reading.ecert_auth_expires;
    let warning =
        crate::card::stored_member_warning(store, member_id, expiry, ctx.today, ctx.locale())?;
    if warning.is_some() && !confirmed {
        return Err(Error::Card(crate::error::CardProblem::NotThisMember {
            expiry,
        }));
    }
    let issued =
        crate::card::stored_issue_date_to_keep(store, member_id, expiry, ctx.today, ctx.locale())?;
    store.record_card_expiry(member_id, expiry, issued, ctx.today)?;
    let document = crate::status::stored_document(
        store,
        member_id,
        crate::document::DocumentKind::EcertAuth,
        ctx.today,
        ctx.locale(),
    )?;
    Ok(DocumentSaved {
        document,
        notes: Vec::new(),
    })
}

/// Reads the date the status is asked for, as typed (西暦 or 和暦).
pub fn parse_status_date(text: &str) -> Result<NaiveDate> {
    parse_date(text)
        .map(|parsed| parsed.date)
        .map_err(|problem| Error::invalid(Field::StatusDate, problem))
}

// --- PDF personal copy ----------------------------------------------------------

/// Which PDF to make: one member's sheet (with its cut-out), or the household overview
/// and every member's sheet; optionally a page of card-size cut-outs at the end.
#[derive(Debug, Clone, Copy, Default, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PdfChoice {
    pub member: Option<i64>,
    pub cutouts: bool,
}

/// Renders the chosen PDF, printed on `ctx.today` (the injected clock, as everywhere).
pub fn make_pdf(store: &Store, choice: PdfChoice, ctx: Context) -> Result<Vec<u8>> {
    let members = match choice.member {
        Some(id) => vec![pdf_member(store, store.member(id)?, ctx)?],
        None => store
            .members()?
            .into_iter()
            .map(|member| pdf_member(store, member, ctx))
            .collect::<Result<Vec<_>>>()?,
    };
    crate::pdf::render(&crate::pdf::PdfRequest {
        members: &members,
        printed_on: ctx.today,
        overview: choice.member.is_none(),
        sheets: true,
        cutout_sheet: choice.cutouts,
    })
}

/// Renders the chosen PDF and saves it at `path` (whole or not at all, owner-only);
/// returns its size in bytes.
pub fn save_pdf(store: &Store, choice: PdfChoice, path: &Path, ctx: Context) -> Result<usize> {
    let bytes = make_pdf(store, choice, ctx)?;
    write_pdf(path, &bytes)
}

/// Saves an already rendered PDF at `path` (whole or not at all, owner-only); returns
/// its size. The app renders first and asks where to save only when that worked.
pub fn write_pdf(path: &Path, bytes: &[u8]) -> Result<usize> {
    crate::files::write_atomically(path, bytes).map_err(|error| {
        UserFile::Pdf.write_error(&error, Error::Pdf(crate::error::PdfProblem::CannotWrite))
    })?;
    Ok(bytes.len())
}

/// Where a file (PDF, calendar) was saved, for the app to confirm and offer to open it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedFile {
    pub path: String,
    pub bytes: usize,
}

/// The file name offered in the save dialog: what and when, never whose (a file name
/// is visible in folders and recent-file lists, so it carries no personal data).
pub fn pdf_file_name(choice: PdfChoice, ctx: Context) -> String {
    let what = match (choice.member, ctx.lang) {
        (Some(_), Lang::Ja) => "保険手帳_本人控え",
        (None, Lang::Ja) => "保険手帳_世帯",
        (Some(_), Lang::En) => "hoken-techo-personal-copy",
        (None, Lang::En) => "hoken-techo-household",
    };
    format!("{what}_{}.pdf", ctx.today.format("%Y-%m-%d"))
}

/// The member, their current qualification and each document's expiry as the status
/// shows it today (the PDF is Japanese, like the notice it copies).
fn pdf_member(store: &Store, member: crate::Member, ctx: Context) -> Result<crate::pdf::PdfMember> {
    let qualification = store
        .qualifications_of(member.id)?
        .into_iter()
        .find(|q| q.lost_on.is_none());
    let japanese = Context::new(ctx.today, Locale::natural(Lang::Ja));
    let expiries = list_documents(store, member.id, japanese)?
        .into_iter()
        .filter_map(|document| {
            document.expiry.map(|expiry| crate::pdf::ExpiryLine {
                document: document.kind_label,
                expires: expiry.label,
            })
        })
        .collect();
    Ok(crate::pdf::PdfMember {
        member,
        qualification,
        expiries,
    })
}

// --- backups, export/import, encryption ---------------------------------

use crate::backup::{BackupInfo, BackupKind, RestoreReport};
use crate::household_file::ImportSummary;
use crate::passphrase::Passphrase;
use crate::store::EncryptionChanged;

/// Opens the database; with a passphrase this also unlocks an encrypted one. On a file
/// that cannot be opened, the error names the newest good backup to restore.
pub fn open_store(database: &Path, passphrase: Option<&Passphrase>) -> Result<Store> {
    Store::open_with(database, passphrase)
}

/// Today's automatic backup, if there is none yet (then the daily ones are rotated:
/// 7 daily + 4 weekly). Front ends call this once after opening the store.
pub fn daily_backup_if_due(store: &Store, ctx: Context) -> Result<Option<BackupInfo>> {
    crate::backup::daily_if_due(store, ctx.today, ctx.locale())
}

/// A backup now, kept until the user deletes it.
pub fn create_backup(store: &Store, ctx: Context) -> Result<BackupInfo> {
    crate::backup::create(store, BackupKind::Manual, ctx.today, ctx.locale())
}

/// The database's backups, newest first. Needs no open store, so it works when the
/// database cannot be opened.
pub fn list_backups(database: &Path, ctx: Context) -> Result<Vec<BackupInfo>> {
    crate::backup::list(database, ctx.locale())
}

/// Puts the backup `name` back. The current file is kept as
/// `<name>.before-restore-<date>` (never deleted), also when it is damaged or not ours.
/// Needs no open store; the app closes its own first.
pub fn restore_backup(
    database: &Path,
    name: &str,
    passphrase: Option<&Passphrase>,
    ctx: Context,
) -> Result<RestoreReport> {
    crate::backup::restore(database, name, passphrase, ctx.today, ctx.locale())
}

/// Where an export was saved.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportSaved {
    pub path: String,
    pub members: u32,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// The household as a household file (docs/EXPORT_FORMAT.md).
pub fn export_household(store: &Store) -> Result<String> {
    crate::household_file::export(store)
}

/// The file name offered in the save dialog for the household file: what and when,
/// never whose (like the PDF's and the calendar's).
pub fn export_file_name(ctx: Context) -> String {
    format!(
        "hoken-techo-household_{}.json",
        ctx.today.format("%Y-%m-%d")
    )
}

/// Saves the household file at `path` (whole or not at all, owner-only).
pub fn save_export(store: &Store, path: &Path) -> Result<ExportSaved> {
    let text = export_household(store)?;
    crate::files::write_atomically(path, text.as_bytes())
        .map_err(|error| UserFile::Export.write_error(&error, Error::ExportNotWritten))?;
    Ok(ExportSaved {
        path: path.display().to_string(),
        members: store.members()?.len() as u32,
        bytes: text.len() as u64,
    })
}

/// Replaces the whole household with the file's, after checking all of it (a bad file
/// changes nothing); `dry_run` only reports what would change.
pub fn import_household(
    store: &mut Store,
    bytes: &[u8],
    dry_run: bool,
    ctx: Context,
) -> Result<ImportSummary> {
    crate::household_file::import(store, bytes, dry_run, ctx.today, ctx.locale())
}

/// What importing a chosen file would change, before the user confirms.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub file_name: String,
    pub summary: ImportSummary,
}

/// [`import_household`] from a file (refused unread when larger than 10 MB).
pub fn import_household_file(
    store: &mut Store,
    path: &Path,
    dry_run: bool,
    ctx: Context,
) -> Result<ImportSummary> {
    let bytes = read_import_file(path)?;
    import_household(store, &bytes, dry_run, ctx)
}

fn read_import_file(path: &Path) -> Result<Vec<u8>> {
    use crate::error::{ImportError, ImportProblem};
    let whole_file = |problem: ReadProblem| {
        Error::Import(ImportError {
            path: String::new(),
            problem: match problem {
                ReadProblem::NotAFile => ImportProblem::NotAFile,
                ReadProblem::CannotRead => ImportProblem::CannotRead,
                ReadProblem::TooLarge(max_bytes) => ImportProblem::TooLarge { max_bytes },
            },
        })
    };
    read_regular_file(path, crate::household_file::MAX_BYTES).map_err(whole_file)
}

/// Why [`read_regular_file`] read nothing.
enum ReadProblem {
    NotAFile,
    CannotRead,
    TooLarge(u64),
}

/// A regular file of at most `max` bytes. A device or a pipe has no size to trust
/// (`/dev/zero` says 0 and never ends), so only a regular file is read.
fn read_regular_file(path: &Path, max: u64) -> std::result::Result<Vec<u8>, ReadProblem> {
    // Asked before opening too: Windows refuses to open a folder as a file at all.
    if std::fs::metadata(path).is_ok_and(|metadata| !metadata.is_file()) {
        return Err(ReadProblem::NotAFile);
    }
    let file = std::fs::File::open(path).map_err(|_| ReadProblem::CannotRead)?;
    let metadata = file.metadata().map_err(|_| ReadProblem::CannotRead)?;
    if !metadata.is_file() {
        return Err(ReadProblem::NotAFile);
    }
    if metadata.len() > max {
        return Err(ReadProblem::TooLarge(max));
    }
    read_limited(file, max)
}

/// At most one byte more than the limit, in case the input grows while it is read (or,
/// for a stream, never ends): more than `max` is refused.
fn read_limited(input: impl std::io::Read, max: u64) -> std::result::Result<Vec<u8>, ReadProblem> {
    use std::io::Read;
    let mut bytes = Vec::new();
    input
        .take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| ReadProblem::CannotRead)?;
    if bytes.len() as u64 > max {
        return Err(ReadProblem::TooLarge(max));
    }
    Ok(bytes)
}

/// Whether the database and its backups are encrypted, read without the passphrase
/// (`encryption status`): true also in the middle of an interrupted change.
pub fn encryption_status(database: &Path) -> Result<crate::store::EncryptionStatus> {
    crate::store::encryption_status(database)
}

/// A command's values as JSON are a few hundred bytes; anything near this is a mistake.
pub const VALUES_MAX_BYTES: u64 = 100_000;

/// Where a command reads its values from instead of its arguments, which other users
/// of the machine can see (`ps`, `/proc/<pid>/cmdline`) and the shell keeps in history.
#[derive(Debug, Clone, Copy)]
pub enum ValuesSource<'a> {
    Stdin,
    /// A regular file only.
    File(&'a Path),
}

/// The string values of a JSON object whose keys are among `keys` (see
/// [`crate::household_file::string_values`]), read from `source`, at most
/// [`VALUES_MAX_BYTES`]. They are validated later, by the command, as typed values are.
pub fn read_values(
    source: ValuesSource,
    keys: &[&str],
) -> Result<std::collections::BTreeMap<String, String>> {
    use crate::error::{ValuesError, ValuesProblem};
    let whole_input = |problem: ReadProblem| {
        Error::Values(ValuesError {
            path: String::new(),
            problem: match problem {
                ReadProblem::NotAFile => ValuesProblem::NotAFile,
                ReadProblem::CannotRead => ValuesProblem::CannotRead,
                ReadProblem::TooLarge(max_bytes) => ValuesProblem::TooLarge { max_bytes },
            },
        })
    };
    let bytes = match source {
        ValuesSource::Stdin => read_limited(std::io::stdin().lock(), VALUES_MAX_BYTES),
        ValuesSource::File(path) => read_regular_file(path, VALUES_MAX_BYTES),
    }
    .map_err(whole_input)?;
    crate::household_file::string_values(&bytes, keys).map_err(Error::Values)
}

/// Encrypts the database and its backups with a new passphrase.
pub fn set_passphrase(store: &mut Store, new: &Passphrase) -> Result<EncryptionChanged> {
    store.set_passphrase(new)
}

/// Re-encrypts the (unlocked) database and its backups with another passphrase.
pub fn change_passphrase(store: &mut Store, new: &Passphrase) -> Result<EncryptionChanged> {
    store.change_passphrase(new)
}

/// Decrypts the (unlocked) database and its backups.
pub fn remove_passphrase(store: &mut Store) -> Result<EncryptionChanged> {
    store.remove_passphrase()
}

// --- reminders --------------------------------------------------------------------

use crate::reminders::{
    stored as stored_reminders, LeadTimeView, Mark, ReminderKind, ReminderList, ReminderQuery,
    ReminderView, SnoozeFor,
};

/// Due, upcoming and done reminders on `query.on` (default today).
pub fn reminders(store: &Store, query: ReminderQuery, ctx: Context) -> Result<ReminderList> {
    stored_reminders::list(store, query, ctx.today, ctx.locale())
}

/// Marks a reminder done. `new_expiry` (as typed, 西暦 or 和暦) is the renewed
/// document's new printed expiry, saved in the same transaction; a wrong date changes
/// nothing.
pub fn reminder_done(
    store: &mut Store,
    id: &str,
    new_expiry: Option<&str>,
    ctx: Context,
) -> Result<ReminderView> {
    let new_expiry = new_expiry
        .filter(|text| !text.trim().is_empty())
        .map(|text| {
            parse_date(text)
                .map(|parsed| parsed.date)
                .map_err(|problem| Error::invalid(Field::ExpiryDate, problem))
        })
        .transpose()?;
    stored_reminders::mark(store, id, Mark::Done, new_expiry, ctx.today, ctx.locale())
}

/// "Remind me later": the reminder fires again after a day or a week.
pub fn reminder_snooze(
    store: &mut Store,
    id: &str,
    snooze: SnoozeFor,
    ctx: Context,
) -> Result<ReminderView> {
    let mark = Mark::Snoozed {
        until: snooze.until(ctx.today),
    };
    stored_reminders::mark(store, id, mark, None, ctx.today, ctx.locale())
}

/// "Not needed": the reminder never fires again.
pub fn reminder_dismiss(store: &mut Store, id: &str, ctx: Context) -> Result<ReminderView> {
    stored_reminders::mark(store, id, Mark::Dismissed, None, ctx.today, ctx.locale())
}

/// For a notifier: the reminders due today (and any missed before) that no process has
/// delivered yet; each is recorded as delivered in the same transaction.
pub fn claim_due_reminders(store: &mut Store, ctx: Context) -> Result<Vec<ReminderView>> {
    stored_reminders::claim(store, ctx.today, ctx.locale())
}

/// Every kind's lead time, after changing one (`days`: 0–365).
pub fn set_lead_time(
    store: &mut Store,
    kind: ReminderKind,
    days: i64,
    ctx: Context,
) -> Result<Vec<LeadTimeView>> {
    stored_reminders::set_lead_time(store, kind, days, ctx.lang)
}

pub fn lead_times(store: &Store, ctx: Context) -> Result<Vec<LeadTimeView>> {
    stored_reminders::lead_times(store, ctx.lang)
}

/// Reads a reminder kind as typed (its code, e.g. `expiry-first-notice`).
pub fn parse_reminder_kind(text: &str) -> Result<ReminderKind> {
    let problem = if text.trim().is_empty() {
        Problem::Required
    } else {
        Problem::UnknownChoice
    };
    ReminderKind::parse(text).ok_or_else(|| Error::invalid(Field::ReminderKind, problem))
}

/// Reads the last day to list upcoming reminders for, as typed (西暦 or 和暦).
pub fn parse_until_date(text: &str) -> Result<NaiveDate> {
    parse_date(text)
        .map(|parsed| parsed.date)
        .map_err(|problem| Error::invalid(Field::UntilDate, problem))
}

/// The reminders still to act on as an iCalendar file (RFC 5545), in `ctx.lang`,
/// naming members as the household's setting says.
pub fn make_ics(store: &Store, ctx: Context) -> Result<String> {
    let names = crate::preferences::load(store)?.names_in_reminders;
    make_ics_naming(store, ctx, names)
}

/// The same with the names given for this file (the CLI's `ics --names`).
pub fn make_ics_naming(store: &Store, ctx: Context, names: NamesInReminders) -> Result<String> {
    stored_reminders::calendar(store, ctx.today, ctx.locale(), names)
}

/// The file name offered in the save dialog for the calendar (no personal data).
pub fn ics_file_name(ctx: Context) -> String {
    let what = match ctx.lang {
        Lang::Ja => "保険手帳_リマインダー",
        Lang::En => "hoken-techo-reminders",
    };
    format!("{what}_{}.ics", ctx.today.format("%Y-%m-%d"))
}

/// Makes the calendar and saves it at `path` (whole or not at all, owner-only);
/// returns its size in bytes.
pub fn save_ics(store: &Store, path: &Path, ctx: Context) -> Result<usize> {
    write_ics(path, &make_ics(store, ctx)?)
}

/// The same with the names given for this file.
pub fn save_ics_naming(
    store: &Store,
    path: &Path,
    ctx: Context,
    names: NamesInReminders,
) -> Result<usize> {
    write_ics(path, &make_ics_naming(store, ctx, names)?)
}

/// Saves an already made calendar at `path` (whole or not at all, owner-only); returns
/// its size. The app makes it first and asks where to save only when that worked.
pub fn write_ics(path: &Path, calendar: &str) -> Result<usize> {
    crate::files::write_atomically(path, calendar.as_bytes())
        .map_err(|error| UserFile::Calendar.write_error(&error, Error::CalendarNotWritten))?;
    Ok(calendar.len())
}

// --- preferences ------------------------------------------------------------------

use crate::preferences::{DisplayChange, NamesInReminders, Preferences};

pub fn preferences(store: &Store, _ctx: Context) -> Result<Preferences> {
    crate::preferences::load(store)
}

/// Whose names the calendar file and the notifications carry.
pub fn set_names_in_reminders(
    store: &mut Store,
    names: NamesInReminders,
    _ctx: Context,
) -> Result<Preferences> {
    crate::preferences::set_names_in_reminders(store, names)
}

/// Turns desktop notifications for reminders on or off.
pub fn set_notifications(store: &mut Store, on: bool, _ctx: Context) -> Result<Preferences> {
    crate::preferences::set_notifications(store, on)
}

// --- first run, demo household, help ------------------------------------

use crate::help::HelpPage;
use crate::onboarding::{DemoChanged, Onboarding};

/// Whether to show the first-run guide, and whether the demo household is loaded.
pub fn onboarding(store: &Store, _ctx: Context) -> Result<Onboarding> {
    crate::onboarding::load(store)
}

/// The household screen: members, today's status and the first-run state, read together.
pub fn household_screen(store: &Store, ctx: Context) -> Result<HouseholdScreen> {
    Ok(HouseholdScreen {
        members: list_members(store, ctx)?,
        today: status(store, None, ctx.today, ctx)?,
        onboarding: onboarding(store, ctx)?,
    })
}

/// The first-run guide was finished or skipped: it does not open by itself again.
pub fn finish_first_run(store: &mut Store, _ctx: Context) -> Result<Onboarding> {
    crate::onboarding::finish_first_run(store)
}

/// Loads the fictional demo household (only into an empty household).
pub fn load_demo(store: &mut Store, ctx: Context) -> Result<DemoChanged> {
    crate::onboarding::load_demo(store, ctx.today, ctx.lang)
}

/// Removes the demo members (also edited ones) and nobody else.
pub fn remove_demo(store: &mut Store, _ctx: Context) -> Result<DemoChanged> {
    crate::onboarding::remove_demo(store)
}

/// The help page: the rules the app applies today, in plain words, from the rule table.
pub fn help(ctx: Context) -> HelpPage {
    crate::help::page(ctx.today, ctx.locale())
}

/// Changes the language, the date order or the text size. The front end then speaks
/// in `preferences.locale(system)` from its next word on.
pub fn change_display(store: &mut Store, change: DisplayChange) -> Result<Preferences> {
    crate::preferences::change_display(store, change)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offered_pdf_file_name_says_what_and_when_but_not_whose() {
        let ctx = |lang: Lang| {
            Context::new(
                NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
                Locale::natural(lang),
            )
        };
        let member = PdfChoice {
            member: Some(3),
            cutouts: false,
        };
        assert_eq!(
            pdf_file_name(member, ctx(Lang::Ja)),
            "保険手帳_本人控え_2026-11-25.pdf"
        );
        assert_eq!(
            pdf_file_name(PdfChoice::default(), ctx(Lang::En)),
            "hoken-techo-household_2026-11-25.pdf"
        );
    }
}
