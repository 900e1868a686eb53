//! What only Windows does to a household's files, run as a user runs the CLI there
//! (under Wine in scripts/test-windows, natively on the Windows runner of
//! .github/workflows/test.yml):
//! - a file another program holds open cannot be replaced: the user is told to close it,
//!   and the old file stays whole;
//! - paths with 漢字, backslashes and drive letters, and a database on another drive;
//! - the output is UTF-8 when piped, `--json` included.
#![cfg(windows)]

use std::fs::{self, File, OpenOptions};
use std::os::windows::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use predicates::prelude::*;

mod common;
use common::Household;

/// How a PDF viewer (or a text editor) opens a document: others may read it, nobody may
/// write, rename or delete it while it is open.
const FILE_SHARE_READ: u32 = 0x1;

fn hold_open(path: &Path) -> File {
    OpenOptions::new()
        .read(true)
        .share_mode(FILE_SHARE_READ)
        .open(path)
        .expect("another program opens the file")
}

/// A household whose first member has a qualification, so there is a PDF to make.
fn household_with_a_qualification() -> Household {
    let household = Household::new();
    household.add_member("髙橋 さくら", "1990-04-05");
    household
        .cmd()
        .args([
            "qualification",
            "add",
            "--member",
            "1",
            "--insurer",
            "01130012",
        ])
        .args(["--insurer-name", "全国健康保険協会 東京支部"])
        .args([
            "--symbol",
            "１２３４",
            "--number",
            "５６",
            "--acquired",
            "令和7年4月1日",
        ])
        .assert()
        .success();
    household
}

/// The temporary files in `folder` (`.NAME.PID.tmp`, core's `files::temporary_beside`):
/// a failed replace must leave none.
fn temporaries_in(folder: &Path) -> Vec<PathBuf> {
    fs::read_dir(folder)
        .expect("list")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect()
}

#[test]
fn a_file_open_in_another_program_is_not_replaced_and_the_user_is_told_to_close_it() {
    let household = household_with_a_qualification();
    let out = household.folder().join("控え");
    fs::create_dir(&out).expect("folder");
    let cases: [(&str, &[&str], &str, &str); 3] = [
        (
            "copy.pdf",
            &["pdf", "--member", "1", "-o"],
            "保存先のPDFファイルが別のアプリ",
            "The PDF file is open in another program",
        ),
        (
            "reminders.ics",
            &["ics", "-o"],
            "保存先のカレンダーファイル（.ics）が別のアプリ",
            "The calendar file (.ics) is open in another program",
        ),
        (
            "household.json",
            &["export", "-o"],
            "保存先のエクスポートファイルが別のアプリ",
            "The export file is open in another program",
        ),
    ];
    for (name, args, japanese, english) in cases {
        let target = out.join(name);
        household.cmd().args(args).arg(&target).assert().success();
        let before = fs::read(&target).expect("the first file");

        let viewer = hold_open(&target);
        household
            .cmd()
            .args(args)
            .arg(&target)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(japanese))
            .stderr(predicate::str::contains(
                "閉じてから、もう一度お試しください",
            ));
        household
            .cmd()
            .args(["--lang", "en"])
            .args(args)
            .arg(&target)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(english));
        household
            .cmd()
            .args(["--json"])
            .args(args)
            .arg(&target)
            .assert()
            .code(1)
            .stderr(predicate::str::contains("fileInUse"));
        assert_eq!(
            fs::read(&target).expect("still readable"),
            before,
            "{name} is unchanged"
        );
        assert_eq!(temporaries_in(&out), Vec::<PathBuf>::new(), "beside {name}");

        // Closed in the viewer: the same command now works.
        drop(viewer);
        household.cmd().args(args).arg(&target).assert().success();
    }
}

