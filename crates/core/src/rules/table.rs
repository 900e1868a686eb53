//! The rule table: every number of DOMAIN.md §2–§6 as data, one row per date a rule
//! changed (DOMAIN.md, preamble: "a later change is one new row plus a test").
//!
//! Each field says which date selects its row ("keyed by"). The functions in the
//! sibling modules only read rules through [`RuleTable::rules_for`] (or
//! `RuleTable::first_day_from` for "from which day" questions), so a new row changes
//! answers from its start date on and never before.

use chrono::NaiveDate;

/// A 負担割合 band: the share most people pay and the others that only income (or a
/// transitional measure) decides, which the app cannot know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    /// In 割 (tenths of the bill), e.g. 3 for 3割.
    pub general_tenths: u8,
    /// Other shares some people in the band pay; empty when the share is the same for all.
    pub other_tenths: Vec<u8>,
}

impl Share {
    pub fn fixed(tenths: u8) -> Self {
        Share {
            general_tenths: tenths,
            other_tenths: Vec::new(),
        }
    }

    pub fn by_income(general_tenths: u8, other_tenths: &[u8]) -> Self {
        Share {
            general_tenths,
            other_tenths: other_tenths.to_vec(),
        }
    }
}

/// 負担割合 by age band (DOMAIN.md §6). Keyed by the date of the medical visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BurdenRules {
    /// Before school entry (未就学).
    pub preschool: Share,
    /// From school entry until 高齢受給者.
    pub working_age: Share,
    /// 高齢受給者 (70–74).
    pub koureisha: Share,
    /// 後期高齢者医療 (75+).
    pub kouki: Share,
}

/// What 後期高齢者医療 members are sent to see a doctor with (DOMAIN §5). Keyed by the
/// date of the visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KoukiPapers {
    /// The insurer's usual papers (before 2025-08-01: the old card, mostly to 2025-07-31).
    Usual,
    /// 2025-08-01 → 2026-07-31 (MHLW decision 2025-04-03): every member, with or
    /// without マイナ保険証, was sent a 資格確認書 valid to `valid_until`, and no お知らせ.
    /// Source: 保団連 news; 足利市, 水戸市, 南房総市 [high].
    KakuninshoForAll { valid_until: NaiveDate },
    /// From 2026-08-01: aged `kakuninsho_age` or over on the 1 August of the cycle →
    /// 資格確認書; younger → the お知らせ if an active マイナ保険証 user, otherwise a
    /// 資格確認書; anyone may apply to keep a 資格確認書. Source: 埼玉県後期高齢者医療広域連合,
    /// 三種町 [medium]. The cycle starts every year on `cycle_month`/`cycle_day` and the
    /// 資格確認書 runs to the day before the next one: 目安 (the 1 August cycle of 国保 and
    /// 後期, team notes; no page states it for 2027).
    ByAge {
        kakuninsho_age: u32,
        cycle_month: u32,
        cycle_day: u32,
    },
}

