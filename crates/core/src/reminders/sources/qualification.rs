//! A new qualification may take 5 days to 2 weeks to show up for マイナ保険証 (DOMAIN §6):
//! a check after the 資格取得日 that マイナポータル shows it.

use crate::document::Held;
use crate::reminders::kind::ReminderKind;
use crate::reminders::schedule::{Occasion, Subject};
use crate::status::MemberFacts;

pub(super) fn occasions(facts: &MemberFacts<'_>) -> Vec<Occasion> {
    // Without a card there is no マイナ保険証 to check.
    if facts.card.held == Held::NotHeld {
        return Vec::new();
    }
    facts
        .qualifications
        .iter()
        // An ended qualification needs no check; old ones lapse by their date.
        .filter(|q| q.lost_on.is_none())
        .map(|q| {
            Occasion::on(
                ReminderKind::QualificationCheck,
                None,
                q.acquired_on,
                Subject::NewQualification {
                    acquired: q.acquired_on,
                },
            )
        })
        .collect()
}