#[test]
fn japanese_folder_names_and_backslashes_work_and_names_come_back_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    // As in C:\Users\山田\AppData\Roaming\…: the path is given with backslashes.
    let folder = dir.path().join("山田").join("AppData").join("保険手帳");
    fs::create_dir_all(&folder).expect("folder");
    let db = folder.join("household.db");
    let db_text = db.to_str().expect("a Unicode path").to_string();
    assert!(
        db_text.contains('\\') && db_text.contains("山田"),
        "{db_text}"
    );
    let cli = || common::cli(Path::new(&db_text));

    cli()
        .args([
            "member",
            "add",
            "--name",
            "髙橋 さくら",
            "--kana",
            "タカハシ サクラ",
        ])
        .args(["--birth", "1990-04-05", "--relation", "本人"])
        .assert()
        .success();
    let listed = cli().args(["--json", "member", "list"]).output();
    assert!(listed.status.success());
    // Piped output is UTF-8, whatever the console's code page (CP932 on Japanese Windows).
    let text = String::from_utf8(listed.stdout).expect("--json is UTF-8");
    let members: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(members[0]["name"], "髙橋 さくら");
    assert_eq!(members[0]["kana"], "タカハシ サクラ");
    // The plain listing too: Japanese text, UTF-8 when piped.
    cli()
        .args(["member", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("髙橋 さくら"));
    assert!(db.is_file(), "the database is where --db said");
}

/// A drive other than the temporary folder's: Wine maps Z: to the Unix root, GitHub's
/// Windows runners have D:. Where the machine has only one drive, there is nothing to
/// try, and the test says so.
#[test]
fn a_database_on_another_drive_works() {
    let temp = std::env::temp_dir();
    let temp_drive = temp.to_string_lossy().chars().next().unwrap_or('C');
    let Some(folder) = ['Z', 'D', 'E']
        .into_iter()
        .filter(|drive| !drive.eq_ignore_ascii_case(&temp_drive))
        .map(|drive| PathBuf::from(format!("{drive}:\\")))
        .find(|root| root.is_dir())
        .map(|root| tempfile::tempdir_in(&root).or_else(|_| tempfile::tempdir_in(root.join("tmp"))))
        .and_then(Result::ok)
    else {
        eprintln!("only one drive here ({temp_drive}:): nothing to try");
        return;
    };
    let db = folder.path().join("家族.db");
    common::add_member_at(&db, "山田 太郎", "1980-01-02");
    common::cli(&db)
        .args(["member", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("山田 太郎"));
}

/// The app keeps the database open all day. A restore or `encryption set` from the
/// command line meanwhile must say so and change nothing (on Windows the file could not
/// even be renamed; everywhere, the app's writes would go to the file set aside).
#[test]
fn restore_and_encryption_while_the_app_has_the_database_open_say_so_and_change_nothing() {
    let household = Household::new();
    household.add_member("山田 太郎", "1980-01-02");
    household
        .cmd()
        .args(["backup", "create"])
        .assert()
        .success();
    household.add_member("山田 花子", "1982-03-04");

    let app = hoken_techo_core::Store::open(&household.db()).expect("the app opens it");
    household
        .cmd()
        .args(["backup", "restore", "household-2026-11-25-manual.db"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "それを閉じてから、もう一度お試しください",
        ));
    household
        .cmd()
        .args(["encryption", "set"])
        .env("HOKEN_TECHO_PASSPHRASE", "sakura no hana 2026")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "それを閉じてから、もう一度お試しください",
        ));
    drop(app);

    assert_eq!(
        household.names(),
        ["山田 太郎", "山田 花子"],
        "nothing was restored"
    );
    let aside = fs::read_dir(household.folder())
        .expect("list")
        .filter(|entry| {
            let name = entry.as_ref().unwrap().file_name();
            name.to_string_lossy().contains("before-restore")
        })
        .count();
    assert_eq!(aside, 0, "nothing was set aside");
    household
        .cmd()
        .args(["encryption", "status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("暗号化されていません"));

    // With the app closed, both work.
    household
        .cmd()
        .args(["backup", "restore", "household-2026-11-25-manual.db"])
        .assert()
        .success();
    assert_eq!(household.names(), ["山田 太郎"]);
}
