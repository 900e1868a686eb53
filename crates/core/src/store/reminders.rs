//! The reminder tables: the household's answers (done, dismissed, snoozed), the
//! deliveries to a notifier, and the lead times it changed.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, Row, Transaction, TransactionBehavior};

use super::documents::replace_printed_expiry;
use super::Store;
use crate::document::DocumentKind;
use crate::error::Result;
use crate::reminders::{Mark, MarkRecord, Marks, ReminderKind};

/// One change a reminder action makes; all of an action's changes are written in one
/// transaction ([`Store::change_reminders`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReminderWrite {
    /// The household's answer (replaces an earlier one).
    Mark {
        member_id: i64,
        reminder_id: String,
        record: MarkRecord,
    },
    /// An occurrence handed to a notifier on `delivered_on`.
    Delivery {
        member_id: i64,
        reminder_id: String,
        occurrence: NaiveDate,
        delivered_on: NaiveDate,
    },
    /// A renewed or replaced document's new printed expiry.
    PrintedExpiry {
        member_id: i64,
        kind: DocumentKind,
        expires_on: NaiveDate,
    },
}

fn mark_from_row(row: &Row<'_>) -> rusqlite::Result<(String, MarkRecord)> {
    let status: String = row.get(1)?;
    let until: Option<NaiveDate> = row.get(3)?;
    // The CHECK constraints keep `status` to these codes and `until` set for a snooze.
    let mark = match (status.as_str(), until) {
        ("snoozed", Some(until)) => Mark::Snoozed { until },
        ("dismissed", _) => Mark::Dismissed,
        _ => Mark::Done,
    };
    Ok((
        row.get(0)?,
        MarkRecord {
            mark,
            on: row.get(2)?,
        },
    ))
}

impl Store {
    pub fn reminder_marks(&self) -> Result<Marks> {
        let mut statement = self
            .conn
            .prepare("SELECT reminder_id, status, changed_on, snoozed_until FROM reminder_state")?;
        let marks = statement
            .query_map([], mark_from_row)?
            .collect::<rusqlite::Result<HashMap<_, _>>>()?;
        Ok(marks)
    }

    /// The latest delivered occurrence of each reminder.
    pub fn reminder_deliveries(&self) -> Result<HashMap<String, NaiveDate>> {
        let mut statement = self.conn.prepare(
            "SELECT reminder_id, max(occurrence) FROM reminder_delivery GROUP BY reminder_id",
        )?;
        let deliveries = statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<HashMap<_, _>>>()?;
        Ok(deliveries)
    }

    /// The lead times the household changed (kinds this version does not know are
    /// skipped: a newer version may have written them).
    pub fn lead_time_settings(&self) -> Result<Vec<(ReminderKind, u32)>> {
        let mut statement = self
            .conn
            .prepare("SELECT kind, days FROM reminder_lead_time ORDER BY kind")?;
        let rows = statement
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, u32>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(code, days)| Some((ReminderKind::parse(&code)?, days)))
            .collect())
    }

    /// Sets one kind's lead time (days already checked, 0–365).
    pub fn set_lead_time(&mut self, kind: ReminderKind, days: u32) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO reminder_lead_time (kind, days) VALUES (?1, ?2) \
             ON CONFLICT (kind) DO UPDATE SET days = excluded.days",
            params![kind.code(), days],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Runs one reminder action as one `BEGIN IMMEDIATE` transaction: `decide` reads
    /// the store as it stands under the write lock and returns its result and the
    /// changes to write. Another process acting at the same time waits for the lock
    /// (the busy timeout) and then sees these changes, so two claims never hand out the
    /// same delivery. An error from `decide` writes nothing.
    pub fn change_reminders<T>(
        &mut self,
        decide: impl FnOnce(&Store) -> Result<(T, Vec<ReminderWrite>)>,
    ) -> Result<T> {
        let this: &Store = self;
        // `new_unchecked` because `decide` reads through `&Store` on the same
        // connection while the transaction is open; nothing here nests another one.
        let tx = Transaction::new_unchecked(&this.conn, TransactionBehavior::Immediate)?;
        let (result, writes) = decide(this)?;
        for write in &writes {
            apply(&tx, write)?;
        }
        tx.commit()?;
        Ok(result)
    }
}

