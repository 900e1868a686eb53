//! Importing a household file: everything is checked first — the JSON, the format, every
//! value with the form's own validation, then the store's duplicate checks inside a
//! transaction that is rolled back — and only then applied, as one transaction that
//! replaces the whole household. The first problem is reported with its JSON path.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

use super::json::{find_my_number, form_input, list, object, parse_strict, JsonPath, StrictError};
use super::{records, MemberRecord, FORMAT, VERSION};
use crate::backup::{self, BackupKind};
use crate::document::{DocumentInput, ValidDocument};
use crate::error::{Error, Field, ImportError, ImportProblem, JsonKind, Result};
use crate::i18n::Locale;
use crate::member::MemberInput;
use crate::qualification::QualificationInput;
use crate::store::{Inserted, MemberRows, Position, ReplaceFailure, Store};

/// Larger files are refused before they are read: a household's file is a few KB.
pub const MAX_BYTES: u64 = 10_000_000;

/// Members in one file: 25 times a large three-generation household (about 20), and
/// small enough that checking and importing a full file takes well under a second
/// (docs/PERFORMANCE.md, "Import"; the reasons in docs/DECISIONS.md, "Import caps").
pub const MAX_MEMBERS: usize = 500;

/// Qualifications of one member: one per plan a person has had (a new job, a move, a
/// change of 扶養); a long working life has a few dozen. Documents need no cap of their
/// own: one of each kind, so at most nine.
pub const MAX_QUALIFICATIONS_PER_MEMBER: usize = 100;

/// What an import changes (or, for a dry run, would change). Members are matched by
/// 氏名 (ignoring spaces) and 生年月日, as the duplicate check does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    pub dry_run: bool,
    /// In the file only.
    pub members_added: u32,
    /// In both, with something different.
    pub members_replaced: u32,
    pub members_unchanged: u32,
    /// In the household only: they and their records are removed.
    pub members_removed: u32,
    /// In the household after the import.
    pub qualifications: u32,
    pub documents: u32,
    /// The backup of the household as it was (none for a dry run or an empty household).
    pub backup: Option<String>,
}

/// Checks a household file and returns its members, validated; nothing is written.
pub fn parse(bytes: &[u8], today: NaiveDate, locale: Locale) -> Result<Vec<MemberRows>> {
    parse_file(bytes, today, locale).map_err(Error::Import)
}

/// Replaces the household with the file's (after a backup of the current one), or with
/// `dry_run` only says what would change.
pub fn import(
    store: &mut Store,
    bytes: &[u8],
    dry_run: bool,
    today: NaiveDate,
    locale: Locale,
) -> Result<ImportSummary> {
    let rows = parse(bytes, today, locale)?;
    let before = records(store)?;
    // The same transaction as the real import, rolled back: the store's own checks.
    let after = store
        .replace_household(&rows, false, records)
        .map_err(|failure| refused(*failure))?;
    let mut summary = summarize(&before, &after, dry_run);
    if !dry_run {
        if !before.is_empty() {
            let made = backup::create(store, BackupKind::BeforeImport, today, locale)?;
            summary.backup = Some(made.name);
        }
        store
            .replace_household(&rows, true, |_| Ok(()))
            .map_err(|failure| refused(*failure))?;
    }
    Ok(summary)
}

