//! Turning 70 (高齢受給者) and 75 (後期高齢者医療), and the dependants of someone turning
//! 75, who lose their cover that same day (DOMAIN §6).

use crate::reminders::kind::ReminderKind;
use crate::reminders::schedule::{Occasion, Subject};
use crate::rules::{burden_on, kouki_from, koureisha_from};
use crate::status::{HouseholdFacts, MemberFacts};

pub(super) fn occasions(facts: &MemberFacts<'_>, household: &HouseholdFacts<'_>) -> Vec<Occasion> {
    let birth = facts.member.birth_date;
    let from = koureisha_from(facts.table, birth);
    let mut occasions = vec![Occasion::on(
        ReminderKind::Turning70,
        None,
        from,
        Subject::Koureisha {
            from,
            burden: burden_on(facts.table, birth, from),
        },
    )];
    let kouki = kouki_from(facts.table, birth);
    occasions.push(Occasion::on(
        ReminderKind::Turning75,
        None,
        kouki.value(),
        Subject::Kouki {
            birthday: kouki.value(),
            estimate: kouki.is_estimate(),
            dependants: household
                .dependants_of(facts)
                .map(|dependant| dependant.member.name.clone())
                .collect(),
        },
    ));
    for insured in household.insured_of(facts) {
        let kouki = kouki_from(facts.table, insured.member.birth_date);
        occasions.push(Occasion::on(
            ReminderKind::DependantLosesCover,
            None,
            kouki.value(),
            Subject::LosesCover {
                insured_name: insured.member.name.clone(),
                on: kouki.value(),
                estimate: kouki.is_estimate(),
            },
        ));
    }
    occasions
}
