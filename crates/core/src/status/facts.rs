//! What the app knows about one member on one date: the recorded documents, what can
//! be assumed from them, and each expiry (printed, or computed by [`crate::rules`]).
//!
//! Every other part of the status (document states, マイナ保険証, what to bring, next
//! actions, the troubleshooter) reads these facts; none computes an expiry itself.

use chrono::NaiveDate;

use crate::document::{Document, DocumentKind, Held, RegistrationStatus};
use crate::insurer::{parse_insurer_number, PlanKind};
use crate::member::{age_on, Member};
use crate::qualification::Qualification;
use crate::rules::{
    burden_on, card_expiry, ecert_expiry, grace_last_day, kouki_from, AgeBand, Burden, CardFacts,
    ComputedDate, EcertFacts, RuleTable,
};

/// DOMAIN §3: the 署名用 cert is not issued to under-15s by default. Only used to
/// assume whether an unrecorded signing cert came with the card.
const SIGN_CERT_MIN_AGE: u32 = 15;

/// An expiry: the printed date wins; the computed one pre-fills and cross-checks
/// (DOMAIN preamble). Built only when at least one of them is known.
#[derive(Debug, Clone)]
pub(crate) struct Expiry {
    pub printed: Option<NaiveDate>,
    pub computed: Option<ComputedDate>,
    /// The computed date is only a limit the real one cannot pass (the smartphone
    /// certificate, DOMAIN §1: "≤ min(card e-cert, card)"), so it is always a 目安.
    pub upper_bound: bool,
    /// The printed date was read from the card's chip on this day, not typed.
    pub read_from_card_on: Option<NaiveDate>,
}

impl Expiry {
    fn new(
        printed: Option<NaiveDate>,
        computed: Option<ComputedDate>,
        upper_bound: bool,
    ) -> Option<Self> {
        (printed.is_some() || computed.is_some()).then_some(Expiry {
            printed,
            computed,
            upper_bound,
            read_from_card_on: None,
        })
    }

    pub fn date(&self) -> NaiveDate {
        match (&self.printed, &self.computed) {
            (Some(printed), _) => *printed,
            (None, Some(computed)) => computed.value(),
            // `new` never builds an expiry without a date.
            (None, None) => NaiveDate::MAX,
        }
    }

    pub fn is_estimate(&self) -> bool {
        self.printed.is_none()
            && (self.upper_bound || self.computed.as_ref().is_some_and(|c| c.is_estimate()))
    }

    /// The computed date, when the printed one disagrees with every date the rules
    /// allow: a gentle warning, the printed date still wins.
    pub fn mismatch(&self) -> Option<NaiveDate> {
        let (printed, computed) = (self.printed?, self.computed.as_ref()?);
        let disagrees = if self.upper_bound {
            printed > computed.value()
        } else {
            !computed.admits(printed)
        };
        disagrees.then_some(computed.value())
    }

    /// As a rule input (a cap for the e-certs): the printed date is certain.
    pub fn as_computed(&self) -> ComputedDate {
        match (self.printed, &self.computed) {
            (Some(printed), _) => ComputedDate::certain(printed),
            (None, Some(computed)) => computed.clone(),
            (None, None) => ComputedDate::certain(NaiveDate::MAX),
        }
    }
}

/// The card, an e-cert or the smartphone certificate.
#[derive(Debug, Clone)]
pub(crate) struct Cert {
    pub held: Held,
    /// False when `held` is assumed from the card (the e-certs come with it).
    pub recorded: bool,
    /// The issue date used for the computation (an e-cert's own, or the card's).
    pub issued: Option<NaiveDate>,
    pub expiry: Option<Expiry>,
    /// For a renewed e-cert: the expiry of the cert issued with the card.
    pub replaced_expiry: Option<NaiveDate>,
}

impl Cert {
    pub fn expiry_date(&self) -> Option<NaiveDate> {
        self.expiry.as_ref().map(Expiry::date)
    }

    fn not_recorded(held: Held) -> Self {
        Cert {
            held,
            recorded: false,
            issued: None,
            expiry: None,
            replaced_expiry: None,
        }
    }
}

/// The 保険証利用登録 as it stands on the date (DOMAIN §4: cancelled when the grace
/// after an expiry runs out; it must then be done again after the renewal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Registration {
    Done,
    NotDone,
    Unknown,
    NotRecorded,
    /// Cancelled after the grace that ended on `grace_ended`.
    Cancelled {
        grace_ended: NaiveDate,
    },
    /// Renewed after the grace ran out and the registration has no date later than
    /// that: it was cancelled unless it was done again.
    MaybeCancelled {
        grace_ended: NaiveDate,
    },
}

