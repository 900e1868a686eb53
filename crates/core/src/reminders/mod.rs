//! Reminders: what the household should be told, and when, before each
//! deadline that follows from its records and the rules of DOMAIN.md §2–§6.
//!
//! - [`kind`]: the kinds of reminder, their codes and default lead times;
//! - [`lead`]: lead times (the defaults, changed per kind by the household);
//! - [`schedule`]: every reminder of the household, a pure function of the records;
//!   `sources/` has one file per origin (card and e-certs, papers, ages, qualification);
//! - [`text`]: what each reminder says, in Japanese and English;
//! - [`state`]: done / dismissed / snoozed, and whether a reminder is due on a date;
//! - [`view`]: the types the front ends receive; [`ics`]: the calendar file;
//! - [`stored`]: the same over the [`Store`](crate::store::Store), one transaction per action.
//!
//! Like the status, the schedule never reads the clock: "today" is a parameter.

pub mod ics;
pub mod kind;
pub mod lead;
pub mod schedule;
mod sources;
pub mod state;
pub mod stored;
mod text;
pub mod view;

#[cfg(test)]
mod golden_tests;

pub use kind::ReminderKind;
pub use lead::{LeadTimeView, LeadTimes, MAX_LEAD_DAYS};
pub use schedule::{schedule, Reminder, Subject};
pub use state::{Mark, MarkRecord, Marks};
pub use view::{
    ReminderList, ReminderQuery, ReminderStateView, ReminderStatus, ReminderView, SnoozeFor,
};
