//! The rules of DOMAIN.md §2–§6 as data with effective dates, and the pure functions
//! that apply them.
//!
//! - [`table`]: the numbers, one row per date a rule changed; each says which date
//!   selects its row.
//! - [`card`]: card and e-cert expiry, the renewal window (§2, §3).
//! - [`coverage`]: the マイナ保険証 grace and the old 保険証 (§4, §5).
//! - [`ages`]: school entry, 70, 75 and the 負担割合 (§6).
//!
//! Every function is a pure function of facts, a date and a [`RuleTable`]; none reads
//! the clock. A computed date says whether it is a 目安 and why ([`ComputedDate`]); a
//! date printed on the user's document always wins over it.

pub mod ages;
mod calendar;
pub mod card;
mod computed;
pub mod coverage;
pub mod table;

#[cfg(test)]
mod golden_tests;

pub use ages::{
    burden_on, dependants_lose_cover_on, kouki_from, koureisha_from, school_entry_day, AgeBand,
    Burden,
};
pub use calendar::{day_age_reached, last_day_of_nth_month_after, nth_birthday_after};
pub use card::{
    card_expiry, ecert_expiry, in_renewal_window, renewal_window_opens, CardFacts, EcertFacts,
};
pub use computed::{Cap, ComputedDate, EstimateReason};
pub use coverage::{
    cert_state_on, clinic_tolerance_until, grace_last_day, kouki_paper_on, legacy_card_last_day,
    legacy_card_usable, CertState, KoukiPaper,
};
pub use table::{BurdenRules, KoukiPapers, RuleRow, RuleSet, RuleTable, Share};