/// Whether the member has health cover on the date, as far as the records tell
/// (DOMAIN §6: a dependant loses cover on the day the insured person turns 75; a
/// qualification that ended (資格喪失) covers nothing from its 喪失日).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cover {
    /// A qualification is in force, or nothing recorded says otherwise.
    InForce,
    /// Every recorded qualification ended; the last one on `since` (its 喪失日, the
    /// first day without it) and no new one is recorded.
    Lost { since: NaiveDate },
    /// Insured as a dependant of `insured_member_id`, who moved to 後期高齢者医療 on
    /// `since`: the dependant cover ended that day.
    DependantOfKouki {
        since: NaiveDate,
        insured_member_id: i64,
        estimate: bool,
    },
}

/// Everything known about one member on `on`.
#[derive(Debug, Clone)]
pub(crate) struct MemberFacts<'a> {
    pub member: &'a Member,
    /// The qualification current for the status on `on`: in force, and not one the
    /// member or the insured person left by moving to 後期高齢者医療 (DOMAIN §6). The
    /// record itself is kept.
    pub qualification: Option<&'a Qualification>,
    /// The qualification whose dates cover `on`, as recorded (also one that the 75th
    /// birthday ended): who is insured through whose plan.
    pub in_force: Option<&'a Qualification>,
    pub cover: Cover,
    /// From the 75th birthday, with no 後期高齢者医療 qualification recorded: the day
    /// the member moved to it (the recorded plan is no longer current).
    pub kouki_unrecorded: Option<ComputedDate>,
    /// Every qualification recorded for the member (current and history).
    pub qualifications: Vec<&'a Qualification>,
    documents: [Option<&'a Document>; DocumentKind::ALL.len()],
    pub table: &'a RuleTable,
    pub on: NaiveDate,
    pub card: Cert,
    pub auth: Cert,
    pub sign: Cert,
    pub phone: Cert,
    pub burden: Option<Burden>,
}

impl<'a> MemberFacts<'a> {
    /// `qualifications` and `documents` may hold other members' rows: only this
    /// member's are read. (A whole household is grouped by member first, in
    /// [`super::HouseholdFacts`], so that each member reads only its own.)
    pub fn new(
        member: &'a Member,
        qualifications: impl IntoIterator<Item = &'a Qualification>,
        documents: impl IntoIterator<Item = &'a Document>,
        table: &'a RuleTable,
        on: NaiveDate,
    ) -> Self {
        let mut by_kind = [None; DocumentKind::ALL.len()];
        for document in documents.into_iter().filter(|d| d.member_id == member.id) {
            by_kind[document.kind as usize] = Some(document);
        }
        let qualifications: Vec<&'a Qualification> = qualifications
            .into_iter()
            .filter(|q| q.member_id == member.id)
            .collect();
        let in_force: Vec<&'a Qualification> = qualifications
            .iter()
            .copied()
            .filter(|q| q.acquired_on <= on && q.lost_on.is_none_or(|lost| on < lost))
            .collect();
        let birth = member.birth_date;
        // DOMAIN §6: from the 75th birthday only a 後期高齢者医療 qualification is current.
        let kouki = kouki_from(table, birth);
        let past_75 = kouki.value() <= on;
        let qualification = in_force
            .iter()
            .copied()
            .find(|q| !past_75 || is_kouki_plan(q));
        let kouki_unrecorded =
            (past_75 && qualification.is_none() && !in_force.is_empty()).then(|| kouki.clone());
        let cover = match in_force.first() {
            Some(_) => Cover::InForce,
            None => qualifications
                .iter()
                .filter_map(|q| q.lost_on)
                .filter(|lost| *lost <= on)
                .max()
                .map_or(Cover::InForce, |since| Cover::Lost { since }),
        };
        let in_force = in_force.first().copied();
        let residence_until = by_kind[DocumentKind::Zairyu as usize]
            .filter(|d| d.held != Held::NotHeld)
            .and_then(|d| d.expires_on);
        let card = card(
            by_kind[DocumentKind::Card as usize],
            birth,
            residence_until,
            table,
        );
        let assumed_auth = card.held;
        let auth = ecert(
            by_kind[DocumentKind::EcertAuth as usize],
            assumed_auth,
            &card,
            None,
            birth,
            residence_until,
            table,
        );
        let assumed_sign = match (card.held, card.issued) {
            (Held::Held, Some(issued)) if age_on(birth, issued) < SIGN_CERT_MIN_AGE => {
                Held::NotHeld
            }
            (Held::Held, None) => Held::Unknown,
            (held, _) => held,
        };
        let auth_cap = auth.expiry.as_ref().map(Expiry::as_computed);
        let sign = ecert(
            by_kind[DocumentKind::EcertSign as usize],
            assumed_sign,
            &card,
            auth_cap,
            birth,
            residence_until,
            table,
        );
        let phone = phone(by_kind[DocumentKind::Phone as usize], &card, &auth);
        MemberFacts {
            member,
            qualification,
            in_force,
            cover,
            kouki_unrecorded,
            qualifications,
            documents: by_kind,
            table,
            on,
            card,
            auth,
            sign,
            phone,
            burden: burden_on(table, birth, on),
        }
    }