/// The rules in force from one date. Field docs name the date that selects the row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSet {
    /// Source of `card_*` and `ecert_*`: J-LIS (jpki.go.jp, kojinbango-card.go.jp)
    /// [confirmed]; the 2022-04-01 change follows 改正民法 (成年年齢 18); which date keys
    /// it: 神戸市, 飯能市.
    ///
    /// §2: from this age a card runs to the [`card_adult_birthdays`](Self::card_adult_birthdays)th
    /// birthday after issue. Keyed by the date J-LIS received the application; the app
    /// knows only the issue date, so it uses that and looks back
    /// [`card_application_lead_months`](Self::card_application_lead_months) for rows that
    /// could have applied instead (the answer is then a 目安).
    pub card_adult_age: u32,
    /// §2: 10. Keyed like `card_adult_age`.
    pub card_adult_birthdays: u32,
    /// §2: 5. Keyed like `card_adult_age`.
    pub card_child_birthdays: u32,
    /// How long before the issue date J-LIS may have received the application. An
    /// assumption, not a rule (J-LIS usually makes a card within 1–2 months): it only
    /// decides which computed card dates are marked 目安. Keyed by the issue date.
    pub card_application_lead_months: u32,
    /// §3: 5. Keyed by the e-cert's issue date.
    pub ecert_birthdays: u32,
    /// §3: 6, for a cert renewed inside the renewal window of the one it replaces.
    /// Keyed by the new cert's issue date.
    pub ecert_renewed_in_window_birthdays: u32,
    /// §3: renewal opens this many months before expiry. Keyed by the expiry date.
    /// Source: J-LIS; the first day as 練馬区 and 高槻市 state it [confirmed].
    pub renewal_window_months: u32,
    /// §4: マイナ保険証 still works until the last day of this many months after the
    /// expiry month; `None` = no grace. Keyed by the expiry date (the grace applies to
    /// certs expiring from 2024-12-02, DOMAIN.md §4: in force from the day the old card
    /// was abolished). Source: MHLW newpage_50657; 協会けんぽ r7-7/7071601 (2025-07-16);
    /// いわき市, 多摩市, 松山市 (医療保険部会 第184回) [confirmed].
    pub grace_months_after_expiry_month: Option<u32>,
    /// §5: the last day any old 保険証 can be used; `None` = not abolished. Keyed by the
    /// date of use. Source: seeds 000–004 [confirmed].
    pub legacy_card_last_day: Option<NaiveDate>,
    /// §5: the clinic-side temporary measure: up to this day clinics could accept an
    /// expired old 保険証, or a 資格情報のお知らせ alone, after checking the qualification
    /// online (not an extension of the card). `None` = no such measure: never suggest
    /// either on its own. Keyed by the date of the visit. Source: 事務連絡 2025-06-27,
    /// widened 2025-11-12; extended to 2026-07-31 by the health minister on 2026-03-19
    /// (KAB, 新潟日報, 毎日) [high].
    pub clinic_tolerance_until: Option<NaiveDate>,
    /// §5: what 後期高齢者医療 members are sent. Keyed by the date of the visit.
    pub kouki_papers: KoukiPapers,
    /// §6: 未就学 ends with the school year in which this age is reached. Keyed by the
    /// date the status is asked for. Source (this and the ages below): MHLW [confirmed];
    /// 健康保険法74条, 学校教育法17条.
    pub school_age: u32,
    /// §6: 高齢受給者 from the month after this age is reached. Keyed like `school_age`.
    pub koureisha_age: u32,
    /// §6: 後期高齢者医療 from this birthday. Keyed like `school_age`.
    pub kouki_age: u32,
    /// §6. Keyed by the date of the visit. Source: MHLW [confirmed]; the 2022-10-01 2割
    /// band: 高齢者医療確保法 改正 (MHLW).
    pub burden: BurdenRules,
}

/// One row: `rules` apply from `from` (inclusive) until the next row's `from`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleRow {
    pub from: NaiveDate,
    pub rules: RuleSet,
}

/// The first rules (for every date before the first change) and the changes in date
/// order, so every date has rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleTable {
    first: RuleSet,
    changes: Vec<RuleRow>,
}

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date in the rule table"),
    }
}

/// 改正民法 (成年年齢 18) and the card rule that follows it (DOMAIN.md §2).
pub const ADULT_AGE_18_FROM: NaiveDate = ymd(2022, 4, 1);
/// 後期高齢者 一定以上所得 2割 (高齢者医療確保法 改正, MHLW).
pub const KOUKI_TWO_TENTHS_FROM: NaiveDate = ymd(2022, 10, 1);
/// The last 70–74 year-olds under the 1割 特例 (those who reached 70 by 2014-03-31,
/// i.e. born by 1944-04-01) all turned 75 by 2019-04-01 (MHLW).
pub const KOUREISHA_ONE_TENTH_ENDED: NaiveDate = ymd(2019, 4, 1);
/// Old 保険証 abolished; grace for expired e-certs starts (DOMAIN.md §4, §5).
pub const LEGACY_CARD_ABOLISHED: NaiveDate = ymd(2024, 12, 2);
/// The transitional last day of old 保険証 (DOMAIN.md §5, seeds 000–004).
pub const LEGACY_CARD_LAST_DAY: NaiveDate = ymd(2025, 12, 1);
/// The clinic-side measure starts the day after the old cards' last day (DOMAIN.md §5).
pub const CLINIC_TOLERANCE_FROM: NaiveDate = ymd(2025, 12, 2);
/// Its last day, as extended on 2026-03-19 (DOMAIN.md §5).
pub const CLINIC_TOLERANCE_UNTIL: NaiveDate = ymd(2026, 7, 31);
/// 後期高齢者: every member sent a 資格確認書 (MHLW decision 2025-04-03, DOMAIN.md §5).
pub const KOUKI_KAKUNINSHO_FOR_ALL_FROM: NaiveDate = ymd(2025, 8, 1);
/// The last day of those 資格確認書.
pub const KOUKI_KAKUNINSHO_FOR_ALL_UNTIL: NaiveDate = ymd(2026, 7, 31);
/// 後期高齢者: papers by age from this day (DOMAIN.md §5).
pub const KOUKI_PAPERS_BY_AGE_FROM: NaiveDate = ymd(2026, 8, 1);

