//! The core's catalogue, walked: every kind of error, every label, and every text a
//! household's status, reminders, troubleshooter and calendar file show, in both
//! languages. Japanese must be Japanese; English must be English, with Japanese only
//! where it belongs: an official term in brackets, a quoted name, or an example.
//! (The PDF is Japanese in either language: it copies a Japanese notice; its words are
//! checked glyph by glyph in tests/pdf.rs.)

use chrono::NaiveDate;
use hoken_techo_core::document::{DocumentInput, DocumentKind, Held, RegistrationStatus};
use hoken_techo_core::error::{
    BackupProblem, CardProblem, EncryptionProblem, ErrorKind, Field, FieldError, ImportError,
    ImportProblem, JsonKind, OpenProblem, PdfProblem, Problem, UserFile, ValuesError,
    ValuesProblem,
};
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::qualification::{burden_label, InsuredRole, QualificationInput};
use hoken_techo_core::reminders::{ReminderKind, ReminderQuery};
use hoken_techo_core::shell_text::{self, ShellText};
use hoken_techo_core::status::{estimate_reason_label, kind_in_sentence};
use hoken_techo_core::Locale;
use hoken_techo_core::{Error, Lang, MemberInput, Relation, Store};
use serde_json::Value;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}' | '\u{20000}'..='\u{2ffff}')
}

/// The text with what may hold Japanese in English taken out: brackets of either
/// width, quotes, and examples (`e.g. …` up to the closing bracket or sentence end).
fn outside_terms_and_examples(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut quoted = false;
    let mut example = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '(' | '（' | '「' | '[' => depth += 1,
            ')' | '）' | '」' | ']' => {
                depth = depth.saturating_sub(1);
                example = false;
            }
            '“' => quoted = true,
            '”' => quoted = false,
            _ if depth == 0 && !quoted => {
                if text[..].chars().skip(i).take(5).collect::<String>() == "e.g. " {
                    example = true;
                }
                if example
                    && (c == '.' && chars.get(i + 1).is_none_or(|n| *n == ' ' || *n == '\n'))
                    && chars
                        .get(i.saturating_sub(3)..i)
                        .is_some_and(|p| p != ['e', '.', 'g'])
                {
                    example = false;
                }
                if !example {
                    out.push(c);
                }
            }
            _ => {}
        }
    }
    out
}

/// What is wrong with a pair of texts, if anything.
fn problem(what: &str, ja: &str, en: &str) -> Option<String> {
    if ja.trim().is_empty() || en.trim().is_empty() {
        Some(format!("{what}: empty text: {ja:?} / {en:?}"))
    } else if !ja.chars().any(is_japanese) {
        Some(format!("{what}: Japanese text without Japanese: {ja}"))
    } else if outside_terms_and_examples(en).chars().any(is_japanese) {
        Some(format!(
            "{what}: Japanese outside brackets, quotes and examples in English: {en}"
        ))
    } else {
        None
    }
}

fn check(what: &str, ja: &str, en: &str) {
    if let Some(problem) = problem(what, ja, en) {
        panic!("{problem}");
    }
}

fn check_both(what: &str, text: impl Fn(Lang) -> String) {
    check(what, &text(Lang::Ja), &text(Lang::En));
}

