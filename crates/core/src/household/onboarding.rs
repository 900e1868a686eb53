//! The first run, the demo household and the help page.

use super::Context;
use crate::error::Result;
use crate::help::HelpPage;
use crate::onboarding::{DemoChanged, Onboarding};
use crate::store::Store;

/// Whether to show the first-run guide, and whether the demo household is loaded.
pub fn onboarding(store: &Store, _ctx: Context) -> Result<Onboarding> {
    crate::onboarding::load(store)
}

/// The first-run guide was finished or skipped: it does not open by itself again.
pub fn finish_first_run(store: &mut Store, _ctx: Context) -> Result<Onboarding> {
    crate::onboarding::finish_first_run(store)
}

/// Loads the fictional demo household (only into an empty household).
pub fn load_demo(store: &mut Store, ctx: Context) -> Result<DemoChanged> {
    crate::onboarding::load_demo(store, ctx.today, ctx.lang)
}

/// Removes the demo members (also edited ones) and nobody else.
pub fn remove_demo(store: &mut Store, _ctx: Context) -> Result<DemoChanged> {
    crate::onboarding::remove_demo(store)
}

/// The help page: the rules the app applies today, in plain words, from the rule table.
pub fn help(ctx: Context) -> HelpPage {
    crate::help::page(ctx.today, ctx.locale())
}
