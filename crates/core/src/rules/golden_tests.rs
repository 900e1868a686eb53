//! Golden tests: every expected date is written by hand from DOMAIN.md and its sources,
//! never computed by the code under test.

use chrono::NaiveDate;

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn table() -> RuleTable {
    RuleTable::standard()
}

fn card(birth: NaiveDate, issued: NaiveDate) -> ComputedDate {
    card_expiry(
        &table(),
        &CardFacts {
            birth,
            issued,
            residence_until: None,
        },
    )
}

/// A cert issued with the card, or later on its own (not a renewal).
fn cert(birth: NaiveDate, issued: NaiveDate, card_expiry: &ComputedDate) -> ComputedDate {
    renewed_cert(birth, issued, None, card_expiry)
}

fn renewed_cert(
    birth: NaiveDate,
    issued: NaiveDate,
    replaced_expiry: Option<NaiveDate>,
    card_expiry: &ComputedDate,
) -> ComputedDate {
    ecert_expiry(
        &table(),
        &EcertFacts {
            birth,
            issued,
            replaced_expiry,
            card_expiry: card_expiry.clone(),
            residence_until: None,
            auth_cert_expiry: None,
        },
    )
}

fn assert_certain(date: &ComputedDate, expected: NaiveDate) {
    assert_eq!(date.value(), expected);
    assert!(!date.is_estimate(), "{date:?} should be certain");
    assert!(date.reasons().is_empty());
}

// --- §2 card ---

#[test]
fn card_expires_on_10th_birthday_after_issue() {
    assert_certain(&card(d(1990, 6, 15), d(2020, 3, 10)), d(2029, 6, 15));
}

#[test]
fn child_card_expires_on_5th_birthday_after_issue() {
    // 12 years old on the issue date.
    assert_certain(&card(d(2010, 8, 20), d(2023, 5, 1)), d(2027, 8, 20));
}

#[test]
fn birthday_on_the_issue_date_is_not_counted() {
    assert_certain(&card(d(1980, 6, 15), d(2016, 6, 15)), d(2026, 6, 15));
}

#[test]
fn domain_worked_example_2016_card_expires_in_2025_and_its_certs_in_2020() {
    let card = card(d(1980, 6, 15), d(2016, 3, 1));
    assert_certain(&card, d(2025, 6, 15));
    assert_certain(&cert(d(1980, 6, 15), d(2016, 3, 1), &card), d(2020, 6, 15));
}

#[test]
fn card_issued_in_2020_runs_to_2029_and_its_certs_to_2024() {
    let birth = d(1990, 6, 15);
    let card = card(birth, d(2020, 3, 10));
    assert_certain(&card, d(2029, 6, 15));
    let cert = cert(birth, d(2020, 3, 10), &card);
    assert_certain(&cert, d(2024, 6, 15));
    // The month-end arithmetic gives 2024-09-30, but the grace only exists for certs
    // expiring from 2024-12-02 (DOMAIN.md §4), so this cert had none.
    assert_eq!(
        last_day_of_nth_month_after(d(2024, 6, 15), 3),
        d(2024, 9, 30)
    );
    assert_eq!(grace_last_day(&table(), cert.value()), None);
}

#[test]
fn age_18_before_april_2022_gets_a_5_year_card() {
    // 18 on 2022-03-15: J-LIS must have received the application before 2022-04-01,
    // when the adult age for cards was 20.
    assert_certain(&card(d(2003, 5, 1), d(2022, 3, 15)), d(2026, 5, 1));
}

#[test]
fn age_19_just_after_april_2022_gets_a_10_year_card_as_an_estimate() {
    let date = card(d(2003, 1, 20), d(2022, 5, 10));
    assert_eq!(date.value(), d(2032, 1, 20));
    assert!(date.is_estimate());
    assert_eq!(date.reasons(), [EstimateReason::ApplicationDateUnknown]);
    // Applied in March 2022: the 5th birthday instead.
    assert_eq!(date.possible(), [d(2027, 1, 20), d(2032, 1, 20)]);
    assert!(date.admits(d(2027, 1, 20)));
    assert!(!date.admits(d(2031, 1, 20)));
}

#[test]
fn age_19_well_after_april_2022_gets_a_certain_10_year_card() {
    assert_certain(&card(d(2003, 1, 20), d(2022, 9, 1)), d(2032, 1, 20));
}

