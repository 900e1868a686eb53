//! What each member should do next, with deadlines (DOMAIN §3–§6): renew the card or
//! an e-cert in its window, register (again), get a 資格確認書, turning 70 and 75, and
//! the dependants of someone turning 75.

use chrono::{Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

mod ages;
mod papers;
mod renewals;

use super::facts::{Cert, MemberFacts};
use super::household_facts::HouseholdFacts;
use super::labels::DateLabel;
use super::myna::MynaStatus;
use crate::document::Held;
use crate::i18n::{Lang, Locale};

/// How far ahead something counts as upcoming. DOMAIN §6 asks for a reminder "months
/// ahead" of 75; the same horizon serves the renewal windows and 70.
pub const UPCOMING_MONTHS: u32 = 6;

/// How urgent an action is; the household overview lists the most urgent first, then
/// by date (earliest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Urgency {
    /// Nothing insures the member on the date (資格喪失 with no new plan, or a
    /// dependant whose insured person turned 75): join a plan. Always listed first.
    NoCover,
    /// Expired past any grace, or nothing left to see a doctor with: act now.
    NotUsable,
    /// Expired, but マイナ保険証 still works until the grace ends (DOMAIN §4).
    Grace,
    /// Still valid, and the renewal window is open (DOMAIN §3).
    RenewalOpen,
    /// Happens within the next [`UPCOMING_MONTHS`] months: a window opening, turning
    /// 70 or 75, a paper expiring.
    Upcoming,
    /// Worth doing, no deadline. Not shown in the household overview.
    Advice,
}

impl Urgency {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Urgency::NoCover => lang.pick("保険の資格なし", "No health cover"),
            Urgency::NotUsable => lang.pick("期限切れ・使えません", "Expired / not usable"),
            Urgency::Grace => lang.pick("猶予期間中", "In the grace period"),
            Urgency::RenewalOpen => lang.pick("更新できます", "Renewal open"),
            Urgency::Upcoming => lang.pick("近日中", "Coming up"),
            Urgency::Advice => lang.pick("おすすめ", "Advice"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ActionKind {
    RenewCard,
    RenewAuthCert,
    RenewSignCert,
    /// Register again: the grace ran out and cancelled the 保険証利用登録 (DOMAIN §4).
    RedoRegistration,
    Register,
    CheckRegistration,
    /// Get (or expect) a 資格確認書 (DOMAIN §4; seed 001 ①–⑧).
    GetKakuninsho,
    KakuninshoExpiring,
    /// Turning 70: 高齢受給者 (DOMAIN §6).
    Koureisha,
    /// Turning 75: 後期高齢者医療 (DOMAIN §6).
    Kouki,
    /// The insured person turns 75: this dependant's cover ends that day (DOMAIN §6).
    DependantLosesCover,
    /// A card issued to a child: a 5-year card (DOMAIN §2).
    ChildCard,
    /// The qualification ended (資格喪失) with no new one: join 国保 or the new
    /// employer's plan and record it (DOMAIN §6).
    JoinNewPlan,
    /// From the 75th birthday: record the 後期高齢者医療 qualification (DOMAIN §6).
    RecordKouki,
    /// 後期高齢者医療: the 資格確認書 or お知らせ sent, and what changes on 1 August (DOMAIN §5).
    KoukiPapers,
    /// An Android phone certificate must be set up again after the card's e-cert was
    /// renewed (DOMAIN §1).
    PhoneSetupAgain,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    pub kind: ActionKind,
    pub urgency: Urgency,
    pub urgency_label: String,
    /// The date the overview sorts by: a deadline, or the day something starts.
    pub date: Option<DateLabel>,
    /// A window to act in (the renewal window).
    pub from: Option<DateLabel>,
    pub until: Option<DateLabel>,
    /// The dates rest on an unconfirmed rule: show as 目安.
    pub estimate: bool,
    pub title: String,
    pub detail: String,
    /// Another member this is about (the insured person turning 75).
    pub about_member_id: Option<i64>,
}

struct Draft {
    kind: ActionKind,
    urgency: Urgency,
    date: Option<NaiveDate>,
    window: Option<(NaiveDate, NaiveDate)>,
    estimate: bool,
    title: String,
    detail: String,
    about_member_id: Option<i64>,
    /// Said instead of the urgency's own word (「使えません」 where nothing expired).
    urgency_label: Option<String>,
}

impl Draft {
    fn new(kind: ActionKind, urgency: Urgency, date: Option<NaiveDate>) -> Self {
        Draft {
            kind,
            urgency,
            date,
            window: None,
            estimate: false,
            title: String::new(),
            detail: String::new(),
            about_member_id: None,
            urgency_label: None,
        }
    }

    fn text(mut self, title: impl Into<String>, detail: impl Into<String>) -> Self {
        self.title = title.into();
        self.detail = detail.into();
        self
    }

    fn finish(self, locale: Locale) -> Action {
        let lang = locale.lang;
        Action {
            kind: self.kind,
            urgency: self.urgency,
            urgency_label: self
                .urgency_label
                .unwrap_or_else(|| self.urgency.label(lang).to_string()),
            date: self.date.map(|d| DateLabel::new(d, locale)),
            from: self.window.map(|(from, _)| DateLabel::new(from, locale)),
            until: self.window.map(|(_, until)| DateLabel::new(until, locale)),
            estimate: self.estimate,
            title: self.title,
            detail: self.detail,
            about_member_id: self.about_member_id,
        }
    }
}

/// The member's next actions, most urgent first. `household` holds every member's
/// facts (this one's too), for the dependants of someone turning 75.
pub(crate) fn next_actions(
    facts: &MemberFacts<'_>,
    household: &HouseholdFacts<'_>,
    myna: &MynaStatus,
    locale: Locale,
) -> Vec<Action> {
    let mut drafts = Vec::new();
    drafts.extend(ages::lost_cover(facts, locale));
    drafts.extend(ages::record_kouki(facts, locale));
    drafts.extend(renewals::renewals(facts, locale));
    drafts.extend(renewals::registration(facts, locale));
    // Without cover (or with the plan the 75th birthday ended) the old plan's papers
    // are of no use: joining (or recording) the new plan comes first.
    if !facts.has_no_cover() && facts.kouki_unrecorded.is_none() {
        drafts.extend(papers::kakuninsho(facts, myna, locale));
    }
    if !facts.has_no_cover() && facts.in_kouki() && facts.kouki_unrecorded.is_none() {
        drafts.extend(papers::kouki(facts, myna, locale));
    }
    drafts.extend(renewals::phone_setup_again(facts, locale));
    drafts.extend(ages::turning_70(facts, locale));
    drafts.extend(ages::turning_75(facts, household, locale));
    drafts.extend(ages::losing_cover(facts, household, locale));
    let mut actions: Vec<Action> = drafts.into_iter().map(|d| d.finish(locale)).collect();
    actions.sort_by_key(|a| {
        (
            a.urgency,
            a.date.as_ref().map_or(NaiveDate::MAX, |d| d.date),
        )
    });
    actions
}

/// The last day that still counts as upcoming.
fn horizon_end(facts: &MemberFacts<'_>) -> NaiveDate {
    facts
        .on
        .checked_add_months(Months::new(UPCOMING_MONTHS))
        .unwrap_or(NaiveDate::MAX)
}

fn held_expiry(cert: &Cert) -> Option<NaiveDate> {
    (cert.held == Held::Held)
        .then(|| cert.expiry_date())
        .flatten()
}
