//! The household's status on a date: each document's state, whether マイナ保険証
//! works, what to bring to the clinic, and what to do next (DOMAIN §1–§6).
//!
//! A pure function of the stored rows, a [`RuleTable`] and the date asked about: the
//! core never reads the clock, so "today" is just the usual argument.
//!
//! - [`facts`]: what is known and assumed per member, and every expiry (via `rules`);
//! - [`documents`]: each document's state; [`myna`]: マイナ保険証;
//! - [`bring`]: what to bring; [`actions`]: next actions and their urgency.

mod actions;
mod bring;
mod documents;
mod facts;
mod household_facts;
mod labels;
mod myna;

#[cfg(test)]
mod golden_tests;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

pub use actions::{Action, ActionKind, Urgency, UPCOMING_MONTHS};
pub use bring::{BringEntry, BringItem, BringList};
pub use documents::{DocumentState, DocumentStatus, ExpirySource, ExpiryView};
pub use labels::{estimate_reason_label, kind_in_sentence, DateLabel};
pub use myna::{CheckOutcome, MynaCheck, MynaStatus, NoCover, NoCoverReason, Usability};

pub(crate) use facts::{Cert, MemberFacts, Registration};
pub(crate) use household_facts::HouseholdFacts;
pub(crate) use myna::myna_status;

use crate::document::{Document, DocumentKind};
use crate::error::{Error, Result};
use crate::i18n::{Lang, Locale};
use crate::member::{age_on, Member};
use crate::qualification::{burden_label, Qualification};
use crate::rules::RuleTable;
use crate::store::Store;

/// Every row the status reads, loaded once.
#[derive(Debug, Clone, Default)]
pub struct HouseholdData {
    pub members: Vec<Member>,
    pub qualifications: Vec<Qualification>,
    pub documents: Vec<Document>,
}

impl HouseholdData {
    /// Three queries, in one read.
    pub fn load(store: &Store) -> Result<Self> {
        Ok(HouseholdData {
            members: store.members()?,
            qualifications: store.all_qualifications()?,
            documents: store.all_documents()?,
        })
    }
}

/// The 負担割合 on the date: printed on the お知らせ, or from the age (DOMAIN §6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BurdenView {
    pub tenths: u8,
    /// `3割`, or `2割（所得により3割・目安）`.
    pub label: String,
    /// From the qualification the user typed.
    pub printed: bool,
    pub estimate: bool,
}

/// One member on the date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemberStatus {
    pub member_id: i64,
    pub name: String,
    pub relation_label: String,
    pub age: u32,
    /// The qualification in force on the date, as the insurer's label (`協会けんぽ・東京都`).
    pub plan_label: Option<String>,
    pub burden: Option<BurdenView>,
    pub documents: Vec<DocumentStatus>,
    pub myna: MynaStatus,
    pub bring: BringList,
    /// Most urgent first.
    pub actions: Vec<Action>,
}

/// One line of the household overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OverviewItem {
    pub member_id: i64,
    pub member_name: String,
    #[serde(flatten)]
    #[ts(flatten)]
    pub action: Action,
}

/// The household on one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HouseholdStatus {
    pub on: DateLabel,
    pub members: Vec<MemberStatus>,
    /// Every member's actions except advice, most urgent first: by [`Urgency`]
    /// (expired and not usable, grace, renewal window open, upcoming), then by date,
    /// then by member.
    pub overview: Vec<OverviewItem>,
}

/// The household (or one member: `only`) on `on`. Dependants' actions need the whole
/// household, so it is always computed whole and filtered afterwards.
pub fn household_status(
    data: &HouseholdData,
    table: &RuleTable,
    on: NaiveDate,
    only: Option<i64>,
    locale: Locale,
) -> HouseholdStatus {
    let household = HouseholdFacts::new(data, table, on);
    let members: Vec<MemberStatus> = household
        .members()
        .iter()
        .filter(|facts| only.is_none_or(|id| facts.member.id == id))
        .map(|facts| member_status(facts, &household, locale))
        .collect();
    let mut overview: Vec<OverviewItem> = members
        .iter()
        .flat_map(|member| {
            member
                .actions
                .iter()
                .filter(|action| action.urgency != Urgency::Advice)
                .map(|action| OverviewItem {
                    member_id: member.member_id,
                    member_name: member.name.clone(),
                    action: action.clone(),
                })
        })
        .collect();
    overview.sort_by_key(|item| {
        (
            item.action.urgency,
            item.action.date.as_ref().map_or(NaiveDate::MAX, |d| d.date),
            item.member_id,
        )
    });
    HouseholdStatus {
        on: DateLabel::new(on, locale),
        members,
        overview,
    }
}

