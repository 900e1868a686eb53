//! Papers with a printed expiry: the 資格確認書 and the 高齢受給者証 (check that the new
//! one arrived), and the 在留期間, which the card and the e-certs end with (DOMAIN §2).

use crate::document::{DocumentKind, Held};
use crate::reminders::kind::ReminderKind;
use crate::reminders::schedule::{Occasion, Subject};
use crate::status::MemberFacts;

pub(super) fn occasions(facts: &MemberFacts<'_>) -> Vec<Occasion> {
    let printed = |kind| {
        facts
            .document(kind)
            .filter(|document| document.held == Held::Held)
            .and_then(|document| document.expires_on)
    };
    let mut occasions = Vec::new();
    for kind in [DocumentKind::Kakuninsho, DocumentKind::Koureisha] {
        if let Some(expiry) = printed(kind) {
            occasions.push(Occasion::on(
                ReminderKind::PaperExpires,
                Some(kind),
                expiry,
                Subject::Paper { expiry },
            ));
        }
    }
    if let Some(until) = printed(DocumentKind::Zairyu) {
        occasions.push(Occasion::on(
            ReminderKind::ResidenceEnds,
            Some(DocumentKind::Zairyu),
            until,
            Subject::Residence { until },
        ));
    }
    occasions
}
