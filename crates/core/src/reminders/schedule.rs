//! The schedule: every reminder that follows from the household's records and the rules.
//! A pure function: the same records, rules and lead times give the same reminders with
//! the same IDs, on any machine and in any export.

use chrono::{Days, NaiveDate};

use super::kind::ReminderKind;
use super::lead::LeadTimes;
use super::sources;
use crate::document::DocumentKind;
use crate::member::{Member, Relation};
use crate::rules::{Burden, RuleTable};
use crate::status::{HouseholdData, HouseholdFacts};

/// One reminder: what it is about, the date it is about, and the day it fires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// `m{member}:{kind}:{document}:{deadline}` for a document's reminder,
    /// `m{member}:{kind}:{deadline}` otherwise. Stable across runs and exports; a new
    /// expiry gives new IDs, so the old expiry's reminders (and their state) fall away.
    pub id: String,
    pub member_id: i64,
    pub member_name: String,
    /// Who the member is in the household: what the calendar and notifications say
    /// instead of the name when the household chose no names there.
    pub member_relation: Relation,
    pub kind: ReminderKind,
    pub document: Option<DocumentKind>,
    /// The date the reminder is about: an expiry (also for the renewal window, which
    /// closes with it), the last day of a grace, a birthday, a 資格取得日.
    pub deadline: NaiveDate,
    /// The day it fires with the household's lead times.
    pub fire_on: NaiveDate,
    /// The last day a missed reminder is still due (see [`ReminderKind::lingers_days`]).
    pub lapses_after: NaiveDate,
    /// What the wording needs.
    pub subject: Subject,
}

/// The facts a reminder's text is written from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// The card, an e-cert or the smartphone cert, expiring on `expiry`.
    Cert {
        expiry: NaiveDate,
        /// Computed, and the rules are not sure (目安).
        estimate: bool,
        window_opens: NaiveDate,
        /// The last day マイナ保険証 works after the expiry (card and 利用者証明用 only).
        grace_until: Option<NaiveDate>,
        /// The 署名用 cert expires the same day and is renewed with this one.
        with_sign: bool,
        /// A phone certificate is recorded: after renewing the card or the 利用者証明用
        /// cert it must be set up again (DOMAIN §1).
        with_phone: bool,
    },
    /// A 資格確認書 or 高齢受給者証 (printed expiry).
    Paper {
        expiry: NaiveDate,
    },
    Residence {
        until: NaiveDate,
    },
    Koureisha {
        from: NaiveDate,
        burden: Option<Burden>,
    },
    Kouki {
        birthday: NaiveDate,
        estimate: bool,
        /// The names of the dependants who lose their cover that day.
        dependants: Vec<String>,
    },
    LosesCover {
        insured_name: String,
        on: NaiveDate,
        estimate: bool,
    },
    NewQualification {
        acquired: NaiveDate,
    },
}

impl Reminder {
    /// The document and the expiry that "done" replaces when the user types the new
    /// expiry (a renewed e-cert, a new 資格確認書, an extended 在留期間). Not the card:
    /// its e-certs are computed from the new card's issue date, so that is what the
    /// user enters (an expiry alone would leave them computed from the old card).
    pub fn replaces_expiry(&self) -> Option<(DocumentKind, NaiveDate)> {
        let document = self.document.filter(|d| *d != DocumentKind::Card)?;
        match &self.subject {
            Subject::Cert { expiry, .. } | Subject::Paper { expiry } => Some((document, *expiry)),
            Subject::Residence { until } => Some((document, *until)),
            _ => None,
        }
    }
}

/// What a source found, before the lead times apply.
#[derive(Debug, Clone)]
pub(super) struct Occasion {
    pub kind: ReminderKind,
    pub document: Option<DocumentKind>,
    pub deadline: NaiveDate,
    /// The day the lead time counts from (the window opening for
    /// [`ReminderKind::RenewalOpens`]; otherwise the deadline).
    pub anchor: NaiveDate,
    pub subject: Subject,
}

impl Occasion {
    pub fn on(
        kind: ReminderKind,
        document: Option<DocumentKind>,
        deadline: NaiveDate,
        subject: Subject,
    ) -> Self {
        Occasion {
            kind,
            document,
            deadline,
            anchor: deadline,
            subject,
        }
    }

    fn into_reminder(self, member: &Member, leads: &LeadTimes) -> Reminder {
        let id = match self.document {
            Some(document) => format!(
                "m{}:{}:{}:{}",
                member.id,
                self.kind.code(),
                document.code(),
                self.deadline
            ),
            None => format!("m{}:{}:{}", member.id, self.kind.code(), self.deadline),
        };
        let fire_on = leads.fire_on(self.kind, self.anchor);
        let lapses_after = self
            .deadline
            .max(fire_on)
            .checked_add_days(Days::new(u64::from(self.kind.lingers_days())))
            .unwrap_or(NaiveDate::MAX);
        Reminder {
            id,
            member_id: member.id,
            member_name: member.name.clone(),
            member_relation: member.relation,
            kind: self.kind,
            document: self.document,
            deadline: self.deadline,
            fire_on,
            lapses_after,
            subject: self.subject,
        }
    }
}

/// Every reminder of the household, by fire date. The records are read as they stand
/// on `today` (the qualification in force, who is whose dependant); the dates in them
/// decide the rest.
pub fn schedule(
    data: &HouseholdData,
    table: &RuleTable,
    leads: &LeadTimes,
    today: NaiveDate,
) -> Vec<Reminder> {
    let household = HouseholdFacts::new(data, table, today);
    let mut reminders: Vec<Reminder> = household
        .members()
        .iter()
        .flat_map(|facts| {
            sources::occasions(facts, &household)
                .into_iter()
                .map(|occasion| occasion.into_reminder(facts.member, leads))
        })
        .collect();
    reminders.sort_by(|a, b| {
        (a.fire_on, a.member_id, a.kind, a.document, &a.id).cmp(&(
            b.fire_on,
            b.member_id,
            b.kind,
            b.document,
            &b.id,
        ))
    });
    reminders
}
