//! The `qualification` table.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row, ToSql};

use super::Store;
use crate::error::{Error, Result};
use crate::qualification::{InsuredRole, Qualification, ValidQualification};

const COLUMNS: &str = "id, member_id, insurer_number, insurer_name, symbol, number, branch, role, \
                       acquired_on, lost_on, burden_tenths, my_number_last4, memo";

/// The columns an add or an edit writes, in the order of [`written_values`].
const WRITTEN_COLUMNS: &str =
    "insurer_number, insurer_name, symbol, symbol_key, number, number_key, branch, role, \
                               acquired_on, lost_on, burden_tenths, my_number_last4, memo";
const WRITTEN_VALUES: &str = "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13";

/// The values for [`WRITTEN_COLUMNS`]; the folded keys are stored for duplicate checks.
fn written_values(valid: &ValidQualification) -> Vec<Box<dyn ToSql + '_>> {
    let key = valid.identity_key();
    vec![
        Box::new(&valid.insurer.digits),
        Box::new(&valid.insurer_name),
        Box::new(&valid.symbol),
        Box::new(key.symbol),
        Box::new(&valid.number),
        Box::new(key.number),
        Box::new(&valid.branch),
        Box::new(valid.role.code()),
        Box::new(valid.acquired_on),
        Box::new(valid.lost_on),
        Box::new(valid.burden_tenths),
        Box::new(&valid.my_number_last4),
        Box::new(&valid.memo),
    ]
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Qualification> {
    let role: String = row.get(7)?;
    Ok(Qualification {
        id: row.get(0)?,
        member_id: row.get(1)?,
        insurer_number: row.get(2)?,
        insurer_name: row.get(3)?,
        symbol: row.get(4)?,
        number: row.get(5)?,
        branch: row.get(6)?,
        // The CHECK constraint keeps this column to the two codes.
        role: InsuredRole::parse(&role).unwrap_or(InsuredRole::Insured),
        acquired_on: row.get(8)?,
        lost_on: row.get(9)?,
        burden_tenths: row.get(10)?,
        my_number_last4: row.get(11)?,
        memo: row.get(12)?,
    })
}

/// What to do with the member's current qualification when a new current one is added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurrentQualification {
    /// Refuse with [`Error::CurrentQualificationExists`] so the user can decide.
    Keep,
    /// End it on the new one's 資格取得日 (the usual 資格喪失日 of the old plan).
    EndOnNewAcquiredDate,
}

impl Store {
    pub fn add_qualification(
        &mut self,
        member_id: i64,
        valid: &ValidQualification,
        current: CurrentQualification,
    ) -> Result<Qualification> {
        let tx = self.conn.transaction()?;
        let id = insert(&tx, member_id, valid, current)?;
        tx.commit()?;
        self.qualification(id)
    }

