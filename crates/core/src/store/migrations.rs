//! Schema migrations. Append only: a released migration is never edited.
//! All pending migrations run in one transaction (rusqlite_migration does this).

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use super::APPLICATION_ID;
use crate::error::Result;

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(MEMBERS_V1), M::up(QUALIFICATIONS_V2)])
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

/// The schema version this build writes; files with a higher one are refused.
pub fn latest_version() -> u32 {
    2
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
}
