//! Whether a document still proves coverage on a date: the マイナ保険証 grace after an
//! e-cert (or card) expires (DOMAIN.md §4) and the old 保険証 (§5).

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::calendar::last_day_of_nth_month_after;
use super::table::RuleTable;

/// The last day an expired 利用者証明用 cert (or card) still works for 資格確認: the last
/// day of the 3rd month after the expiry month (MHLW; DOMAIN.md §4 — not 3 months from
/// the day, as some insurer pages count). `None` when no grace applies to that expiry
/// date (certs expiring before 2024-12-02).
pub fn grace_last_day(table: &RuleTable, expiry: NaiveDate) -> Option<NaiveDate> {
    table
        .rules_for(expiry)
        .grace_months_after_expiry_month
        .map(|months| last_day_of_nth_month_after(expiry, months))
}

/// The state of a マイナ保険証 whose 利用者証明用 cert (or card) expires on `expiry`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "state")]
pub enum CertState {
    Valid,
    /// Expired, but 資格確認 still works through `last_day` (only 資格情報: no
    /// sharing of 薬剤情報 etc.); the 保険証利用登録 is cancelled after it.
    #[serde(rename_all = "camelCase")]
    Grace {
        last_day: NaiveDate,
    },
    Expired,
}

pub fn cert_state_on(table: &RuleTable, expiry: NaiveDate, on: NaiveDate) -> CertState {
    if on <= expiry {
        return CertState::Valid;
    }
    match grace_last_day(table, expiry) {
        Some(last_day) if on <= last_day => CertState::Grace { last_day },
        _ => CertState::Expired,
    }
}

/// The last day an old 保険証 can be used, under the rules in force on `on`: its own
/// printed expiry or the end of the transition (2025-12-01, DOMAIN.md §5), whichever is
/// first. `None` when neither is known (no printed expiry, before the abolition).
pub fn legacy_card_last_day(
    table: &RuleTable,
    own_expiry: Option<NaiveDate>,
    on: NaiveDate,
) -> Option<NaiveDate> {
    let transition_end = table.rules_for(on).legacy_card_last_day;
    match (own_expiry, transition_end) {
        (Some(own), Some(end)) => Some(own.min(end)),
        (own, end) => own.or(end),
    }
}

pub fn legacy_card_usable(table: &RuleTable, own_expiry: Option<NaiveDate>, on: NaiveDate) -> bool {
    legacy_card_last_day(table, own_expiry, on).is_none_or(|last| on <= last)
}
