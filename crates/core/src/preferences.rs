//! The household's choices about the app itself (not about insurance), stored in the
//! database file so they travel with its data and backups, and so the app and the CLI
//! (which share the file) speak the same language and show dates the same way.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::i18n::{DateOrder, Lang, Locale};
use crate::store::Store;

const NOTIFICATIONS: &str = "notifications";
const LANGUAGE: &str = "language";
const DATE_ORDER: &str = "date_order";
const TEXT_SIZE: &str = "text_size";
const NAMES_IN_REMINDERS: &str = "names_in_reminders";

/// The language the household chose: the system's (the default) or a fixed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum LanguageChoice {
    /// Japanese when the operating system's language is Japanese, English otherwise.
    #[default]
    System,
    Ja,
    En,
}

impl LanguageChoice {
    /// The language to use, given the one the system's locale stands for (the front
    /// end reads the locale: the core never reads the environment).
    pub fn resolve(self, system: Lang) -> Lang {
        match self {
            LanguageChoice::System => system,
            LanguageChoice::Ja => Lang::Ja,
            LanguageChoice::En => Lang::En,
        }
    }

    fn code(self) -> &'static str {
        match self {
            LanguageChoice::System => "system",
            LanguageChoice::Ja => "ja",
            LanguageChoice::En => "en",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        [
            LanguageChoice::System,
            LanguageChoice::Ja,
            LanguageChoice::En,
        ]
        .into_iter()
        .find(|choice| choice.code() == code)
    }
}

/// A language given for one run (the CLI's `--lang`) as if it had been chosen.
impl From<Lang> for LanguageChoice {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Ja => LanguageChoice::Ja,
            Lang::En => LanguageChoice::En,
        }
    }
}

/// How large the app's text is: the root font size the UI sets (every size in its CSS
/// is relative to it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum TextSize {
    #[default]
    Standard,
    /// 150%
    Large,
    /// 200%
    ExtraLarge,
}

impl TextSize {
    fn code(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Large => "large",
            TextSize::ExtraLarge => "extra-large",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        [TextSize::Standard, TextSize::Large, TextSize::ExtraLarge]
            .into_iter()
            .find(|size| size.code() == code)
    }
}

/// Whose names the copies of reminders that leave the app carry: the calendar file
/// (.ics) and the desktop notifications. The app's own screens always show full names
/// (they are inside the database's protection, encrypted or not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum NamesInReminders {
    /// As entered: 「山田 太郎さん」 (the default, docs/DECISIONS.md).
    #[default]
    Full,
    /// The name without its first word, the surname as Japanese documents write it
    /// first: 「太郎さん」. A name of one word is kept as it is.
    Given,
    /// No names: the member's relation instead (「お子さま」).
    Hidden,
}

impl NamesInReminders {
    pub const ALL: [NamesInReminders; 3] = [
        NamesInReminders::Full,
        NamesInReminders::Given,
        NamesInReminders::Hidden,
    ];

    /// The code stored in the database and typed in the CLI.
    pub fn code(self) -> &'static str {
        match self {
            NamesInReminders::Full => "full",
            NamesInReminders::Given => "given",
            NamesInReminders::Hidden => "hidden",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|names| names.code() == code)
    }

    /// How the settings (and the CLI) name the choice.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            NamesInReminders::Full => {
                lang.pick("氏名のまま（山田 太郎さん）", "Full names (Taro Yamada)")
            }
            NamesInReminders::Given => {
                lang.pick("下の名前だけ（太郎さん）", "Given names only (Taro)")
            }
            NamesInReminders::Hidden => lang.pick(
                "名前を出さない（「お子さま」など続柄で）",
                "No names (the relationship instead, e.g. “Child”)",
            ),
        }
    }

    /// `name` as this choice shows it, or `None` when no name may be shown.
    pub fn shown(self, name: &str) -> Option<&str> {
        match self {
            NamesInReminders::Full => Some(name),
            NamesInReminders::Given => Some(given_name(name)),
            NamesInReminders::Hidden => None,
        }
    }
}

/// `山田 太郎` → `太郎`, `SMITH JOHN PAUL` → `JOHN PAUL` (names are stored with single
/// spaces, surname first as on the 資格情報のお知らせ and the 在留カード). One word
/// (`太郎`, `山田太郎`) cannot be split safely and stays whole.
fn given_name(name: &str) -> &str {
    match name.trim().split_once(' ') {
        Some((_, given)) if !given.trim().is_empty() => given.trim(),
        _ => name.trim(),
    }
}

fn date_order_code(order: DateOrder) -> &'static str {
    match order {
        DateOrder::WarekiFirst => "wareki-first",
        DateOrder::WesternFirst => "western-first",
    }
}

