//! The reminders as an iCalendar file (RFC 5545), to import into any calendar.
//!
//! One all-day event per reminder, on the day it fires (the day to act: the renewal
//! window opening, 30 days before an expiry …), with a display alarm at 09:00 that day.
//! The UID is the reminder's ID, so importing a newer file updates events instead of
//! adding copies; DTSTAMP is the export day, so two exports on one day are identical.
//! Only what the reminder says goes in: whom it is for (the name as the household's
//! names setting allows), the title and the text.
//! Never a 記号・番号 or 保険者番号 (the reminders do not carry them).
//!
//! Written by hand rather than with the `icalendar` crate: the crate fills a missing
//! DTSTAMP from the clock and a missing UID at random (also inside each VALARM), needs a
//! newer Rust than this workspace, and folds lines by characters in places; the format
//! needed here is a few dozen lines (CRLF, TEXT escaping, folding at 75 octets).

use chrono::{Days, NaiveDate};

use super::view::ReminderView;
use crate::i18n::Lang;

/// The domain in every UID (`m1:expiry-day:card:2031-11-30@hokentecho.jp`).
pub const UID_DOMAIN: &str = "hokentecho.jp";

/// RFC 5545 §3.1: lines of at most 75 octets, not counting the line break.
const MAX_LINE_OCTETS: usize = 75;

/// The calendar of `events`, stamped with `stamped_on` (the export day, UTC midnight).
pub fn calendar(events: &[ReminderView], stamped_on: NaiveDate, lang: Lang) -> String {
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line(&format!(
        "PRODID:-//{UID_DOMAIN}//hoken-techo reminders//{}",
        lang.pick("JA", "EN")
    ));
    out.line("CALSCALE:GREGORIAN");
    for event in events {
        let summary = escape(&summary(event, lang));
        out.line("BEGIN:VEVENT");
        out.line(&format!("UID:{}@{UID_DOMAIN}", escape(&event.id)));
        out.line(&format!("DTSTAMP:{}T000000Z", basic(stamped_on)));
        out.line(&format!("DTSTART;VALUE=DATE:{}", basic(event.fire_on)));
        let next_day = event
            .fire_on
            .checked_add_days(Days::new(1))
            .unwrap_or(event.fire_on);
        out.line(&format!("DTEND;VALUE=DATE:{}", basic(next_day)));
        out.line(&format!("SUMMARY:{summary}"));
        out.line(&format!("DESCRIPTION:{}", escape(&event.body)));
        // A reminder takes no time: it must not show the day as busy.
        out.line("TRANSP:TRANSPARENT");
        out.line("BEGIN:VALARM");
        out.line("ACTION:DISPLAY");
        out.line(&format!("DESCRIPTION:{summary}"));
        // Relative to the start of an all-day event: 09:00 local time that day.
        out.line("TRIGGER:PT9H");
        out.line("END:VALARM");
        out.line("END:VEVENT");
    }
    out.line("END:VCALENDAR");
    out.0
}

/// `山田 太郎さん：利用者証明用電子証明書の有効期限が近づいています` (the view's
/// `member_name` already says whom as the names setting allows, honorific included).
fn summary(event: &ReminderView, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}：{}", event.member_name, event.title),
        Lang::En => format!("{}: {}", event.member_name, event.title),
    }
}

/// `20261130`.
fn basic(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped;
/// a control or format character (TEXT allows none; one may be in a name stored before
/// they were refused) is written as `[U+202E]`.
fn escape(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let text = text.replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for ch in crate::invisible::escaped(&text, true).chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

/// Content lines, folded and ended with CRLF.
#[derive(Default)]
struct Lines(String);

impl Lines {
    /// Folds before a line would pass 75 octets, never inside a UTF-8 character; each
    /// continuation starts with one space, which counts toward its 75 (RFC 5545 §3.1).
    fn line(&mut self, line: &str) {
        let mut octets = 0;
        for ch in line.chars() {
            if octets + ch.len_utf8() > MAX_LINE_OCTETS {
                self.0.push_str("\r\n ");
                octets = 1;
            }
            self.0.push(ch);
            octets += ch.len_utf8();
        }
        self.0.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(line: &str) -> String {
        let mut lines = Lines::default();
        lines.line(line);
        lines.0
    }

    #[test]
    fn text_values_name_control_and_bidi_characters_instead_of_carrying_them() {
        let escaped = escape("山田\u{1B}[2J\u{202E}太郎\u{7}\u{0},\n\t👨\u{200D}👩 葛\u{E0100}");
        assert_eq!(
            escaped,
            "山田[U+001B][2J[U+202E]太郎[U+0007][U+0000]\\,\\n 👨\u{200D}👩 葛\u{E0100}"
        );
        assert!(!escaped.chars().any(|c| c.is_control()));
    }

    #[test]
    fn short_lines_end_with_crlf_and_are_not_folded() {
        assert_eq!(folded("VERSION:2.0"), "VERSION:2.0\r\n");
        let exactly = "X".repeat(75);
        assert_eq!(folded(&exactly), format!("{exactly}\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_with_a_leading_space() {
        let line = "A".repeat(160);
        let out = folded(&line);
        let parts: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert_eq!(parts[0].len(), 75);
        assert_eq!(parts[1].len(), 75);
        assert!(parts[1].starts_with(' '));
        assert_eq!(parts[2], format!(" {}", "A".repeat(160 - 75 - 74)));
        // Unfolding (remove CRLF + one space) gives the line back.
        assert_eq!(out.trim_end_matches("\r\n").replace("\r\n ", ""), line);
    }

    #[test]
    fn folding_never_splits_a_japanese_character() {
        // "SUMMARY:" is 8 octets, each kana 3: the 23rd kana would end at octet 77.
        let line = format!("SUMMARY:{}", "あ".repeat(40));
        let out = folded(&line);
        for part in out.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{part}");
        }
        let first = out.split("\r\n").next().unwrap();
        assert_eq!(first.len(), 8 + 22 * 3);
        assert_eq!(out.trim_end_matches("\r\n").replace("\r\n ", ""), line);
    }

    #[test]
    fn text_values_escape_what_rfc_5545_reserves() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(escape("山田 太郎さん：期限"), "山田 太郎さん：期限");
    }
}
