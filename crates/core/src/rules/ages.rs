//! Age thresholds of health insurance (DOMAIN.md §6): school entry, 高齢受給者 (70),
//! 後期高齢者医療 (75), and the 負担割合 they set.
//!
//! 健康保険法74条 counts from the day an age is *reached* (the day before the birthday,
//! [`day_age_reached`]): 2割 "until the first 31 March on or after the day the child
//! reaches 6", 3割 "until the month in which 70 is reached", 2割 from the next month.
//! 後期高齢者医療 starts on the 75th birthday itself (DOMAIN.md §6).

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::calendar::{
    day_age_reached, first_of_next_month, next_april_first, nth_birthday, LeapDay,
};
use super::computed::{ComputedDate, EstimateReason};
use super::table::{RuleSet, RuleTable, Share};

fn school_entry_under(rules: &RuleSet, birth: NaiveDate) -> NaiveDate {
    // 学校教育法17条: the first school year starting after the day 6 is reached. A
    // child born on 1 April reaches 6 on 31 March and starts school that 1 April, a
    // year before a child born on 2 April.
    next_april_first(day_age_reached(birth, rules.school_age))
}

fn koureisha_from_under(rules: &RuleSet, birth: NaiveDate) -> NaiveDate {
    // Born on the 1st: 70 is reached on the last day of the previous month, so the
    // status starts on the 1st of the birthday month.
    first_of_next_month(day_age_reached(birth, rules.koureisha_age))
}

fn kouki_from_under(rules: &RuleSet, birth: NaiveDate, leap: LeapDay) -> NaiveDate {
    nth_birthday(birth, rules.kouki_age, leap)
}

/// The first day of school (the day 未就学 ends): 1 April after the 6th year is reached.
pub fn school_entry_day(table: &RuleTable, birth: NaiveDate) -> NaiveDate {
    table.first_day_from(|rules| school_entry_under(rules, birth))
}

/// The first day as 高齢受給者: the 1st of the month after the day 70 is reached.
pub fn koureisha_from(table: &RuleTable, birth: NaiveDate) -> NaiveDate {
    table.first_day_from(|rules| koureisha_from_under(rules, birth))
}

/// The first day in 後期高齢者医療: the 75th birthday. For 29 February births in a
/// common year, 28 February as a 目安 (1 March being the other reading).
pub fn kouki_from(table: &RuleTable, birth: NaiveDate) -> ComputedDate {
    let under = |leap| table.first_day_from(|rules| kouki_from_under(rules, birth, leap));
    ComputedDate::certain(under(LeapDay::Feb28)).or_else(
        &ComputedDate::certain(under(LeapDay::Mar1)),
        EstimateReason::LeapDayBirthday,
    )
}

/// The day the dependants (被扶養者) of an insured person born on `insured_birth` lose
/// their cover: the day the insured person moves to 後期高齢者医療 (DOMAIN.md §6).
pub fn dependants_lose_cover_on(table: &RuleTable, insured_birth: NaiveDate) -> ComputedDate {
    kouki_from(table, insured_birth)
}

/// The age band that sets the 負担割合.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum AgeBand {
    /// 未就学.
    Preschool,
    /// From school entry until 高齢受給者.
    WorkingAge,
    /// 高齢受給者 (70–74).
    Koureisha,
    /// 後期高齢者医療 (75+).
    Kouki,
}

/// The 負担割合 the age alone gives on a date. The share printed on the user's
/// お知らせ or 高齢受給者証 wins over it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Burden {
    pub band: AgeBand,
    /// The share most people in the band pay, in 割.
    pub general_tenths: u8,
    /// Other shares the person may pay instead (income, or the band is itself a 目安).
    pub other_tenths: Vec<u8>,
    /// True when `other_tenths` is not empty: show as 目安 and ask for the printed share.
    pub estimate: bool,
    pub reasons: Vec<EstimateReason>,
}

fn band_on(rules: &RuleSet, birth: NaiveDate, on: NaiveDate, leap: LeapDay) -> AgeBand {
    if on < school_entry_under(rules, birth) {
        AgeBand::Preschool
    } else if on >= kouki_from_under(rules, birth, leap) {
        AgeBand::Kouki
    } else if on >= koureisha_from_under(rules, birth) {
        AgeBand::Koureisha
    } else {
        AgeBand::WorkingAge
    }
}

fn share_of(rules: &RuleSet, band: AgeBand) -> &Share {
    match band {
        AgeBand::Preschool => &rules.burden.preschool,
        AgeBand::WorkingAge => &rules.burden.working_age,
        AgeBand::Koureisha => &rules.burden.koureisha,
        AgeBand::Kouki => &rules.burden.kouki,
    }
}

/// The 負担割合 on `on` under the rules in force that day; `None` before birth.
pub fn burden_on(table: &RuleTable, birth: NaiveDate, on: NaiveDate) -> Option<Burden> {
    if on < birth {
        return None;
    }
    let rules = table.rules_for(on);
    let band = band_on(rules, birth, on, LeapDay::Feb28);
    let share = share_of(rules, band);
    let mut other_tenths = share.other_tenths.clone();
    let mut reasons = Vec::new();
    if !other_tenths.is_empty() {
        reasons.push(EstimateReason::IncomeUnknown);
    }
    // Only a 29 February birth on 28 February of a common year can land in another band.
    let other_band = band_on(rules, birth, on, LeapDay::Mar1);
    if other_band != band {
        let other = share_of(rules, other_band);
        other_tenths.push(other.general_tenths);
        other_tenths.extend_from_slice(&other.other_tenths);
        reasons.push(EstimateReason::LeapDayBirthday);
    }
    other_tenths.sort();
    other_tenths.dedup();
    other_tenths.retain(|tenths| *tenths != share.general_tenths);
    if other_tenths.is_empty() {
        reasons.clear();
    }
    Some(Burden {
        band,
        general_tenths: share.general_tenths,
        estimate: !other_tenths.is_empty(),
        other_tenths,
        reasons,
    })
}
