//! The `document` table: one row per member and kind.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::Store;
use crate::document::{Document, DocumentKind, Held, RegistrationStatus, ValidDocument};
use crate::error::{Error, Result};

const COLUMNS: &str =
    "member_id, kind, held, issued_on, expires_on, registration, read_from_card_on";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Document> {
    let kind: String = row.get(1)?;
    let held: String = row.get(2)?;
    let registration: Option<String> = row.get(5)?;
    Ok(Document {
        member_id: row.get(0)?,
        // The CHECK constraints keep these columns to known codes.
        kind: DocumentKind::parse(&kind).unwrap_or(DocumentKind::Card),
        held: Held::parse(&held).unwrap_or(Held::Unknown),
        issued_on: row.get(3)?,
        expires_on: row.get(4)?,
        registration: registration
            .map(|code| RegistrationStatus::parse(&code).unwrap_or(RegistrationStatus::Unknown)),
        read_from_card_on: row.get(6)?,
    })
}

impl Store {
    /// Records what the member has of one kind, replacing what was recorded before.
    pub fn set_document(&mut self, member_id: i64, valid: &ValidDocument) -> Result<Document> {
        let tx = self.conn.transaction()?;
        upsert(&tx, member_id, valid)?;
        let saved = select_one(&tx, member_id, valid.kind)?;
        tx.commit()?;
        // The row was just written in this transaction.
        saved.ok_or(Error::MemberNotFound(member_id))
    }

    /// Forgets what was recorded for one kind; `None` when nothing was.
    pub fn clear_document(
        &mut self,
        member_id: i64,
        kind: DocumentKind,
    ) -> Result<Option<Document>> {
        let tx = self.conn.transaction()?;
        ensure_member(&tx, member_id)?;
        let removed = select_one(&tx, member_id, kind)?;
        tx.execute(
            "DELETE FROM document WHERE member_id = ?1 AND kind = ?2",
            params![member_id, kind.code()],
        )?;
        tx.commit()?;
        Ok(removed)
    }

    /// A member's documents in [`DocumentKind::ALL`] order.
    pub fn documents_of(&self, member_id: i64) -> Result<Vec<Document>> {
        self.member(member_id)?;
        let mut statement = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM document WHERE member_id = ?1"
        ))?;
        let mut rows = statement
            .query_map([member_id], from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.sort_by_key(|document| document.kind);
        Ok(rows)
    }

    /// Every document in the household, by member, each in [`DocumentKind::ALL`] order.
    pub fn all_documents(&self) -> Result<Vec<Document>> {
        let mut statement = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM document ORDER BY member_id"
        ))?;
        let mut rows = statement
            .query_map([], from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.sort_by_key(|document| (document.member_id, document.kind));
        Ok(rows)
    }
}

/// A renewed or replaced document: held, with the new printed expiry. The issue date
/// recorded before belonged to the document it replaces, so it is cleared. Runs inside
/// the caller's transaction.
pub(super) fn replace_printed_expiry(
    conn: &Connection,
    member_id: i64,
    kind: DocumentKind,
    expires_on: NaiveDate,
) -> Result<()> {
    conn.execute(
        "INSERT INTO document (member_id, kind, held, issued_on, expires_on, registration) \
         VALUES (?1, ?2, 'held', NULL, ?3, NULL) \
         ON CONFLICT (member_id, kind) DO UPDATE SET held = 'held', issued_on = NULL, \
         expires_on = excluded.expires_on, read_from_card_on = NULL",
        params![member_id, kind.code(), expires_on],
    )?;
    Ok(())
}

/// Records the 利用者証明用電子証明書's expiry read from the card on `read_on`, in the
/// caller's transaction: held, that expiry, `issued_on` kept only when the caller says
/// it belongs to the same certificate.
pub(super) fn record_card_expiry(
    conn: &Connection,
    member_id: i64,
    expires_on: NaiveDate,
    issued_on: Option<NaiveDate>,
    read_on: NaiveDate,
) -> Result<()> {
    ensure_member(conn, member_id)?;
    conn.execute(
        "INSERT INTO document (member_id, kind, held, issued_on, expires_on, registration, read_from_card_on) \
         VALUES (?1, ?2, 'held', ?3, ?4, NULL, ?5) \
         ON CONFLICT (member_id, kind) DO UPDATE SET held = 'held', issued_on = excluded.issued_on, \
         expires_on = excluded.expires_on, read_from_card_on = excluded.read_from_card_on",
        params![
            member_id,
            DocumentKind::EcertAuth.code(),
            issued_on,
            expires_on,
            read_on
        ],
    )?;
    Ok(())
}

impl Store {
    /// Saves an expiry read from the card (one transaction): see [`record_card_expiry`].
    pub fn record_card_expiry(
        &mut self,
        member_id: i64,
        expires_on: NaiveDate,
        issued_on: Option<NaiveDate>,
        read_on: NaiveDate,
    ) -> Result<Document> {
        let tx = self.conn.transaction()?;
        record_card_expiry(&tx, member_id, expires_on, issued_on, read_on)?;
        let saved = select_one(&tx, member_id, DocumentKind::EcertAuth)?;
        tx.commit()?;
        saved.ok_or(Error::MemberNotFound(member_id))
    }
}

/// Records the document inside the caller's transaction, replacing the same kind.
pub(super) fn upsert(tx: &Connection, member_id: i64, valid: &ValidDocument) -> Result<()> {
    ensure_member(tx, member_id)?;
    tx.execute(
        "INSERT INTO document (member_id, kind, held, issued_on, expires_on, registration) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
         ON CONFLICT (member_id, kind) DO UPDATE SET held = excluded.held, \
         issued_on = excluded.issued_on, expires_on = excluded.expires_on, \
         registration = excluded.registration, \
         read_from_card_on = CASE WHEN excluded.expires_on IS document.expires_on \
             AND excluded.held = 'held' THEN document.read_from_card_on END",
        params![
            member_id,
            valid.kind.code(),
            valid.held.code(),
            valid.issued_on,
            valid.expires_on,
            valid.registration.map(RegistrationStatus::code),
        ],
    )?;
    Ok(())
}

