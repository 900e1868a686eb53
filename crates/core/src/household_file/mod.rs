//! The household as one JSON file (docs/EXPORT_FORMAT.md): export, and an import that
//! replaces the whole household after checking everything.
//!
//! The records are the form inputs themselves (`MemberInput`, `QualificationInput`,
//! `DocumentInput`), so an import runs exactly the validation of typed entries, and the
//! store's own duplicate and current-plan checks, inside one transaction.

mod import;
mod json;

pub use import::{
    import, parse, ImportSummary, MAX_BYTES, MAX_MEMBERS, MAX_QUALIFICATIONS_PER_MEMBER,
};
pub use json::string_values;

use std::collections::HashMap;

use serde::Serialize;

use crate::document::DocumentInput;
use crate::error::Result;
use crate::member::MemberInput;
use crate::qualification::QualificationInput;
use crate::store::Store;

/// `format` of every household file.
pub const FORMAT: &str = "hoken-techo-household";
/// The version this build writes and reads.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct HouseholdFile<'a> {
    format: &'static str,
    version: u32,
    members: &'a [MemberRecord],
}

/// One member as the file holds them. No ids: they belong to one database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct MemberRecord {
    #[serde(flatten)]
    pub member: MemberInput,
    pub qualifications: Vec<QualificationInput>,
    pub documents: Vec<DocumentInput>,
}

impl MemberRecord {
    /// 氏名 without spaces and 生年月日: the store's test for "the same person".
    pub(crate) fn person(&self) -> (String, String) {
        (
            self.member.name.replace(' ', ""),
            self.member.birth_date.clone(),
        )
    }
}

/// The household in the order it was entered: members and qualifications by id (so an
/// import, which inserts in file order, exports the same bytes again), documents by kind.
/// Rows are grouped by member once: filtering all of them for each member made an
/// import or an export of n members cost n².
pub(crate) fn records(store: &Store) -> Result<Vec<MemberRecord>> {
    let mut qualifications = store.all_qualifications()?;
    qualifications.sort_by_key(|q| (q.member_id, q.id));
    let mut qualifications_of: HashMap<i64, Vec<QualificationInput>> = HashMap::new();
    for q in &qualifications {
        qualifications_of
            .entry(q.member_id)
            .or_default()
            .push(QualificationInput::from(q));
    }
    let mut documents_of: HashMap<i64, Vec<DocumentInput>> = HashMap::new();
    for d in &store.all_documents()? {
        documents_of
            .entry(d.member_id)
            .or_default()
            .push(DocumentInput::from(d));
    }
    Ok(store
        .members()?
        .iter()
        .map(|member| MemberRecord {
            member: MemberInput::from(member),
            qualifications: qualifications_of.remove(&member.id).unwrap_or_default(),
            documents: documents_of.remove(&member.id).unwrap_or_default(),
        })
        .collect())
}

/// The whole household as the JSON text of a household file (pretty, ending in a newline).
pub fn export(store: &Store) -> Result<String> {
    let members = records(store)?;
    let file = HouseholdFile {
        format: FORMAT,
        version: VERSION,
        members: &members,
    };
    let mut text = serde_json::to_string_pretty(&file).map_err(std::io::Error::other)?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests;