/// One error of each kind. The match has no wildcard: a new kind does not compile
/// until it has a sample here, so its message is checked too.
fn sample(kind: ErrorKind) -> Error {
    let field = |problem| Error::invalid(Field::AcquiredDate, problem);
    let import = |problem| {
        Error::Import(ImportError {
            path: "members[0].qualifications[1]".into(),
            problem,
        })
    };
    let values = |problem| {
        Error::Values(ValuesError {
            path: "symbol".into(),
            problem,
        })
    };
    match kind {
        ErrorKind::Required => field(Problem::Required),
        ErrorKind::TooLong => field(Problem::TooLong { max: 40 }),
        ErrorKind::NotKatakana => Error::invalid(Field::Kana, Problem::NotKatakana),
        ErrorKind::DateUnreadable => field(Problem::DateUnreadable),
        ErrorKind::DateNotInCalendar => field(Problem::DateNotInCalendar),
        ErrorKind::DateInFuture => field(Problem::DateInFuture),
        ErrorKind::DateTooEarly => field(Problem::DateTooEarly),
        ErrorKind::DateBeforeEra => field(Problem::DateBeforeEra {
            era_starts: d(2019, 5, 1),
        }),
        ErrorKind::UnknownChoice => Error::invalid(Field::DocumentKind, Problem::UnknownChoice),
        ErrorKind::NotDigits => Error::invalid(Field::Number, Problem::NotDigits),
        ErrorKind::WrongLength => Error::invalid(
            Field::InsurerNumber,
            Problem::WrongLength {
                expected: vec![8, 6],
            },
        ),
        ErrorKind::UnknownPrefecture => {
            Error::invalid(Field::InsurerNumber, Problem::UnknownPrefecture)
        }
        ErrorKind::CheckDigitMismatch => {
            Error::invalid(Field::InsurerNumber, Problem::CheckDigitMismatch)
        }
        ErrorKind::NotSymbolCharacters => {
            Error::invalid(Field::Symbol, Problem::NotSymbolCharacters)
        }
        ErrorKind::FullMyNumberRefused => {
            Error::invalid(Field::MyNumberLast4, Problem::FullMyNumberRefused)
        }
        ErrorKind::LostNotAfterAcquired => {
            Error::invalid(Field::LostDate, Problem::LostNotAfterAcquired)
        }
        ErrorKind::NotForThisKind => Error::invalid(Field::ExpiryDate, Problem::NotForThisKind),
        ErrorKind::DatesWhenNotHeld => Error::invalid(Field::IssuedDate, Problem::DatesWhenNotHeld),
        ErrorKind::ExpiryNotAfterIssue => {
            Error::invalid(Field::ExpiryDate, Problem::ExpiryNotAfterIssue)
        }
        ErrorKind::OutOfRange => {
            Error::invalid(Field::LeadDays, Problem::OutOfRange { min: 0, max: 365 })
        }
        ErrorKind::NotForThisReminder => {
            Error::invalid(Field::ExpiryDate, Problem::NotForThisReminder)
        }
        ErrorKind::ExpiryNotAfterPrevious => {
            Error::invalid(Field::ExpiryDate, Problem::ExpiryNotAfterPrevious)
        }
        ErrorKind::TooShort => Error::invalid(Field::Passphrase, Problem::TooShort { min: 8 }),
        ErrorKind::ContainsMyNumber => Error::invalid(Field::Memo, Problem::ContainsMyNumber),
        ErrorKind::ControlCharacter => Error::invalid(
            Field::Name,
            Problem::ControlCharacter {
                codepoint: "U+202E".into(),
            },
        ),
        ErrorKind::MemberNotFound => Error::MemberNotFound(9),
        ErrorKind::QualificationNotFound => Error::QualificationNotFound(9),
        ErrorKind::DuplicateMember => Error::DuplicateMember { existing_id: 1 },
        ErrorKind::DuplicateQualification => Error::DuplicateQualification { existing_id: 1 },
        ErrorKind::CurrentQualificationExists => {
            Error::CurrentQualificationExists { current_id: 1 }
        }
        ErrorKind::HouseholdNotEmpty => Error::HouseholdNotEmpty,
        ErrorKind::OpenNotADatabase => Error::open(OpenProblem::NotADatabase),
        ErrorKind::OpenForeignDatabase => Error::open(OpenProblem::ForeignDatabase),
        ErrorKind::OpenNewerVersion => Error::Open {
            problem: OpenProblem::NewerVersion {
                found: 9,
                supported: 5,
            },
            latest_backup: Some("hoken-techo-daily-2026-11-24.db".into()),
        },
        ErrorKind::OpenUnreadable => Error::open(OpenProblem::Unreadable),
        ErrorKind::OpenNotWritable => Error::open(OpenProblem::NotWritable),
        ErrorKind::OpenDamaged => Error::open(OpenProblem::Damaged),
        ErrorKind::OpenNeedsPassphrase => Error::open(OpenProblem::NeedsPassphrase),
        ErrorKind::OpenWrongPassphrase => Error::open(OpenProblem::WrongPassphrase),
        ErrorKind::OpenNotAFilePath => Error::open(OpenProblem::NotAFilePath),
        ErrorKind::OpenNotAFile => Error::open(OpenProblem::NotAFile),
        ErrorKind::InUse => Error::InUse,
        ErrorKind::BackupNotFound => Error::Backup(BackupProblem::NotFound),
        ErrorKind::BackupUnusable => Error::Backup(BackupProblem::Unusable(OpenProblem::Damaged)),
        ErrorKind::BackupCannotWrite => Error::Backup(BackupProblem::CannotWrite),
        ErrorKind::AlreadyEncrypted => Error::Encryption(EncryptionProblem::AlreadyEncrypted),
        ErrorKind::NotEncrypted => Error::Encryption(EncryptionProblem::NotEncrypted),
        ErrorKind::EncryptionCannotWrite => Error::Encryption(EncryptionProblem::CannotWrite),
        ErrorKind::ImportNotJson => import(ImportProblem::NotJson { line: 3, column: 7 }),
        ErrorKind::ImportNotAHouseholdFile => import(ImportProblem::NotAHouseholdFile),
        ErrorKind::ImportUnsupportedVersion => {
            import(ImportProblem::UnsupportedVersion { supported: 1 })
        }
        ErrorKind::ImportWrongType => import(ImportProblem::WrongType {
            expected: JsonKind::Array,
        }),
        ErrorKind::ImportUnknownKey => import(ImportProblem::UnknownKey { named: true }),
        ErrorKind::ImportDuplicateKey => import(ImportProblem::DuplicateKey { named: true }),
        ErrorKind::ImportNotAFile => import(ImportProblem::NotAFile),
        ErrorKind::ImportMissing => import(ImportProblem::Missing),
        ErrorKind::ImportField => import(ImportProblem::Field(FieldError::new(
            Field::Branch,
            Problem::WrongLength { expected: vec![2] },
        ))),
        ErrorKind::ImportMyNumber => import(ImportProblem::MyNumber),
        ErrorKind::ImportSamePerson => import(ImportProblem::SamePerson {
            first: "members[0]".into(),
        }),
        ErrorKind::ImportSameCard => import(ImportProblem::SameCard {
            first: "members[0].qualifications[0]".into(),
        }),
        ErrorKind::ImportSecondCurrentQualification => {
            import(ImportProblem::SecondCurrentQualification {
                first: "members[0].qualifications[0]".into(),
            })
        }
        ErrorKind::ImportSameDocumentKind => import(ImportProblem::SameDocumentKind {
            first: "members[0].documents[0]".into(),
        }),
        ErrorKind::ImportTooLarge => import(ImportProblem::TooLarge {
            max_bytes: 10_000_000,
        }),
        ErrorKind::ImportTooManyMembers => import(ImportProblem::TooManyMembers { max: 500 }),
        ErrorKind::ImportTooManyQualifications => {
            import(ImportProblem::TooManyQualifications { max: 100 })
        }
        ErrorKind::ImportCannotRead => import(ImportProblem::CannotRead),
        ErrorKind::ExportNotWritten => Error::ExportNotWritten,
        ErrorKind::Storage => Error::Io(std::io::Error::other("disk full")),
        ErrorKind::DiskFull => Error::Io(std::io::ErrorKind::StorageFull.into()),
        ErrorKind::PdfCharacterNotInFont => Error::Pdf(PdfProblem::CharacterNotInFont {
            field: Some(Field::Name),
            character: '\u{1F600}',
        }),
        ErrorKind::PdfFormCharacterNotInFont => Error::Pdf(PdfProblem::CharacterNotInFont {
            field: None,
            character: '\u{1F600}',
        }),
        ErrorKind::PdfNoCurrentQualification => {
            Error::Pdf(PdfProblem::NoCurrentQualification { member_id: 2 })
        }
        ErrorKind::PdfNothingToPrint => Error::Pdf(PdfProblem::NothingToPrint),
        ErrorKind::PdfCannotWrite => Error::Pdf(PdfProblem::CannotWrite),
        ErrorKind::PdfCannotOpen => Error::Pdf(PdfProblem::CannotOpen),
        ErrorKind::PdfInternal => Error::Pdf(PdfProblem::Internal),
        ErrorKind::ReminderNotFound => Error::ReminderNotFound,
        ErrorKind::CalendarNotWritten => Error::CalendarNotWritten,
        ErrorKind::OutputNotWritten => Error::OutputNotWritten { disk_full: true },
        ErrorKind::PdfHeldOpen => Error::HeldOpen(UserFile::Pdf),
        ErrorKind::CalendarHeldOpen => Error::HeldOpen(UserFile::Calendar),
        ErrorKind::ExportHeldOpen => Error::HeldOpen(UserFile::Export),
        ErrorKind::ValuesNotJson => values(ValuesProblem::NotJson { line: 1, column: 9 }),
        ErrorKind::ValuesWrongType => values(ValuesProblem::WrongType {
            expected: JsonKind::String,
        }),
        ErrorKind::ValuesUnknownKey => values(ValuesProblem::UnknownKey { named: false }),
        ErrorKind::ValuesDuplicateKey => values(ValuesProblem::DuplicateKey { named: true }),
        ErrorKind::ValuesTooLarge => values(ValuesProblem::TooLarge { max_bytes: 100_000 }),
        ErrorKind::ValuesCannotRead => values(ValuesProblem::CannotRead),
        ErrorKind::ValuesNotAFile => values(ValuesProblem::NotAFile),
        ErrorKind::ArgumentNotText => Error::ArgumentNotText {
            argument: Some("--name".into()),
        },
        ErrorKind::CardNoService => Error::Card(CardProblem::NoService),
        ErrorKind::CardNoReader => Error::Card(CardProblem::NoReader),
        ErrorKind::CardReaderNotFound => Error::Card(CardProblem::ReaderNotFound),
        ErrorKind::CardNoCard => Error::Card(CardProblem::NoCard { seconds: 30 }),
        ErrorKind::CardNotMyNumberCard => Error::Card(CardProblem::NotMyNumberCard),
        ErrorKind::CardJukiCard => Error::Card(CardProblem::JukiCard),
        ErrorKind::CardRemoved => Error::Card(CardProblem::CardRemoved),
        ErrorKind::CardUnreadableCertificate => Error::Card(CardProblem::UnreadableCertificate),
        ErrorKind::CardReaderFailed => Error::Card(CardProblem::ReaderFailed),
        ErrorKind::CardCancelled => Error::Card(CardProblem::Cancelled),
        ErrorKind::CardNotThisMember => Error::Card(CardProblem::NotThisMember {
            expiry: NaiveDate::from_ymd_opt(2031, 6, 16).unwrap(),
        }),
    }
}

