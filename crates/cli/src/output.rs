//! Printing results and errors: text in the user's language, or one JSON document.

use std::cell::Cell;
use std::io::{self, Write};

use hoken_techo_core::error::{Field, OpenProblem};
use hoken_techo_core::invisible;
use hoken_techo_core::{Error, Lang, Locale};
use serde::Serialize;

pub struct Output {
    json: bool,
    /// `--lang` or the system's language until the database is open; then the
    /// household's preferences (with `--lang` still overriding the language).
    locale: Cell<Locale>,
    /// The first failure to write a result to stdout (not a closed pipe), reported by
    /// [`Output::finish`]: a result that did not arrive must not exit 0.
    stdout_failed: Cell<Option<io::ErrorKind>>,
}

impl Output {
    pub fn new(json: bool, locale: Locale) -> Self {
        Output {
            json,
            locale: Cell::new(locale),
            stdout_failed: Cell::new(None),
        }
    }

    /// After the command: whether everything it printed reached stdout. A closed pipe
    /// (`hoken-techo member list | head -1`) is success: the reader wanted no more.
    pub fn finish(&self) -> Result<(), Error> {
        if let Err(error) = io::stdout().lock().flush() {
            self.note_stdout_error(&error);
        }
        match self.stdout_failed.get() {
            None => Ok(()),
            Some(kind) => Err(Error::OutputNotWritten {
                disk_full: kind == io::ErrorKind::StorageFull,
            }),
        }
    }

    fn note_stdout_error(&self, error: &io::Error) {
        if error.kind() != io::ErrorKind::BrokenPipe && self.stdout_failed.get().is_none() {
            self.stdout_failed.set(Some(error.kind()));
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale.get()
    }

    pub fn lang(&self) -> Lang {
        self.locale.get().lang
    }

    pub fn set_locale(&self, locale: Locale) {
        self.locale.set(locale);
    }

    /// Prints `value` as JSON, or the text `render` makes of it; a failed write is
    /// reported by [`Output::finish`]. A control or format
    /// character in stored text (ESC, U+202E …) never reaches the terminal: the text
    /// shows `[U+202E]`, the JSON a `\u202e` escape (the same value).
    pub fn print<T: Serialize>(&self, value: &T, render: impl FnOnce(&T, Lang) -> String) {
        let text = if self.json {
            let json = serde_json::to_string_pretty(value).unwrap_or_default();
            invisible::escaped_json(&json).into_owned()
        } else {
            invisible::escaped(&render(value, self.lang()), true).into_owned()
        };
        let mut stdout = io::stdout().lock();
        if let Err(error) = writeln!(stdout, "{}", text.trim_end()) {
            self.note_stdout_error(&error);
        }
    }

    /// Errors go to stderr: the message, or the error report as JSON.
    pub fn error(&self, error: &Error) {
        let report = error.report(self.locale());
        let text = if self.json {
            serde_json::to_string_pretty(&report).unwrap_or_default()
        } else {
            format!(
                "{}: {}",
                self.lang().pick("エラー", "error"),
                report.message
            )
        };
        let _ = writeln!(io::stderr().lock(), "{text}");
    }

    /// A problem that did not stop the command (a failed daily backup), on stderr.
    pub fn warning(&self, error: &Error) {
        let _ = writeln!(
            io::stderr().lock(),
            "{}: {}",
            self.lang().pick("警告", "warning"),
            error.message(self.locale())
        );
    }

    /// What to type next, for the errors whose answer is a command-line step. Text
    /// mode only: `--json` callers get the report alone.
    pub fn hint(&self, error: &Error, passphrase_env: &str) {
        if self.json {
            return;
        }
        let lang = self.lang();
        let hint = match error {
            Error::Open {
                latest_backup: Some(name),
                ..
            } => match lang {
                Lang::Ja => format!("復元するには: hoken-techo backup restore {name}"),
                Lang::En => format!("To restore it: hoken-techo backup restore {name}"),
            },
            Error::Open {
                problem: OpenProblem::NeedsPassphrase | OpenProblem::WrongPassphrase,
                ..
            } => match lang {
                Lang::Ja => format!("パスフレーズは環境変数 {passphrase_env} で渡します（--passphrase-env で変数名を変えられます）。"),
                Lang::En => format!("Pass the passphrase in the environment variable {passphrase_env} (--passphrase-env names another)."),
            },
            Error::Invalid(errors) if errors.iter().any(|e| e.field == Field::Passphrase) => match lang {
                Lang::Ja => format!("パスフレーズは環境変数で渡します: 設定するものは {passphrase_env}、変更後のものは HOKEN_TECHO_NEW_PASSPHRASE（hoken-techo encryption --help）。"),
                Lang::En => format!("Passphrases come from environment variables: {passphrase_env} for the one to set, HOKEN_TECHO_NEW_PASSPHRASE for a change (hoken-techo encryption --help)."),
            },
            _ => return,
        };
        let _ = writeln!(io::stderr().lock(), "{hint}");
    }
}