fn apply(conn: &Connection, write: &ReminderWrite) -> Result<()> {
    match write {
        ReminderWrite::Mark {
            member_id,
            reminder_id,
            record,
        } => {
            let (status, until) = match record.mark {
                Mark::Done => ("done", None),
                Mark::Dismissed => ("dismissed", None),
                Mark::Snoozed { until } => ("snoozed", Some(until)),
            };
            conn.execute(
                "INSERT INTO reminder_state (reminder_id, member_id, status, changed_on, snoozed_until) \
                 VALUES (?1, ?2, ?3, ?4, ?5) \
                 ON CONFLICT (reminder_id) DO UPDATE SET member_id = excluded.member_id, \
                 status = excluded.status, changed_on = excluded.changed_on, \
                 snoozed_until = excluded.snoozed_until",
                params![reminder_id, member_id, status, record.on, until],
            )?;
        }
        // The primary key refuses a second delivery of one occurrence outright: should
        // a caller ever decide twice, the action fails rather than notifying twice.
        ReminderWrite::Delivery {
            member_id,
            reminder_id,
            occurrence,
            delivered_on,
        } => {
            conn.execute(
                "INSERT INTO reminder_delivery (reminder_id, occurrence, member_id, delivered_on) \
                 VALUES (?1, ?2, ?3, ?4)",
                params![reminder_id, occurrence, member_id, delivered_on],
            )?;
        }
        ReminderWrite::PrintedExpiry {
            member_id,
            kind,
            expires_on,
        } => replace_printed_expiry(conn, *member_id, *kind, *expires_on)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::member::MemberInput;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn store_with_member() -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("h.db")).unwrap();
        let member = MemberInput {
            name: "山田 太郎".into(),
            kana: "ヤマダ タロウ".into(),
            birth_date: "1990-11-30".into(),
            relation: "本人".into(),
        }
        .validate(d(2026, 11, 25))
        .unwrap();
        let id = store.add_member(&member).unwrap().id;
        (dir, store, id)
    }

    fn mark(member_id: i64, id: &str, mark: Mark) -> ReminderWrite {
        ReminderWrite::Mark {
            member_id,
            reminder_id: id.into(),
            record: MarkRecord {
                mark,
                on: d(2026, 11, 25),
            },
        }
    }

    #[test]
    fn a_later_mark_replaces_the_earlier_one() {
        let (_dir, mut store, id) = store_with_member();
        let until = d(2026, 12, 2);
        store
            .change_reminders(|_| Ok(((), vec![mark(id, "r", Mark::Snoozed { until })])))
            .unwrap();
        assert_eq!(
            store.reminder_marks().unwrap()["r"].mark,
            Mark::Snoozed { until }
        );
        store
            .change_reminders(|_| Ok(((), vec![mark(id, "r", Mark::Done)])))
            .unwrap();
        let marks = store.reminder_marks().unwrap();
        assert_eq!(marks.len(), 1);
        assert_eq!(marks["r"].mark, Mark::Done);
    }

    #[test]
    fn an_error_in_decide_writes_nothing() {
        let (_dir, mut store, id) = store_with_member();
        let result: Result<()> = store.change_reminders(|_| Err(crate::Error::ReminderNotFound));
        assert!(result.is_err());
        // A failing write (unknown member) rolls back the writes before it too.
        let result = store.change_reminders(|_| {
            Ok((
                (),
                vec![mark(id, "a", Mark::Done), mark(id + 1, "b", Mark::Done)],
            ))
        });
        assert!(result.is_err());
        assert!(store.reminder_marks().unwrap().is_empty());
    }

    #[test]
    fn one_occurrence_is_delivered_once_and_the_latest_is_reported() {
        let (_dir, mut store, id) = store_with_member();
        let delivery = |occurrence| ReminderWrite::Delivery {
            member_id: id,
            reminder_id: "r".into(),
            occurrence,
            delivered_on: d(2026, 11, 25),
        };
        store
            .change_reminders(|_| {
                Ok((
                    (),
                    vec![delivery(d(2026, 10, 31)), delivery(d(2026, 11, 23))],
                ))
            })
            .unwrap();
        assert_eq!(store.reminder_deliveries().unwrap()["r"], d(2026, 11, 23));
        assert!(store
            .change_reminders(|_| Ok(((), vec![delivery(d(2026, 11, 23))])))
            .is_err());
    }

    #[test]
    fn answers_and_deliveries_go_with_their_member() {
        let (_dir, mut store, id) = store_with_member();
        store
            .change_reminders(|_| {
                Ok((
                    (),
                    vec![
                        mark(id, "r", Mark::Dismissed),
                        ReminderWrite::Delivery {
                            member_id: id,
                            reminder_id: "r".into(),
                            occurrence: d(2026, 11, 23),
                            delivered_on: d(2026, 11, 23),
                        },
                    ],
                ))
            })
            .unwrap();
        store.remove_member(id).unwrap();
        assert!(store.reminder_marks().unwrap().is_empty());
        assert!(store.reminder_deliveries().unwrap().is_empty());
    }

    #[test]
    fn lead_times_round_trip_and_unknown_kinds_are_skipped() {
        let (_dir, mut store, _id) = store_with_member();
        store
            .set_lead_time(ReminderKind::ExpiryFirstNotice, 45)
            .unwrap();
        store
            .set_lead_time(ReminderKind::ExpiryFirstNotice, 40)
            .unwrap();
        store
            .conn
            .execute(
                "INSERT INTO reminder_lead_time (kind, days) VALUES ('from-the-future', 3)",
                [],
            )
            .unwrap();
        assert_eq!(
            store.lead_time_settings().unwrap(),
            [(ReminderKind::ExpiryFirstNotice, 40)]
        );
        assert!(store
            .conn
            .execute(
                "INSERT INTO reminder_lead_time (kind, days) VALUES ('expiry-day', 366)",
                [],
            )
            .is_err());
    }

    #[test]
    fn a_printed_expiry_replaces_the_old_dates_and_marks_the_document_held() {
        let (_dir, mut store, id) = store_with_member();
        store
            .change_reminders(|_| {
                Ok((
                    (),
                    vec![ReminderWrite::PrintedExpiry {
                        member_id: id,
                        kind: DocumentKind::EcertAuth,
                        expires_on: d(2032, 11, 30),
                    }],
                ))
            })
            .unwrap();
        let documents = store.documents_of(id).unwrap();
        assert_eq!(documents.len(), 1);
        assert_eq!(documents[0].expires_on, Some(d(2032, 11, 30)));
        assert_eq!(documents[0].issued_on, None);
        assert_eq!(documents[0].held, crate::document::Held::Held);
    }
}
