//! The household's display settings (chosen in the app) apply to the command line,
//! which shares the file; `--lang` still chooses the language for one run.

use hoken_techo_core::household;
use hoken_techo_core::preferences::{DisplayChange, LanguageChoice};
use hoken_techo_core::{DateOrder, Store};
use predicates::prelude::*;

mod common;
use common::Household;

fn choose(household: &Household, change: DisplayChange) {
    let mut store = Store::open(&household.db()).expect("opens");
    household::change_display(&mut store, change).expect("saved");
}

#[test]
fn english_chosen_in_the_app_is_what_the_cli_speaks_without_lang() {
    let household = Household::new();
    household.add_member("山田 太郎", "1980-01-02");
    choose(&household, DisplayChange::Language(LanguageChoice::En));
    household
        .cmd()
        .args(["member", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Self (insured person)\n    Born: 1980-01-02 (Showa 55) (age 46)",
        ));
    household
        .cmd()
        .args(["member", "show", "9"])
        .assert()
        .failure()
        .stderr("error: There is no household member with ID 9. Check the ID in the list.\n");
    // --lang wins for one run; the date order is then that language's habit.
    household
        .cmd()
        .args(["--lang", "ja", "member", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "生年月日: 昭和55年1月2日 (1980-01-02)（46歳）",
        ));
}

#[test]
fn the_chosen_date_order_applies_in_either_language() {
    let household = Household::new();
    household.add_member("山田 太郎", "1980-01-02");
    choose(
        &household,
        DisplayChange::DateOrder(DateOrder::WesternFirst),
    );
    household
        .cmd()
        .args(["member", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "生年月日: 1980-01-02 (昭和55年1月2日)",
        ));
    choose(&household, DisplayChange::DateOrder(DateOrder::WarekiFirst));
    household
        .cmd()
        .args(["--lang", "en", "member", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Born: Showa 55, January 2 (1980-01-02)",
        ));
}

#[test]
fn the_system_language_decides_until_the_household_chooses() {
    let household = Household::new();
    household.add_member("山田 太郎", "1980-01-02");
    let english_system = || {
        let mut cmd = household.cmd();
        common::system_locale(&mut cmd, "en_US.UTF-8");
        cmd.args(["member", "list"]);
        cmd
    };
    english_system()
        .assert()
        .success()
        .stdout(predicate::str::contains("Born: 1980-01-02 (Showa 55)"));
    choose(&household, DisplayChange::Language(LanguageChoice::Ja));
    english_system()
        .assert()
        .success()
        .stdout(predicate::str::contains("生年月日: 昭和55年1月2日"));
}
