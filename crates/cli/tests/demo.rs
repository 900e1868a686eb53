//! `hoken-techo demo load|remove`: the demo household goes in only into an empty
//! household and comes out without touching anyone the user added.

use predicates::prelude::*;

mod common;
use common::Household;

fn names(household: &Household) -> Vec<String> {
    household
        .json(&["member", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn demo_load_then_remove_leaves_the_users_own_member() {
    let household = Household::new();
    household
        .cmd()
        .args(["demo", "load"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "お試し用の家族（4人、架空の人物）",
        ));
    assert_eq!(
        names(&household),
        ["手帳 太郎", "手帳 花子", "手帳 陽太", "手帳 ウメ"]
    );
    // The demo shows something to act on today.
    let reminders = household.json(&["reminders"]);
    assert!(!reminders["due"].as_array().unwrap().is_empty());

    household.add_member("山田 太郎", "1980-01-02");
    let removed = household.json(&["demo", "remove"]);
    assert_eq!(removed["members"], 4);
    assert_eq!(names(&household), ["山田 太郎"]);

    household
        .cmd()
        .args(["--lang", "en", "demo", "remove"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No demo household is loaded"));
    assert_eq!(names(&household), ["山田 太郎"]);
}

#[test]
fn demo_load_is_refused_when_someone_is_registered() {
    let household = Household::new();
    household.add_member("山田 太郎", "1980-01-02");
    household
        .cmd()
        .args(["--lang", "en", "demo", "load"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "only be loaded while no household member is registered",
        ));
    assert_eq!(names(&household), ["山田 太郎"]);
}