fn date_order_from_code(code: &str) -> Option<DateOrder> {
    [DateOrder::WarekiFirst, DateOrder::WesternFirst]
        .into_iter()
        .find(|order| date_order_code(*order) == code)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Preferences {
    /// Desktop notifications for due reminders; while on, closing the window keeps the
    /// app running in the tray so they can be delivered. On by default: reminders are
    /// why people install the app. (Starting at login is a separate, opt-in setting the
    /// OS keeps.)
    pub notifications: bool,
    pub language: LanguageChoice,
    /// `None` until the household chooses: then the language's own habit applies
    /// (和暦 first in Japanese, 西暦 first in English).
    pub date_order: Option<DateOrder>,
    pub text_size: TextSize,
    /// What the calendar file and the notifications say about whom a reminder is for.
    pub names_in_reminders: NamesInReminders,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            notifications: true,
            language: LanguageChoice::System,
            date_order: None,
            text_size: TextSize::Standard,
            names_in_reminders: NamesInReminders::Full,
        }
    }
}

impl Preferences {
    /// The language and date order to speak in, given the system's language.
    pub fn locale(&self, system: Lang) -> Locale {
        let lang = self.language.resolve(system);
        Locale::new(
            lang,
            self.date_order.unwrap_or_else(|| lang.natural_date_order()),
        )
    }

    /// What the settings screen shows and the UI applies at start-up.
    pub fn display(&self, system: Lang) -> DisplaySettings {
        let locale = self.locale(system);
        DisplaySettings {
            language: self.language,
            lang: locale.lang,
            date_order: locale.dates,
            text_size: self.text_size,
        }
    }
}

/// The display settings as the UI needs them: the choice, and what it resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DisplaySettings {
    pub language: LanguageChoice,
    /// The language in use (the choice resolved against the system's).
    pub lang: Lang,
    /// The order in use: the chosen one, or the language's habit.
    pub date_order: DateOrder,
    pub text_size: TextSize,
}

/// One change on the settings screen's 表示 section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "setting", content = "value")]
pub enum DisplayChange {
    Language(LanguageChoice),
    DateOrder(DateOrder),
    TextSize(TextSize),
}

/// The stored choices; a value this version does not know (written by a newer one)
/// reads as the default rather than failing, so the app still opens.
pub fn load(store: &Store) -> Result<Preferences> {
    let defaults = Preferences::default();
    Ok(Preferences {
        notifications: store
            .preference(NOTIFICATIONS)?
            .map_or(defaults.notifications, |value| value == "on"),
        language: store
            .preference(LANGUAGE)?
            .and_then(|value| LanguageChoice::from_code(&value))
            .unwrap_or(defaults.language),
        date_order: store
            .preference(DATE_ORDER)?
            .and_then(|value| date_order_from_code(&value)),
        text_size: store
            .preference(TEXT_SIZE)?
            .and_then(|value| TextSize::from_code(&value))
            .unwrap_or(defaults.text_size),
        names_in_reminders: store
            .preference(NAMES_IN_REMINDERS)?
            .and_then(|value| NamesInReminders::from_code(&value))
            .unwrap_or(defaults.names_in_reminders),
    })
}

pub fn set_names_in_reminders(store: &mut Store, names: NamesInReminders) -> Result<Preferences> {
    store.set_preference(NAMES_IN_REMINDERS, names.code())?;
    load(store)
}

pub fn set_notifications(store: &mut Store, on: bool) -> Result<Preferences> {
    store.set_preference(NOTIFICATIONS, if on { "on" } else { "off" })?;
    load(store)
}

