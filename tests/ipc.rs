//! The desktop app's IPC commands, called the way the webview calls them, on tauri's
//! mock runtime with the app's real configuration and capabilities.

use chrono::NaiveDate;
use hoken_techo_app::{build_app, AppState};
use hoken_techo_core::Locale;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

fn request(command: &str, body: Value) -> InvokeRequest {
    InvokeRequest {
        cmd: command.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        // On Linux and macOS the app's pages are served from tauri://localhost.
        url: "tauri://localhost".parse().expect("valid url"),
        body: InvokeBody::Json(body),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    }
}

struct TestApp {
    _app: tauri::App<tauri::test::MockRuntime>,
    window: tauri::WebviewWindow<tauri::test::MockRuntime>,
}

impl TestApp {
    fn open(db: &std::path::Path) -> TestApp {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25);
        let app = build_app(mock_builder())
            .manage(AppState::open(
                db.to_path_buf(),
                today,
                hoken_techo_core::Lang::Ja,
            ))
            .build(tauri::generate_context!("tauri.conf.json"))
            .expect("app builds");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("window");
        TestApp { _app: app, window }
    }

    fn call(&self, command: &str, body: Value) -> Result<Value, Value> {
        get_ipc_response(&self.window, request(command, body))
            .map(|response| response.deserialize::<Value>().expect("json response"))
    }
}

#[test]
fn add_member_command_saves_to_the_database_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("household.db");
    let app = TestApp::open(&db);

    let added = app
        .call(
            "add_member",
            json!({"input": {"name": "山田 太郎", "kana": "やまだ たろう", "birthDate": "1980-01-02", "relation": "self"}}),
        )
        .expect("member added");
    assert_eq!(added["name"], "山田 太郎");
    assert_eq!(added["kana"], "ヤマダ タロウ");
    assert_eq!(added["birthDateLabel"], "昭和55年1月2日 (1980-01-02)");

    // The same file, opened by the core directly, has the member.
    drop(app);
    let store = hoken_techo_core::Store::open(&db).unwrap();
    let members = store.members().unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].name, "山田 太郎");
}

#[test]
fn invalid_input_returns_field_messages_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = TestApp::open(&dir.path().join("household.db"));

    let error = app
        .call("add_member", json!({"input": {"name": "", "kana": "ヤマダ", "birthDate": "2025-02-30", "relation": "self"}}))
        .expect_err("rejected");
    assert_eq!(error["code"], "invalid");
    let fields: Vec<&str> = error["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["name", "birthDate"]);
    assert!(error["fields"][1]["message"]
        .as_str()
        .unwrap()
        .contains("生年月日"));

    assert_eq!(
        app.call("household_screen", json!({})).unwrap()["members"],
        json!([])
    );
}

#[test]
fn a_newer_database_is_reported_not_opened() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("newer.db");
    hoken_techo_core::Store::open(&db).unwrap();
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    let app = TestApp::open(&db);
    // The window's one call at start-up says why, and brings no household.
    let first = app.call("first_screen", json!({})).unwrap();
    assert_eq!(first["status"]["openError"]["code"], "cannotOpen");
    assert!(first["status"]["openError"]["message"]
        .as_str()
        .unwrap()
        .contains("新しいバージョン"));
    assert_eq!(first["household"], json!(null));
    assert!(app.call("household_screen", json!({})).is_err());
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn qualification_errors_reach_the_ui_exactly_as_the_core_words_them() {
    use hoken_techo_core::qualification::QualificationInput;
    use hoken_techo_core::Lang;

    let dir = tempfile::tempdir().unwrap();
    let app = TestApp::open(&dir.path().join("household.db"));
    let member = app
        .call(
            "add_member",
            json!({"input": {"name": "山田 太郎", "kana": "ヤマダ タロウ", "birthDate": "1980-01-02", "relation": "self"}}),
        )
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let bad = QualificationInput {
        insurer_number: "01130013".into(),
        symbol: "１２３４".into(),
        number: "5".into(),
        acquired_on: "令和7年2月30日".into(),
        ..Default::default()
    };
    let error = app
        .call(
            "add_qualification",
            json!({"memberId": member, "input": bad, "endCurrent": false}),
        )
        .expect_err("rejected");
    let expected = serde_json::to_value(
        bad.validate(Locale::natural(Lang::Ja))
            .unwrap_err()
            .report(Locale::natural(Lang::Ja)),
    )
    .unwrap();
    assert_eq!(error, expected);
    assert_eq!(error["fields"][0]["field"], "insurerNumber");

    let members = app.call("household_screen", json!({})).unwrap()["members"].clone();
    assert_eq!(members[0]["qualifications"], json!([]), "nothing saved");
}

