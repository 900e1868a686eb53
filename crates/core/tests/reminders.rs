//! Reminders through the use cases (`household::*`) on a real file: what the app, its
//! notifier and the CLI call. Expected dates are written by hand from DOMAIN.md.

use hoken_techo_core::Locale;
use std::collections::HashSet;
use std::sync::{Arc, Barrier};

use chrono::NaiveDate;
use hoken_techo_core::document::{DocumentInput, DocumentKind};
use hoken_techo_core::error::{Field, Problem};
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::reminders::{ReminderKind, ReminderQuery, ReminderStatus, SnoozeFor};
use hoken_techo_core::{Error, Lang, MemberInput, Store};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn on(today: NaiveDate) -> Context {
    Context::new(today, Locale::natural(Lang::Ja))
}

fn ctx() -> Context {
    on(d(2026, 11, 25))
}

const AUTH_LAST_NOTICE: &str = "m1:expiry-last-notice:ecert-auth:2026-11-30";
const AUTH_FIRST_NOTICE: &str = "m1:expiry-first-notice:ecert-auth:2026-11-30";
const AUTH_WINDOW: &str = "m1:renewal-opens:ecert-auth:2026-11-30";

/// 山田 太郎 (born 1990-11-30, card issued 2021-12-01: e-certs to 2026-11-30).
fn household() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("household.db");
    let mut store = Store::open(&path).unwrap();
    let input = MemberInput {
        name: "山田 太郎".into(),
        kana: "ヤマダ タロウ".into(),
        birth_date: "1990-11-30".into(),
        relation: "本人".into(),
    };
    let id = household::add_member(&mut store, &input, ctx())
        .unwrap()
        .member
        .id;
    assert_eq!(id, 1);
    let card = DocumentInput {
        kind: "card".into(),
        issued: "令和3年12月1日".into(),
        ..Default::default()
    };
    household::set_document(&mut store, id, &card, ctx()).unwrap();
    (dir, path, store)
}

fn due_ids(store: &Store, context: Context) -> Vec<String> {
    household::reminders(store, ReminderQuery::default(), context)
        .unwrap()
        .due
        .into_iter()
        .map(|view| view.id)
        .collect()
}

#[test]
fn the_list_shows_what_is_due_and_what_comes_next() {
    let (_dir, _path, store) = household();
    let lists = household::reminders(&store, ReminderQuery::default(), ctx()).unwrap();
    let due: Vec<&str> = lists.due.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(due, [AUTH_WINDOW, AUTH_FIRST_NOTICE, AUTH_LAST_NOTICE]);
    let last = &lists.due[2];
    assert_eq!(last.fire_on, d(2026, 11, 23));
    assert_eq!(last.deadline, d(2026, 11, 30));
    assert_eq!(last.member_name, "山田 太郎");
    assert_eq!(
        last.title,
        "利用者証明用電子証明書の有効期限がまもなく切れます"
    );
    assert!(last
        .body
        .starts_with("利用者証明用電子証明書の有効期限は令和8年11月30日 (2026-11-30)です。"));
    assert!(last.asks_for_new_expiry);
    assert_eq!(last.state.status, ReminderStatus::Open);
    // The default span is 400 days: the card's window (2031) is beyond it.
    let upcoming: Vec<NaiveDate> = lists.upcoming.iter().map(|v| v.fire_on).collect();
    assert_eq!(upcoming, [d(2026, 11, 30), d(2027, 2, 28)]);
    let json = serde_json::to_value(&lists.due[2]).unwrap();
    assert_eq!(json["fireOn"], "2026-11-23");
    assert_eq!(json["kind"], "expiry-last-notice");
    assert_eq!(json["document"], "ecert-auth");
    assert_eq!(json["asksForNewExpiry"], true);
}

#[test]
fn done_with_the_new_expiry_saves_it_and_the_old_reminders_vanish() {
    let (_dir, _path, mut store) = household();
    let done = household::reminder_done(
        &mut store,
        AUTH_LAST_NOTICE,
        Some("令和13年11月30日"),
        ctx(),
    )
    .unwrap();
    assert_eq!(done.state.status, ReminderStatus::Done);
    assert_eq!(done.state.changed_on, Some(d(2026, 11, 25)));
    let documents = household::list_documents(&store, 1, ctx()).unwrap();
    let auth = documents
        .iter()
        .find(|doc| doc.kind == DocumentKind::EcertAuth)
        .unwrap();
    assert_eq!(auth.expiry.as_ref().unwrap().date, d(2031, 11, 30));
    assert!(due_ids(&store, ctx())
        .iter()
        .all(|id| !id.contains("ecert-auth:2026-11-30")));
}