#[test]
fn age_20_in_the_transition_months_is_certain() {
    assert_certain(&card(d(2002, 1, 20), d(2022, 5, 10)), d(2032, 1, 20));
}

#[test]
fn turning_18_shortly_before_issue_is_an_estimate() {
    // 18 since 2024-05-01; the application may have been received at 17.
    let date = card(d(2006, 5, 1), d(2024, 5, 20));
    assert_eq!(date.value(), d(2034, 5, 1));
    assert_eq!(date.reasons(), [EstimateReason::AgeAtApplicationUnknown]);
    assert_eq!(date.possible(), [d(2029, 5, 1), d(2034, 5, 1)]);
}

#[test]
fn card_and_cert_issued_at_16_end_on_the_same_day() {
    let birth = d(2008, 7, 1);
    let card = card(birth, d(2024, 9, 1));
    assert_certain(&card, d(2029, 7, 1));
    let cert = cert(birth, d(2024, 9, 1), &card);
    assert_certain(&cert, d(2029, 7, 1));
    assert_eq!(cert.capped_by(), None);
}

// --- 29 February ---

#[test]
fn leap_day_birth_uses_28_february_as_an_estimate() {
    let birth = d(1996, 2, 29);
    let card = card(birth, d(2019, 6, 1));
    assert_eq!(card.value(), d(2029, 2, 28));
    assert_eq!(card.reasons(), [EstimateReason::LeapDayBirthday]);
    assert_eq!(card.possible(), [d(2029, 2, 28), d(2029, 3, 1)]);
    // The 5th birthday falls in a leap year: certain, and before the card.
    assert_certain(&cert(birth, d(2019, 6, 1), &card), d(2024, 2, 29));
}

#[test]
fn leap_day_birth_issued_on_28_february_is_an_estimate_by_a_year() {
    let date = nth_birthday_after(d(2000, 2, 29), d(2021, 2, 28), 5);
    assert_eq!(date.value(), d(2026, 2, 28));
    assert_eq!(date.possible(), [d(2025, 3, 1), d(2026, 2, 28)]);
}

// --- §3 e-certs ---

#[test]
fn cert_issued_mid_card_is_capped_by_the_card() {
    let birth = d(1990, 6, 15);
    let card = card(birth, d(2020, 3, 10));
    // Issued again on 2026-01-10: the 5th birthday would be 2030-06-15.
    let cert = cert(birth, d(2026, 1, 10), &card);
    assert_certain(&cert, d(2029, 6, 15));
    assert_eq!(cert.capped_by(), Some(Cap::Card));
}

#[test]
fn cert_renewed_in_the_window_runs_to_the_6th_birthday() {
    let birth = d(1990, 6, 15);
    let card = card(birth, d(2022, 1, 10));
    assert_certain(&card, d(2031, 6, 15));
    let old = Some(d(2024, 6, 15)); // window opens 2024-03-16
    let renewed = |issued| renewed_cert(birth, issued, old, &card).value();
    assert_eq!(renewed(d(2024, 3, 15)), d(2028, 6, 15)); // before the window: 5th
    assert_eq!(renewed(d(2024, 3, 16)), d(2029, 6, 15)); // first day: 6th
    assert_eq!(renewed(d(2024, 4, 1)), d(2029, 6, 15));
    // On the expiry day (a birthday, so not counted) the literal rule gives 6 years.
    assert_eq!(renewed(d(2024, 6, 15)), d(2030, 6, 15));
    assert_eq!(renewed(d(2024, 6, 16)), d(2029, 6, 15)); // after expiry: 5th
}

#[test]
fn cert_renewed_in_the_window_is_capped_by_the_card() {
    let birth = d(1990, 6, 15);
    let card = card(birth, d(2020, 3, 10));
    let cert = renewed_cert(birth, d(2024, 6, 15), Some(d(2024, 6, 15)), &card);
    assert_certain(&cert, d(2029, 6, 15));
    assert_eq!(cert.capped_by(), Some(Cap::Card));
}

#[test]
fn signing_cert_is_capped_by_the_auth_cert() {
    let birth = d(1990, 6, 15);
    let card = ComputedDate::certain(d(2031, 6, 15));
    let auth = ComputedDate::certain(d(2027, 6, 15));
    let sign = ecert_expiry(
        &table(),
        &EcertFacts {
            birth,
            issued: d(2024, 1, 10),
            replaced_expiry: None,
            card_expiry: card,
            residence_until: None,
            auth_cert_expiry: Some(auth),
        },
    );
    assert_certain(&sign, d(2027, 6, 15));
    assert_eq!(sign.capped_by(), Some(Cap::AuthCert));
}