#[test]
fn the_guide_the_demo_and_the_help_reach_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let app = TestApp::open(&dir.path().join("household.db"));

    // A new file: the first call brings the guide's state with the (empty) household.
    let first = app.call("first_screen", json!({})).expect("first screen");
    assert_eq!(first["status"]["openError"], json!(null));
    assert_eq!(first["household"]["members"], json!([]));
    assert_eq!(first["household"]["onboarding"]["showGuide"], true);
    let loaded = app.call("load_demo", json!({})).expect("demo loaded");
    assert_eq!(loaded["members"], 4);
    let with_demo = app
        .call("household_screen", json!({}))
        .expect("household screen");
    assert_eq!(with_demo["onboarding"]["demoLoaded"], true);
    assert_eq!(with_demo["onboarding"]["showGuide"], false);
    assert_eq!(with_demo["members"].as_array().unwrap().len(), 4);
    assert_eq!(with_demo["today"]["members"].as_array().unwrap().len(), 4);
    // A second load is refused with the core's words.
    let refused = app
        .call("load_demo", json!({}))
        .expect_err("not into a household");
    assert_eq!(refused["code"], "notEmpty");
    assert_eq!(app.call("remove_demo", json!({})).unwrap()["members"], 4);
    assert_eq!(
        app.call("household_screen", json!({})).unwrap()["members"],
        json!([])
    );

    let help = app.call("help", json!({})).expect("help page");
    assert_eq!(help["sections"][0]["id"], "card");
    assert!(help["links"]
        .as_array()
        .is_some_and(|links| !links.is_empty()));
}

#[test]
fn choosing_english_changes_the_next_error_and_dates_and_is_kept_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("household.db");
    let app = TestApp::open(&db);
    let status = app.call("app_status", json!({})).expect("status");
    assert_eq!(status["display"]["language"], "system");
    assert_eq!(status["display"]["lang"], "ja");

    let display = app
        .call(
            "set_display",
            json!({"change": {"setting": "language", "value": "en"}}),
        )
        .expect("language saved");
    assert_eq!(display["lang"], "en");
    assert_eq!(display["dateOrder"], "westernFirst");

    let rejected = app
        .call(
            "add_member",
            json!({"input": {"name": "", "kana": "ヤマダ", "birthDate": "1980-01-02", "relation": "self"}}),
        )
        .expect_err("no name");
    assert_eq!(
        rejected["fields"][0]["message"],
        "Name is required (e.g. 山田 太郎)."
    );
    app.call(
        "set_display",
        json!({"change": {"setting": "dateOrder", "value": "warekiFirst"}}),
    )
    .expect("order saved");
    let added = app
        .call(
            "add_member",
            json!({"input": {"name": "山田 太郎", "kana": "ヤマダ タロウ", "birthDate": "1980-01-02", "relation": "self"}}),
        )
        .expect("member added");
    assert_eq!(added["birthDateLabel"], "Showa 55, January 2 (1980-01-02)");
    // A date inside an error message follows the chosen order too (the live check of
    // the qualification form once gave the language's default, western first).
    let refused = app
        .call(
            "check_qualification",
            json!({"input": {"insurerNumber": "01130012", "symbol": "1", "number": "2", "branch": "",
                "role": "insured", "acquiredOn": "令和元年4月30日", "lostOn": "", "burden": "",
                "myNumberLast4": "", "memo": "", "insurerName": ""}}),
        )
        .expect_err("令和 began on 2019-05-01");
    let message = refused["fields"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("Reiwa 1, May 1 (2019-05-01)"),
        "和暦 first, in English: {message}"
    );
    drop(app);

    let reopened = TestApp::open(&db);
    let status = reopened.call("app_status", json!({})).expect("status");
    assert_eq!(status["display"]["language"], "en");
    assert_eq!(status["display"]["dateOrder"], "warekiFirst");
}

/// The window's capability grants what the UI calls and nothing more
/// (docs/DECISIONS.md, "The window is granted only …"): `core:default` also let any script in the page create tray icons and menus,
/// read images, move or close windows and resolve paths.
#[test]
fn the_window_may_listen_and_zoom_but_not_use_the_tray_menus_images_or_windows() {
    let dir = tempfile::tempdir().unwrap();
    let app = TestApp::open(&dir.path().join("household.db"));

    // What the UI uses: listening to the app's events (and stopping), page zoom.
    let listening = app
        .call(
            "plugin:event|listen",
            json!({"event": "reminders-changed", "target": {"kind": "Any"}, "handler": 7}),
        )
        .expect("listen is allowed");
    app.call(
        "plugin:event|unlisten",
        json!({"event": "reminders-changed", "eventId": listening}),
    )
    .expect("unlisten is allowed");
    let zoom = app.call("plugin:webview|set_webview_zoom", json!({"value": 1.5}));
    assert!(
        !zoom.as_ref().err().is_some_and(is_refused_by_the_acl),
        "zoom is allowed: {zoom:?}"
    );

    // What it does not: each refused by the ACL before the command runs.
    for (command, body) in [
        ("plugin:tray|new", json!({"options": {"id": "x"}})),
        ("plugin:tray|get_by_id", json!({"id": "main"})),
        ("plugin:menu|new", json!({"kind": "Menu", "options": {}})),
        ("plugin:image|from_bytes", json!({"bytes": [0]})),
        ("plugin:window|close", json!({"label": "main"})),
        (
            "plugin:window|set_title",
            json!({"label": "main", "value": "x"}),
        ),
        (
            "plugin:webview|create_webview_window",
            json!({"options": {"label": "x"}}),
        ),
        ("plugin:path|resolve_directory", json!({"directory": 1})),
        ("plugin:app|version", json!({})),
        ("plugin:event|emit", json!({"event": "reminders-changed"})),
        ("plugin:resources|close", json!({"rid": 0})),
    ] {
        let refused = app
            .call(command, body)
            .expect_err(&format!("{command} is refused"));
        assert!(is_refused_by_the_acl(&refused), "{command}: {refused}");
    }
}

/// Tauri's answer for a command no capability allows.
fn is_refused_by_the_acl(error: &Value) -> bool {
    error
        .as_str()
        .is_some_and(|message| message.contains("not allowed"))
}