impl RuleTable {
    /// A table whose `rules` apply to every date.
    pub fn new(rules: RuleSet) -> Self {
        RuleTable {
            first: rules,
            changes: Vec::new(),
        }
    }

    /// Adds a change from `from`; a change with the same start is replaced
    /// (`NaiveDate::MIN` replaces the first rules).
    pub fn with_row(mut self, from: NaiveDate, rules: RuleSet) -> Self {
        if from == NaiveDate::MIN {
            self.first = rules;
            return self;
        }
        let at = self.changes.partition_point(|row| row.from < from);
        match self.changes.get_mut(at) {
            Some(row) if row.from == from => row.rules = rules,
            _ => self.changes.insert(at, RuleRow { from, rules }),
        }
        self
    }

    /// The rules of DOMAIN.md. The first row (the card system started in 2016) also
    /// answers for earlier dates, which the app does not model.
    pub fn standard() -> Self {
        let base = RuleSet {
            card_adult_age: 20,
            card_adult_birthdays: 10,
            card_child_birthdays: 5,
            card_application_lead_months: 3,
            ecert_birthdays: 5,
            ecert_renewed_in_window_birthdays: 6,
            renewal_window_months: 3,
            grace_months_after_expiry_month: None,
            legacy_card_last_day: None,
            clinic_tolerance_until: None,
            kouki_papers: KoukiPapers::Usual,
            school_age: 6,
            koureisha_age: 70,
            kouki_age: 75,
            burden: BurdenRules {
                preschool: Share::fixed(2),
                working_age: Share::fixed(3),
                // 2割; 現役並み 3割; 1割 for those under the 2014 特例.
                koureisha: Share::by_income(2, &[1, 3]),
                // 1割; 現役並み 3割.
                kouki: Share::by_income(1, &[3]),
            },
        };
        let one_tenth_ended = RuleSet {
            burden: BurdenRules {
                koureisha: Share::by_income(2, &[3]),
                ..base.burden.clone()
            },
            ..base.clone()
        };
        let adult_18 = RuleSet {
            card_adult_age: 18,
            ..one_tenth_ended.clone()
        };
        let kouki_two_tenths = RuleSet {
            burden: BurdenRules {
                kouki: Share::by_income(1, &[2, 3]),
                ..adult_18.burden.clone()
            },
            ..adult_18.clone()
        };
        let abolished = RuleSet {
            grace_months_after_expiry_month: Some(3),
            legacy_card_last_day: Some(LEGACY_CARD_LAST_DAY),
            ..kouki_two_tenths.clone()
        };
        let kouki_for_all = RuleSet {
            kouki_papers: KoukiPapers::KakuninshoForAll {
                valid_until: KOUKI_KAKUNINSHO_FOR_ALL_UNTIL,
            },
            ..abolished.clone()
        };
        let clinic_tolerance = RuleSet {
            clinic_tolerance_until: Some(CLINIC_TOLERANCE_UNTIL),
            ..kouki_for_all.clone()
        };
        let kouki_by_age = RuleSet {
            clinic_tolerance_until: None,
            kouki_papers: KoukiPapers::ByAge {
                kakuninsho_age: 85,
                cycle_month: 8,
                cycle_day: 1,
            },
            ..clinic_tolerance.clone()
        };
        RuleTable::new(base)
            .with_row(KOUREISHA_ONE_TENTH_ENDED, one_tenth_ended)
            .with_row(ADULT_AGE_18_FROM, adult_18)
            .with_row(KOUKI_TWO_TENTHS_FROM, kouki_two_tenths)
            .with_row(LEGACY_CARD_ABOLISHED, abolished)
            .with_row(KOUKI_KAKUNINSHO_FOR_ALL_FROM, kouki_for_all)
            .with_row(CLINIC_TOLERANCE_FROM, clinic_tolerance)
            .with_row(KOUKI_PAPERS_BY_AGE_FROM, kouki_by_age)
    }

    /// The rules before the first change.
    pub fn first(&self) -> &RuleSet {
        &self.first
    }

    /// The changes, in date order.
    pub fn changes(&self) -> &[RuleRow] {
        &self.changes
    }

    /// The rules in force on `date`.
    pub fn rules_for(&self, date: NaiveDate) -> &RuleSet {
        let started = self.changes.partition_point(|row| row.from <= date);
        started
            .checked_sub(1)
            .and_then(|last| self.changes.get(last))
            .map_or(&self.first, |row| &row.rules)
    }

