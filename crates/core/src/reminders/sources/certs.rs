//! The card, the e-certs and the smartphone cert: the renewal window opening, notices
//! before the expiry, the expiry day, and the end of the マイナ保険証 grace (DOMAIN §2–§4).
//!
//! Expiries come from the status facts (printed wins, else computed), and only for
//! documents held: nothing is reminded about a document marked "not held".

use chrono::NaiveDate;

use crate::document::{DocumentKind, Held};
use crate::reminders::kind::ReminderKind;
use crate::reminders::schedule::{Occasion, Subject};
use crate::rules::{grace_last_day, renewal_window_opens};
use crate::status::{Cert, MemberFacts, Registration};

pub(super) fn occasions(facts: &MemberFacts<'_>) -> Vec<Occasion> {
    let card = held_expiry(&facts.card);
    let auth = held_expiry(&facts.auth);
    let sign = held_expiry(&facts.sign);
    let mut occasions = Vec::new();
    if card.is_some() {
        occasions.extend(cert(facts, DocumentKind::Card, &facts.card, false));
    }
    // As in the status: a cert ending with the card is renewed with it (a new card has
    // new certs), and a 署名用 cert ending with the 利用者証明用 one is renewed with it.
    let before_card = |date: NaiveDate| card.is_none_or(|card| date < card);
    if auth.is_some_and(before_card) {
        let with_sign = sign == auth;
        occasions.extend(cert(facts, DocumentKind::EcertAuth, &facts.auth, with_sign));
    }
    if sign.is_some_and(|date| before_card(date) && Some(date) != auth) {
        occasions.extend(cert(facts, DocumentKind::EcertSign, &facts.sign, false));
    }
    // The smartphone cert is only a bound unless its own date was typed: reminding
    // about the bound would repeat the card's and the cert's reminders.
    let phone = printed_expiry(&facts.phone);
    if phone.is_some_and(|date| Some(date) != auth && Some(date) != card) {
        occasions.extend(cert(facts, DocumentKind::Phone, &facts.phone, false));
    }
    occasions
}

fn held_expiry(cert: &Cert) -> Option<NaiveDate> {
    (cert.held == Held::Held)
        .then(|| cert.expiry_date())
        .flatten()
}

fn printed_expiry(cert: &Cert) -> Option<NaiveDate> {
    (cert.held == Held::Held)
        .then(|| cert.expiry.as_ref().and_then(|expiry| expiry.printed))
        .flatten()
}

fn cert(
    facts: &MemberFacts<'_>,
    document: DocumentKind,
    cert: &Cert,
    with_sign: bool,
) -> Vec<Occasion> {
    let Some(expiry) = cert.expiry.as_ref() else {
        return Vec::new();
    };
    let date = expiry.date();
    // Only the card and the 利用者証明用 cert carry マイナ保険証, so only they have a grace.
    let carries_myna = matches!(document, DocumentKind::Card | DocumentKind::EcertAuth);
    let grace_until = carries_myna
        .then(|| grace_last_day(facts.table, date))
        .flatten();
    let window_opens = renewal_window_opens(facts.table, date);
    let subject = Subject::Cert {
        expiry: date,
        estimate: expiry.is_estimate(),
        window_opens,
        grace_until,
        with_sign,
        with_phone: carries_myna && facts.phone.held == Held::Held,
    };
    let on = |kind| Occasion::on(kind, Some(document), date, subject.clone());
    let mut occasions = Vec::new();
    // The smartphone cert is not renewed at the municipal office: no window to open.
    if document != DocumentKind::Phone {
        occasions.push(Occasion {
            anchor: window_opens,
            ..on(ReminderKind::RenewalOpens)
        });
    }
    occasions.push(on(ReminderKind::ExpiryFirstNotice));
    occasions.push(on(ReminderKind::ExpiryLastNotice));
    occasions.push(on(ReminderKind::ExpiryDay));
    // Without the 保険証利用登録 there is no マイナ保険証 to lose when the grace ends.
    let registered = facts.registration() != Registration::NotDone;
    if let Some(last_day) = grace_until.filter(|_| registered) {
        occasions.push(Occasion::on(
            ReminderKind::GraceEnds,
            Some(document),
            last_day,
            subject.clone(),
        ));
    }
    occasions
}
