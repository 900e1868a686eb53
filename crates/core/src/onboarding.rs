//! The first run: whether the first-run guide is still to be shown, and the
//! demo household that lets someone try the app before typing in their own data.
//!
//! The demo household is built relative to "today" so that it always shows something
//! worth seeing: an e-certificate about to expire, one in its grace period, a
//! 資格確認書 running out and a parent turning 75. It goes through the same validation
//! as the forms, so it is proof that the forms accept such a household.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use crate::document::DocumentInput;
use crate::error::Result;
use crate::i18n::Lang;
use crate::member::MemberInput;
use crate::qualification::QualificationInput;
use crate::store::{MemberRows, Store};

/// The preference set once the guide was finished or skipped (`"done"`).
pub(crate) const FIRST_RUN_DONE: &str = "first_run_done";

/// What the window needs to decide at start-up and after each change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Onboarding {
    /// Show the first-run guide: it was never finished or skipped, and nobody is
    /// registered (someone who already has a household needs no introduction).
    pub show_guide: bool,
    /// The guide was finished or skipped (it can still be reopened from the help).
    pub first_run_done: bool,
    /// The demo household is loaded: the window says so and offers to remove it.
    pub demo_loaded: bool,
}

pub fn load(store: &Store) -> Result<Onboarding> {
    let first_run_done = store.preference(FIRST_RUN_DONE)?.is_some();
    let empty = store.members()?.is_empty();
    Ok(Onboarding {
        show_guide: !first_run_done && empty,
        first_run_done,
        demo_loaded: !store.demo_members()?.is_empty(),
    })
}

/// The guide was finished or skipped: it does not open by itself again.
pub fn finish_first_run(store: &mut Store) -> Result<Onboarding> {
    store.set_preference(FIRST_RUN_DONE, "done")?;
    load(store)
}

/// How many members the demo household added or removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DemoChanged {
    pub members: u32,
}

/// Loads the demo household into an empty household (refused otherwise). Choosing
/// the demo also ends the first-run guide: the user has moved on to the app itself.
pub fn load_demo(store: &mut Store, today: NaiveDate, lang: Lang) -> Result<DemoChanged> {
    let rows = demo_household(today, lang)?;
    let ids = store.add_demo_household(&rows)?;
    store.set_preference(FIRST_RUN_DONE, "done")?;
    Ok(DemoChanged {
        members: ids.len() as u32,
    })
}

/// Removes the demo members, also those the user edited, and nobody else.
pub fn remove_demo(store: &mut Store) -> Result<DemoChanged> {
    Ok(DemoChanged {
        members: store.remove_demo_household()? as u32,
    })
}

/// The insurer of the demo household: a made-up 健康保険組合 (法別 06, 東京 13) whose
/// number passes the check digit, and a name that says it is a demo.
pub const DEMO_INSURER_NUMBER: &str = "06139992";
pub const DEMO_INSURER_NAME: &str = "てちょう健康保険組合（お試し）";

