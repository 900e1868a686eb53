//! `parse_insurer_number` must never panic, whatever the user types or pastes.
#![no_main]

use hoken_techo_core::insurer::{check_digit, parse_insurer_number};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    if let Ok(number) = parse_insurer_number(input) {
        // An accepted number is 6 or 8 ASCII digits whose last digit is the check digit.
        let digits: Vec<u8> = number.digits.bytes().map(|b| b - b'0').collect();
        assert!(digits.len() == 6 || digits.len() == 8);
        let (check, body) = digits.split_last().expect("not empty");
        assert_eq!(check_digit(body), *check);
    }
});