fn parse_file(
    bytes: &[u8],
    today: NaiveDate,
    locale: Locale,
) -> Result<Vec<MemberRows>, ImportError> {
    let root = JsonPath::default();
    if bytes.len() as u64 > MAX_BYTES {
        return Err(root.error(ImportProblem::TooLarge {
            max_bytes: MAX_BYTES,
        }));
    }
    let value: Value = parse_strict(bytes).map_err(|error| match error {
        StrictError::DuplicateKey(error) => error,
        StrictError::NotJson { line, column } => {
            root.error(ImportProblem::NotJson { line, column })
        }
    })?;
    // Before anything else, and wherever it is: the app never takes in a My Number.
    if let Some(path) = find_my_number(&value, &root) {
        return Err(path.error(ImportProblem::MyNumber));
    }
    let file = object(&value, &root)?;
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(root.key("format").error(ImportProblem::NotAHouseholdFile));
    }
    match file.get("version") {
        None => return Err(root.key("version").error(ImportProblem::Missing)),
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(VERSION)) => {}
        Some(Value::Number(_)) => {
            return Err(root
                .key("version")
                .error(ImportProblem::UnsupportedVersion { supported: VERSION }))
        }
        Some(_) => {
            return Err(root.key("version").error(ImportProblem::WrongType {
                expected: JsonKind::Integer,
            }))
        }
    }
    if let Some(key) = file
        .keys()
        .find(|key| !["format", "version", "members"].contains(&key.as_str()))
    {
        return Err(root.key_error(key, |named| ImportProblem::UnknownKey { named }));
    }
    let members = root.key("members");
    let Some(entries) = file.get("members") else {
        return Err(members.error(ImportProblem::Missing));
    };
    let entries = entries.as_array().ok_or_else(|| {
        members.error(ImportProblem::WrongType {
            expected: JsonKind::Array,
        })
    })?;
    // Before any member is checked: a file far larger than a household is refused at
    // once, whatever it holds.
    if entries.len() > MAX_MEMBERS {
        return Err(members.error(ImportProblem::TooManyMembers {
            max: MAX_MEMBERS as u32,
        }));
    }
    entries
        .iter()
        .enumerate()
        .map(|(i, entry)| member(entry, &members.index(i), today, locale))
        .collect()
}