    /// The member is a dependant of someone who moved to 後期高齢者医療 on or before
    /// the date (set by [`super::HouseholdFacts`], which knows the insured person).
    pub(crate) fn lose_dependant_cover(
        &mut self,
        since: NaiveDate,
        insured_member_id: i64,
        estimate: bool,
    ) {
        self.qualification = None;
        self.cover = Cover::DependantOfKouki {
            since,
            insured_member_id,
            estimate,
        };
    }

    /// In 後期高齢者医療 on the date: its qualification is current, or the 75th birthday
    /// has passed with none recorded (DOMAIN §6).
    pub fn in_kouki(&self) -> bool {
        self.kouki_unrecorded.is_some() || self.qualification.is_some_and(is_kouki_plan)
    }

    /// The current plan is a 国民健康保険 (a 6-digit insurer number, DOMAIN §7).
    pub fn in_kokuho(&self) -> bool {
        self.qualification.is_some_and(|q| {
            parse_insurer_number(&q.insurer_number)
                .is_ok_and(|n| n.plan == PlanKind::NationalHealthInsurance)
        })
    }

    /// No qualification covers the date although the records say one ended (or the
    /// dependant cover ended): マイナ保険証 and every paper of the old plan are of no use.
    pub fn has_no_cover(&self) -> bool {
        self.cover != Cover::InForce
    }

    pub fn document(&self, kind: DocumentKind) -> Option<&'a Document> {
        self.documents[kind as usize]
    }

    /// Whether the member is in the 70–74 band (高齢受給者) on the date (DOMAIN §6).
    pub fn is_koureisha(&self) -> bool {
        self.burden
            .as_ref()
            .is_some_and(|burden| burden.band == AgeBand::Koureisha)
    }

    /// A held document that is usable on the date by its own printed expiry (none
    /// printed counts as usable).
    pub fn holds_valid(&self, kind: DocumentKind) -> bool {
        self.document(kind).is_some_and(|d| {
            d.held == Held::Held && d.expires_on.is_none_or(|expires| self.on <= expires)
        })
    }

    pub fn registration(&self) -> Registration {
        let Some(document) = self.document(DocumentKind::Registration) else {
            return Registration::NotRecorded;
        };
        match document.registration {
            Some(RegistrationStatus::Done) => self.cancellation(document.issued_on),
            Some(RegistrationStatus::NotDone) => Registration::NotDone,
            Some(RegistrationStatus::Unknown) | None => Registration::Unknown,
        }
    }

    /// DOMAIN §4: when the grace after the card or 利用者証明用 cert expired runs out,
    /// the registration is cancelled; only one done after that day counts.
    fn cancellation(&self, registered_on: Option<NaiveDate>) -> Registration {
        let redone_after = |grace_ended: NaiveDate| registered_on.is_some_and(|d| d > grace_ended);
        let current_grace_ended = [&self.card, &self.auth]
            .into_iter()
            .filter(|cert| cert.held == Held::Held)
            .filter_map(Cert::expiry_date)
            .filter_map(|expiry| grace_last_day(self.table, expiry))
            .filter(|last| *last < self.on)
            .min();
        if let Some(grace_ended) = current_grace_ended {
            if !redone_after(grace_ended) {
                return Registration::Cancelled { grace_ended };
            }
        }
        // A cert renewed after the grace of the one it replaced had run out.
        let replaced_grace_ended = self
            .auth
            .replaced_expiry
            .and_then(|replaced| grace_last_day(self.table, replaced))
            .filter(|last| self.auth.issued.is_some_and(|issued| issued > *last));
        match replaced_grace_ended {
            Some(grace_ended) if redone_after(grace_ended) => Registration::Done,
            Some(grace_ended) if registered_on.is_some() => Registration::Cancelled { grace_ended },
            Some(grace_ended) => Registration::MaybeCancelled { grace_ended },
            None => Registration::Done,
        }
    }

    /// The card was issued under the child rule (DOMAIN §2): 5 birthdays, not 10.
    pub fn card_is_child_card(&self) -> Option<(u32, u32)> {
        let issued = self.card.issued?;
        let rules = self.table.rules_for(issued);
        (age_on(self.member.birth_date, issued) < rules.card_adult_age)
            .then_some((rules.card_adult_age, rules.card_child_birthdays))
    }
}