fn member_status(
    facts: &MemberFacts<'_>,
    household: &HouseholdFacts<'_>,
    locale: Locale,
) -> MemberStatus {
    let lang = locale.lang;
    let myna = myna_status(facts, locale);
    let bring = bring::bring_list(facts, &myna, locale);
    let actions = actions::next_actions(facts, household, &myna, locale);
    MemberStatus {
        member_id: facts.member.id,
        name: facts.member.name.clone(),
        relation_label: facts.member.relation.label(lang).to_string(),
        age: age_on(facts.member.birth_date, facts.on),
        plan_label: facts.qualification.map(|q| {
            crate::insurer::parse_insurer_number(&q.insurer_number)
                .map(|insurer| insurer.describe(lang))
                .unwrap_or_else(|_| q.insurer_name.clone())
        }),
        burden: burden(facts, lang),
        documents: documents::document_statuses(facts, locale),
        myna,
        bring,
        actions,
    }
}

fn burden(facts: &MemberFacts<'_>, lang: Lang) -> Option<BurdenView> {
    if let Some(tenths) = facts.qualification.and_then(|q| q.burden_tenths) {
        return Some(BurdenView {
            tenths,
            label: burden_label(tenths, lang),
            printed: true,
            estimate: false,
        });
    }
    let burden = facts.burden.as_ref()?;
    let general = burden_label(burden.general_tenths, lang);
    let label = if burden.estimate {
        let others: Vec<String> = burden
            .other_tenths
            .iter()
            .map(|t| burden_label(*t, lang))
            .collect();
        match lang {
            Lang::Ja => format!("{general}（所得などにより{}・目安）", others.join("・")),
            Lang::En => format!(
                "{general} ({} depending on income; estimate)",
                others.join(" or ")
            ),
        }
    } else {
        general
    };
    Some(BurdenView {
        tenths: burden.general_tenths,
        label,
        printed: false,
        estimate: burden.estimate,
    })
}

/// One member's documents on `on` (recorded ones, and the e-certs assumed from the card).
pub fn member_documents(
    data: &HouseholdData,
    table: &RuleTable,
    member_id: i64,
    on: NaiveDate,
    locale: Locale,
) -> Result<Vec<DocumentStatus>> {
    let member = find(data, member_id)?;
    let facts = MemberFacts::new(member, &data.qualifications, &data.documents, table, on);
    Ok(documents::document_statuses(&facts, locale))
}

/// One document of one member on `on`, as the status shows it (also when only assumed).
pub fn member_document(
    data: &HouseholdData,
    table: &RuleTable,
    member_id: i64,
    kind: DocumentKind,
    on: NaiveDate,
    locale: Locale,
) -> Result<Option<DocumentStatus>> {
    let member = find(data, member_id)?;
    let facts = MemberFacts::new(member, &data.qualifications, &data.documents, table, on);
    Ok(documents::document_status(&facts, kind, locale))
}

/// [`household_status`] for the household in `store` (the rules of DOMAIN.md).
pub fn stored_household(
    store: &Store,
    only: Option<i64>,
    on: NaiveDate,
    locale: Locale,
) -> Result<HouseholdStatus> {
    let data = HouseholdData::load(store)?;
    if let Some(id) = only {
        find(&data, id)?;
    }
    Ok(household_status(
        &data,
        &RuleTable::standard(),
        on,
        only,
        locale,
    ))
}

/// [`member_documents`] for a member in `store`.
pub fn stored_documents(
    store: &Store,
    member_id: i64,
    on: NaiveDate,
    locale: Locale,
) -> Result<Vec<DocumentStatus>> {
    let data = HouseholdData::load(store)?;
    member_documents(&data, &RuleTable::standard(), member_id, on, locale)
}

/// [`member_document`] for a member in `store`.
pub fn stored_document(
    store: &Store,
    member_id: i64,
    kind: DocumentKind,
    on: NaiveDate,
    locale: Locale,
) -> Result<Option<DocumentStatus>> {
    let data = HouseholdData::load(store)?;
    member_document(&data, &RuleTable::standard(), member_id, kind, on, locale)
}

pub(crate) fn find(data: &HouseholdData, member_id: i64) -> Result<&Member> {
    data.members
        .iter()
        .find(|member| member.id == member_id)
        .ok_or(Error::MemberNotFound(member_id))
}
