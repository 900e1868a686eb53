//! Schema migrations. Append only: a released migration is never edited.
//! All pending migrations run in one transaction (rusqlite_migration does this).

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use super::APPLICATION_ID;
use crate::error::Result;

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(MEMBERS_V1)])
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

/// The schema version this build writes; files with a higher one are refused.
pub fn latest_version() -> u32 {
    1
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
