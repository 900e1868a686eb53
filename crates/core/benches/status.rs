//! The status of a 6-member household with every document recorded (the target:
//! well under a millisecond), next to the cost of only loading its rows from SQLite.
//!
//! `cargo bench -p hoken-techo-core --bench status`

use hoken_techo_core::Locale;
use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use hoken_techo_core::document::DocumentInput;
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::qualification::QualificationInput;
use hoken_techo_core::rules::RuleTable;
use hoken_techo_core::status::{household_status, HouseholdData};
use hoken_techo_core::{Lang, MemberInput, Store};

fn ctx() -> Context {
    Context::new(
        NaiveDate::from_ymd_opt(2026, 11, 25).expect("a real day"),
        Locale::natural(Lang::Ja),
    )
}

fn document(kind: &str, issued: &str, expires: &str, status: &str) -> DocumentInput {
    DocumentInput {
        kind: kind.into(),
        issued: issued.into(),
        expires: expires.into(),
        status: status.into(),
        ..Default::default()
    }
}

/// Six people, each with a card, both e-certs, the registration and the papers their
/// age and situation give them; three share one plan (insured + two dependants).
fn household(store: &mut Store) {
    let people = [
        ("山田 太郎", "1951-09-20", "本人", "1", "insured"),
        ("山田 花子", "1955-02-14", "配偶者", "1", "dependant"),
        ("山田 一郎", "1990-11-30", "子", "2", "insured"),
        ("山田 二葉", "2003-01-20", "子", "1", "dependant"),
        ("山田 三郎", "2015-04-10", "子", "3", "insured"),
        ("Anna Schmidt", "1992-06-15", "その他", "4", "insured"),
    ];
    for (index, (name, birth, relation, number, role)) in people.into_iter().enumerate() {
        let member = MemberInput {
            name: name.into(),
            kana: "ヤマダ".into(),
            birth_date: birth.into(),
            relation: relation.into(),
        };
        let id = household::add_member(store, &member, ctx())
            .expect("member")
            .member
            .id;
        let qualification = QualificationInput {
            insurer_number: "01130012".into(),
            symbol: "12345678".into(),
            number: number.into(),
            branch: format!("{:02}", index + 1),
            role: role.into(),
            acquired_on: "2020-04-01".into(),
            my_number_last4: "1234".into(),
            ..Default::default()
        };
        household::add_qualification(store, id, &qualification, false, ctx())
            .expect("qualification");
        let documents = [
            document("card", "2021-12-01", "", ""),
            document("ecert-auth", "2021-12-01", "", ""),
            document("ecert-sign", "2021-12-01", "", ""),
            document("phone", "2025-10-01", "2026-11-30", ""),
            document("registration", "2022-01-10", "", "done"),
            document("kakuninsho", "", "2029-11-30", ""),
            document("koureisha", "", "2027-07-31", ""),
            document("legacy-card", "", "2025-12-01", ""),
            document("zairyu", "", "2030-03-31", ""),
        ];
        for input in &documents {
            household::set_document(store, id, input, ctx()).expect("document");
        }
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&dir.path().join("bench.db")).expect("store");
    household(&mut store);
    let table = RuleTable::standard();
    let on = NaiveDate::from_ymd_opt(2027, 2, 1).expect("a real day");
    let data = HouseholdData::load(&store).expect("rows");
    assert_eq!(data.documents.len(), 54);

    c.bench_function("load_rows_only", |b| {
        b.iter(|| HouseholdData::load(black_box(&store)).expect("rows"))
    });
    c.bench_function("status_from_loaded_rows", |b| {
        b.iter(|| {
            household_status(
                black_box(&data),
                &table,
                black_box(on),
                None,
                Locale::natural(Lang::Ja),
            )
        })
    });
    c.bench_function("status_load_and_compute", |b| {
        b.iter(|| {
            let data = HouseholdData::load(black_box(&store)).expect("rows");
            household_status(
                &data,
                &table,
                black_box(on),
                None,
                Locale::natural(Lang::Ja),
            )
        })
    });
    c.bench_function("status_use_case", |b| {
        b.iter(|| household::status(black_box(&store), None, on, ctx()).expect("status"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
