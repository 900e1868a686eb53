//! `hoken-techo demo load|remove`: the fictional demo household to try the app with.

use clap::Subcommand;
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::onboarding::DemoChanged;
use hoken_techo_core::{Error, Lang, Store};

use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum DemoCommand {
    /// Load a fictional household of 4 (only into an empty household).
    Load,
    /// Remove the demo household's members, also edited ones; nobody else is touched.
    Remove,
}

pub fn run(
    command: &DemoCommand,
    store: &mut Store,
    ctx: Context,
    out: &Output,
) -> Result<(), Error> {
    match command {
        DemoCommand::Load => {
            let loaded = household::load_demo(store, ctx)?;
            out.print(&loaded, render_loaded);
        }
        DemoCommand::Remove => {
            let removed = household::remove_demo(store, ctx)?;
            out.print(&removed, render_removed);
        }
    }
    Ok(())
}

fn render_loaded(loaded: &DemoChanged, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "お試し用の家族（{}人、架空の人物）を読み込みました。`hoken-techo demo remove` で削除できます。",
            loaded.members
        ),
        Lang::En => format!(
            "Loaded the demo household ({} fictional people). Remove it with `hoken-techo demo remove`.",
            loaded.members
        ),
    }
}

fn render_removed(removed: &DemoChanged, lang: Lang) -> String {
    match (removed.members, lang) {
        (0, Lang::Ja) => "お試し用の家族は読み込まれていません。何も削除していません。".into(),
        (0, Lang::En) => "No demo household is loaded. Nothing was removed.".into(),
        (n, Lang::Ja) => format!("お試し用の家族（{n}人）を削除しました。"),
        (n, Lang::En) => format!("Removed the demo household ({n} people)."),
    }
}