fn select_one(tx: &Connection, member_id: i64, kind: DocumentKind) -> Result<Option<Document>> {
    Ok(tx
        .query_row(
            &format!("SELECT {COLUMNS} FROM document WHERE member_id = ?1 AND kind = ?2"),
            params![member_id, kind.code()],
            from_row,
        )
        .optional()?)
}

fn ensure_member(tx: &Connection, member_id: i64) -> Result<()> {
    let exists: Option<i64> = tx
        .query_row("SELECT id FROM member WHERE id = ?1", [member_id], |row| {
            row.get(0)
        })
        .optional()?;
    exists.map(|_| ()).ok_or(Error::MemberNotFound(member_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocumentInput;
    use crate::i18n::Lang;
    use crate::member::MemberInput;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn store_with_member() -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("h.db")).unwrap();
        let member = MemberInput {
            name: "山田 太郎".into(),
            kana: "ヤマダ タロウ".into(),
            birth_date: "1990-06-15".into(),
            relation: "本人".into(),
        }
        .validate(today())
        .unwrap();
        let id = store.add_member(&member).unwrap().id;
        (dir, store, id)
    }

    fn valid(kind: &str, issued: &str, expires: &str) -> ValidDocument {
        DocumentInput {
            kind: kind.into(),
            issued: issued.into(),
            expires: expires.into(),
            ..Default::default()
        }
        .validate(today(), crate::Locale::natural(Lang::Ja))
        .unwrap()
    }

    #[test]
    fn set_replaces_the_row_of_the_same_kind_and_list_keeps_kind_order() {
        let (_dir, mut store, id) = store_with_member();
        store
            .set_document(id, &valid("kakuninsho", "", "2029-11-30"))
            .unwrap();
        store
            .set_document(id, &valid("card", "2020-03-10", ""))
            .unwrap();
        let replaced = store
            .set_document(id, &valid("card", "2020-03-10", "2029-06-15"))
            .unwrap();
        assert_eq!(replaced.expires_on, NaiveDate::from_ymd_opt(2029, 6, 15));
        let kinds: Vec<DocumentKind> = store
            .documents_of(id)
            .unwrap()
            .iter()
            .map(|document| document.kind)
            .collect();
        assert_eq!(kinds, [DocumentKind::Card, DocumentKind::Kakuninsho]);
        assert_eq!(store.all_documents().unwrap().len(), 2);
    }

    #[test]
    fn a_registration_round_trips_with_its_status() {
        let (_dir, mut store, id) = store_with_member();
        let saved = store
            .set_document(id, &valid("registration", "2023-01-20", ""))
            .unwrap();
        assert_eq!(saved.registration, Some(RegistrationStatus::Done));
        assert_eq!(saved.held, Held::Held);
        assert_eq!(store.documents_of(id).unwrap(), [saved]);
    }

    #[test]
    fn clear_removes_one_kind_and_reports_whether_there_was_one() {
        let (_dir, mut store, id) = store_with_member();
        store
            .set_document(id, &valid("card", "2020-03-10", ""))
            .unwrap();
        store
            .set_document(id, &valid("kakuninsho", "", ""))
            .unwrap();
        let removed = store.clear_document(id, DocumentKind::Card).unwrap();
        assert_eq!(removed.map(|d| d.kind), Some(DocumentKind::Card));
        assert_eq!(store.clear_document(id, DocumentKind::Card).unwrap(), None);
        assert_eq!(store.documents_of(id).unwrap().len(), 1);
    }

    #[test]
    fn documents_go_with_their_member() {
        let (_dir, mut store, id) = store_with_member();
        store
            .set_document(id, &valid("card", "2020-03-10", ""))
            .unwrap();
        store.remove_member(id).unwrap();
        assert!(store.all_documents().unwrap().is_empty());
    }

    #[test]
    fn a_missing_member_is_reported_and_nothing_is_written() {
        let (_dir, mut store, _id) = store_with_member();
        assert!(matches!(
            store.set_document(42, &valid("card", "", "")),
            Err(Error::MemberNotFound(42))
        ));
        assert!(matches!(
            store.clear_document(42, DocumentKind::Card),
            Err(Error::MemberNotFound(42))
        ));
        assert!(matches!(
            store.documents_of(42),
            Err(Error::MemberNotFound(42))
        ));
        assert!(store.all_documents().unwrap().is_empty());
    }

    #[test]
    fn the_schema_refuses_rows_validation_would_refuse() {
        let (_dir, store, id) = store_with_member();
        for (kind, held, issued, expires, registration) in [
            ("passport", "held", None, None, None),
            ("card", "held", None, None, Some("done")),
            ("registration", "held", None, None, Some("not-done")),
            (
                "registration",
                "held",
                None,
                Some("2030-01-01"),
                Some("done"),
            ),
            ("card", "not-held", Some("2020-03-10"), None, None),
            ("card", "held", Some("2030-01-01"), Some("2029-01-01"), None),
            ("card", "held", Some("R2.3.10"), None, None),
            (
                "zairyu",
                "held",
                Some("2020-01-01"),
                Some("2030-01-01"),
                None,
            ),
        ] {
            let result = store.conn.execute(
                "INSERT INTO document (member_id, kind, held, issued_on, expires_on, registration) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, kind, held, issued, expires, registration],
            );
            assert!(result.is_err(), "{kind} {held} {issued:?} {expires:?}");
        }
    }
}
