//! A computed date and how sure it is.
//!
//! DOMAIN.md: facts marked [unconfirmed] "must be shown to the user as 目安"; the date
//! printed on the user's card always wins. So a computed date carries every value the
//! open questions allow (`possible`): it is a 目安 when there is more than one, and a
//! printed date can be checked against all of them, not only against the chosen one.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

/// Why a result is only a 目安 (estimate). Wording lives with the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum EstimateReason {
    /// §2: the card's term follows the rules in force when J-LIS received the
    /// application; the app knows only the issue date.
    ApplicationDateUnknown,
    /// §2: municipal pages differ on whether the age is taken on the application or the
    /// issue date (the app uses the issue date), and the holder's birthday fell in between.
    AgeAtApplicationUnknown,
    /// §2: born on 29 February; no official statement on the birthday in other years
    /// (the app uses 28 February).
    LeapDayBirthday,
    /// §6: the 負担割合 depends on income, which the app does not know.
    IncomeUnknown,
}

/// What made a date earlier than its own rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Cap {
    /// §2: 在留期間満了日 of a foreign resident.
    ResidencePeriod,
    /// §3: an e-cert never outlives its card.
    Card,
    /// A 署名用 cert never outlives the 利用者証明用 cert on the same card (J-LIS,
    /// 公的個人認証法施行規則; e.g. 東村山市 FAQ).
    AuthCert,
}

/// A date computed from rules, with its certainty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ComputedDate {
    /// The date the app shows (the rule DOMAIN.md chose for each open question).
    value: NaiveDate,
    /// True when `possible` holds more than one date: show as 目安.
    estimate: bool,
    /// Why it is an estimate; empty when it is not.
    reasons: Vec<EstimateReason>,
    /// Set when a cap, not the birthday rule, gave `value`.
    capped_by: Option<Cap>,
    /// Every date the open questions allow, ascending; contains `value`.
    possible: Vec<NaiveDate>,
}

impl ComputedDate {
    /// A date with no open question, e.g. one printed on the user's card.
    pub fn certain(value: NaiveDate) -> Self {
        ComputedDate {
            value,
            estimate: false,
            reasons: Vec::new(),
            capped_by: None,
            possible: vec![value],
        }
    }

    pub fn value(&self) -> NaiveDate {
        self.value
    }

    pub fn is_estimate(&self) -> bool {
        self.estimate
    }

    pub fn reasons(&self) -> &[EstimateReason] {
        &self.reasons
    }

    pub fn capped_by(&self) -> Option<Cap> {
        self.capped_by
    }

    pub fn possible(&self) -> &[NaiveDate] {
        &self.possible
    }

    /// Whether a date the user read from a printed document agrees with the rules. A
    /// `false` is a gentle warning, never an error: the printed date wins.
    pub fn admits(&self, printed: NaiveDate) -> bool {
        self.possible.binary_search(&printed).is_ok()
    }

    /// Records that an open question (`reason`) could give `alternative` instead.
    /// Nothing changes when the alternative allows no date this one does not already.
    pub(super) fn or_else(mut self, alternative: &ComputedDate, reason: EstimateReason) -> Self {
        if alternative.possible.iter().all(|date| self.admits(*date)) {
            return self;
        }
        self.possible.extend_from_slice(&alternative.possible);
        self.reasons.push(reason);
        self.reasons.extend_from_slice(&alternative.reasons);
        self.normalise()
    }

    /// The earlier of this date and `limit`; `cap` names the limit when it is earlier.
    pub(super) fn capped(self, limit: &ComputedDate, cap: Cap) -> Self {
        let value = self.value.min(limit.value);
        let capped_by = if limit.value < self.value {
            Some(cap)
        } else {
            self.capped_by
        };
        let possible: Vec<NaiveDate> = self
            .possible
            .iter()
            .flat_map(|own| limit.possible.iter().map(move |other| (*own).min(*other)))
            .collect();
        // A side's reasons still matter if varying that side alone changes the result.
        let varies = |dates: &[NaiveDate], other: NaiveDate| {
            dates.iter().any(|date| (*date).min(other) != value)
        };
        let mut reasons = Vec::new();
        if varies(&self.possible, limit.value) {
            reasons.extend_from_slice(&self.reasons);
        }
        if varies(&limit.possible, self.value) {
            reasons.extend_from_slice(&limit.reasons);
        }
        if reasons.is_empty() {
            reasons = [self.reasons, limit.reasons.clone()].concat();
        }
        ComputedDate {
            value,
            estimate: false,
            reasons,
            capped_by,
            possible,
        }
        .normalise()
    }

    /// Caps by an optional limit.
    pub(super) fn capped_opt(self, limit: Option<&ComputedDate>, cap: Cap) -> Self {
        match limit {
            Some(limit) => self.capped(limit, cap),
            None => self,
        }
    }

    fn normalise(mut self) -> Self {
        self.possible.sort();
        self.possible.dedup();
        self.estimate = self.possible.len() > 1;
        if self.estimate {
            self.reasons.sort();
            self.reasons.dedup();
        } else {
            self.reasons.clear();
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn leap_estimate() -> ComputedDate {
        ComputedDate::certain(d(2031, 2, 28)).or_else(
            &ComputedDate::certain(d(2031, 3, 1)),
            EstimateReason::LeapDayBirthday,
        )
    }

    #[test]
    fn an_alternative_makes_an_estimate_that_admits_both_dates() {
        let date = leap_estimate();
        assert!(date.is_estimate());
        assert_eq!(date.value(), d(2031, 2, 28));
        assert_eq!(date.reasons(), [EstimateReason::LeapDayBirthday]);
        assert!(date.admits(d(2031, 3, 1)));
        assert!(!date.admits(d(2031, 3, 2)));
    }

    #[test]
    fn an_earlier_certain_cap_settles_an_estimate() {
        let date = leap_estimate().capped(&ComputedDate::certain(d(2030, 1, 1)), Cap::Card);
        assert!(!date.is_estimate());
        assert!(date.reasons().is_empty());
        assert_eq!(date.value(), d(2030, 1, 1));
        assert_eq!(date.capped_by(), Some(Cap::Card));
    }

    #[test]
    fn a_cap_between_the_possible_dates_keeps_the_estimate() {
        let date = ComputedDate::certain(d(2027, 1, 20))
            .or_else(
                &ComputedDate::certain(d(2032, 1, 20)),
                EstimateReason::ApplicationDateUnknown,
            )
            .capped(&ComputedDate::certain(d(2029, 3, 31)), Cap::ResidencePeriod);
        assert_eq!(date.value(), d(2027, 1, 20));
        assert_eq!(date.capped_by(), None);
        assert_eq!(date.possible(), [d(2027, 1, 20), d(2029, 3, 31)]);
        assert_eq!(date.reasons(), [EstimateReason::ApplicationDateUnknown]);
    }

    #[test]
    fn serialises_for_the_ui_in_camel_case() {
        let json = serde_json::to_value(leap_estimate()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "value": "2031-02-28",
                "estimate": true,
                "reasons": ["leapDayBirthday"],
                "cappedBy": null,
                "possible": ["2031-02-28", "2031-03-01"],
            })
        );
    }
}