#[test]
fn renewal_window_opens_the_day_after_3_months_before_expiry() {
    let opens = |expiry| renewal_window_opens(&table(), expiry);
    // DOMAIN.md §3 (練馬区/高槻市).
    assert_eq!(opens(d(2023, 7, 7)), d(2023, 4, 8));
    assert_eq!(opens(d(2023, 5, 28)), d(2023, 3, 1));
    assert_eq!(opens(d(2026, 11, 30)), d(2026, 8, 31));
    // 松山市's examples.
    assert_eq!(opens(d(2024, 3, 15)), d(2023, 12, 16));
    assert_eq!(opens(d(2024, 12, 31)), d(2024, 10, 1));
    // 3 months before does not exist: the 1st of the next month.
    assert_eq!(opens(d(2026, 5, 31)), d(2026, 3, 1));
    assert_eq!(opens(d(2024, 5, 30)), d(2024, 3, 1));
    // 2024-02-29 exists.
    assert_eq!(opens(d(2024, 5, 29)), d(2024, 3, 1));
    assert_eq!(opens(d(2027, 1, 15)), d(2026, 10, 16));
    assert!(in_renewal_window(&table(), d(2023, 5, 28), d(2023, 5, 28)));
    assert!(!in_renewal_window(&table(), d(2023, 5, 28), d(2023, 2, 28)));
}

// --- §4 grace ---

#[test]
fn grace_runs_to_the_last_day_of_the_3rd_month_after_expiry() {
    let grace = |expiry| grace_last_day(&table(), expiry);
    assert_eq!(grace(d(2025, 2, 10)), Some(d(2025, 5, 31)));
    assert_eq!(grace(d(2026, 11, 30)), Some(d(2027, 2, 28)));
    assert_eq!(grace(d(2025, 6, 15)), Some(d(2025, 9, 30)));
    assert_eq!(grace(d(2025, 10, 31)), Some(d(2026, 1, 31)));
    assert_eq!(grace(d(2025, 12, 31)), Some(d(2026, 3, 31)));
    assert_eq!(grace(d(2027, 11, 15)), Some(d(2028, 2, 29)));
}

#[test]
fn grace_applies_to_certs_expiring_from_2_december_2024() {
    assert_eq!(grace_last_day(&table(), d(2024, 12, 1)), None);
    assert_eq!(
        grace_last_day(&table(), d(2024, 12, 2)),
        Some(d(2025, 3, 31))
    );
}

#[test]
fn cert_state_moves_from_valid_to_grace_to_expired() {
    let state = |on| cert_state_on(&table(), d(2025, 6, 15), on);
    assert_eq!(state(d(2025, 6, 15)), CertState::Valid);
    let grace = CertState::Grace {
        last_day: d(2025, 9, 30),
    };
    assert_eq!(state(d(2025, 6, 16)), grace);
    assert_eq!(state(d(2025, 9, 30)), grace);
    assert_eq!(state(d(2025, 10, 1)), CertState::Expired);
}

// --- foreign residents ---

#[test]
fn residence_period_caps_card_and_cert() {
    let birth = d(1990, 6, 15);
    let facts = CardFacts {
        birth,
        issued: d(2023, 4, 1),
        residence_until: Some(d(2026, 3, 31)),
    };
    let card = card_expiry(&table(), &facts);
    assert_certain(&card, d(2026, 3, 31));
    assert_eq!(card.capped_by(), Some(Cap::ResidencePeriod));
    let cert = ecert_expiry(
        &table(),
        &EcertFacts {
            birth,
            issued: d(2023, 4, 1),
            replaced_expiry: None,
            card_expiry: card,
            residence_until: Some(d(2026, 3, 31)),
            auth_cert_expiry: None,
        },
    );
    assert_certain(&cert, d(2026, 3, 31));
    assert_eq!(cert.capped_by(), Some(Cap::ResidencePeriod));

    let long_stay = card_expiry(
        &table(),
        &CardFacts {
            residence_until: Some(d(2040, 1, 1)),
            ..facts
        },
    );
    assert_certain(&long_stay, d(2032, 6, 15));
    assert_eq!(long_stay.capped_by(), None);
}

