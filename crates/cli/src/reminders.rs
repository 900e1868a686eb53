//! `hoken-techo reminders [--on DATE] [--until DATE]`, `reminders done|snooze|dismiss ID`,
//! `reminders lead-time [KIND DAYS]`, `reminders names [full|given|hidden]` and
//! `hoken-techo ics -o FILE [--names …]`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::preferences::{NamesInReminders, Preferences};
use hoken_techo_core::reminders::{
    LeadTimeView, ReminderList, ReminderQuery, ReminderStatus, ReminderView, SnoozeFor,
};
use hoken_techo_core::wareki::format_both;
use hoken_techo_core::{Error, Lang, Locale, Store};
use serde::Serialize;

use crate::document::parenthesised;
use crate::output::Output;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct RemindersArgs {
    #[command(subcommand)]
    pub command: Option<RemindersCommand>,
    /// The day to check (default today), e.g. 2026-12-01 or 令和8年12月1日.
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// List upcoming reminders up to this day (default: 400 days after --on).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum RemindersCommand {
    /// Mark a reminder done (see the list for its ID). After renewing a document, give
    /// its new printed expiry with --new-expiry.
    Done {
        id: String,
        /// The renewed document's new expiry, e.g. 2031-11-30 or 令和13年11月30日.
        #[arg(long, value_name = "DATE")]
        new_expiry: Option<String>,
    },
    /// Remind again tomorrow (--for day) or in a week (--for week).
    Snooze {
        id: String,
        #[arg(long = "for", value_enum, value_name = "day|week")]
        snooze: SnoozeArg,
    },
    /// Never show this reminder again.
    Dismiss { id: String },
    /// Show every kind's lead time, or set one: `lead-time expiry-first-notice 45`.
    LeadTime {
        /// The kind's code (as listed by `reminders lead-time`).
        #[arg(requires = "days")]
        kind: Option<String>,
        /// Days before its date (after it, for qualification-check): 0 to 365.
        #[arg(allow_negative_numbers = true)]
        days: Option<i64>,
    },
    /// Show or set whose names the calendar file and the desktop notifications carry:
    /// full (山田 太郎さん), given (太郎さん) or hidden (the relationship: お子さま).
    Names {
        #[arg(value_name = "full|given|hidden", value_parser = parse_names)]
        names: Option<NamesInReminders>,
    },
}

fn parse_names(text: &str) -> Result<NamesInReminders, String> {
    NamesInReminders::from_code(text).ok_or_else(|| "use full, given or hidden".to_string())
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SnoozeArg {
    Day,
    Week,
}

#[derive(Debug, Args)]
pub struct IcsArgs {
    /// The calendar file to write (.ics). It is replaced if it exists, readable by you only.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Names in this file only: full, given or hidden (default: the household's choice,
    /// `reminders names`).
    #[arg(long, value_name = "full|given|hidden", value_parser = parse_names)]
    pub names: Option<NamesInReminders>,
}

pub fn run(
    args: &RemindersArgs,
    store: &mut Store,
    ctx: Context,
    out: &Output,
) -> Result<(), Error> {
    match &args.command {
        None => {
            let query = ReminderQuery {
                on: args
                    .on
                    .as_deref()
                    .map(household::parse_status_date)
                    .transpose()?,
                until: args
                    .until
                    .as_deref()
                    .map(household::parse_until_date)
                    .transpose()?,
            };
            let list = household::reminders(store, query, ctx)?;
            let on = query.on.unwrap_or(ctx.today);
            out.print(&list, |list, _| render_list(list, on, ctx.locale()));
        }
        Some(RemindersCommand::Done { id, new_expiry }) => {
            let view = household::reminder_done(store, id, new_expiry.as_deref(), ctx)?;
            if new_expiry.is_some() {
                out.print(&view, render_changed);
            } else {
                out.print(&view, render_done_without_expiry);
            }
        }
        Some(RemindersCommand::Snooze { id, snooze }) => {
            let snooze = match snooze {
                SnoozeArg::Day => SnoozeFor::Day,
                SnoozeArg::Week => SnoozeFor::Week,
            };
            let view = household::reminder_snooze(store, id, snooze, ctx)?;
            out.print(&view, render_changed);
        }
        Some(RemindersCommand::Dismiss { id }) => {
            let view = household::reminder_dismiss(store, id, ctx)?;
            out.print(&view, render_changed);
        }
        Some(RemindersCommand::LeadTime { kind, days }) => {
            let leads = match (kind, days) {
                (Some(kind), Some(days)) => {
                    let kind = household::parse_reminder_kind(kind)?;
                    household::set_lead_time(store, kind, *days, ctx)?
                }
                _ => household::lead_times(store, ctx)?,
            };
            out.print(&leads, render_lead_times);
        }
        Some(RemindersCommand::Names { names }) => {
            let preferences = match names {
                Some(names) => household::set_names_in_reminders(store, *names, ctx)?,
                None => household::preferences(store, ctx)?,
            };
            out.print(&preferences, render_names);
        }
    }
    Ok(())
}

fn render_names(preferences: &Preferences, lang: Lang) -> String {
    let names = preferences.names_in_reminders;
    match lang {
        Lang::Ja => format!(
            "カレンダーと通知の名前: {} — {}",
            names.code(),
            names.label(lang)
        ),
        Lang::En => format!(
            "Names in the calendar and notifications: {} — {}",
            names.code(),
            names.label(lang)
        ),
    }
}

/// What `ics --json` prints.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Written {
    path: String,
    bytes: usize,
}

