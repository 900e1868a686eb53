//! マイナンバーカード and 電子証明書 expiry (DOMAIN.md §2, §3) and the renewal window.

use chrono::{Months, NaiveDate};

use super::calendar::{age_on, day_after_months_before, nth_birthday_after, LeapDay};
use super::computed::{Cap, ComputedDate, EstimateReason};
use super::table::{RuleSet, RuleTable};

/// What the app knows about a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardFacts {
    pub birth: NaiveDate,
    /// The issue date printed on the card (the day J-LIS made it).
    pub issued: NaiveDate,
    /// 在留期間満了日 for foreign residents other than permanent residents.
    pub residence_until: Option<NaiveDate>,
}

/// What the app knows about one e-cert (利用者証明用 or 署名用).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EcertFacts {
    pub birth: NaiveDate,
    /// The cert's own issue date (the card's for certs issued with the card).
    pub issued: NaiveDate,
    /// For a renewal: the expiry date of the cert it replaced.
    pub replaced_expiry: Option<NaiveDate>,
    /// The card's expiry: printed ([`ComputedDate::certain`]) or [`card_expiry`].
    pub card_expiry: ComputedDate,
    pub residence_until: Option<NaiveDate>,
    /// For a 署名用 cert: the expiry of the 利用者証明用 cert on the same card.
    pub auth_cert_expiry: Option<ComputedDate>,
}

fn card_birthdays(rules: &RuleSet, age: u32) -> u32 {
    if age >= rules.card_adult_age {
        rules.card_adult_birthdays
    } else {
        rules.card_child_birthdays
    }
}

/// The card's last valid day (DOMAIN.md §2): the 10th birthday after issue for adults,
/// else the 5th; never after the 在留期間満了日.
///
/// The rule row and the age should be taken on the day J-LIS received the application,
/// which the app does not know. It uses the issue date, and checks every day in the
/// look-back (`card_application_lead_months`) where the row or the holder's age
/// changes: if one of them gives another term, the date is a 目安
/// ([`EstimateReason::ApplicationDateUnknown`] or
/// [`EstimateReason::AgeAtApplicationUnknown`]). This is what marks 18–19-year-olds
/// with cards issued in the months after 2022-04-01.
pub fn card_expiry(table: &RuleTable, facts: &CardFacts) -> ComputedDate {
    let CardFacts { birth, issued, .. } = *facts;
    let issue_rules = table.rules_for(issued);
    let term = |birthdays: u32| nth_birthday_after(birth, issued, birthdays);
    let chosen_birthdays = card_birthdays(issue_rules, age_on(birth, issued, LeapDay::Feb28));
    let mut expiry = term(chosen_birthdays);

    // A 29 February birth can be a year older on 28 February under one reading only.
    let other_age = age_on(birth, issued, LeapDay::Mar1);
    expiry = expiry.or_else(
        &term(card_birthdays(issue_rules, other_age)),
        EstimateReason::LeapDayBirthday,
    );

    let earliest_application = issued
        .checked_sub_months(Months::new(issue_rules.card_application_lead_months))
        .unwrap_or(issued);
    for applied in table.boundary_days(earliest_application, issued) {
        let rules = table.rules_for(applied);
        let with_issue_age = card_birthdays(rules, age_on(birth, issued, LeapDay::Feb28));
        expiry = expiry.or_else(
            &term(with_issue_age),
            EstimateReason::ApplicationDateUnknown,
        );
        let with_application_age = card_birthdays(rules, age_on(birth, applied, LeapDay::Feb28));
        expiry = expiry.or_else(
            &term(with_application_age),
            EstimateReason::AgeAtApplicationUnknown,
        );
    }

    let residence = facts.residence_until.map(ComputedDate::certain);
    expiry.capped_opt(residence.as_ref(), Cap::ResidencePeriod)
}

/// The e-cert's last valid day (DOMAIN.md §3): the 5th birthday after its issue date,
/// or the 6th when it renewed a cert inside that cert's renewal window; never after
/// the 在留期間満了日, the card, or (for 署名用) the 利用者証明用 cert.
pub fn ecert_expiry(table: &RuleTable, facts: &EcertFacts) -> ComputedDate {
    let rules = table.rules_for(facts.issued);
    let renewed_in_window = facts
        .replaced_expiry
        .is_some_and(|old| in_renewal_window(table, old, facts.issued));
    let birthdays = if renewed_in_window {
        rules.ecert_renewed_in_window_birthdays
    } else {
        rules.ecert_birthdays
    };
    let residence = facts.residence_until.map(ComputedDate::certain);
    nth_birthday_after(facts.birth, facts.issued, birthdays)
        .capped_opt(residence.as_ref(), Cap::ResidencePeriod)
        .capped(&facts.card_expiry, Cap::Card)
        .capped_opt(facts.auth_cert_expiry.as_ref(), Cap::AuthCert)
}

/// The first day a card or e-cert expiring on `expiry` can be renewed (DOMAIN.md §3):
/// the day after the date 3 months before; where that date does not exist, the 1st of
/// the next month. The window runs to `expiry` inclusive.
pub fn renewal_window_opens(table: &RuleTable, expiry: NaiveDate) -> NaiveDate {
    day_after_months_before(expiry, table.rules_for(expiry).renewal_window_months)
}

/// Whether `on` is inside the renewal window of a document expiring on `expiry`.
pub fn in_renewal_window(table: &RuleTable, expiry: NaiveDate, on: NaiveDate) -> bool {
    renewal_window_opens(table, expiry) <= on && on <= expiry
}