#[test]
fn residence_period_before_both_possible_dates_settles_an_estimate() {
    let date = card_expiry(
        &table(),
        &CardFacts {
            birth: d(2003, 1, 20),
            issued: d(2022, 5, 10),
            residence_until: Some(d(2025, 3, 31)),
        },
    );
    assert_certain(&date, d(2025, 3, 31));
}

// --- §5 old 保険証 ---

#[test]
fn old_card_is_usable_through_1_december_2025() {
    let t = table();
    assert!(legacy_card_usable(&t, None, d(2025, 12, 1)));
    assert!(!legacy_card_usable(&t, None, d(2025, 12, 2)));
    assert_eq!(
        legacy_card_last_day(&t, None, d(2025, 6, 1)),
        Some(d(2025, 12, 1))
    );
    assert_eq!(
        legacy_card_last_day(&t, Some(d(2026, 3, 31)), d(2025, 6, 1)),
        Some(d(2025, 12, 1))
    );
}

#[test]
fn old_card_with_an_earlier_printed_expiry_ends_then() {
    let t = table();
    let own = Some(d(2025, 7, 31));
    assert!(legacy_card_usable(&t, own, d(2025, 7, 31)));
    assert!(!legacy_card_usable(&t, own, d(2025, 8, 1)));
    assert_eq!(legacy_card_last_day(&t, own, d(2025, 6, 1)), own);
}

#[test]
fn old_card_had_no_end_before_the_abolition() {
    assert_eq!(legacy_card_last_day(&table(), None, d(2024, 11, 1)), None);
    assert!(legacy_card_usable(&table(), None, d(2024, 11, 1)));
}

// --- §6 ages ---

#[test]
fn school_entry_follows_the_school_year_of_the_6th_year() {
    let entry = |birth| school_entry_day(&table(), birth);
    // Born 1 April: reaches 6 on 31 March, so starts school on the 6th birthday.
    assert_eq!(entry(d(2019, 4, 1)), d(2025, 4, 1));
    assert_eq!(entry(d(2019, 4, 2)), d(2026, 4, 1));
    assert_eq!(entry(d(2019, 3, 31)), d(2025, 4, 1));
    assert_eq!(entry(d(2019, 12, 31)), d(2026, 4, 1));
    assert_eq!(entry(d(2020, 2, 29)), d(2026, 4, 1));
}

#[test]
fn koureisha_starts_the_month_after_the_70th_birthday() {
    let from = |birth| koureisha_from(&table(), birth);
    assert_eq!(from(d(1956, 6, 15)), d(2026, 7, 1));
    assert_eq!(from(d(1956, 6, 2)), d(2026, 7, 1));
    assert_eq!(from(d(1956, 12, 15)), d(2027, 1, 1));
    assert_eq!(from(d(1956, 2, 29)), d(2026, 3, 1));
}

#[test]
fn koureisha_born_on_the_1st_starts_in_the_birthday_month() {
    let from = |birth| koureisha_from(&table(), birth);
    assert_eq!(from(d(1956, 6, 1)), d(2026, 6, 1));
    assert_eq!(from(d(1957, 1, 1)), d(2027, 1, 1));
}

#[test]
fn kouki_starts_on_the_75th_birthday_and_dependants_lose_cover_that_day() {
    assert_certain(&kouki_from(&table(), d(1951, 6, 15)), d(2026, 6, 15));
    assert_certain(
        &dependants_lose_cover_on(&table(), d(1951, 6, 15)),
        d(2026, 6, 15),
    );
    let leap = kouki_from(&table(), d(1952, 2, 29));
    assert_eq!(leap.value(), d(2027, 2, 28));
    assert_eq!(leap.possible(), [d(2027, 2, 28), d(2027, 3, 1)]);
}

fn burden(birth: NaiveDate, on: NaiveDate) -> (AgeBand, u8, Vec<u8>) {
    let burden = burden_on(&table(), birth, on).unwrap();
    assert_eq!(burden.estimate, !burden.other_tenths.is_empty());
    (burden.band, burden.general_tenths, burden.other_tenths)
}

#[test]
fn burden_is_2_tenths_until_school_entry_then_3() {
    let birth = d(2019, 4, 1);
    assert_eq!(
        burden(birth, d(2025, 3, 31)),
        (AgeBand::Preschool, 2, vec![])
    );
    assert_eq!(
        burden(birth, d(2025, 4, 1)),
        (AgeBand::WorkingAge, 3, vec![])
    );
    assert!(burden_on(&table(), birth, d(2019, 3, 31)).is_none());
}

