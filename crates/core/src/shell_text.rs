//! The desktop shell's own words (tray menu, notification buttons and summaries), kept
//! in core with every other user-facing text so both languages stay complete.

use crate::error::ErrorReport;
use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShellText {
    AppName,
    TrayOpen,
    TrayReminders,
    TrayQuit,
    /// The button on a reminder notification that opens the member in the app.
    NotificationOpen,
}

pub fn text(key: ShellText, lang: Lang) -> &'static str {
    match (key, lang) {
        (ShellText::AppName, Lang::Ja) => "保険手帳",
        (ShellText::AppName, Lang::En) => "hoken-techo",
        (ShellText::TrayOpen, Lang::Ja) => "保険手帳を開く",
        (ShellText::TrayOpen, Lang::En) => "Open hoken-techo",
        (ShellText::TrayReminders, Lang::Ja) => "リマインダーを見る",
        (ShellText::TrayReminders, Lang::En) => "Show reminders",
        (ShellText::TrayQuit, Lang::Ja) => "終了（リマインダーも止まります）",
        (ShellText::TrayQuit, Lang::En) => "Quit (reminders stop too)",
        (ShellText::NotificationOpen, Lang::Ja) => "開く",
        (ShellText::NotificationOpen, Lang::En) => "Open",
    }
}

/// One notification for several reminders that fell due together (e.g. while the
/// computer was off): the first titles, then how many more.
pub fn summary(titles: &[&str], lang: Lang) -> (String, String) {
    const SHOWN: usize = 3;
    let count = titles.len();
    let bullet = lang.pick("・", "- ");
    let mut body = titles
        .iter()
        .take(SHOWN)
        .map(|title| format!("{bullet}{title}"))
        .collect::<Vec<_>>()
        .join("\n");
    let rest = count.saturating_sub(SHOWN);
    match lang {
        Lang::Ja => {
            if rest > 0 {
                body.push_str(&format!("\nほか{rest}件"));
            }
            (format!("期限のお知らせが{count}件あります"), body)
        }
        Lang::En => {
            if rest > 0 {
                body.push_str(&format!("\nand {rest} more"));
            }
            (format!("{count} reminders are due"), body)
        }
    }
}

/// The system refused to add or remove the login item (start at login in the tray).
pub fn autostart_failed(lang: Lang) -> ErrorReport {
    let message = match lang {
        Lang::Ja => "ログイン時の自動起動を設定できませんでした。OSの設定（スタートアップ／ログイン項目）から設定してください。",
        Lang::En => "Starting at login could not be changed. Please set it in your system's startup or login-items settings.",
    };
    ErrorReport {
        code: crate::error::ErrorCode::Autostart,
        message: message.into(),
        fields: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_names_the_first_three_and_counts_the_rest() {
        let (title, body) = summary(&["一", "二", "三", "四", "五"], Lang::Ja);
        assert_eq!(title, "期限のお知らせが5件あります");
        assert_eq!(body, "・一\n・二\n・三\nほか2件");
        let (title, body) = summary(&["one", "two"], Lang::En);
        assert_eq!(title, "2 reminders are due");
        assert_eq!(body, "- one\n- two");
    }
}
