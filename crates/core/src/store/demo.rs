//! The demo household's bookkeeping: which members were added by "try the
//! app with a demo household", kept as a list of ids in the `preference` table.
//!
//! Ids are only reused by SQLite when the highest one is deleted, so the list must never
//! name a member that is gone: every path that deletes members (removing one, an import
//! replacing all) forgets them here in its own transaction.

use rusqlite::{params, Connection, OptionalExtension};

use super::household::MemberRows;
use super::{documents, members, qualifications, CurrentQualification, Store};
use crate::error::{Error, Result};

/// The preference key; its value is the demo members' ids, comma-separated.
pub(crate) const DEMO_MEMBERS: &str = "demo_members";

fn listed(conn: &Connection) -> Result<Vec<i64>> {
    let value: Option<String> = conn
        .query_row(
            "SELECT value FROM preference WHERE key = ?1",
            params![DEMO_MEMBERS],
            |row| row.get(0),
        )
        .optional()?;
    // A value this build did not write (hand-edited) names no member: nothing is demo.
    Ok(value
        .unwrap_or_default()
        .split(',')
        .filter_map(|id| id.trim().parse().ok())
        .collect())
}

fn write_list(conn: &Connection, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        conn.execute(
            "DELETE FROM preference WHERE key = ?1",
            params![DEMO_MEMBERS],
        )?;
    } else {
        let value = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        conn.execute(
            "INSERT INTO preference (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![DEMO_MEMBERS, value],
        )?;
    }
    Ok(())
}

/// Inside the caller's transaction: member `id` is being deleted.
pub(super) fn forget(tx: &Connection, id: i64) -> Result<()> {
    let ids = listed(tx)?;
    if ids.contains(&id) {
        let rest: Vec<i64> = ids.into_iter().filter(|other| *other != id).collect();
        write_list(tx, &rest)?;
    }
    Ok(())
}

/// Inside the caller's transaction: every member is being deleted (an import).
pub(super) fn forget_all(tx: &Connection) -> Result<()> {
    write_list(tx, &[])
}

impl Store {
    /// The demo members' ids (empty when no demo household is loaded).
    pub fn demo_members(&self) -> Result<Vec<i64>> {
        listed(&self.conn)
    }

    /// Adds `rows` and records them as the demo household, in one transaction, only
    /// when the household is empty ([`Error::HouseholdNotEmpty`] otherwise, checked
    /// inside the transaction so a member added meanwhile by the CLI is never mixed in).
    pub(crate) fn add_demo_household(&mut self, rows: &[MemberRows]) -> Result<Vec<i64>> {
        let tx = self.conn.transaction()?;
        let existing: i64 = tx.query_row("SELECT count(*) FROM member", [], |row| row.get(0))?;
        if existing > 0 {
            return Err(Error::HouseholdNotEmpty);
        }
        let mut ids = Vec::with_capacity(rows.len());
        for row in rows {
            let id = members::insert(&tx, &row.member)?;
            for qualification in &row.qualifications {
                qualifications::insert(&tx, id, qualification, CurrentQualification::Keep)?;
            }
            for document in &row.documents {
                documents::upsert(&tx, id, document)?;
            }
            ids.push(id);
        }
        write_list(&tx, &ids)?;
        tx.commit()?;
        Ok(ids)
    }

    /// Deletes the demo members (edited or not; their records go with them) and nobody
    /// else, in one transaction; how many were deleted.
    pub(crate) fn remove_demo_household(&mut self) -> Result<usize> {
        let tx = self.conn.transaction()?;
        let mut removed = 0;
        for id in listed(&tx)? {
            removed += tx.execute("DELETE FROM member WHERE id = ?1", [id])?;
        }
        write_list(&tx, &[])?;
        tx.commit()?;
        Ok(removed)
    }
}