pub fn change_display(store: &mut Store, change: DisplayChange) -> Result<Preferences> {
    match change {
        DisplayChange::Language(choice) => store.set_preference(LANGUAGE, choice.code())?,
        DisplayChange::DateOrder(order) => {
            store.set_preference(DATE_ORDER, date_order_code(order))?
        }
        DisplayChange::TextSize(size) => store.set_preference(TEXT_SIZE, size.code())?,
    }
    load(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open() -> (tempfile::TempDir, std::path::PathBuf, Store) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("household.db");
        let store = Store::open(&path).unwrap();
        (dir, path, store)
    }

    #[test]
    fn notifications_are_on_until_turned_off_and_the_choice_is_kept_in_the_file() {
        let (_dir, path, mut store) = open();
        assert!(load(&store).unwrap().notifications);
        assert!(!set_notifications(&mut store, false).unwrap().notifications);
        drop(store);
        let mut reopened = Store::open(&path).unwrap();
        assert!(!load(&reopened).unwrap().notifications);
        assert!(
            set_notifications(&mut reopened, true)
                .unwrap()
                .notifications
        );
    }

    #[test]
    fn a_new_household_follows_the_system_language_with_that_languages_date_order() {
        let (_dir, _path, store) = open();
        let preferences = load(&store).unwrap();
        assert_eq!(preferences.language, LanguageChoice::System);
        assert_eq!(
            preferences.locale(Lang::En),
            Locale::new(Lang::En, DateOrder::WesternFirst)
        );
        assert_eq!(
            preferences.locale(Lang::Ja),
            Locale::new(Lang::Ja, DateOrder::WarekiFirst)
        );
        assert_eq!(preferences.text_size, TextSize::Standard);
    }

    #[test]
    fn a_chosen_language_wins_over_the_system_and_is_kept_in_the_file() {
        let (_dir, path, mut store) = open();
        change_display(&mut store, DisplayChange::Language(LanguageChoice::En)).unwrap();
        drop(store);
        let store = Store::open(&path).unwrap();
        let display = load(&store).unwrap().display(Lang::Ja);
        assert_eq!(display.language, LanguageChoice::En);
        assert_eq!(display.lang, Lang::En);
        assert_eq!(display.date_order, DateOrder::WesternFirst);
    }

    #[test]
    fn a_chosen_date_order_stays_when_the_language_changes() {
        let (_dir, _path, mut store) = open();
        change_display(&mut store, DisplayChange::DateOrder(DateOrder::WarekiFirst)).unwrap();
        let preferences =
            change_display(&mut store, DisplayChange::Language(LanguageChoice::En)).unwrap();
        assert_eq!(
            preferences.locale(Lang::Ja),
            Locale::new(Lang::En, DateOrder::WarekiFirst)
        );
        let preferences = change_display(
            &mut store,
            DisplayChange::DateOrder(DateOrder::WesternFirst),
        )
        .unwrap();
        assert_eq!(
            preferences.locale(Lang::Ja),
            Locale::new(Lang::En, DateOrder::WesternFirst)
        );
    }

    #[test]
    fn text_size_is_kept_and_an_unknown_stored_value_reads_as_the_default() {
        let (_dir, _path, mut store) = open();
        let preferences =
            change_display(&mut store, DisplayChange::TextSize(TextSize::ExtraLarge)).unwrap();
        assert_eq!(preferences.text_size, TextSize::ExtraLarge);
        // A newer version may know more sizes or languages; this one must still open.
        store.set_preference(TEXT_SIZE, "enormous").unwrap();
        store.set_preference(LANGUAGE, "fr").unwrap();
        store.set_preference(DATE_ORDER, "sideways").unwrap();
        let preferences = load(&store).unwrap();
        assert_eq!(preferences.text_size, TextSize::Standard);
        assert_eq!(preferences.language, LanguageChoice::System);
        assert_eq!(preferences.date_order, None);
    }

    #[test]
    fn names_in_reminders_are_full_until_chosen_and_the_choice_is_kept_in_the_file() {
        let (_dir, path, mut store) = open();
        assert_eq!(
            load(&store).unwrap().names_in_reminders,
            NamesInReminders::Full
        );
        set_names_in_reminders(&mut store, NamesInReminders::Hidden).unwrap();
        drop(store);
        let mut store = Store::open(&path).unwrap();
        assert_eq!(
            load(&store).unwrap().names_in_reminders,
            NamesInReminders::Hidden
        );
        store
            .set_preference(NAMES_IN_REMINDERS, "initials")
            .unwrap();
        assert_eq!(
            load(&store).unwrap().names_in_reminders,
            NamesInReminders::Full
        );
    }

    #[test]
    fn the_given_name_is_the_name_without_its_first_word() {
        let given = |name| NamesInReminders::Given.shown(name);
        assert_eq!(given("山田 太郎"), Some("太郎"));
        assert_eq!(given("SMITH JOHN PAUL"), Some("JOHN PAUL"));
        assert_eq!(given("太郎"), Some("太郎"));
        assert_eq!(NamesInReminders::Full.shown("山田 太郎"), Some("山田 太郎"));
        assert_eq!(NamesInReminders::Hidden.shown("山田 太郎"), None);
    }

    #[test]
    fn display_changes_arrive_from_the_ui_as_setting_and_value() {
        let change: DisplayChange =
            serde_json::from_str(r#"{"setting":"dateOrder","value":"westernFirst"}"#).unwrap();
        assert_eq!(change, DisplayChange::DateOrder(DateOrder::WesternFirst));
        let change: DisplayChange =
            serde_json::from_str(r#"{"setting":"textSize","value":"extraLarge"}"#).unwrap();
        assert_eq!(change, DisplayChange::TextSize(TextSize::ExtraLarge));
    }
}