/// The fixed, fictional household (the family name 手帳 is the app's own), with dates
/// relative to `today`, validated like typed input.
pub fn demo_household(today: NaiveDate, lang: Lang) -> Result<Vec<MemberRows>> {
    let years_before = |date: NaiveDate, years: u32| date - Months::new(12 * years);
    let after = |days: u64| today + Days::new(days);
    let before = |days: u64| today - Days::new(days);
    let iso = |date: NaiveDate| date.format("%Y-%m-%d").to_string();

    // 太郎: his 利用者証明用電子証明書 ends on his birthday in 20 days (5th birthday
    // after a card issued some weeks after his birthday five years ago).
    let taro_birthday = after(20);
    let taro_card = years_before(taro_birthday, 5) + Days::new(40);
    // 花子: hers ended 40 days ago, so マイナ保険証 works only in the grace period.
    let hanako_birthday = before(40);
    let hanako_card = years_before(hanako_birthday, 5) + Days::new(30);
    // ウメ: turns 75 in 80 days (後期高齢者医療); her 高齢受給者証 ends the day before.
    let ume_75th = after(80);

    let member = |name: &str, kana: &str, birth: NaiveDate, relation: &str| MemberInput {
        name: name.into(),
        kana: kana.into(),
        birth_date: iso(birth),
        relation: relation.into(),
    };
    let qualification = |role: &str, branch: &str, burden: &str| QualificationInput {
        insurer_number: DEMO_INSURER_NUMBER.into(),
        insurer_name: DEMO_INSURER_NAME.into(),
        symbol: "1234".into(),
        number: "5678".into(),
        branch: branch.into(),
        role: role.into(),
        acquired_on: iso(years_before(today, 6)),
        lost_on: String::new(),
        burden: burden.into(),
        my_number_last4: String::new(),
        memo: String::new(),
    };
    let document =
        |kind: &str, held: &str, issued: Option<NaiveDate>, expires: Option<NaiveDate>| {
            DocumentInput {
                kind: kind.into(),
                held: held.into(),
                issued: issued.map(iso).unwrap_or_default(),
                expires: expires.map(iso).unwrap_or_default(),
                status: String::new(),
            }
        };
    let registered = DocumentInput {
        kind: "registration".into(),
        held: String::new(),
        issued: String::new(),
        expires: String::new(),
        status: "done".into(),
    };

    let people = vec![
        (
            member(
                "手帳 太郎",
                "テチョウ タロウ",
                years_before(taro_birthday, 45),
                "self",
            ),
            qualification("insured", "00", "3"),
            vec![
                document("card", "held", Some(taro_card), None),
                registered.clone(),
            ],
        ),
        (
            member(
                "手帳 花子",
                "テチョウ ハナコ",
                years_before(hanako_birthday, 43),
                "spouse",
            ),
            qualification("dependant", "01", "3"),
            vec![
                document("card", "held", Some(hanako_card), None),
                registered.clone(),
            ],
        ),
        (
            member(
                "手帳 陽太",
                "テチョウ ヨウタ",
                years_before(before(100), 8),
                "child",
            ),
            qualification("dependant", "02", "3"),
            vec![
                document("card", "not-held", None, None),
                document("kakuninsho", "held", None, Some(after(25))),
            ],
        ),
        (
            member(
                "手帳 ウメ",
                "テチョウ ウメ",
                years_before(ume_75th, 75),
                "parent",
            ),
            qualification("dependant", "03", "2"),
            vec![
                document("card", "held", Some(years_before(today, 3)), None),
                registered,
                document("koureisha", "held", None, Some(ume_75th - Days::new(1))),
            ],
        ),
    ];
    people
        .into_iter()
        .map(|(member, qualification, documents)| {
            Ok(MemberRows {
                member: member.validate(today)?,
                qualifications: vec![qualification.validate(crate::Locale::natural(lang))?],
                documents: documents
                    .iter()
                    .map(|document| document.validate(today, crate::Locale::natural(lang)))
                    .collect::<Result<_>>()?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::household::{self, Context};
    use crate::member::MemberInput;

    fn open() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("household.db")).unwrap();
        (dir, store)
    }

    fn ctx(today: NaiveDate) -> Context {
        Context::new(today, crate::Locale::natural(Lang::Ja))
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn own_member() -> MemberInput {
        MemberInput {
            name: "山田 太郎".into(),
            kana: "ヤマダ タロウ".into(),
            birth_date: "1980-01-02".into(),
            relation: "self".into(),
        }
    }

    #[test]
    fn the_guide_shows_on_an_empty_database_until_finished() {
        let (_dir, mut store) = open();
        let fresh = load(&store).unwrap();
        assert!(fresh.show_guide);
        assert!(!fresh.first_run_done);
        let finished = finish_first_run(&mut store).unwrap();
        assert!(!finished.show_guide);
        assert!(finished.first_run_done);
        // Kept in the file: a restart does not bring the guide back.
        let path = store.path().to_path_buf();
        drop(store);
        assert!(!load(&Store::open(&path).unwrap()).unwrap().show_guide);
    }

    #[test]
    fn the_guide_does_not_show_to_a_household_that_already_has_members() {
        let (_dir, mut store) = open();
        let today = day(2026, 11, 25);
        household::add_member(&mut store, &own_member(), ctx(today)).unwrap();
        let onboarding = load(&store).unwrap();
        assert!(!onboarding.show_guide);
        assert!(!onboarding.first_run_done);
    }

    #[test]
    fn the_demo_household_is_valid_on_every_day_of_a_leap_year() {
        // Birthdays on 29 February and month ends must not break the relative dates.
        let mut today = day(2028, 1, 1);
        while today < day(2029, 1, 1) {
            let rows = demo_household(today, Lang::Ja).unwrap_or_else(|error| {
                panic!(
                    "{today}: {}",
                    error.message(crate::Locale::natural(Lang::En))
                )
            });
            assert_eq!(rows.len(), 4);
            today = today.succ_opt().unwrap();
        }
    }

    #[test]
    fn the_demo_insurer_number_passes_the_check_digit() {
        let insurer = crate::insurer::parse_insurer_number(DEMO_INSURER_NUMBER).unwrap();
        assert!(insurer.warnings.is_empty());
    }

    #[test]
    fn loading_the_demo_fills_an_empty_household_and_ends_the_guide() {
        let (_dir, mut store) = open();
        let today = day(2026, 11, 25);
        assert_eq!(load_demo(&mut store, today, Lang::Ja).unwrap().members, 4);
        let members = household::list_members(&store, ctx(today)).unwrap();
        let names: Vec<&str> = members.iter().map(|m| m.member.name.as_str()).collect();
        assert_eq!(names, ["手帳 太郎", "手帳 花子", "手帳 陽太", "手帳 ウメ"]);
        let onboarding = load(&store).unwrap();
        assert!(onboarding.demo_loaded);
        assert!(!onboarding.show_guide);
        assert!(onboarding.first_run_done);
    }

    /// SQLite gives a deleted member's id to the next member when it was the highest:
    /// removing the demo afterwards must not take that real person with it, also when
    /// the demo member was deleted by hand (the sqlite3 shell, foreign keys off).
    #[test]
    fn a_real_member_given_a_deleted_demo_members_id_survives_removing_the_demo() {
        let today = day(2026, 11, 25);
        let (dir, mut store) = open();
        let demo = load_demo(&mut store, today, Lang::Ja).unwrap();
        let last = *store.demo_members().unwrap().iter().max().unwrap();
        assert!(demo.members > 1);
        drop(store);
        let by_hand = rusqlite::Connection::open(dir.path().join("household.db")).unwrap();
        // Off, as in the sqlite3 shell (this build's SQLite has them on by default).
        by_hand.pragma_update(None, "foreign_keys", "OFF").unwrap();
        by_hand
            .execute("DELETE FROM member WHERE id = ?1", [last])
            .unwrap();
        drop(by_hand);

        let mut store = Store::open(&dir.path().join("household.db")).unwrap();
        let real = household::add_member(&mut store, &own_member(), ctx(today))
            .unwrap()
            .member;
        assert_eq!(real.id, last, "SQLite reused the id");
        remove_demo(&mut store).unwrap();
        let left = household::list_members(&store, ctx(today)).unwrap();
        assert_eq!(left.len(), 1, "only the real member is left");
        assert_eq!(left[0].member.name, "山田 太郎");
        assert!(store.demo_members().unwrap().is_empty());
    }

    #[test]
    fn the_demo_shows_reminders_due_today() {
        let (_dir, mut store) = open();
        let today = day(2026, 11, 25);
        load_demo(&mut store, today, Lang::Ja).unwrap();
        let list = household::reminders(&store, Default::default(), ctx(today)).unwrap();
        let due: Vec<String> = list.due.iter().map(|r| r.kind.code().to_string()).collect();
        // 太郎's e-cert in 20 days, 陽太's 資格確認書 in 25, ウメ turning 75 in 80.
        for kind in ["expiry-first-notice", "paper-expires", "turning-75"] {
            assert!(due.iter().any(|k| k == kind), "{kind} not in {due:?}");
        }
    }

    #[test]
    fn the_demo_is_refused_when_the_household_has_members_and_nothing_changes() {
        let (_dir, mut store) = open();
        let today = day(2026, 11, 25);
        household::add_member(&mut store, &own_member(), ctx(today)).unwrap();
        let error = load_demo(&mut store, today, Lang::Ja).unwrap_err();
        assert!(matches!(error, Error::HouseholdNotEmpty));
        assert!(error
            .message(crate::Locale::natural(Lang::En))
            .contains("no household member is registered"));
        assert_eq!(store.members().unwrap().len(), 1);
        let onboarding = load(&store).unwrap();
        assert!(!onboarding.demo_loaded);
        assert!(!onboarding.first_run_done);
    }

    #[test]
    fn removing_the_demo_leaves_members_the_user_added_alone() {
        let (_dir, mut store) = open();
        let today = day(2026, 11, 25);
        load_demo(&mut store, today, Lang::Ja).unwrap();
        let own = household::add_member(&mut store, &own_member(), ctx(today)).unwrap();
        // An edited demo member is still demo data and goes with the rest.
        let taro = store.members().unwrap()[0].clone();
        let mut edited = MemberInput::from(&taro);
        edited.name = "手帳 太郎（編集）".into();
        household::edit_member(&mut store, taro.id, &edited, ctx(today)).unwrap();

        assert_eq!(remove_demo(&mut store).unwrap().members, 4);
        let left = store.members().unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].id, own.member.id);
        assert!(!load(&store).unwrap().demo_loaded);
        // Nothing left to remove: a second click removes nobody.
        assert_eq!(remove_demo(&mut store).unwrap().members, 0);
        assert_eq!(store.members().unwrap().len(), 1);
    }

    #[test]
    fn a_reused_id_is_never_taken_for_a_demo_member() {
        let (_dir, mut store) = open();
        let today = day(2026, 11, 25);
        load_demo(&mut store, today, Lang::Ja).unwrap();
        // The user removes the last demo member by hand, then adds their own: SQLite
        // gives the new member the freed id.
        let last = store.members().unwrap().last().unwrap().id;
        household::remove_member(&mut store, last, ctx(today)).unwrap();
        let own = household::add_member(&mut store, &own_member(), ctx(today)).unwrap();
        assert_eq!(own.member.id, last);
        assert_eq!(remove_demo(&mut store).unwrap().members, 3);
        let left = store.members().unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].name, "山田 太郎");
    }

    #[test]
    fn an_import_replaces_the_demo_with_the_households_own_members() {
        let (_dir, mut store) = open();
        let today = day(2026, 11, 25);
        load_demo(&mut store, today, Lang::Ja).unwrap();
        let exported = household::export_household(&store).unwrap();
        household::import_household(&mut store, exported.as_bytes(), false, ctx(today)).unwrap();
        assert_eq!(store.members().unwrap().len(), 4);
        // Imported data is the household's own: the demo banner goes, and removing the
        // demo removes nobody.
        assert!(!load(&store).unwrap().demo_loaded);
        assert_eq!(remove_demo(&mut store).unwrap().members, 0);
        assert_eq!(store.members().unwrap().len(), 4);
    }
}
