//! Schema migrations. Append only: a released migration is never edited.
//! All pending migrations run in one transaction (rusqlite_migration does this).

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use super::APPLICATION_ID;
use crate::error::Result;

pub(super) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(MEMBERS_V1),
        M::up(QUALIFICATIONS_V2),
        M::up(DOCUMENTS_V3),
        M::up(REMINDERS_V4),
        M::up(PREFERENCES_V5),
        M::up(CARD_READING_V6),
        M::up(DEMO_MEMBERS_V7),
    ])
}

const MEMBERS_V1: &str = "
CREATE TABLE member (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kana        TEXT NOT NULL,
    birth_date  TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    relation    TEXT NOT NULL CHECK (relation IN ('self', 'spouse', 'child', 'parent', 'other'))
) STRICT;
";

// 記号 and 番号 are kept as typed; the *_key columns hold the folded form
// (normalise::fold) used to catch the same card entered twice.
const QUALIFICATIONS_V2: &str = "
CREATE TABLE qualification (
    id               INTEGER PRIMARY KEY,
    member_id        INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    insurer_number   TEXT NOT NULL CHECK (length(insurer_number) IN (6, 8)),
    insurer_name     TEXT NOT NULL,
    symbol           TEXT NOT NULL,
    symbol_key       TEXT NOT NULL,
    number           TEXT NOT NULL,
    number_key       TEXT NOT NULL,
    branch           TEXT CHECK (branch IS NULL OR length(branch) = 2),
    role             TEXT NOT NULL CHECK (role IN ('insured', 'dependant')),
    acquired_on      TEXT NOT NULL,
    lost_on          TEXT CHECK (lost_on IS NULL OR lost_on > acquired_on),
    burden_tenths    INTEGER CHECK (burden_tenths IS NULL OR burden_tenths BETWEEN 1 AND 3),
    my_number_last4  TEXT CHECK (my_number_last4 IS NULL OR length(my_number_last4) = 4),
    memo             TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX qualification_member ON qualification(member_id);
CREATE UNIQUE INDEX qualification_identity
    ON qualification(insurer_number, symbol_key, number_key, coalesce(branch, ''));
CREATE UNIQUE INDEX qualification_one_current
    ON qualification(member_id) WHERE lost_on IS NULL;
";

// One row per member and kind (DOMAIN §1). Only what the user read is stored: computed
// expiries come from the rule table each time. For the registration, `held` mirrors
// `registration` and `issued_on` is the day it was done; it has no expiry.
const DOCUMENTS_V3: &str = "
CREATE TABLE document (
    member_id     INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('card', 'ecert-auth', 'ecert-sign', 'phone',
                      'registration', 'kakuninsho', 'koureisha', 'legacy-card', 'zairyu')),
    held          TEXT NOT NULL CHECK (held IN ('held', 'not-held', 'unknown')),
    issued_on     TEXT CHECK (issued_on IS NULL OR issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    expires_on    TEXT CHECK (expires_on IS NULL OR expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    registration  TEXT CHECK (registration IS NULL OR registration IN ('done', 'not-done', 'unknown')),
    PRIMARY KEY (member_id, kind),
    CHECK ((kind = 'registration') = (registration IS NOT NULL)),
    CHECK (registration IS NULL OR held = CASE registration
        WHEN 'done' THEN 'held' WHEN 'not-done' THEN 'not-held' ELSE 'unknown' END),
    CHECK (kind <> 'registration' OR expires_on IS NULL),
    CHECK (kind <> 'zairyu' OR issued_on IS NULL),
    CHECK (held <> 'not-held' OR (issued_on IS NULL AND expires_on IS NULL)),
    CHECK (issued_on IS NULL OR expires_on IS NULL OR expires_on > issued_on)
) STRICT;
";

// Reminders. The reminders themselves are computed from the records each
// time; only the household's answers are stored, keyed by the reminder's ID (which
// holds its deadline, so a new expiry leaves the old answers unused). Rows go with
// their member: a later member given the same rowid must not inherit them.
// `reminder_delivery` records each occurrence handed to a notifier, so nothing is
// shown twice, also by two processes (the app and a CLI) claiming at once.
// Lead times: one row per kind the household changed; kinds are not CHECKed so a
// newer kind needs no migration.
const REMINDERS_V4: &str = "
CREATE TABLE reminder_state (
    reminder_id    TEXT PRIMARY KEY,
    member_id      INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    status         TEXT NOT NULL CHECK (status IN ('done', 'dismissed', 'snoozed')),
    changed_on     TEXT NOT NULL CHECK (changed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    snoozed_until  TEXT CHECK (snoozed_until IS NULL OR snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    CHECK ((status = 'snoozed') = (snoozed_until IS NOT NULL))
) STRICT;
CREATE INDEX reminder_state_member ON reminder_state(member_id);
CREATE TABLE reminder_delivery (
    reminder_id   TEXT NOT NULL,
    occurrence    TEXT NOT NULL CHECK (occurrence GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    member_id     INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    delivered_on  TEXT NOT NULL CHECK (delivered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (reminder_id, occurrence)
) STRICT;
CREATE INDEX reminder_delivery_member ON reminder_delivery(member_id);
CREATE TABLE reminder_lead_time (
    kind  TEXT PRIMARY KEY,
    days  INTEGER NOT NULL CHECK (days BETWEEN 0 AND 365)
) STRICT;
";

// The household's choices about the app itself (reminders on, later language and
// date order), kept in the file so they travel with the data and its backups.
const PREFERENCES_V5: &str = "
CREATE TABLE preference (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT;
";

// The day an expiry was read from the card's chip (`crates/card`) rather than typed:
// only that day, never the certificate or anything else from it. Kept while the
// expiry stays the same; a typed expiry clears it (store/documents.rs).
const CARD_READING_V6: &str = "
ALTER TABLE document ADD COLUMN read_from_card_on TEXT
    CHECK (read_from_card_on IS NULL OR read_from_card_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
";

// Which members the demo household added (store/demo.rs). A row goes with its member
// (ON DELETE CASCADE), whatever deletes it, so "remove the demo" can never find an id
// that SQLite has since given to a real person (the trigger does the same when foreign
// keys are off). It replaces the `demo_members`
// preference, a comma-separated id list that every delete had to remember to update;
// the ids in it that still name a member move here.
const DEMO_MEMBERS_V7: &str = "
CREATE TABLE demo_member (
    member_id  INTEGER PRIMARY KEY REFERENCES member(id) ON DELETE CASCADE
) STRICT;
-- The same when foreign keys are off: the sqlite3 shell's default, for someone who
-- deletes a member by hand.
CREATE TRIGGER demo_member_goes_with_its_member AFTER DELETE ON member
BEGIN
    DELETE FROM demo_member WHERE member_id = OLD.id;
END;
INSERT INTO demo_member (member_id)
    SELECT DISTINCT member.id
    FROM preference, json_each(
        CASE WHEN json_valid('[' || preference.value || ']')
             THEN '[' || preference.value || ']' ELSE '[]' END) AS listed
    JOIN member ON member.id = listed.value
    WHERE preference.key = 'demo_members' AND listed.type = 'integer';
DELETE FROM preference WHERE key = 'demo_members';
";

/// The schema version this build writes; files with a higher one are refused.
pub fn latest_version() -> u32 {
    7
}

pub fn apply(conn: &mut Connection) -> Result<()> {
    let current: i32 = conn.pragma_query_value(None, "application_id", |row| row.get(0))?;
    if current != APPLICATION_ID {
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    migrations().to_latest(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid_and_latest_version_matches() {
        assert!(super::migrations().validate().is_ok());
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::apply(&mut conn).unwrap();
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, super::latest_version());
    }

    /// The demo list of a version 6 file moves to the table: the ids that name a
    /// member, none that does not (a member deleted by hand), and a hand-edited value
    /// that is no list stops nothing.
    #[test]
    fn a_version_6_demo_list_becomes_the_demo_member_table() {
        use rusqlite_migration::{Migrations, M};
        for (list, expected) in [("1,3,9", vec![1, 3]), ("not a list", vec![]), ("", vec![])] {
            let mut conn = rusqlite::Connection::open_in_memory().unwrap();
            Migrations::new(vec![
                M::up(super::MEMBERS_V1),
                M::up(super::QUALIFICATIONS_V2),
                M::up(super::DOCUMENTS_V3),
                M::up(super::REMINDERS_V4),
                M::up(super::PREFERENCES_V5),
                M::up(super::CARD_READING_V6),
            ])
            .to_latest(&mut conn)
            .unwrap();
            for name in ["山田 太郎", "山田 花子", "山田 一郎"] {
                conn.execute(
                    "INSERT INTO member (name, kana, birth_date, relation) \
                     VALUES (?1, 'ヤマダ', '1990-11-30', 'self')",
                    [name],
                )
                .unwrap();
            }
            conn.execute(
                "INSERT INTO preference (key, value) VALUES ('demo_members', ?1)",
                [list],
            )
            .unwrap();
            super::apply(&mut conn).unwrap();
            let mut statement = conn
                .prepare("SELECT member_id FROM demo_member ORDER BY member_id")
                .unwrap();
            let moved: Vec<i64> = statement
                .query_map([], |row| row.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert_eq!(moved, expected, "from {list:?}");
            let left: i64 = conn
                .query_row("SELECT count(*) FROM preference", [], |r| r.get(0))
                .unwrap();
            assert_eq!(left, 0, "the old list is gone");
        }
    }

    #[test]
    fn a_version_3_file_gains_the_reminder_tables_and_keeps_its_data() {
        use rusqlite_migration::{Migrations, M};
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        Migrations::new(vec![
            M::up(super::MEMBERS_V1),
            M::up(super::QUALIFICATIONS_V2),
            M::up(super::DOCUMENTS_V3),
        ])
        .to_latest(&mut conn)
        .unwrap();
        conn.execute(
            "INSERT INTO member (name, kana, birth_date, relation) \
             VALUES ('山田 太郎', 'ヤマダ タロウ', '1990-11-30', 'self')",
            [],
        )
        .unwrap();
        super::apply(&mut conn).unwrap();
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, super::latest_version());
        let members: i64 = conn
            .query_row("SELECT count(*) FROM member", [], |r| r.get(0))
            .unwrap();
        assert_eq!(members, 1);
        conn.execute(
            "INSERT INTO reminder_state (reminder_id, member_id, status, changed_on) \
             VALUES ('m1:expiry-day:card:2031-11-30', 1, 'done', '2026-11-25')",
            [],
        )
        .unwrap();
        // A snooze needs its end date; a done reminder has none.
        for (status, until) in [("snoozed", None), ("done", Some("2026-12-02"))] {
            assert!(conn
                .execute(
                    "INSERT INTO reminder_state (reminder_id, member_id, status, changed_on, snoozed_until) \
                     VALUES ('x', 1, ?1, '2026-11-25', ?2)",
                    rusqlite::params![status, until],
                )
                .is_err());
        }
    }
}