#[test]
fn every_kind_of_error_has_its_message_in_both_languages() {
    for &kind in ErrorKind::ALL {
        let error = sample(kind);
        assert_eq!(error.kind(), kind, "the sample for {}", kind.name());
        check_both(kind.name(), |lang| error.message(Locale::natural(lang)));
        for field in error.report(Locale::natural(Lang::En)).fields {
            check_both(kind.name(), |lang| {
                error
                    .report(Locale::natural(lang))
                    .fields
                    .into_iter()
                    .find(|f| f.field == field.field)
                    .unwrap()
                    .message
            });
        }
    }
}

#[test]
fn every_label_exists_in_both_languages() {
    for field in Field::ALL {
        check_both(&format!("{field:?} label"), |lang| field.label(lang).into());
        // Examples are values as typed: names and 和暦 stay Japanese in English.
        for lang in Lang::ALL {
            assert!(!field.example(lang).is_empty(), "{field:?} example");
        }
    }
    for kind in DocumentKind::ALL {
        check_both(&format!("{kind:?}"), |lang| kind.label(lang).into());
        check_both(&format!("{kind:?} in a sentence"), |lang| {
            kind_in_sentence(kind, lang).into()
        });
    }
    for held in [Held::Held, Held::NotHeld, Held::Unknown] {
        check_both(&format!("{held:?}"), |lang| held.label(lang).into());
    }
    for status in [
        RegistrationStatus::Done,
        RegistrationStatus::NotDone,
        RegistrationStatus::Unknown,
    ] {
        check_both(&format!("{status:?}"), |lang| status.label(lang).into());
    }
    for kind in ReminderKind::ALL {
        check_both(&format!("{kind:?}"), |lang| kind.label(lang).into());
    }
    for relation in Relation::ALL {
        check_both(&format!("{relation:?}"), |lang| relation.label(lang).into());
    }
    for role in [InsuredRole::Insured, InsuredRole::Dependant] {
        check_both(&format!("{role:?}"), |lang| role.label(lang).into());
    }
    for tenths in [1, 2, 3] {
        let ja = burden_label(tenths, Lang::Ja);
        assert!(ja.contains('割'), "{ja}");
        assert_eq!(burden_label(tenths, Lang::En), format!("{}%", tenths * 10));
    }
    use hoken_techo_core::rules::EstimateReason;
    for reason in [
        EstimateReason::ApplicationDateUnknown,
        EstimateReason::AgeAtApplicationUnknown,
        EstimateReason::LeapDayBirthday,
        EstimateReason::IncomeUnknown,
    ] {
        check_both(&format!("{reason:?}"), |lang| {
            estimate_reason_label(reason, lang).into()
        });
    }
}

