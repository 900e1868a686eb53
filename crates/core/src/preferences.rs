//! The household's choices about the app itself (not about insurance), stored in the
//! database file so they travel with its data and backups.

use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::store::Store;

const NOTIFICATIONS: &str = "notifications";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Preferences {
    /// Desktop notifications for due reminders; while on, closing the window keeps the
    /// app running in the tray so they can be delivered. On by default: reminders are
    /// why people install the app. (Starting at login is a separate, opt-in setting the
    /// OS keeps.)
    pub notifications: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            notifications: true,
        }
    }
}

pub fn load(store: &Store) -> Result<Preferences> {
    let defaults = Preferences::default();
    Ok(Preferences {
        notifications: store
            .preference(NOTIFICATIONS)?
            .map_or(defaults.notifications, |value| value == "on"),
    })
}

pub fn set_notifications(store: &mut Store, on: bool) -> Result<Preferences> {
    store.set_preference(NOTIFICATIONS, if on { "on" } else { "off" })?;
    load(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notifications_are_on_until_turned_off_and_the_choice_is_kept_in_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("household.db");
        let mut store = Store::open(&path).unwrap();
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
}
