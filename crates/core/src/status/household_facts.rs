//! Every member's facts on one date, and who is insured through whose plan.
//!
//! Built once per status or schedule. The rows are grouped by member and the plans
//! indexed by their card key first, so the cost grows linearly with the household
//! (a family has a handful of members, but an imported file may have thousands).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::facts::MemberFacts;
use super::HouseholdData;
use crate::document::Document;
use crate::normalise::fold;
use crate::qualification::{InsuredRole, Qualification};
use crate::rules::{kouki_from, RuleTable};

/// The key dependants share with their insured person: 保険者番号, 記号 and 番号
/// (only the 枝番 differs, DOMAIN §8). 記号 and 番号 compare folded (full-width
/// digits and spaces as typed from the notice).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct CardKey {
    insurer_number: String,
    symbol: String,
    number: String,
}

impl CardKey {
    fn of(qualification: &Qualification) -> Self {
        CardKey {
            insurer_number: qualification.insurer_number.clone(),
            symbol: fold(&qualification.symbol),
            number: fold(&qualification.number),
        }
    }
}

/// The members (by position) holding one card key, by their role in it.
#[derive(Debug, Default)]
struct Plan {
    insured: Vec<usize>,
    dependants: Vec<usize>,
}

#[derive(Debug)]
pub(crate) struct HouseholdFacts<'a> {
    members: Vec<MemberFacts<'a>>,
    plans: HashMap<CardKey, Plan>,
}

impl<'a> HouseholdFacts<'a> {
    pub fn new(data: &'a HouseholdData, table: &'a RuleTable, on: NaiveDate) -> Self {
        let mut qualifications: HashMap<i64, Vec<&'a Qualification>> = HashMap::new();
        for qualification in &data.qualifications {
            qualifications
                .entry(qualification.member_id)
                .or_default()
                .push(qualification);
        }
        let mut documents: HashMap<i64, Vec<&'a Document>> = HashMap::new();
        for document in &data.documents {
            documents
                .entry(document.member_id)
                .or_default()
                .push(document);
        }
        let mut members: Vec<MemberFacts<'a>> = data
            .members
            .iter()
            .map(|member| {
                MemberFacts::new(
                    member,
                    qualifications.remove(&member.id).unwrap_or_default(),
                    documents.remove(&member.id).unwrap_or_default(),
                    table,
                    on,
                )
            })
            .collect();
        let mut plans: HashMap<CardKey, Plan> = HashMap::new();
        for (index, facts) in members.iter().enumerate() {
            if let Some(qualification) = facts.in_force {
                let plan = plans.entry(CardKey::of(qualification)).or_default();
                match qualification.role {
                    InsuredRole::Insured => plan.insured.push(index),
                    InsuredRole::Dependant => plan.dependants.push(index),
                }
            }
        }
        // DOMAIN §6: a dependant's cover ends on the day the insured person moves to
        // 後期高齢者医療 (their 75th birthday), whatever the record's 喪失日 says.
        let mut ended = Vec::new();
        for plan in plans.values() {
            for &dependant in &plan.dependants {
                let ends = plan
                    .insured
                    .iter()
                    .filter(|&&insured| insured != dependant)
                    .map(|&insured| {
                        let facts = &members[insured];
                        (kouki_from(table, facts.member.birth_date), facts.member.id)
                    })
                    .filter(|(from, _)| from.value() <= on)
                    .min_by_key(|(from, _)| from.value());
                if let Some((from, insured_id)) = ends {
                    ended.push((dependant, from.value(), insured_id, from.is_estimate()));
                }
            }
        }
        for (dependant, since, insured_id, estimate) in ended {
            members[dependant].lose_dependant_cover(since, insured_id, estimate);
        }
        HouseholdFacts { members, plans }
    }

    /// One member's facts (with what the household adds: a dependant's lost cover).
    pub fn member(&self, member_id: i64) -> Option<&MemberFacts<'a>> {
        self.members
            .iter()
            .find(|facts| facts.member.id == member_id)
    }

    pub fn members(&self) -> &[MemberFacts<'a>] {
        &self.members
    }

    /// The members insured through `insured`'s plan as dependants on the date.
    pub fn dependants_of<'h>(
        &'h self,
        insured: &'h MemberFacts<'a>,
    ) -> impl Iterator<Item = &'h MemberFacts<'a>> + 'h {
        self.plan_members(insured, InsuredRole::Insured, |plan| &plan.dependants)
    }

    /// The insured persons through whose plan `dependant` is covered on the date
    /// (one, unless the same card was typed in for two people).
    pub fn insured_of<'h>(
        &'h self,
        dependant: &'h MemberFacts<'a>,
    ) -> impl Iterator<Item = &'h MemberFacts<'a>> + 'h {
        self.plan_members(dependant, InsuredRole::Dependant, |plan| &plan.insured)
    }

    /// The other side of `member`'s plan, when `member` holds it in `role`.
    fn plan_members<'h>(
        &'h self,
        member: &'h MemberFacts<'a>,
        role: InsuredRole,
        side: fn(&Plan) -> &Vec<usize>,
    ) -> impl Iterator<Item = &'h MemberFacts<'a>> + 'h {
        let plan = member
            .in_force
            .filter(|q| q.role == role)
            .and_then(|q| self.plans.get(&CardKey::of(q)));
        plan.map(side)
            .into_iter()
            .flatten()
            .map(|&index| &self.members[index])
            .filter(move |other| other.member.id != member.member.id)
    }
}