#[test]
fn the_desktop_shells_words_exist_in_both_languages() {
    for key in [
        ShellText::AppName,
        ShellText::TrayOpen,
        ShellText::TrayReminders,
        ShellText::TrayQuit,
        ShellText::NotificationOpen,
    ] {
        let (ja, en) = (
            shell_text::text(key, Lang::Ja),
            shell_text::text(key, Lang::En),
        );
        // The app's name is 保険手帳 in Japanese and hoken-techo in English.
        check(&format!("{key:?}"), ja, en);
    }
    let titles = ["A", "B", "C", "D"];
    check_both("notification summary", |lang| {
        let (summary, body) = shell_text::summary(&titles, lang);
        format!("{summary}\n{body}")
    });
    check_both("autostart failed", |lang| {
        shell_text::autostart_failed(lang).message
    });
}

/// Every string in a view, with the keys that hold the household's own data left out
/// (names are written as the family writes them).
fn texts(value: &Value, key: &str, out: &mut Vec<String>) {
    const DATA: [&str; 8] = [
        "name",
        "kana",
        "memberName",
        "insurerName",
        "insuredName",
        "id",
        "memo",
        "symbol",
    ];
    match value {
        Value::String(text) if !DATA.contains(&key) => out.push(text.clone()),
        Value::Array(items) => items.iter().for_each(|item| texts(item, key, out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| texts(v, k, out)),
        _ => {}
    }
}

/// A household that reaches most paths: a card whose e-certs are due, a dependant
/// turning 75 with a spouse who loses cover, a child's card, papers and a new plan.
fn household(path: &std::path::Path, ctx: Context) -> Store {
    let mut store = Store::open(path).unwrap();
    let members = [
        ("Yamada Taro", "ヤマダ タロウ", "1990-11-30", "self"),
        ("Yamada Hanako", "ヤマダ ハナコ", "1952-01-10", "parent"),
        ("Yamada Jiro", "ヤマダ ジロウ", "1953-02-20", "parent"),
        ("Yamada Ken", "ヤマダ ケン", "2016-06-15", "child"),
    ];
    for (name, kana, birth, relation) in members {
        let input = MemberInput {
            name: name.into(),
            kana: kana.into(),
            birth_date: birth.into(),
            relation: relation.into(),
        };
        household::add_member(&mut store, &input, ctx).unwrap();
    }
    let qualification = |role: &str, branch: &str, acquired: &str| QualificationInput {
        insurer_number: "01130012".into(),
        insurer_name: "Kyokai Kenpo Tokyo".into(),
        symbol: format!("1234567{branch}"),
        number: "123".into(),
        branch: branch.into(),
        role: role.into(),
        acquired_on: acquired.into(),
        burden: "3".into(),
        ..Default::default()
    };
    household::add_qualification(
        &mut store,
        1,
        &qualification("insured", "00", "2026-11-20"),
        false,
        ctx,
    )
    .unwrap();
    household::add_qualification(
        &mut store,
        2,
        &qualification("insured", "02", "2010-04-01"),
        false,
        ctx,
    )
    .unwrap();
    household::add_qualification(
        &mut store,
        3,
        &qualification("dependant", "01", "2010-04-01"),
        false,
        ctx,
    )
    .unwrap();
    let documents: [(i64, &str, &str, &str, &str, &str); 8] = [
        (1, "card", "held", "2021-12-01", "", ""),
        (1, "registration", "", "", "", "not-done"),
        (2, "card", "held", "2016-03-01", "", ""),
        (2, "kakuninsho", "held", "", "2026-12-31", ""),
        (2, "koureisha", "held", "", "2027-07-31", ""),
        (3, "legacy-card", "held", "", "2025-12-01", ""),
        (4, "card", "held", "2020-03-10", "", ""),
        (4, "zairyu", "held", "", "2027-03-31", ""),
    ];
    for (member, kind, held, issued, expires, status) in documents {
        let input = DocumentInput {
            kind: kind.into(),
            held: held.into(),
            issued: issued.into(),
            expires: expires.into(),
            status: status.into(),
        };
        household::set_document(&mut store, member, &input, ctx).unwrap();
    }
    store
}

#[test]
fn every_text_of_a_households_status_reminders_and_calendar_is_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("household.db");
    let today = d(2026, 11, 25);
    let store = household(&path, Context::new(today, Locale::natural(Lang::Ja)));
    for on in [today, d(2027, 1, 5), d(2027, 3, 1)] {
        let views = |lang: Lang| {
            let ctx = Context::new(on, Locale::natural(lang));
            let mut all = vec![
                serde_json::to_value(household::list_members(&store, ctx).unwrap()).unwrap(),
                serde_json::to_value(household::status(&store, None, on, ctx).unwrap()).unwrap(),
                serde_json::to_value(
                    household::reminders(
                        &store,
                        ReminderQuery {
                            until: Some(d(2028, 12, 31)),
                            ..Default::default()
                        },
                        ctx,
                    )
                    .unwrap(),
                )
                .unwrap(),
                serde_json::to_value(household::lead_times(&store, ctx).unwrap()).unwrap(),
                // The help page: the rules in plain words (crates/core/src/help.rs).
                serde_json::to_value(household::help(ctx)).unwrap(),
            ];
            for member in 1..=4 {
                all.push(
                    serde_json::to_value(
                        household::troubleshoot(&store, member, &[], None, ctx).unwrap(),
                    )
                    .unwrap(),
                );
                all.push(
                    serde_json::to_value(household::list_documents(&store, member, ctx).unwrap())
                        .unwrap(),
                );
            }
            let mut out = Vec::new();
            texts(&Value::Array(all), "", &mut out);
            // The calendar's words: what a calendar app shows of each event.
            let ics = household::make_ics(&store, ctx).unwrap();
            out.extend(
                ics.lines()
                    .filter(|line| line.starts_with("SUMMARY:") || line.starts_with("DESCRIPTION:"))
                    .map(|line| {
                        line.split_once(':')
                            .unwrap()
                            .1
                            .replace("\\n", "\n")
                            .replace("\\,", ",")
                    }),
            );
            out
        };
        let (ja, en) = (views(Lang::Ja), views(Lang::En));
        assert_eq!(
            ja.len(),
            en.len(),
            "the same texts in both languages on {on}"
        );
        assert!(
            en.len() > 100,
            "the household reaches many texts ({})",
            en.len()
        );
        let problems: Vec<String> = ja
            .iter()
            .zip(&en)
            // Codes and ISO dates are the same in both; only words must differ.
            .filter(|(ja, en)| ja != en)
            .filter_map(|(ja, en)| problem(&format!("on {on}"), ja, en))
            .collect();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

/// `--json` users read the error codes in the README: every code is listed there, and
/// nothing is listed that is not a code.
#[test]
fn the_readme_lists_every_error_code_and_no_other() {
    use hoken_techo_core::error::ErrorCode;
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"))
        .expect("README.md");
    let listed: Vec<&str> = readme
        .lines()
        .filter_map(|line| line.trim().strip_prefix("| `"))
        .filter_map(|rest| rest.split_once("` |").map(|(code, _)| code))
        .filter(|code| !code.contains(' '))
        .collect();
    let codes: Vec<String> = ErrorCode::ALL.iter().map(|code| code.name()).collect();
    for code in &codes {
        assert!(listed.contains(&code.as_str()), "README lists no `{code}`");
    }
    let table_start = listed.iter().position(|code| *code == "invalid").unwrap();
    for code in &listed[table_start..table_start + codes.len()] {
        assert!(
            codes.iter().any(|known| known == code),
            "`{code}` is no error code"
        );
    }
}
