//! The `member` table.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::Store;
use crate::error::{Error, Result};
use crate::member::{Member, Relation, ValidMember};

const COLUMNS: &str = "id, name, kana, birth_date, relation";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Member> {
    let relation: String = row.get(4)?;
    Ok(Member {
        id: row.get(0)?,
        name: row.get(1)?,
        kana: row.get(2)?,
        birth_date: row.get(3)?,
        // The CHECK constraint keeps this column to known codes.
        relation: Relation::parse(&relation).unwrap_or(Relation::Other),
    })
}

/// The same person twice (same 氏名, ignoring spaces, and same 生年月日) is almost
/// always a second entry by mistake.
fn refuse_same_person(tx: &Connection, member: &ValidMember, except_id: Option<i64>) -> Result<()> {
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM member WHERE replace(name, ' ', '') = replace(?1, ' ', '') AND birth_date = ?2
             AND id IS NOT ?3 LIMIT 1",
            params![member.name, member.birth_date, except_id],
            |row| row.get(0),
        )
        .optional()?;
    match existing {
        Some(existing_id) => Err(Error::DuplicateMember { existing_id }),
        None => Ok(()),
    }
}

/// Adds a member inside the caller's transaction (an add); the new id.
pub(super) fn insert(tx: &Connection, member: &ValidMember) -> Result<i64> {
    refuse_same_person(tx, member, None)?;
    insert_checked(tx, member)
}

/// What [`refuse_same_person`] compares: 氏名 without spaces (SQL's `replace(name, ' ',
/// '')` removes exactly the same ASCII spaces) and 生年月日.
pub(super) fn person_key(member: &ValidMember) -> (String, chrono::NaiveDate) {
    (member.name.replace(' ', ""), member.birth_date)
}

/// Adds a member whose duplicate check the caller made: an import checks against a
/// map of the members it has added ([`person_key`]), since [`refuse_same_person`] scans
/// the whole table (no index covers `replace(name, ' ', '')`), and n scans cost n².
pub(super) fn insert_checked(tx: &Connection, member: &ValidMember) -> Result<i64> {
    tx.execute(
        "INSERT INTO member (name, kana, birth_date, relation) VALUES (?1, ?2, ?3, ?4)",
        params![
            member.name,
            member.kana,
            member.birth_date,
            member.relation.code()
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

impl Store {
    pub fn add_member(&mut self, member: &ValidMember) -> Result<Member> {
        let tx = self.conn.transaction()?;
        let id = insert(&tx, member)?;
        tx.commit()?;
        self.member(id)
    }

    pub fn update_member(&mut self, id: i64, member: &ValidMember) -> Result<Member> {
        let tx = self.conn.transaction()?;
        refuse_same_person(&tx, member, Some(id))?;
        let changed = tx.execute(
            "UPDATE member SET name = ?2, kana = ?3, birth_date = ?4, relation = ?5 WHERE id = ?1",
            params![
                id,
                member.name,
                member.kana,
                member.birth_date,
                member.relation.code()
            ],
        )?;
        if changed == 0 {
            return Err(Error::MemberNotFound(id));
        }
        tx.commit()?;
        self.member(id)
    }

    /// Removes the member and everything recorded for them.
    pub fn remove_member(&mut self, id: i64) -> Result<Member> {
        let tx = self.conn.transaction()?;
        let member = tx
            .query_row(
                &format!("SELECT {COLUMNS} FROM member WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or(Error::MemberNotFound(id))?;
        tx.execute("DELETE FROM member WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(member)
    }

    pub fn member(&self, id: i64) -> Result<Member> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM member WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or(Error::MemberNotFound(id))
    }

    /// Members in the order they were added (the insured person usually first).
    pub fn members(&self) -> Result<Vec<Member>> {
        let mut statement = self
            .conn
            .prepare(&format!("SELECT {COLUMNS} FROM member ORDER BY id"))?;
        let members = statement
            .query_map([], from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(members)
    }
}
