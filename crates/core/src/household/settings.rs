//! The household's preferences: display, notifications, names in reminders.

use super::Context;
use crate::error::Result;
use crate::preferences::{DisplayChange, NamesInReminders, Preferences};
use crate::store::Store;

pub fn preferences(store: &Store, _ctx: Context) -> Result<Preferences> {
    crate::preferences::load(store)
}

/// Whose names the calendar file and the notifications carry.
pub fn set_names_in_reminders(
    store: &mut Store,
    names: NamesInReminders,
    _ctx: Context,
) -> Result<Preferences> {
    crate::preferences::set_names_in_reminders(store, names)
}

/// Turns desktop notifications for reminders on or off.
pub fn set_notifications(store: &mut Store, on: bool, _ctx: Context) -> Result<Preferences> {
    crate::preferences::set_notifications(store, on)
}

/// Changes the language, the date order or the text size. The front end then speaks
/// in `preferences.locale(system)` from its next word on.
pub fn change_display(store: &mut Store, change: DisplayChange) -> Result<Preferences> {
    crate::preferences::change_display(store, change)
}