#[test]
fn a_wrong_new_expiry_is_a_field_error_and_changes_nothing() {
    let (_dir, _path, mut store) = household();
    let before = household::list_documents(&store, 1, ctx()).unwrap();
    for (typed, problem) in [
        ("令和13年2月30日", Problem::DateNotInCalendar),
        ("いつか", Problem::DateUnreadable),
        ("2026-11-30", Problem::ExpiryNotAfterPrevious),
    ] {
        let error =
            household::reminder_done(&mut store, AUTH_LAST_NOTICE, Some(typed), ctx()).unwrap_err();
        let fields: Vec<(Field, Problem)> = error
            .field_errors()
            .iter()
            .map(|e| (e.field, e.problem.clone()))
            .collect();
        assert_eq!(fields, [(Field::ExpiryDate, problem)], "{typed}");
        let report = error.report(Locale::natural(Lang::En));
        assert!(
            report.fields[0].message.starts_with("Expiry date"),
            "{report:?}"
        );
    }
    assert_eq!(household::list_documents(&store, 1, ctx()).unwrap(), before);
    assert!(due_ids(&store, ctx()).contains(&AUTH_LAST_NOTICE.to_string()));
}

#[test]
fn the_card_asks_for_its_issue_date_instead_of_an_expiry() {
    let (_dir, _path, mut store) = household();
    let card_day = "m1:expiry-day:card:2031-11-30";
    let error =
        household::reminder_done(&mut store, card_day, Some("2036-11-30"), ctx()).unwrap_err();
    assert_eq!(error.field_errors()[0].problem, Problem::NotForThisReminder);
    let message = error.message(Locale::natural(Lang::Ja));
    assert!(
        message.starts_with("有効期限は、この通知では入力できません。"),
        "{message}"
    );
    let done = household::reminder_done(&mut store, card_day, None, ctx()).unwrap();
    assert!(!done.asks_for_new_expiry);
    assert_eq!(done.state.status, ReminderStatus::Done);
}

#[test]
fn an_unknown_id_is_not_found_without_quoting_it() {
    let (_dir, _path, mut store) = household();
    let error = household::reminder_dismiss(&mut store, "m1:expiry-day:card:1999-01-01", ctx())
        .unwrap_err();
    assert!(matches!(error, Error::ReminderNotFound));
    assert_eq!(error.code(), hoken_techo_core::error::ErrorCode::NotFound);
    assert!(!error.message(Locale::natural(Lang::Ja)).contains("1999"));
}

#[test]
fn dismissed_reminders_stay_away_and_a_snooze_past_the_deadline_lapses() {
    let (_dir, _path, mut store) = household();
    household::reminder_dismiss(&mut store, AUTH_WINDOW, ctx()).unwrap();
    let snoozed =
        household::reminder_snooze(&mut store, AUTH_LAST_NOTICE, SnoozeFor::Week, ctx()).unwrap();
    assert_eq!(snoozed.fire_on, d(2026, 12, 2));
    assert_eq!(snoozed.state.snoozed_until, Some(d(2026, 12, 2)));
    assert_eq!(due_ids(&store, ctx()), [AUTH_FIRST_NOTICE]);
    // The snooze ends after the expiry the notice was about: by then the expiry-day
    // reminder says it, so the notice does not come back.
    let later = due_ids(&store, on(d(2026, 12, 2)));
    assert_eq!(later, ["m1:expiry-day:ecert-auth:2026-11-30"]);
    let lists = household::reminders(&store, ReminderQuery::default(), ctx()).unwrap();
    let done: Vec<&str> = lists.done.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(done, [AUTH_WINDOW]);
    assert_eq!(lists.done[0].state.status, ReminderStatus::Dismissed);
}

#[test]
fn a_day_snooze_returns_the_next_day() {
    let (_dir, _path, mut store) = household();
    household::reminder_snooze(&mut store, AUTH_LAST_NOTICE, SnoozeFor::Day, ctx()).unwrap();
    assert!(!due_ids(&store, ctx()).contains(&AUTH_LAST_NOTICE.to_string()));
    assert!(due_ids(&store, on(d(2026, 11, 26))).contains(&AUTH_LAST_NOTICE.to_string()));
}

