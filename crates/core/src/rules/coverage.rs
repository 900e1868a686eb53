//! Whether a document still proves coverage on a date: the マイナ保険証 grace after an
//! e-cert (or card) expires (DOMAIN.md §4) and the old 保険証 (§5).

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::calendar::last_day_of_nth_month_after;
use super::table::{KoukiPapers, RuleTable};

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

/// The paper a 後期高齢者医療 member is sent for a date (DOMAIN §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KoukiPaper {
    /// The insurer's usual papers: nothing particular to say.
    Usual,
    /// A 資格確認書 valid to `until`. `for_all`: the 2025-08 → 2026-07 issue to everyone;
    /// `by_age`: sent because of the age (85 or over on the cycle's first day), not for
    /// lack of マイナ保険証. `estimate`: `until` is the end of the yearly cycle (目安).
    Kakuninsho {
        until: NaiveDate,
        for_all: bool,
        by_age: bool,
        estimate: bool,
    },
    /// The 資格情報のお知らせ: a 資格確認書 only on request.
    Oshirase,
}

/// What a 後期高齢者医療 member born on `birth` is sent for `on`, under the rules in force
/// that day; `uses_myna`: an active マイナ保険証 user.
pub fn kouki_paper_on(
    table: &RuleTable,
    birth: NaiveDate,
    on: NaiveDate,
    uses_myna: bool,
) -> KoukiPaper {
    use chrono::{Datelike, Months};
    match table.rules_for(on).kouki_papers {
        KoukiPapers::Usual => KoukiPaper::Usual,
        KoukiPapers::KakuninshoForAll { valid_until } => KoukiPaper::Kakuninsho {
            until: valid_until,
            for_all: true,
            by_age: false,
            estimate: false,
        },
        KoukiPapers::ByAge {
            kakuninsho_age,
            cycle_month,
            cycle_day,
        } => {
            let this_year = NaiveDate::from_ymd_opt(on.year(), cycle_month, cycle_day);
            let cycle_start = match this_year {
                Some(start) if start <= on => start,
                _ => NaiveDate::from_ymd_opt(on.year() - 1, cycle_month, cycle_day).unwrap_or(on),
            };
            let until = cycle_start
                .checked_add_months(Months::new(12))
                .and_then(|next| next.pred_opt())
                .unwrap_or(NaiveDate::MAX);
            let by_age = crate::member::age_on(birth, cycle_start) >= kakuninsho_age;
            if by_age || !uses_myna {
                KoukiPaper::Kakuninsho {
                    until,
                    for_all: false,
                    by_age,
                    estimate: true,
                }
            } else {
                KoukiPaper::Oshirase
            }
        }
    }
}

/// Whether a clinic may accept an expired old 保険証, or the お知らせ alone, on `on` (the
/// clinic-side measure, DOMAIN §5), and until when.
pub fn clinic_tolerance_until(table: &RuleTable, on: NaiveDate) -> Option<NaiveDate> {
    table
        .rules_for(on)
        .clinic_tolerance_until
        .filter(|until| on <= *until)
}
