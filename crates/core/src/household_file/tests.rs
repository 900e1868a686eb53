use chrono::NaiveDate;
use serde_json::{json, Value};

use super::*;
use crate::error::{Error, ImportProblem, Problem};
use crate::household::{self, Context};
use crate::i18n::{DateOrder, Lang, Locale};

fn ctx() -> Context {
    Context::new(
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        Locale::natural(Lang::Ja),
    )
}

/// Two members, with current and past qualifications and documents of several kinds.
fn family() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("hoken-techo.db")).unwrap();
    let mut add = |name: &str, kana: &str, birth: &str, relation: &str| {
        let input = MemberInput {
            name: name.into(),
            kana: kana.into(),
            birth_date: birth.into(),
            relation: relation.into(),
        };
        household::add_member(&mut store, &input, ctx())
            .unwrap()
            .member
            .id
    };
    let taro = add("山田 太郎", "ヤマダ タロウ", "1980-01-02", "本人");
    let hanako = add("髙﨑 花子", "タカサキ ハナコ", "1982-03-04", "配偶者");
    let notice = |symbol: &str, acquired: &str, lost: &str| QualificationInput {
        insurer_number: "01130012".into(),
        insurer_name: "全国健康保険協会 東京支部".into(),
        symbol: symbol.into(),
        number: "１２３".into(),
        branch: "1".into(),
        acquired_on: acquired.into(),
        lost_on: lost.into(),
        burden: "3割".into(),
        my_number_last4: "1234".into(),
        memo: "転職のため".into(),
        ..Default::default()
    };
    for (member, symbol, acquired, lost) in [
        (taro, "1111", "2015-04-01", "2020-04-01"),
        (taro, "１２３４５６７８", "令和2年4月1日", ""),
        (hanako, "2222", "2020-04-01", ""),
    ] {
        household::add_qualification(
            &mut store,
            member,
            &notice(symbol, acquired, lost),
            false,
            ctx(),
        )
        .unwrap();
    }
    for (member, kind, issued, expires, status) in [
        (taro, "card", "2020-03-10", "", ""),
        (taro, "registration", "2023-01-20", "", ""),
        (taro, "kakuninsho", "", "2029-11-30", ""),
        (hanako, "registration", "", "", "not-done"),
    ] {
        let input = DocumentInput {
            kind: kind.into(),
            issued: issued.into(),
            expires: expires.into(),
            status: status.into(),
            ..Default::default()
        };
        household::set_document(&mut store, member, &input, ctx()).unwrap();
    }
    (dir, store)
}

fn empty_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("other.db")).unwrap();
    (dir, store)
}

fn import_error(store: &mut Store, file: &Value) -> (String, ImportProblem, String) {
    let bytes = serde_json::to_vec(file).unwrap();
    match household::import_household(store, &bytes, false, ctx()) {
        Err(error @ Error::Import(_)) => {
            let message = error.message(Locale::natural(Lang::En));
            let Error::Import(import) = error else {
                unreachable!()
            };
            (import.path, import.problem, message)
        }
        other => panic!("expected an import error, got {other:?}"),
    }
}

#[test]
fn export_then_import_then_export_gives_the_same_bytes() {
    let (_dir, store) = family();
    let first = export(&store).unwrap();
    let (_other, mut copy) = empty_store();
    let summary = household::import_household(&mut copy, first.as_bytes(), false, ctx()).unwrap();
    assert_eq!(
        (
            summary.members_added,
            summary.qualifications,
            summary.documents
        ),
        (2, 3, 4)
    );
    assert_eq!(export(&copy).unwrap(), first);
    // And again over itself: nothing changes.
    let summary = household::import_household(&mut copy, first.as_bytes(), false, ctx()).unwrap();
    assert_eq!((summary.members_unchanged, summary.members_added), (2, 0));
    assert_eq!(export(&copy).unwrap(), first);
}

#[test]
fn the_file_is_versioned_and_holds_the_form_fields() {
    let (_dir, store) = family();
    let file: Value = serde_json::from_str(&export(&store).unwrap()).unwrap();
    assert_eq!(file["format"], "hoken-techo-household");
    assert_eq!(file["version"], 1);
    let taro = &file["members"][0];
    assert_eq!(taro["name"], "山田 太郎");
    assert_eq!(taro["relation"], "self");
    assert_eq!(
        taro["qualifications"][0]["lostOn"], "2020-04-01",
        "entry order"
    );
    assert_eq!(
        taro["qualifications"][1]["symbol"], "１２３４５６７８",
        "as typed"
    );
    assert_eq!(taro["qualifications"][1]["acquiredOn"], "2020-04-01");
    assert_eq!(
        taro["documents"][1],
        json!({"kind": "registration", "held": "held", "issued": "2023-01-20", "expires": "", "status": "done"})
    );
    assert!(taro.get("id").is_none(), "ids belong to one database");
}