#[test]
fn claiming_catches_up_once_and_a_second_handle_gets_nothing() {
    let (_dir, path, mut first) = household();
    let mut second = Store::open(&path).unwrap();
    let claimed = household::claim_due_reminders(&mut first, ctx()).unwrap();
    let ids: Vec<&str> = claimed.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids, [AUTH_WINDOW, AUTH_FIRST_NOTICE, AUTH_LAST_NOTICE]);
    assert!(household::claim_due_reminders(&mut second, ctx())
        .unwrap()
        .is_empty());
    assert!(household::claim_due_reminders(&mut first, ctx())
        .unwrap()
        .is_empty());
    // The expiry day fires on 11-30, for whichever handle asks first.
    let expiry_day = household::claim_due_reminders(&mut second, on(d(2026, 11, 30))).unwrap();
    assert_eq!(expiry_day.len(), 1);
    assert_eq!(expiry_day[0].id, "m1:expiry-day:ecert-auth:2026-11-30");
    assert!(
        household::claim_due_reminders(&mut first, on(d(2026, 11, 30)))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn done_reminders_are_never_claimed_and_a_snooze_is_claimed_again_when_it_ends() {
    let (_dir, _path, mut store) = household();
    household::claim_due_reminders(&mut store, ctx()).unwrap();
    household::reminder_done(&mut store, AUTH_WINDOW, None, ctx()).unwrap();
    household::reminder_snooze(&mut store, AUTH_LAST_NOTICE, SnoozeFor::Day, ctx()).unwrap();
    let next_day = household::claim_due_reminders(&mut store, on(d(2026, 11, 26))).unwrap();
    let ids: Vec<&str> = next_day.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids, [AUTH_LAST_NOTICE]);
    assert!(
        household::claim_due_reminders(&mut store, on(d(2026, 11, 27)))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn concurrent_claims_from_many_threads_hand_out_each_reminder_exactly_once() {
    let (_dir, path, store) = household();
    drop(store);
    let threads = 6;
    // Opened before the race: each thread is a process with its own connection.
    let stores: Vec<Store> = (0..threads).map(|_| Store::open(&path).unwrap()).collect();
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = stores
        .into_iter()
        .map(|mut store| {
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait();
                household::claim_due_reminders(&mut store, ctx())
                    .unwrap()
                    .into_iter()
                    .map(|view| view.id)
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let claimed: Vec<String> = handles
        .into_iter()
        .flat_map(|handle| handle.join().unwrap())
        .collect();
    let unique: HashSet<&String> = claimed.iter().collect();
    assert_eq!(claimed.len(), 3, "{claimed:?}");
    assert_eq!(unique.len(), 3);
}

#[test]
fn lead_times_can_be_changed_per_kind_within_a_year() {
    let (_dir, _path, mut store) = household();
    let defaults = household::lead_times(&store, ctx()).unwrap();
    assert_eq!(defaults.len(), ReminderKind::ALL.len());
    let leads =
        household::set_lead_time(&mut store, ReminderKind::ExpiryFirstNotice, 45, ctx()).unwrap();
    let first = leads
        .iter()
        .find(|lead| lead.kind == ReminderKind::ExpiryFirstNotice)
        .unwrap();
    assert_eq!((first.days, first.default_days), (45, 30));
    assert_eq!(first.label, "有効期限の45日前");
    let lists = household::reminders(&store, ReminderQuery::default(), ctx()).unwrap();
    let notice = lists
        .due
        .iter()
        .find(|view| view.id == AUTH_FIRST_NOTICE)
        .unwrap();
    assert_eq!(notice.fire_on, d(2026, 10, 16));

    let error =
        household::set_lead_time(&mut store, ReminderKind::ExpiryDay, 400, ctx()).unwrap_err();
    assert_eq!(
        error.field_errors()[0].problem,
        Problem::OutOfRange { min: 0, max: 365 }
    );
    assert_eq!(
        error.message(Locale::natural(Lang::Ja)),
        "知らせる日数は0から365までの数で入力してください（例: 30）。"
    );
}

#[test]
fn the_calendar_is_the_same_twice_a_day_and_saved_owner_only() {
    let (dir, _path, store) = household();
    let first = household::make_ics(&store, ctx()).unwrap();
    assert_eq!(first, household::make_ics(&store, ctx()).unwrap());
    assert!(first.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(first.contains("UID:m1:expiry-last-notice:ecert-auth:2026-11-30@hokentecho.jp\r\n"));
    assert!(first.contains("DTSTAMP:20261125T000000Z\r\n"));
    assert!(first.contains("DTSTART;VALUE=DATE:20261123\r\n"));
    let path = dir.path().join("reminders.ics");
    let bytes = household::save_ics(&store, &path, ctx()).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
    assert_eq!(bytes, first.len());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let error =
        household::save_ics(&store, &dir.path().join("no/such/dir.ics"), ctx()).unwrap_err();
    assert_eq!(error.code(), hoken_techo_core::error::ErrorCode::Calendar);
}

/// The calendar file and the notifications leave the database's
/// protection, so they name members only as the household chose. The demo household
/// (four members with one surname, three of them dependants of 太郎) has every kind of
/// sentence with a name: each event's title, the 75th birthday listing the dependants,
/// a dependant's cover ending on the insured person's birthday.
#[test]
fn the_calendar_and_the_notifications_carry_no_surname_or_no_name_as_chosen() {
    use hoken_techo_core::preferences::NamesInReminders;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("household.db");
    let given = ["太郎", "花子", "陽太", "ウメ"];
    // Every text a copy outside the app carries: the whole calendar, and each
    // notification's title and body as claimed (a new file for each choice, so each
    // claims everything due).
    let copies = |names: NamesInReminders, lang: Lang| {
        let _ = std::fs::remove_file(&path);
        let mut store = Store::open(&path).unwrap();
        let context = Context::new(d(2026, 11, 25), Locale::natural(lang));
        household::load_demo(&mut store, context).unwrap();
        household::set_names_in_reminders(&mut store, names, context).unwrap();
        let ics = household::make_ics(&store, context)
            .unwrap()
            .replace("\r\n ", "");
        assert_eq!(
            ics,
            household::make_ics_naming(&store, context, names)
                .unwrap()
                .replace("\r\n ", ""),
            "the file follows the stored choice"
        );
        let notified: Vec<String> = household::claim_due_reminders(&mut store, context)
            .unwrap()
            .into_iter()
            .map(|view| format!("{}\n{}", view.title, view.body))
            .collect();
        assert!(!notified.is_empty(), "something is due in the demo");
        (ics, notified.join("\n"))
    };

    for lang in [Lang::Ja, Lang::En] {
        let (ics, notified) = copies(NamesInReminders::Full, lang);
        assert!(ics.contains("SUMMARY:手帳 太郎"), "full names by default");
        assert!(ics.contains("手帳 花子"), "the dependants are listed");

        let (ics, notified_given) = copies(NamesInReminders::Given, lang);
        assert!(!ics.contains("手帳") && !notified_given.contains("手帳"));
        let summary = lang.pick("SUMMARY:太郎さん：", "SUMMARY:太郎: ");
        assert!(ics.contains(summary), "{ics}");
        assert!(ics.contains("花子"), "the dependants by given name");

        let (ics, notified_hidden) = copies(NamesInReminders::Hidden, lang);
        for name in given.iter().chain(&["手帳"]) {
            assert!(!ics.contains(name), "{name} in the calendar: {ics}");
            assert!(!notified_hidden.contains(name), "{name} notified");
        }
        let summary = lang.pick("SUMMARY:ご本人：", "SUMMARY:Insured person: ");
        assert!(ics.contains(summary), "{ics}");
        assert!(ics.contains(lang.pick("SUMMARY:お子さま：", "SUMMARY:Child: ")));
        // The same events either way: only the wording of whom changes.
        assert_eq!(
            ics.matches("BEGIN:VEVENT").count(),
            copies(NamesInReminders::Full, lang)
                .0
                .matches("BEGIN:VEVENT")
                .count()
        );
        let _ = notified;
    }

    // The app's own list keeps full names whatever the choice.
    let store = Store::open(&path).unwrap();
    let lists = household::reminders(&store, ReminderQuery::default(), ctx()).unwrap();
    assert!(lists
        .due
        .iter()
        .chain(&lists.upcoming)
        .any(|view| view.member_name == "手帳 太郎"));
}
