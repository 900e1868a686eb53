//! Where reminders come from, one file per source: the card and the e-certs, the papers
//! with a printed expiry, the age thresholds, a new qualification.

mod ages;
mod certs;
mod papers;
mod qualification;

use super::schedule::Occasion;
use crate::status::{HouseholdFacts, MemberFacts};

/// Every occasion of one member. `household` holds every member's facts (this one's
/// too), for the dependants of someone turning 75.
pub(super) fn occasions(facts: &MemberFacts<'_>, household: &HouseholdFacts<'_>) -> Vec<Occasion> {
    let mut occasions = certs::occasions(facts);
    occasions.extend(papers::occasions(facts));
    occasions.extend(ages::occasions(facts, household));
    occasions.extend(qualification::occasions(facts));
    occasions
}