    /// The days in `[from, to]` where the rules may differ from a neighbour: both ends,
    /// and the last and first day around each row start inside the range. A fact that
    /// only grows with the date (age) is settled everywhere once checked at these days.
    pub(super) fn boundary_days(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let mut days = vec![from, to];
        for row in &self.changes {
            if from < row.from && row.from <= to {
                days.push(row.from);
                if let Some(before) = row.from.pred_opt() {
                    days.push(before);
                }
            }
        }
        days.sort();
        days.dedup();
        days
    }

    /// The first day `d` with `d >= start(rules_for(d))`: when a status that begins on
    /// an age-dependent day (e.g. 高齢受給者) begins, under the rules in force on that
    /// day. If a row moves the start day past its own start, the next rows decide; if
    /// it moves it before, the status begins on the row's start.
    pub(super) fn first_day_from(&self, start: impl Fn(&RuleSet) -> NaiveDate) -> NaiveDate {
        let segments = std::iter::once((NaiveDate::MIN, &self.first))
            .chain(self.changes.iter().map(|row| (row.from, &row.rules)));
        let ends = self
            .changes
            .iter()
            .map(|row| Some(row.from))
            .chain(std::iter::once(None));
        let mut candidate = NaiveDate::MAX;
        for ((from, rules), end) in segments.zip(ends) {
            candidate = start(rules);
            if end.is_none_or(|end| candidate < end) {
                return candidate.max(from);
            }
        }
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_row_applies_from_its_start_date() {
        let table = RuleTable::standard();
        assert_eq!(table.rules_for(ymd(2022, 3, 31)).card_adult_age, 20);
        assert_eq!(table.rules_for(ymd(2022, 4, 1)).card_adult_age, 18);
        assert_eq!(
            table
                .rules_for(ymd(2024, 12, 1))
                .grace_months_after_expiry_month,
            None
        );
        assert_eq!(
            table
                .rules_for(ymd(2024, 12, 2))
                .grace_months_after_expiry_month,
            Some(3)
        );
        // Dates before the card system use the first row.
        assert_eq!(table.rules_for(ymd(1990, 1, 1)).card_adult_age, 20);
    }

    #[test]
    fn the_2025_and_2026_rows_apply_from_their_days() {
        // DOMAIN §5, hand-read: 後期 資格確認書 for all 2025-08-01 → 2026-07-31; the
        // clinic-side measure 2025-12-02 → 2026-07-31; by age from 2026-08-01.
        let table = RuleTable::standard();
        assert_eq!(
            table.rules_for(ymd(2025, 7, 31)).kouki_papers,
            KoukiPapers::Usual
        );
        assert_eq!(
            table.rules_for(ymd(2025, 8, 1)).kouki_papers,
            KoukiPapers::KakuninshoForAll {
                valid_until: ymd(2026, 7, 31)
            }
        );
        assert_eq!(
            table.rules_for(ymd(2025, 12, 1)).clinic_tolerance_until,
            None
        );
        assert_eq!(
            table.rules_for(ymd(2025, 12, 2)).clinic_tolerance_until,
            Some(ymd(2026, 7, 31))
        );
        let july_31 = table.rules_for(ymd(2026, 7, 31));
        assert_eq!(july_31.clinic_tolerance_until, Some(ymd(2026, 7, 31)));
        assert!(matches!(
            july_31.kouki_papers,
            KoukiPapers::KakuninshoForAll { .. }
        ));
        let august_1 = table.rules_for(ymd(2026, 8, 1));
        assert_eq!(august_1.clinic_tolerance_until, None);
        assert_eq!(
            august_1.kouki_papers,
            KoukiPapers::ByAge {
                kakuninsho_age: 85,
                cycle_month: 8,
                cycle_day: 1
            }
        );
        // The grace row is unchanged by the later rows.
        assert_eq!(august_1.grace_months_after_expiry_month, Some(3));
    }

    #[test]
    fn a_row_with_an_existing_start_replaces_it() {
        let table = RuleTable::standard();
        let changed = RuleSet {
            card_adult_age: 17,
            ..table.rules_for(ADULT_AGE_18_FROM).clone()
        };
        let table = table.with_row(ADULT_AGE_18_FROM, changed);
        assert_eq!(table.changes().len(), RuleTable::standard().changes().len());
        assert_eq!(table.rules_for(ADULT_AGE_18_FROM).card_adult_age, 17);
    }

    #[test]
    fn boundary_days_bracket_each_row_start() {
        let table = RuleTable::standard();
        assert_eq!(
            table.boundary_days(ymd(2022, 2, 10), ymd(2022, 5, 10)),
            vec![
                ymd(2022, 2, 10),
                ymd(2022, 3, 31),
                ymd(2022, 4, 1),
                ymd(2022, 5, 10)
            ]
        );
    }
}