pub fn run_ics(args: &IcsArgs, store: &Store, ctx: Context, out: &Output) -> Result<(), Error> {
    let bytes = match args.names {
        Some(names) => household::save_ics_naming(store, &args.output, ctx, names)?,
        None => household::save_ics(store, &args.output, ctx)?,
    };
    let written = Written {
        path: args.output.display().to_string(),
        bytes,
    };
    out.print(&written, |written, lang| match lang {
        Lang::Ja => format!(
            "カレンダーファイルを保存しました: {}（{} KB）",
            written.path,
            written.bytes.div_ceil(1024)
        ),
        Lang::En => format!(
            "Saved the calendar file: {} ({} KB)",
            written.path,
            written.bytes.div_ceil(1024)
        ),
    });
    Ok(())
}

fn render_list(list: &ReminderList, on: chrono::NaiveDate, locale: Locale) -> String {
    let lang = locale.lang;
    let mut lines = vec![match lang {
        Lang::Ja => format!("{} の通知", format_both(on, locale)),
        Lang::En => format!("Reminders on {}", format_both(on, locale)),
    }];
    let sections = [
        (
            lang.pick("お知らせする時期になったもの", "Due"),
            &list.due,
            true,
        ),
        (
            lang.pick("これからのもの", "Upcoming"),
            &list.upcoming,
            false,
        ),
        (
            lang.pick("対応済み・非表示にしたもの", "Done or dismissed"),
            &list.done,
            false,
        ),
    ];
    for (heading, views, with_body) in sections {
        if views.is_empty() {
            continue;
        }
        lines.push(String::new());
        lines.push(format!("{heading}{}:", count(views.len(), lang)));
        for view in views {
            lines.extend(render_view(view, with_body, lang));
        }
    }
    if list.due.is_empty() && list.upcoming.is_empty() {
        lines.push(String::new());
        lines.push(
            lang.pick(
                "この期間にお知らせすることはありません。",
                "Nothing to remind in this period.",
            )
            .into(),
        );
    }
    lines.join("\n")
}

fn count(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("（{n}件）"),
        Lang::En => format!(" ({n})"),
    }
}

fn render_view(view: &ReminderView, with_body: bool, lang: Lang) -> Vec<String> {
    let about = match lang {
        Lang::Ja => format!("{}・対象日 {}", view.kind.code(), view.deadline_label),
        Lang::En => format!("{}, date {}", view.kind.code(), view.deadline_label),
    };
    let mut lines = vec![
        format!("  {}  {}: {}", view.fire_on, view.member_name, view.title),
        format!("      {}{}", view.id, parenthesised(&about, lang)),
    ];
    if view.state.status != ReminderStatus::Open {
        lines.push(format!("      {}", view.state.label));
    }
    if with_body {
        lines.push(format!("      {}", view.body));
    }
    lines
}

/// The state label is already in the user's language.
fn render_changed(view: &ReminderView, _lang: Lang) -> String {
    format!(
        "{}: {}\n  {}",
        view.member_name, view.title, view.state.label
    )
}

/// Done without the new expiry of a document that was probably renewed: say how.
fn render_done_without_expiry(view: &ReminderView, lang: Lang) -> String {
    let mut text = render_changed(view, lang);
    if view.asks_for_new_expiry {
        text.push_str("\n  ");
        text.push_str(lang.pick(
            "書類を更新した場合は、新しい有効期限を --new-expiry で記録してください（古い期限の通知はなくなります）。",
            "If you renewed the document, record its new expiry with --new-expiry (the old expiry's reminders then go away).",
        ));
    }
    text
}

// `&Vec` because `Output::print` renders the exact value it serialises.
#[allow(clippy::ptr_arg)]
fn render_lead_times(leads: &Vec<LeadTimeView>, lang: Lang) -> String {
    leads
        .iter()
        .map(|lead| {
            let default = if lead.days == lead.default_days {
                String::new()
            } else {
                match lang {
                    Lang::Ja => format!("（既定は{}日）", lead.default_days),
                    Lang::En => format!(" (default {} days)", lead.default_days),
                }
            };
            format!(
                "{:<22} {}: {}{default}",
                lead.kind.code(),
                lead.kind_label,
                lead.label
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
