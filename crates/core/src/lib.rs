//! hoken-techo core: the household's qualification data, the rules that apply to it,
//! and its storage in one SQLite file.
//!
//! Invariants (see docs/ARCHITECTURE.md):
//! - this crate never reads the clock or the environment: "today" and paths are parameters;
//! - every user-facing message is produced here, in Japanese and English ([`i18n`]);
//! - every user action is one SQLite transaction: it is saved whole or not at all.

pub mod backup;
pub mod bindings;
pub mod card;
pub mod crash_point;
pub mod date_input;
pub mod document;
pub mod error;
pub mod files;
pub mod help;
pub mod household;
pub mod household_file;
pub mod i18n;
pub mod insurer;
pub mod invisible;
pub mod member;
pub mod normalise;
pub mod onboarding;
pub mod panic_message;
pub mod passphrase;
pub mod pdf;
pub mod preferences;
pub mod qualification;
pub mod reminders;
pub mod rules;
pub mod shell_text;
pub mod status;
pub mod store;
pub mod troubleshooter;
pub mod wareki;

pub use error::{Error, ErrorReport, FieldError, Result};
pub use household::Context;
pub use i18n::{DateOrder, Lang, Locale};
pub use member::{Member, MemberInput, MemberView, Relation};
pub use passphrase::Passphrase;
pub use store::Store;
