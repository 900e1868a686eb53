//! Printing results and errors: text in the user's language, or one JSON document.

use std::io::{self, Write};

use hoken_techo_core::{Error, Lang};
use serde::Serialize;

pub struct Output {
    json: bool,
    pub lang: Lang,
}

impl Output {
    pub fn new(json: bool, lang: Lang) -> Self {
        Output { json, lang }
    }

    /// Prints `value` as JSON, or the text `render` makes of it. A closed pipe
    /// (`hoken-techo member list | head -1`) is not an error.
    pub fn print<T: Serialize>(&self, value: &T, render: impl FnOnce(&T, Lang) -> String) {
        let text = if self.json {
            serde_json::to_string_pretty(value).unwrap_or_default()
        } else {
            render(value, self.lang)
        };
        let mut stdout = io::stdout().lock();
        let _ = writeln!(stdout, "{}", text.trim_end());
    }

    /// Errors go to stderr: the message, or the error report as JSON.
    pub fn error(&self, error: &Error) {
        let report = error.report(self.lang);
        let text = if self.json {
            serde_json::to_string_pretty(&report).unwrap_or_default()
        } else {
            format!("{}: {}", self.lang.pick("エラー", "error"), report.message)
        };
        let _ = writeln!(io::stderr().lock(), "{text}");
    }
}