fn is_kouki_plan(q: &Qualification) -> bool {
    parse_insurer_number(&q.insurer_number).is_ok_and(|n| n.plan == PlanKind::LateStageElderly)
}

fn card(
    document: Option<&Document>,
    birth: NaiveDate,
    residence_until: Option<NaiveDate>,
    table: &RuleTable,
) -> Cert {
    let Some(document) = document else {
        return Cert::not_recorded(Held::Unknown);
    };
    let issued = document.issued_on;
    let computed = issued.map(|issued| {
        card_expiry(
            table,
            &CardFacts {
                birth,
                issued,
                residence_until,
            },
        )
    });
    Cert {
        held: document.held,
        recorded: true,
        issued,
        expiry: Expiry::new(document.expires_on, computed, false),
        replaced_expiry: None,
    }
}

/// An e-cert: recorded, or assumed to have come with the card (DOMAIN §1: the card
/// carries the e-certs), so the card's issue date alone gives both expiries.
fn ecert(
    document: Option<&Document>,
    assumed: Held,
    card: &Cert,
    auth_cert_expiry: Option<ComputedDate>,
    birth: NaiveDate,
    residence_until: Option<NaiveDate>,
    table: &RuleTable,
) -> Cert {
    let held = document.map_or(assumed, |d| d.held);
    if held == Held::NotHeld {
        return Cert {
            recorded: document.is_some(),
            ..Cert::not_recorded(held)
        };
    }
    let own_issued = document.and_then(|d| d.issued_on);
    let issued = own_issued.or(card.issued);
    // Unknown card expiry: no cap rather than no answer.
    let card_expiry = card
        .expiry
        .as_ref()
        .map_or(ComputedDate::certain(NaiveDate::MAX), Expiry::as_computed);
    let facts = |issued, replaced_expiry| EcertFacts {
        birth,
        issued,
        replaced_expiry,
        card_expiry: card_expiry.clone(),
        residence_until,
        auth_cert_expiry: auth_cert_expiry.clone(),
    };
    // Issued after the card: a renewal of the cert that came with it (one renewal
    // fits in a card's life), which decides the 5th or 6th birthday (DOMAIN §3).
    let replaced_expiry = match (own_issued, card.issued) {
        (Some(own), Some(with_card)) if own > with_card => {
            Some(ecert_expiry(table, &facts(with_card, None)).value())
        }
        _ => None,
    };
    let computed = issued.map(|issued| ecert_expiry(table, &facts(issued, replaced_expiry)));
    Cert {
        held,
        recorded: document.is_some(),
        issued,
        expiry: Expiry::new(document.and_then(|d| d.expires_on), computed, false).map(|expiry| {
            Expiry {
                read_from_card_on: document.and_then(|d| d.read_from_card_on),
                ..expiry
            }
        }),
        replaced_expiry,
    }
}

fn phone(document: Option<&Document>, card: &Cert, auth: &Cert) -> Cert {
    let Some(document) = document else {
        return Cert::not_recorded(Held::Unknown);
    };
    let bound = [card.expiry_date(), auth.expiry_date()]
        .into_iter()
        .flatten()
        .min()
        .map(ComputedDate::certain);
    Cert {
        held: document.held,
        recorded: true,
        issued: document.issued_on,
        expiry: if document.held == Held::NotHeld {
            None
        } else {
            Expiry::new(document.expires_on, bound, true)
        },
        replaced_expiry: None,
    }
}
