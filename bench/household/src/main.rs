//! `bench-household make DB N [history]`: a household of N members written through the
//! core's validation and store, each member like one of the six in
//! `crates/core/benches/status.rs` (a current qualification and nine documents); with
//! `history`, each member also has the two earlier qualifications it ended (a household
//! that has used the app for years, as the start-up figures for 1 and 50 members want).
//! `bench-household time DB RUNS`: the median wall time of `household::status` (load the
//! rows and compute) on DB, in microseconds, printed alone on one line.
//! `bench-household file FILE N`: a household file (docs/EXPORT_FORMAT.md) of N members,
//! each with one current qualification and one document, distinct names and cards.
//! `bench-household import DB FILE`: imports FILE into DB twice, as the app does (the
//! check, a dry run, then the import): first into DB as it is, then again over the
//! household just imported (every member matched). Prints the four wall times in ms.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use hoken_techo_core::document::DocumentInput;
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::qualification::QualificationInput;
use hoken_techo_core::{Lang, Locale, MemberInput, Store};

const PEOPLE: [(&str, &str, &str, &str); 6] = [
    ("山田 太郎", "1951-09-20", "本人", "insured"),
    ("山田 花子", "1955-02-14", "配偶者", "dependant"),
    ("山田 一郎", "1990-11-30", "子", "insured"),
    ("山田 二葉", "2003-01-20", "子", "dependant"),
    ("山田 三郎", "2015-04-10", "子", "insured"),
    ("Anna Schmidt", "1992-06-15", "その他", "insured"),
];

const DOCUMENTS: [(&str, &str, &str, &str); 9] = [
    ("card", "2021-12-01", "", ""),
    ("ecert-auth", "2021-12-01", "", ""),
    ("ecert-sign", "2021-12-01", "", ""),
    ("phone", "2025-10-01", "2026-11-30", ""),
    ("registration", "2022-01-10", "", "done"),
    ("kakuninsho", "", "2029-11-30", ""),
    ("koureisha", "", "2027-07-31", ""),
    ("legacy-card", "", "2025-12-01", ""),
    ("zairyu", "", "2030-03-31", ""),
];

fn ctx() -> Context {
    Context::new(
        NaiveDate::from_ymd_opt(2026, 11, 25).expect("a real day"),
        Locale::natural(Lang::Ja),
    )
}

/// The two earlier qualifications of a member "with history": a 国民健康保険 and a
/// previous employer's plan, both ended before the current one began (2020-04-01).
const HISTORY: [(&str, &str, &str, &str); 2] = [
    ("138016", "国保", "2012-04-01", "2016-03-31"),
    ("06130017", "健保", "2016-04-01", "2020-03-31"),
];

fn make(path: &Path, members: usize, history: bool) -> hoken_techo_core::Result<()> {
    let mut store = Store::open(path)?;
    for index in 0..members {
        let (name, birth, relation, role) = PEOPLE[index % PEOPLE.len()];
        // Names and card numbers differ per member: the core refuses the same person
        // or the same card twice.
        let input = MemberInput {
            name: format!("{name} {index}"),
            kana: "ヤマダ".into(),
            birth_date: birth.into(),
            relation: relation.into(),
        };
        let id = household::add_member(&mut store, &input, ctx())?.member.id;
        for (insurer, symbol, acquired, lost) in HISTORY.iter().take(if history { 2 } else { 0 }) {
            let past = QualificationInput {
                insurer_number: (*insurer).into(),
                symbol: (*symbol).into(),
                number: (index + 1).to_string(),
                role: role.into(),
                acquired_on: (*acquired).into(),
                lost_on: (*lost).into(),
                ..Default::default()
            };
            household::add_qualification(&mut store, id, &past, false, ctx())?;
        }
        let qualification = QualificationInput {
            insurer_number: "01130012".into(),
            symbol: "12345678".into(),
            number: (index + 1).to_string(),
            branch: "01".into(),
            role: role.into(),
            acquired_on: "2020-04-01".into(),
            my_number_last4: "1234".into(),
            ..Default::default()
        };
        household::add_qualification(&mut store, id, &qualification, false, ctx())?;
        for (kind, issued, expires, status) in DOCUMENTS {
            let document = DocumentInput {
                kind: kind.into(),
                issued: issued.into(),
                expires: expires.into(),
                status: status.into(),
                ..Default::default()
            };
            // The store directly: the use case `household::set_document` also reads the
            // whole household back to show the saved document, which makes writing N
            // members O(N²) (docs/PERFORMANCE.md). The rows written are the same.
            let valid = document.validate(ctx().today, ctx().locale())?;
            store.set_document(id, &valid)?;
        }
    }
    Ok(())
}