fn member(
    value: &Value,
    path: &JsonPath,
    today: NaiveDate,
    locale: Locale,
) -> Result<MemberRows, ImportError> {
    let map = object(value, path)?;
    let input: MemberInput = form_input(map, path, &["qualifications", "documents"])?;
    let member = input.validate(today).map_err(|e| invalid(e, path))?;
    let qualifications_path = path.key("qualifications");
    let entries = list(map, "qualifications", path)?;
    if entries.len() > MAX_QUALIFICATIONS_PER_MEMBER {
        return Err(
            qualifications_path.error(ImportProblem::TooManyQualifications {
                max: MAX_QUALIFICATIONS_PER_MEMBER as u32,
            }),
        );
    }
    let qualifications = entries
        .iter()
        .enumerate()
        .map(|(j, value)| {
            let path = qualifications_path.index(j);
            let input: QualificationInput = form_input(object(value, &path)?, &path, &[])?;
            input.validate(locale).map_err(|e| invalid(e, &path))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let documents_path = path.key("documents");
    let mut documents: Vec<ValidDocument> = Vec::new();
    for (k, value) in list(map, "documents", path)?.iter().enumerate() {
        let path = documents_path.index(k);
        let input: DocumentInput = form_input(object(value, &path)?, &path, &[])?;
        let valid = input
            .validate(today, locale)
            .map_err(|e| invalid(e, &path))?;
        // The form replaces a kind when it is set again; a file must say it once.
        if let Some(first) = documents.iter().position(|d| d.kind == valid.kind) {
            let first = documents_path.index(first).key("kind");
            return Err(path.key("kind").error(ImportProblem::SameDocumentKind {
                first: first.text(),
            }));
        }
        documents.push(valid);
    }
    Ok(MemberRows {
        member,
        qualifications,
        documents,
    })
}

/// The first field the form's validation refused, at its key in the file.
fn invalid(error: Error, path: &JsonPath) -> ImportError {
    match error.field_errors().first() {
        Some(field_error) => {
            let path = match key_of(field_error.field) {
                Some(key) => path.key(key),
                None => path.clone(),
            };
            path.error(ImportProblem::Field(field_error.clone()))
        }
        None => path.error(ImportProblem::Missing),
    }
}

/// The key of each form field in the file (the form inputs' camelCase names).
fn key_of(field: Field) -> Option<&'static str> {
    Some(match field {
        Field::Name => "name",
        Field::Kana => "kana",
        Field::BirthDate => "birthDate",
        Field::Relation => "relation",
        Field::InsurerNumber => "insurerNumber",
        Field::InsurerName => "insurerName",
        Field::Symbol => "symbol",
        Field::Number => "number",
        Field::Branch => "branch",
        Field::Role => "role",
        Field::AcquiredDate => "acquiredOn",
        Field::LostDate => "lostOn",
        Field::Burden => "burden",
        Field::MyNumberLast4 => "myNumberLast4",
        Field::Memo => "memo",
        Field::DocumentKind => "kind",
        Field::Held => "held",
        Field::IssuedDate => "issued",
        Field::ExpiryDate => "expires",
        Field::RegistrationStatus => "status",
        // Not in the household file: they belong to commands, not to records.
        Field::StatusDate
        | Field::Passphrase
        | Field::ReminderKind
        | Field::LeadDays
        | Field::UntilDate => return None,
    })
}

/// A refusal by the store, at the entry it concerns; "the same as" names the earlier one.
fn refused(failure: ReplaceFailure) -> Error {
    let ReplaceFailure {
        at,
        error,
        inserted,
    } = failure;
    let members = JsonPath::default().key("members");
    let qualification = |id: i64| {
        find_qualification(&inserted, id)
            .map(|(x, y)| members.index(x).key("qualifications").index(y))
    };
    let (path, problem) = match (at, &error) {
        (Some(Position::Member(i)), Error::DuplicateMember { existing_id }) => {
            let Some(x) = inserted.members.iter().position(|id| id == existing_id) else {
                return error;
            };
            (
                members.index(i),
                ImportProblem::SamePerson {
                    first: members.index(x).text(),
                },
            )
        }
        (Some(Position::Qualification(i, j)), Error::DuplicateQualification { existing_id }) => {
            let Some(first) = qualification(*existing_id) else {
                return error;
            };
            (
                members.index(i).key("qualifications").index(j),
                ImportProblem::SameCard {
                    first: first.text(),
                },
            )
        }
        (Some(Position::Qualification(i, j)), Error::CurrentQualificationExists { current_id }) => {
            let Some(first) = qualification(*current_id) else {
                return error;
            };
            (
                members.index(i).key("qualifications").index(j),
                ImportProblem::SecondCurrentQualification {
                    first: first.text(),
                },
            )
        }
        _ => return error,
    };
    Error::Import(path.error(problem))
}

fn find_qualification(inserted: &Inserted, id: i64) -> Option<(usize, usize)> {
    inserted
        .qualifications
        .iter()
        .enumerate()
        .find_map(|(x, ids)| ids.iter().position(|q| *q == id).map(|y| (x, y)))
}

fn summarize(before: &[MemberRecord], after: &[MemberRecord], dry_run: bool) -> ImportSummary {
    let count = |n: usize| n as u32;
    // Matched by key, not by searching the other list for each member: that made an
    // import of n members cost n² comparisons. A person is unique on
    // both sides (the store refuses the same person twice), so one entry per key.
    let by_person = |records: &[MemberRecord]| -> HashMap<(String, String), usize> {
        records
            .iter()
            .enumerate()
            .map(|(i, record)| (record.person(), i))
            .collect()
    };
    let (old, new) = (by_person(before), by_person(after));
    let (mut added, mut replaced, mut unchanged) = (0, 0, 0);
    for record in after {
        match old.get(&record.person()).map(|&i| &before[i]) {
            None => added += 1,
            Some(old) if old == record => unchanged += 1,
            Some(_) => replaced += 1,
        }
    }
    let removed = before
        .iter()
        .filter(|record| !new.contains_key(&record.person()))
        .count();
    ImportSummary {
        dry_run,
        members_added: count(added),
        members_replaced: count(replaced),
        members_unchanged: count(unchanged),
        members_removed: count(removed),
        qualifications: count(after.iter().map(|r| r.qualifications.len()).sum()),
        documents: count(after.iter().map(|r| r.documents.len()).sum()),
        backup: None,
    }
}