#[test]
fn a_dry_run_reports_the_changes_and_writes_nothing() {
    let (_dir, mut store) = family();
    let mut file: Value = serde_json::from_str(&export(&store).unwrap()).unwrap();
    file["members"][0]["kana"] = json!("ヤマダ タロー");
    file["members"][1] = json!({"name": "山田 一郎", "kana": "ヤマダ イチロウ", "birthDate": "2010-05-05", "relation": "子"});
    let before = export(&store).unwrap();
    let bytes = serde_json::to_vec(&file).unwrap();
    let summary = household::import_household(&mut store, &bytes, true, ctx()).unwrap();
    assert_eq!(
        summary,
        ImportSummary {
            dry_run: true,
            members_added: 1,
            members_replaced: 1,
            members_unchanged: 0,
            members_removed: 1,
            qualifications: 2,
            documents: 3,
            backup: None,
        }
    );
    assert_eq!(export(&store).unwrap(), before);
    let applied = household::import_household(&mut store, &bytes, false, ctx()).unwrap();
    assert_eq!(
        applied.backup.as_deref(),
        Some("hoken-techo-2026-11-25-before-import.db")
    );
    assert_eq!(store.members().unwrap().len(), 2);
}

#[test]
fn bad_files_change_nothing_and_name_the_place_and_the_reason() {
    let (_dir, mut store) = family();
    let good: Value = serde_json::from_str(&export(&store).unwrap()).unwrap();
    let before = export(&store).unwrap();
    let with = |change: &dyn Fn(&mut Value)| {
        let mut file = good.clone();
        change(&mut file);
        file
    };
    let cases: Vec<(Value, &str, &str)> = vec![
        (
            with(&|f| f["version"] = json!(2)),
            "version",
            "version of the format is not supported",
        ),
        (
            with(&|f| f["version"] = json!("1")),
            "version",
            "must be an integer",
        ),
        (
            with(&|f| f["format"] = json!("something-else")),
            "format",
            "not a hoken-techo export",
        ),
        (
            with(&|f| f["members"][1]["qualifications"][0]["insurerNumber"] = json!("01130013")),
            "members[1].qualifications[0].insurerNumber",
            "check digit",
        ),
        (
            with(&|f| f["members"][1] = f["members"][0].clone()),
            "members[1]",
            "same person",
        ),
        (
            with(&|f| f["members"][0]["documents"][2]["kind"] = json!("card")),
            "members[0].documents[2].kind",
            "same kind of document as members[0].documents[0].kind",
        ),
        (
            with(&|f| f["members"][0]["qualifications"][0]["lostOn"] = json!("")),
            "members[0].qualifications[1]",
            "second current qualification",
        ),
        (
            with(&|f| f["members"][1]["qualifications"][0]["symbol"] = json!("1111")),
            "members[1].qualifications[0]",
            "same insurer number, symbol, number and branch number as members[0].qualifications[0]",
        ),
        (
            with(&|f| f["members"][0]["nickname"] = json!("taro")),
            "members[0].nickname",
            "not part of the format",
        ),
        (
            with(&|f| f["members"][0]["birthDate"] = json!(1980)),
            "members[0].birthDate",
            "must be a string",
        ),
        (
            with(&|f| f["members"][0]["birthDate"] = json!("2030-01-01")),
            "members[0].birthDate",
            "in the future",
        ),
        (
            with(&|f| f["members"] = json!({})),
            "members",
            "must be an array",
        ),
        (
            with(&|f| f["members"][1]["qualifications"][0]["memo"] = json!("番号 1234 5678 9012")),
            "members[1].qualifications[0].memo",
            "12-digit My Number",
        ),
        (
            with(&|f| {
                f["members"][0]["qualifications"][1]["myNumberLast4"] = json!("123456789012")
            }),
            "members[0].qualifications[1].myNumberLast4",
            "12-digit My Number",
        ),
    ];
    for (file, path, reason) in cases {
        let (found, _problem, message) = import_error(&mut store, &file);
        assert_eq!(found, path, "{message}");
        assert!(message.contains(path), "{message}");
        assert!(message.contains(reason), "{path}: {message}");
        assert!(message.ends_with("Nothing was changed."), "{message}");
        assert_eq!(
            export(&store).unwrap(),
            before,
            "{path}: the household changed"
        );
    }
}