#[test]
fn burden_at_70_changes_with_the_koureisha_month_and_depends_on_income() {
    let birth = d(1956, 6, 15);
    // 70 since 2026-06-15 but still 3割 until the next month.
    assert_eq!(
        burden(birth, d(2026, 6, 20)),
        (AgeBand::WorkingAge, 3, vec![])
    );
    let koureisha = burden_on(&table(), birth, d(2026, 7, 1)).unwrap();
    assert_eq!(koureisha.band, AgeBand::Koureisha);
    assert_eq!(koureisha.general_tenths, 2);
    assert_eq!(koureisha.other_tenths, [3]);
    assert_eq!(koureisha.reasons, [EstimateReason::IncomeUnknown]);
}

#[test]
fn burden_at_75_is_1_to_3_tenths_by_income() {
    let birth = d(1951, 6, 15);
    assert_eq!(
        burden(birth, d(2026, 6, 14)),
        (AgeBand::Koureisha, 2, vec![3])
    );
    assert_eq!(
        burden(birth, d(2026, 6, 15)),
        (AgeBand::Kouki, 1, vec![2, 3])
    );
    // Before the 2割 band for 後期高齢者 (2022-10-01): 1割 or 3割.
    let older = d(1945, 6, 15);
    assert_eq!(burden(older, d(2022, 9, 30)), (AgeBand::Kouki, 1, vec![3]));
    assert_eq!(
        burden(older, d(2022, 10, 1)),
        (AgeBand::Kouki, 1, vec![2, 3])
    );
}

#[test]
fn leap_day_birth_on_28_february_at_75_is_an_estimate() {
    let burden = burden_on(&table(), d(1952, 2, 29), d(2027, 2, 28)).unwrap();
    assert_eq!(burden.band, AgeBand::Kouki);
    assert_eq!(
        burden.reasons,
        [
            EstimateReason::IncomeUnknown,
            EstimateReason::LeapDayBirthday
        ]
    );
}

// --- the table as data ---

#[test]
fn a_later_row_changes_answers_only_from_its_start() {
    let change = d(2030, 1, 1);
    let old = table();
    let new = table().with_row(
        change,
        RuleSet {
            card_adult_birthdays: 12,
            grace_months_after_expiry_month: Some(6),
            koureisha_age: 72,
            ..old.rules_for(change).clone()
        },
    );
    let births = [
        d(1959, 6, 15),
        d(1960, 6, 15),
        d(2012, 2, 29),
        d(1990, 1, 1),
    ];
    let mut day = d(2029, 1, 1);
    while day < change {
        for birth in births {
            let facts = CardFacts {
                birth,
                issued: day,
                residence_until: None,
            };
            assert_eq!(card_expiry(&old, &facts), card_expiry(&new, &facts));
            assert_eq!(burden_on(&old, birth, day), burden_on(&new, birth, day));
        }
        assert_eq!(grace_last_day(&old, day), grace_last_day(&new, day));
        day = day.succ_opt().unwrap();
    }
    // Someone who became 高齢受給者 before the change keeps that start.
    assert_eq!(koureisha_from(&new, d(1959, 6, 15)), d(2029, 7, 1));

    // From the change on, the new row answers.
    let adult = CardFacts {
        birth: d(1990, 6, 15),
        issued: d(2030, 7, 1),
        residence_until: None,
    };
    assert_certain(&card_expiry(&new, &adult), d(2042, 6, 15));
    assert_certain(&card_expiry(&old, &adult), d(2040, 6, 15));
    assert_eq!(grace_last_day(&new, change), Some(d(2030, 7, 31)));
    assert_eq!(koureisha_from(&new, d(1960, 6, 15)), d(2032, 7, 1));
    // Issued just after the change: the application may predate it.
    let early = CardFacts {
        issued: d(2030, 1, 20),
        ..adult
    };
    let date = card_expiry(&new, &early);
    assert_eq!(date.value(), d(2041, 6, 15));
    assert_eq!(date.reasons(), [EstimateReason::ApplicationDateUnknown]);
    assert_eq!(date.possible(), [d(2039, 6, 15), d(2041, 6, 15)]);
}
