//! The passphrase that encrypts the database and its backups (SQLCipher;
//! docs/SECURITY.md). It is never logged, printed or stored by the app.

use unicode_normalization::UnicodeNormalization;
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::error::{Error, Field, Problem, Result};

/// Shortest passphrase accepted when one is set or changed. Length is the one property
/// the app can check; the threat model (docs/SECURITY.md) leaves strength to the user.
pub const PASSPHRASE_MIN_CHARS: u32 = 8;

/// A passphrase as typed, NFKC-folded so that the same characters typed in full-width or
/// half-width form (a Japanese IME's mode) give the same key. `Debug` hides it; every
/// copy is wiped from memory when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct Passphrase(String);

impl Passphrase {
    pub fn new(text: &str) -> Self {
        // Room enough from the start: a String that grows leaves its old buffer, with the
        // characters so far, in freed memory. NFKC makes at most three bytes of one
        // (full-width → ASCII makes fewer), bar a few rare ligatures.
        let mut folded = String::with_capacity(text.len() * 3);
        folded.extend(text.nfkc());
        Passphrase(folded)
    }

    /// [`Passphrase::new`] from text the caller owns (typed in the app, read from the
    /// environment), which is wiped once folded.
    pub fn take(mut text: String) -> Self {
        let passphrase = Passphrase::new(&text);
        text.zeroize();
        passphrase
    }

    /// A passphrase to set: not empty and at least [`PASSPHRASE_MIN_CHARS`] long.
    pub fn validate_new(&self) -> Result<()> {
        let chars = self.0.chars().count();
        let problem = if self.0.trim().is_empty() {
            Problem::Required
        } else if chars < PASSPHRASE_MIN_CHARS as usize {
            Problem::TooShort {
                min: PASSPHRASE_MIN_CHARS,
            }
        } else {
            return Ok(());
        };
        Err(Error::invalid(Field::Passphrase, problem))
    }

    /// The text handed to SQLCipher (`PRAGMA key`, `ATTACH … KEY`), never shown.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl Drop for Passphrase {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl ZeroizeOnDrop for Passphrase {}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_copy_is_wiped_when_dropped() {
        // Compiles only while the type promises it (its Drop zeroizes the text).
        fn wiped_on_drop<T: ZeroizeOnDrop + Clone>() {}
        wiped_on_drop::<Passphrase>();
        assert_eq!(
            Passphrase::take("ｓａｋｕｒａ　２０２６".to_string()),
            Passphrase::new("sakura 2026")
        );
    }

    #[test]
    fn full_width_and_half_width_typing_give_the_same_passphrase() {
        assert_eq!(
            Passphrase::new("ｓａｋｕｒａ　２０２６"),
            Passphrase::new("sakura 2026")
        );
    }

    #[test]
    fn a_new_passphrase_must_be_long_enough_and_is_never_shown() {
        assert!(Passphrase::new("sakura 2026").validate_new().is_ok());
        let short = Passphrase::new("sakura").validate_new().unwrap_err();
        assert_eq!(
            short.field_errors()[0].problem,
            Problem::TooShort { min: 8 }
        );
        let empty = Passphrase::new("   ").validate_new().unwrap_err();
        assert_eq!(empty.field_errors()[0].problem, Problem::Required);
        assert_eq!(
            format!("{:?}", Passphrase::new("secret words")),
            "Passphrase(…)"
        );
        assert!(!short
            .message(crate::Locale::natural(crate::Lang::Ja))
            .contains("sakura"));
    }
}