fn time(path: &Path, runs: usize) -> hoken_techo_core::Result<u128> {
    let store = Store::open(path)?;
    let on = NaiveDate::from_ymd_opt(2027, 2, 1).expect("a real day");
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let status = household::status(&store, None, on, ctx())?;
        samples.push(start.elapsed().as_micros());
        std::hint::black_box(status);
    }
    samples.sort_unstable();
    Ok(samples[samples.len() / 2])
}

/// Written as text, not through the core: the file is the input under test, and the
/// core's import is what reads it.
fn household_file(path: &Path, members: usize) -> hoken_techo_core::Result<()> {
    let entries: Vec<String> = (0..members)
        .map(|index| {
            let (name, birth, relation, role) = PEOPLE[index % PEOPLE.len()];
            let relation = match relation {
                "本人" => "self",
                "配偶者" => "spouse",
                "子" => "child",
                _ => "other",
            };
            format!(
                r#"{{"name": "{name} {index}", "kana": "ヤマダ", "birthDate": "{birth}", "relation": "{relation}", "qualifications": [{{"insurerNumber": "01130012", "insurerName": "全国健康保険協会 東京支部", "symbol": "12345678", "number": "{number}", "branch": "01", "role": "{role}", "acquiredOn": "2020-04-01", "myNumberLast4": "1234"}}], "documents": [{{"kind": "card", "held": "held", "issued": "2021-12-01"}}]}}"#,
                number = index + 1
            )
        })
        .collect();
    let text = format!(
        "{{\"format\": \"hoken-techo-household\", \"version\": 1, \"members\": [\n{}\n]}}\n",
        entries.join(",\n")
    );
    std::fs::write(path, text)?;
    Ok(())
}

fn import(db: &Path, file: &Path) -> hoken_techo_core::Result<()> {
    let mut store = Store::open(db)?;
    let mut times = Vec::new();
    for _ in 0..2 {
        for dry_run in [true, false] {
            let start = Instant::now();
            let summary = household::import_household_file(&mut store, file, dry_run, ctx())?;
            times.push(start.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(summary);
        }
    }
    println!(
        "check {:.1} ms, import {:.1} ms; again over it: check {:.1} ms, import {:.1} ms",
        times[0], times[1], times[2], times[3]
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let number = |text: &str| text.parse::<usize>().ok();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[1..] {
        ["make", db, n] if number(n).is_some() => {
            make(Path::new(db), number(n).unwrap_or(0), false)
        }
        ["make", db, n, "history"] if number(n).is_some() => {
            make(Path::new(db), number(n).unwrap_or(0), true)
        }
        ["time", db, runs] if number(runs).is_some() => {
            time(Path::new(db), number(runs).unwrap_or(1)).map(|median| println!("{median}"))
        }
        ["file", file, n] if number(n).is_some() => {
            household_file(Path::new(file), number(n).unwrap_or(0))
        }
        ["import", db, file] => import(Path::new(db), Path::new(file)),
        _ => {
            eprintln!(
                "usage: bench-household make DB MEMBERS [history] | time DB RUNS | file FILE MEMBERS | import DB FILE"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bench-household: {error}");
            ExitCode::FAILURE
        }
    }
}
