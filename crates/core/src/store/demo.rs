//! The demo household's bookkeeping: which members "try the app with a demo household"
//! added, one row each in `demo_member`. A row is deleted with its member by the
//! database itself (ON DELETE CASCADE), so no delete path has to remember the demo, and
//! an id SQLite reuses for a real person later is never taken for a demo member.

use rusqlite::Connection;

use super::household::MemberRows;
use super::{documents, members, qualifications, CurrentQualification, Store};
use crate::error::{Error, Result};

fn listed(conn: &Connection) -> Result<Vec<i64>> {
    let mut statement = conn.prepare("SELECT member_id FROM demo_member ORDER BY member_id")?;
    let ids = statement
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
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
            tx.execute("INSERT INTO demo_member (member_id) VALUES (?1)", [id])?;
            ids.push(id);
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Deletes the demo members (edited or not; their records go with them) and nobody
    /// else, in one transaction; how many were deleted.
    pub(crate) fn remove_demo_household(&mut self) -> Result<usize> {
        // Their demo_member rows go with them (ON DELETE CASCADE).
        let removed = self.conn.execute(
            "DELETE FROM member WHERE id IN (SELECT member_id FROM demo_member)",
            [],
        )?;
        Ok(removed)
    }
}
