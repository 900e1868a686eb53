//! Desktop notifications for reminders that fell due. One reminder: its own
//! notification; several at once (e.g. after the computer was off): one summary, not a
//! flood. On Linux a click opens the member (or the reminders screen) in the app.
//!
//! notify-rust is used directly rather than the notification plugin: the plugin cannot
//! report clicks on desktop and reports success even when nothing was shown.

use hoken_techo_core::reminders::ReminderView;
use hoken_techo_core::shell_text::{self, ShellText};
use hoken_techo_core::Lang;
use notify_rust::Notification;
use tauri::{AppHandle, Runtime};

use crate::window::Focus;

/// Shows the due reminders; `Err` when the system has no notification service.
pub fn deliver<R: Runtime>(
    app: &AppHandle<R>,
    due: &[ReminderView],
    lang: Lang,
) -> Result<(), notify_rust::error::Error> {
    match due {
        [] => Ok(()),
        [one] => show(
            app,
            &one.title,
            &one.body,
            Focus::Member {
                member_id: one.member_id,
            },
            lang,
        ),
        several => {
            let titles: Vec<&str> = several.iter().map(|r| r.title.as_str()).collect();
            let (summary, body) = shell_text::summary(&titles, lang);
            show(app, &summary, &body, Focus::Reminders, lang)
        }
    }
}

fn show<R: Runtime>(
    app: &AppHandle<R>,
    summary: &str,
    body: &str,
    focus: Focus,
    lang: Lang,
) -> Result<(), notify_rust::error::Error> {
    let mut notification = Notification::new();
    notification
        .summary(summary)
        .body(body)
        .appname(shell_text::text(ShellText::AppName, lang));
    #[cfg(target_os = "windows")]
    notification.app_id(&app.config().identifier);
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        notification.icon(&app.config().identifier).action(
            "default",
            shell_text::text(ShellText::NotificationOpen, lang),
        );
        let handle = notification.show()?;
        let app = app.clone();
        // Waiting for the click blocks, so each shown notification gets a small thread
        // that ends when the notification is clicked or closed.
        std::thread::spawn(move || {
            handle.wait_for_action(|action| {
                if action == "default" {
                    crate::window::show(&app, focus);
                }
            })
        });
        Ok(())
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        let _ = (app, focus);
        notification.show().map(|_| ())
    }
}
