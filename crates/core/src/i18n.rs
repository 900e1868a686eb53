//! Languages, the order dates are shown in, and the user-facing wording that belongs
//! to the domain.
//!
//! Every message a user can see from the core is written here once per language, so
//! the desktop app and the CLI say exactly the same thing for the same problem.
//! The `match`es are exhaustive: a message without a translation does not compile.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

/// The environment variable that stands in for the system locale in tests
/// ([`Lang::from_system`]).
pub const SYSTEM_LOCALE_SEAM: &str = "HOKEN_TECHO_SYSTEM_LOCALE";

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "ja" | "jp" | "japanese" => Some(Lang::Ja),
            "en" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language for a system locale such as `ja_JP.UTF-8`, `ja-JP` or `en-US`:
    /// Japanese for any Japanese locale, English for everything else (the app has no
    /// third language, and English is what a non-Japanese reader is likeliest to
    /// read). `None` (no locale known) is Japanese, the app's first language.
    pub fn from_system_locale(locale: Option<&str>) -> Lang {
        match locale {
            None => Lang::Ja,
            Some(tag) => {
                let language = tag
                    .split(['_', '-', '.', '@'])
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                // "C" and "POSIX" say nothing about the reader's language.
                match language.as_str() {
                    "ja" => Lang::Ja,
                    "" | "c" | "posix" => Lang::Ja,
                    _ => Lang::En,
                }
            }
        }
    }

    /// The language of the operating system: `seam` (the value of
    /// [`SYSTEM_LOCALE_SEAM`], which the front ends read) when set, else `os_locale`
    /// asked (sys-locale's `get_locale`). The seam is for tests on Windows and macOS,
    /// where the OS setting cannot be changed for one child process as LANG can on Linux
    /// (README: test seams). The core itself never reads the environment.
    pub fn from_system(seam: Option<&str>, os_locale: impl FnOnce() -> Option<String>) -> Lang {
        match seam {
            Some(locale) => Lang::from_system_locale(Some(locale)),
            None => Lang::from_system_locale(os_locale().as_deref()),
        }
    }

    /// Picks the text for this language.
    pub fn pick<'a>(self, ja: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }

    /// The calendar this language's readers expect first when nobody chose one.
    pub fn natural_date_order(self) -> DateOrder {
        match self {
            Lang::Ja => DateOrder::WarekiFirst,
            Lang::En => DateOrder::WesternFirst,
        }
    }
}

/// Which calendar comes first where a date is shown. Both are always shown: the
/// notices print 和暦, forms and calendars use 西暦, and people think in either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DateOrder {
    /// `令和7年12月1日 (2025-12-01)`
    WarekiFirst,
    /// `2025-12-01 (令和7年12月1日)`
    WesternFirst,
}

/// How the reader wants to be spoken to: the language and the order of the two
/// calendars. Small and `Copy`, passed down like `Lang` wherever a date is written
/// into text; code that only picks words takes the `Lang` alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub lang: Lang,
    pub dates: DateOrder,
}

impl Locale {
    pub fn new(lang: Lang, dates: DateOrder) -> Self {
        Locale { lang, dates }
    }

    /// The language with its own order of the calendars (和暦 first in Japanese), for
    /// where no household preference is known yet: the command line before the database
    /// is open, tests. Explicit on purpose: a silent conversion from `Lang` once dropped
    /// the user's date order from error messages.
    pub fn natural(lang: Lang) -> Self {
        Locale::new(lang, lang.natural_date_order())
    }

    /// Picks the text for this locale's language.
    pub fn pick<'a>(self, ja: &'a str, en: &'a str) -> &'a str {
        self.lang.pick(ja, en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_japanese_system_locale_gives_japanese_and_any_other_english() {
        for tag in ["ja_JP.UTF-8", "ja-JP", "ja", "JA_jp", "ja_JP@euro"] {
            assert_eq!(Lang::from_system_locale(Some(tag)), Lang::Ja, "{tag}");
        }
        for tag in ["en_US.UTF-8", "en-GB", "de_DE", "zh-Hans-CN", "pt_BR.utf8"] {
            assert_eq!(Lang::from_system_locale(Some(tag)), Lang::En, "{tag}");
        }
    }

    #[test]
    fn no_locale_or_the_c_locale_stays_japanese() {
        for tag in [None, Some("C"), Some("POSIX"), Some("C.UTF-8"), Some("")] {
            assert_eq!(Lang::from_system_locale(tag), Lang::Ja, "{tag:?}");
        }
    }

    #[test]
    fn each_language_has_its_own_first_calendar_until_one_is_chosen() {
        assert_eq!(Locale::natural(Lang::Ja).dates, DateOrder::WarekiFirst);
        assert_eq!(Locale::natural(Lang::En).dates, DateOrder::WesternFirst);
    }
}