#[test]
fn malformed_json_is_placed_by_line_and_column_in_both_languages() {
    let (_dir, mut store) = family();
    let bytes =
        b"{\n  \"format\": \"hoken-techo-household\",\n  \"version\": 1,\n  \"members\": [\n}";
    let error = household::import_household(&mut store, bytes, false, ctx()).unwrap_err();
    assert!(
        matches!(&error, Error::Import(e) if e.problem == ImportProblem::NotJson { line: 5, column: 1 }),
        "{error:?}"
    );
    assert!(
        error
            .message(Locale::natural(Lang::Ja))
            .contains("5行1文字目"),
        "{}",
        error.message(Locale::natural(Lang::Ja))
    );
    assert!(error
        .message(Locale::natural(Lang::En))
        .contains("line 5, column 1"));
    assert_eq!(store.members().unwrap().len(), 2);
}

#[test]
fn a_field_error_in_a_file_says_the_same_as_the_form() {
    let (_dir, mut store) = family();
    let mut file: Value = serde_json::from_str(&export(&store).unwrap()).unwrap();
    file["members"][0]["kana"] = json!("Yamada");
    let (path, problem, _) = import_error(&mut store, &file);
    assert_eq!(path, "members[0].kana");
    let ImportProblem::Field(field_error) = problem else {
        panic!("{problem:?}")
    };
    assert_eq!(field_error.problem, Problem::NotKatakana);
}

/// A date in a field error follows the reader's order of the calendars, also in
/// English (the import's messages once took the language alone, western first).
#[test]
fn a_date_in_an_import_error_follows_the_chosen_order_of_the_calendars() {
    let (_dir, mut store) = family();
    let mut file: Value = serde_json::from_str(&export(&store).unwrap()).unwrap();
    file["members"][0]["qualifications"][0]["acquiredOn"] = json!("令和元年4月30日");
    let bytes = serde_json::to_vec(&file).unwrap();
    let error = household::import_household(&mut store, &bytes, false, ctx()).unwrap_err();
    let wareki_first = error.message(Locale::new(Lang::En, DateOrder::WarekiFirst));
    assert!(
        wareki_first.contains("Reiwa 1, May 1 (2019-05-01)"),
        "{wareki_first}"
    );
    let western_first = error.message(Locale::new(Lang::En, DateOrder::WesternFirst));
    assert!(
        western_first.contains("2019-05-01 (Reiwa 1)"),
        "{western_first}"
    );
}

/// The caps (docs/DECISIONS.md, "Import caps"): far above any household, and refused
/// before a single record is checked, so a huge file costs no more than reading it.
#[test]
fn a_file_over_the_member_or_qualification_cap_is_refused_with_the_limit() {
    let (_dir, mut store) = family();
    let before = export(&store).unwrap();
    let member = |i: usize| json!({"name": format!("山田 {i}"), "kana": "ヤマダ", "birthDate": "1980-01-02", "relation": "子"});
    let file = |members: Vec<Value>| {
        serde_json::to_vec(&json!({"format": FORMAT, "version": VERSION, "members": members}))
            .unwrap()
    };
    let refused = |store: &mut Store, bytes: &[u8]| {
        let error =
            household::import_household(store, bytes, false, ctx()).expect_err("over the cap");
        let Error::Import(import) = &error else {
            panic!("{error:?}")
        };
        (
            error.kind().name(),
            import.path.clone(),
            error.message(Locale::natural(Lang::Ja)),
            error.message(Locale::natural(Lang::En)),
        )
    };

    let at_cap = file((0..500).map(member).collect());
    let summary = household::import_household(&mut store, &at_cap, true, ctx()).unwrap();
    assert_eq!(summary.members_added, 500);
    let (kind, path, ja, en) = refused(&mut store, &file((0..501).map(member).collect()));
    assert_eq!(
        (kind, path.as_str()),
        ("import:too-many-members", "members")
    );
    assert!(ja.contains("500人まで"), "{ja}");
    assert!(
        en.contains("too many members") && en.contains("at most 500"),
        "{en}"
    );

    // One member's plans: past ones (each its own card), then the current one.
    let qualifications = |n: usize| -> Vec<Value> {
        (0..n)
            .map(|q| {
                let lost = if q + 1 == n { "" } else { "2001-04-01" };
                json!({"insurerNumber": "01130012", "symbol": format!("{q}"), "number": "1", "acquiredOn": "2000-04-01", "lostOn": lost})
            })
            .collect()
    };
    let with = |n: usize| {
        let mut one = member(0);
        one["qualifications"] = Value::Array(qualifications(n));
        file(vec![one])
    };
    let summary = household::import_household(&mut store, &with(100), true, ctx()).unwrap();
    assert_eq!(summary.qualifications, 100);
    let (kind, path, ja, en) = refused(&mut store, &with(101));
    assert_eq!(
        (kind, path.as_str()),
        (
            "import:too-many-qualifications",
            "members[0].qualifications"
        )
    );
    assert!(ja.contains("100件まで"), "{ja}");
    assert!(
        en.contains("too many qualifications") && en.contains("at most 100"),
        "{en}"
    );
    assert_eq!(export(&store).unwrap(), before, "nothing changed");
}
