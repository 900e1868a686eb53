//! Lead times: how many days before its date each kind of reminder fires (after it, for
//! the check of a new qualification). Defaults in [`ReminderKind::default_lead_days`];
//! the household may change each kind (stored in the database).

use chrono::{Days, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::kind::ReminderKind;
use crate::error::Problem;
use crate::i18n::Lang;

/// A year: more would fire before the facts behind a reminder are known.
pub const MAX_LEAD_DAYS: u32 = 365;

/// The lead time of every kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadTimes([u32; ReminderKind::ALL.len()]);

impl Default for LeadTimes {
    fn default() -> Self {
        LeadTimes(ReminderKind::ALL.map(ReminderKind::default_lead_days))
    }
}

impl LeadTimes {
    /// The defaults with the household's settings applied.
    pub fn with_settings(settings: &[(ReminderKind, u32)]) -> Self {
        let mut leads = LeadTimes::default();
        for (kind, days) in settings {
            leads.0[*kind as usize] = (*days).min(MAX_LEAD_DAYS);
        }
        leads
    }

    pub fn days(&self, kind: ReminderKind) -> u32 {
        self.0[kind as usize]
    }

    /// The day a reminder of `kind` about `anchor` fires.
    pub fn fire_on(&self, kind: ReminderKind, anchor: NaiveDate) -> NaiveDate {
        let days = Days::new(u64::from(self.days(kind)));
        let fired = if kind.counts_after() {
            anchor.checked_add_days(days)
        } else {
            anchor.checked_sub_days(days)
        };
        fired.unwrap_or(anchor)
    }

    pub fn views(&self, lang: Lang) -> Vec<LeadTimeView> {
        ReminderKind::ALL
            .into_iter()
            .map(|kind| LeadTimeView::new(kind, self.days(kind), lang))
            .collect()
    }
}

/// Days as typed (the UI may send any number): 0 to [`MAX_LEAD_DAYS`].
pub fn check_lead_days(days: i64) -> Result<u32, Problem> {
    u32::try_from(days)
        .ok()
        .filter(|days| *days <= MAX_LEAD_DAYS)
        .ok_or(Problem::OutOfRange {
            min: 0,
            max: MAX_LEAD_DAYS,
        })
}

/// One kind's lead time, as the settings screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LeadTimeView {
    pub kind: ReminderKind,
    pub kind_label: String,
    pub days: u32,
    pub default_days: u32,
    /// Counted after the date (the check of a new qualification), not before it.
    pub after: bool,
    /// `有効期限の30日前`, `資格取得日の14日後`, `有効期限（当日）`.
    pub label: String,
}

impl LeadTimeView {
    fn new(kind: ReminderKind, days: u32, lang: Lang) -> Self {
        let anchor = kind.anchor_label(lang);
        let label = match (days, kind.counts_after(), lang) {
            (0, _, Lang::Ja) => format!("{anchor}（当日）"),
            (0, _, Lang::En) => format!("on {anchor}"),
            (_, false, Lang::Ja) => format!("{anchor}の{days}日前"),
            (_, true, Lang::Ja) => format!("{anchor}の{days}日後"),
            (_, false, Lang::En) => format!("{days} days before {anchor}"),
            (_, true, Lang::En) => format!("{days} days after {anchor}"),
        };
        LeadTimeView {
            kind,
            kind_label: kind.label(lang).to_string(),
            days,
            default_days: kind.default_lead_days(),
            after: kind.counts_after(),
            label,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reminders_fire_before_their_date_and_the_qualification_check_after() {
        let leads = LeadTimes::default();
        assert_eq!(
            leads.fire_on(ReminderKind::ExpiryFirstNotice, d(2026, 11, 30)),
            d(2026, 10, 31)
        );
        assert_eq!(
            leads.fire_on(ReminderKind::ExpiryLastNotice, d(2026, 11, 30)),
            d(2026, 11, 23)
        );
        assert_eq!(
            leads.fire_on(ReminderKind::QualificationCheck, d(2026, 4, 1)),
            d(2026, 4, 15)
        );
    }

    #[test]
    fn settings_replace_the_default_of_their_kind_only() {
        let leads = LeadTimes::with_settings(&[(ReminderKind::ExpiryFirstNotice, 45)]);
        assert_eq!(leads.days(ReminderKind::ExpiryFirstNotice), 45);
        assert_eq!(leads.days(ReminderKind::ExpiryLastNotice), 7);
        let views = leads.views(Lang::Ja);
        assert_eq!(views[1].label, "有効期限の45日前");
        assert_eq!(views[1].default_days, 30);
        assert_eq!(views[10].label, "資格取得日の14日後");
        assert_eq!(views[0].label, "更新受付の開始日（当日）");
    }

    #[test]
    fn lead_days_must_be_between_0_and_a_year() {
        assert_eq!(check_lead_days(0), Ok(0));
        assert_eq!(check_lead_days(365), Ok(365));
        for wrong in [-1, 366, i64::MAX] {
            assert_eq!(
                check_lead_days(wrong),
                Err(Problem::OutOfRange { min: 0, max: 365 })
            );
        }
    }
}
