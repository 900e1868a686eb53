//! Importing a household file must never panic, whatever the file holds, and what it
//! accepts must hold no full My Number (DOMAIN §11). Accepted files also go through the
//! store's dry run (the import's transaction, rolled back) on one database.
#![no_main]

use std::sync::{Mutex, OnceLock};

use chrono::NaiveDate;
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::household_file;
use hoken_techo_core::normalise::contains_my_number;
use hoken_techo_core::{Lang, Locale, Store};
use libfuzzer_sys::fuzz_target;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date")
}

/// One database for the whole run, in a folder of its own.
fn store() -> &'static Mutex<Store> {
    static STORE: OnceLock<Mutex<Store>> = OnceLock::new();
    STORE.get_or_init(|| {
        let dir =
            std::env::temp_dir().join(format!("hoken-techo-fuzz-import-{}", std::process::id()));
        Mutex::new(Store::open(&dir.join("fuzz.db")).expect("a store"))
    })
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(members) = household_file::parse(bytes, today(), Locale::natural(Lang::En)) else {
        return;
    };
    for rows in &members {
        let member = &rows.member;
        assert!(!contains_my_number(&member.name));
        for q in &rows.qualifications {
            for text in [&q.insurer_name, &q.symbol, &q.number, &q.memo] {
                assert!(!contains_my_number(text));
            }
            assert!(q
                .my_number_last4
                .as_ref()
                .is_none_or(|last4| last4.len() == 4));
        }
    }
    let ctx = Context::new(today(), Locale::natural(Lang::Ja));
    let mut store = store()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let _ = household::import_household(&mut store, bytes, true, ctx);
    assert!(
        store.members().expect("readable").is_empty(),
        "a dry run writes nothing"
    );
});
