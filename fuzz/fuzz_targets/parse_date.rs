//! `parse_date` must never panic, whatever the user types or pastes.
#![no_main]

use hoken_techo_core::date_input::parse_date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    // Ok or Err are both fine; a panic (slicing inside a multi-byte character, an
    // overflow in the era-year arithmetic, an out-of-range date) is the failure.
    if let Ok(parsed) = parse_date(input) {
        // An accepted date is always in the range the rest of the app handles.
        assert!(parsed.date >= hoken_techo_core::wareki::EARLIEST_SUPPORTED);
    }
});
