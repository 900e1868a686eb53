//! Replacing the whole household at once (an import), in one transaction, through the
//! same insert functions as the forms: the same duplicate and current-plan checks.

use std::collections::HashMap;

use super::{documents, members, qualifications, CurrentQualification, Store};
use crate::document::ValidDocument;
use crate::error::Error;
use crate::member::ValidMember;
use crate::qualification::ValidQualification;

/// One member and everything recorded for them, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRows {
    pub member: ValidMember,
    pub qualifications: Vec<ValidQualification>,
    pub documents: Vec<ValidDocument>,
}

/// The ids written so far, by position in the input: they name the earlier entry that
/// a duplicate repeats.
#[derive(Debug, Default)]
pub(crate) struct Inserted {
    pub members: Vec<i64>,
    pub qualifications: Vec<Vec<i64>>,
}

/// Which entry of the input was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    Member(usize),
    Qualification(usize, usize),
    Document(usize, usize),
}

#[derive(Debug)]
pub(crate) struct ReplaceFailure {
    /// `None` when the database itself failed, not an entry.
    pub at: Option<Position>,
    pub error: Error,
    pub inserted: Inserted,
}

impl Store {
    /// Deletes every member (their qualifications and documents go with them) and adds
    /// `rows` in order, in one transaction. `after` looks at the result before the
    /// transaction ends, and its answer is returned; it is committed only when `commit` is true (else a dry run).
    pub(crate) fn replace_household<T>(
        &mut self,
        rows: &[MemberRows],
        commit: bool,
        after: impl FnOnce(&Store) -> crate::Result<T>,
    ) -> Result<T, Box<ReplaceFailure>> {
        let mut inserted = Inserted::default();
        let fail = |at, error, inserted| {
            Box::new(ReplaceFailure {
                at,
                error,
                inserted,
            })
        };
        // `&self` stays usable inside the transaction, so `after` can read through it.
        let tx = match self.conn.unchecked_transaction() {
            Ok(tx) => tx,
            Err(error) => return Err(fail(None, error.into(), inserted)),
        };
        if let Err(error) = tx.execute("DELETE FROM member", []) {
            return Err(fail(None, error.into(), inserted));
        }
        // (The demo's rows in demo_member went with the members: the imported members
        // are the household's own, never the demo's.)
        // The household was emptied above, so the same person can only be an earlier
        // entry of `rows`: looked up by key, the check the form makes in SQL.
        let mut people = HashMap::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            let person = members::person_key(&row.member);
            if let Some(&existing_id) = people.get(&person) {
                let error = Error::DuplicateMember { existing_id };
                return Err(fail(Some(Position::Member(i)), error, inserted));
            }
            let member_id = match members::insert_checked(&tx, &row.member) {
                Ok(id) => id,
                Err(error) => return Err(fail(Some(Position::Member(i)), error, inserted)),
            };
            people.insert(person, member_id);
            inserted.members.push(member_id);
            inserted.qualifications.push(Vec::new());
            for (j, qualification) in row.qualifications.iter().enumerate() {
                match qualifications::insert(
                    &tx,
                    member_id,
                    qualification,
                    CurrentQualification::Keep,
                ) {
                    Ok(id) => inserted.qualifications[i].push(id),
                    Err(error) => {
                        return Err(fail(Some(Position::Qualification(i, j)), error, inserted))
                    }
                }
            }
            for (k, document) in row.documents.iter().enumerate() {
                if let Err(error) = documents::upsert(&tx, member_id, document) {
                    return Err(fail(Some(Position::Document(i, k)), error, inserted));
                }
            }
        }
        let after = match after(self) {
            Ok(after) => after,
            Err(error) => return Err(fail(None, error, inserted)),
        };
        let ended = if commit { tx.commit() } else { tx.rollback() };
        match ended {
            Ok(()) => Ok(after),
            Err(error) => Err(fail(None, error.into(), inserted)),
        }
    }
}