    pub fn update_qualification(
        &mut self,
        id: i64,
        valid: &ValidQualification,
    ) -> Result<Qualification> {
        let tx = self.conn.transaction()?;
        let member_id: i64 = tx
            .query_row(
                "SELECT member_id FROM qualification WHERE id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?
            .ok_or(Error::QualificationNotFound(id))?;
        refuse_duplicate(&tx, valid, Some(id))?;
        if valid.lost_on.is_none() {
            if let Some(current_id) = current_qualification_id(&tx, member_id, Some(id))? {
                return Err(Error::CurrentQualificationExists { current_id });
            }
        }
        tx.execute(
            &format!(
                "UPDATE qualification SET ({WRITTEN_COLUMNS}) = ({WRITTEN_VALUES}) WHERE id = ?14"
            ),
            rusqlite::params_from_iter(
                written_values(valid)
                    .into_iter()
                    .chain([Box::new(id) as Box<dyn ToSql>]),
            ),
        )?;
        tx.commit()?;
        self.qualification(id)
    }

    /// Sets the 資格喪失日, moving the qualification to the member's history.
    pub fn end_qualification(&mut self, id: i64, lost_on: NaiveDate) -> Result<Qualification> {
        let tx = self.conn.transaction()?;
        let acquired_on: NaiveDate = tx
            .query_row(
                "SELECT acquired_on FROM qualification WHERE id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?
            .ok_or(Error::QualificationNotFound(id))?;
        if lost_on <= acquired_on {
            return Err(Error::invalid(
                crate::error::Field::LostDate,
                crate::error::Problem::LostNotAfterAcquired,
            ));
        }
        end(&tx, id, lost_on)?;
        tx.commit()?;
        self.qualification(id)
    }

    pub fn remove_qualification(&mut self, id: i64) -> Result<Qualification> {
        let tx = self.conn.transaction()?;
        let qualification = tx
            .query_row(
                &format!("SELECT {COLUMNS} FROM qualification WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or(Error::QualificationNotFound(id))?;
        tx.execute("DELETE FROM qualification WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(qualification)
    }

    pub fn qualification(&self, id: i64) -> Result<Qualification> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM qualification WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or(Error::QualificationNotFound(id))
    }

    /// A member's qualifications: the current one first, then history, newest first.
    pub fn qualifications_of(&self, member_id: i64) -> Result<Vec<Qualification>> {
        self.member(member_id)?;
        let mut statement = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM qualification WHERE member_id = ?1 \
             ORDER BY lost_on IS NOT NULL, acquired_on DESC, id DESC"
        ))?;
        let rows = statement
            .query_map([member_id], from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Every qualification in the household, by member then as in [`Self::qualifications_of`].
    pub fn all_qualifications(&self) -> Result<Vec<Qualification>> {
        let mut statement = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM qualification ORDER BY member_id, lost_on IS NOT NULL, acquired_on DESC, id DESC"
        ))?;
        let rows = statement
            .query_map([], from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

/// Adds a qualification inside the caller's transaction (an add, or an import).
pub(super) fn insert(
    tx: &Connection,
    member_id: i64,
    valid: &ValidQualification,
    current: CurrentQualification,
) -> Result<i64> {
    ensure_member(tx, member_id)?;
    refuse_duplicate(tx, valid, None)?;
    if valid.lost_on.is_none() {
        if let Some(current_id) = current_qualification_id(tx, member_id, None)? {
            match current {
                CurrentQualification::Keep => {
                    return Err(Error::CurrentQualificationExists { current_id })
                }
                CurrentQualification::EndOnNewAcquiredDate => {
                    end(tx, current_id, valid.acquired_on)?
                }
            }
        }
    }
    tx.execute(
        &format!("INSERT INTO qualification (member_id, {WRITTEN_COLUMNS}) VALUES (?14, {WRITTEN_VALUES})"),
        rusqlite::params_from_iter(written_values(valid).into_iter().chain([Box::new(member_id) as Box<dyn ToSql>])),
    )?;
    Ok(tx.last_insert_rowid())
}

fn ensure_member(tx: &Connection, member_id: i64) -> Result<()> {
    let exists: Option<i64> = tx
        .query_row("SELECT id FROM member WHERE id = ?1", [member_id], |row| {
            row.get(0)
        })
        .optional()?;
    exists.map(|_| ()).ok_or(Error::MemberNotFound(member_id))
}

fn refuse_duplicate(
    tx: &Connection,
    valid: &ValidQualification,
    except_id: Option<i64>,
) -> Result<()> {
    let key = valid.identity_key();
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM qualification WHERE insurer_number = ?1 AND symbol_key = ?2 AND number_key = ?3 \
             AND coalesce(branch, '') = ?4 AND id IS NOT ?5 LIMIT 1",
            params![key.insurer_number, key.symbol, key.number, key.branch, except_id],
            |row| row.get(0),
        )
        .optional()?;
    match existing {
        Some(existing_id) => Err(Error::DuplicateQualification { existing_id }),
        None => Ok(()),
    }
}

fn current_qualification_id(
    tx: &Connection,
    member_id: i64,
    except_id: Option<i64>,
) -> Result<Option<i64>> {
    Ok(tx
        .query_row(
            "SELECT id FROM qualification WHERE member_id = ?1 AND lost_on IS NULL AND id IS NOT ?2",
            params![member_id, except_id],
            |row| row.get(0),
        )
        .optional()?)
}

fn end(tx: &Connection, id: i64, lost_on: NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE qualification SET lost_on = ?2 WHERE id = ?1",
        params![id, lost_on],
    )?;
    Ok(())
}
