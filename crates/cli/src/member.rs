//! `hoken-techo member …`

use std::collections::BTreeMap;
use std::io::{self, BufRead, IsTerminal, Write};

use hoken_techo_core::household::{self, Context};
use hoken_techo_core::{Error, Lang, MemberInput, MemberView, Store};

use crate::args::{values_from_json, MemberChanges, MemberCommand, MemberFields};
use crate::output::Output;

pub fn run(
    command: &MemberCommand,
    store: &mut Store,
    ctx: Context,
    out: &Output,
) -> Result<(), Error> {
    match command {
        MemberCommand::Add(fields) => {
            let input = match &fields.from_json {
                Some(from) => input_from(&fields_from(values_from_json::<MemberFields>(from)?)),
                None => input_from(fields),
            };
            let member = household::add_member(store, &input, ctx)?;
            out.print(&member, render_one);
        }
        MemberCommand::List => {
            let members = household::list_members(store, ctx)?;
            out.print(&members, render_list);
        }
        MemberCommand::Show { id } => {
            let member = household::show_member(store, *id, ctx)?;
            out.print(&member, render_one);
        }
        MemberCommand::Edit { id, fields } => {
            let current = household::show_member(store, *id, ctx)?;
            let input = match &fields.from_json {
                Some(from) => apply_changes(
                    &current,
                    &changes_from(values_from_json::<MemberChanges>(from)?),
                ),
                None => apply_changes(&current, fields),
            };
            let member = household::edit_member(store, *id, &input, ctx)?;
            out.print(&member, render_one);
        }
        MemberCommand::Remove { id, yes } => {
            let member = household::show_member(store, *id, ctx)?;
            if !*yes && !confirm_removal(&member, ctx.lang) {
                eprintln!(
                    "{}",
                    ctx.lang
                        .pick("削除を取りやめました。", "Nothing was removed.")
                );
                return Ok(());
            }
            let removed = household::remove_member(store, *id, ctx)?;
            out.print(&removed, |m, lang| match lang {
                Lang::Ja => format!("{}さんを削除しました。", m.member.name),
                Lang::En => format!("Removed {}.", m.member.name),
            });
        }
    }
    Ok(())
}

fn input_from(fields: &MemberFields) -> MemberInput {
    MemberInput {
        name: fields.name.join(" "),
        kana: fields.kana.join(" "),
        birth_date: fields.birth.clone().unwrap_or_default(),
        relation: fields.relation.clone().unwrap_or_default(),
    }
}

/// The `--from-json` values as the options they stand for (a key not given: an option
/// not given; for `add`, validation then says which are required).
fn fields_from(values: BTreeMap<String, String>) -> MemberFields {
    let changes = changes_from(values);
    MemberFields {
        name: changes.name.unwrap_or_default(),
        kana: changes.kana.unwrap_or_default(),
        birth: changes.birth,
        relation: changes.relation,
        from_json: None,
    }
}

fn changes_from(mut values: BTreeMap<String, String>) -> MemberChanges {
    MemberChanges {
        name: values.remove("name").map(|name| vec![name]),
        kana: values.remove("kana").map(|kana| vec![kana]),
        birth: values.remove("birth"),
        relation: values.remove("relation"),
        from_json: None,
    }
}

/// The stored member with the given changes applied, as form input to validate again.
fn apply_changes(current: &MemberView, changes: &MemberChanges) -> MemberInput {
    let member = &current.member;
    MemberInput {
        name: changes
            .name
            .as_ref()
            .map_or_else(|| member.name.clone(), |words| words.join(" ")),
        kana: changes
            .kana
            .as_ref()
            .map_or_else(|| member.kana.clone(), |words| words.join(" ")),
        birth_date: changes
            .birth
            .clone()
            .unwrap_or_else(|| member.birth_date.to_string()),
        relation: changes
            .relation
            .clone()
            .unwrap_or_else(|| member.relation.code().to_string()),
    }
}

/// Asks on the terminal. Without a terminal there is nobody to ask: refuse, and say
/// how to confirm (`--yes`).
fn confirm_removal(member: &MemberView, lang: Lang) -> bool {
    if !io::stdin().is_terminal() {
        eprintln!(
            "{}",
            lang.pick(
                "削除するには --yes を付けてください（この操作は取り消せません）。",
                "Add --yes to remove (this cannot be undone).",
            )
        );
        return false;
    }
    let question = match lang {
        Lang::Ja => format!(
            "{}さんと、その記録をすべて削除します。よろしいですか？ [y/N] ",
            member.member.name
        ),
        Lang::En => format!(
            "Remove {} and everything recorded for them? [y/N] ",
            member.member.name
        ),
    };
    eprint!("{question}");
    let _ = io::stderr().flush();
    let mut answer = String::new();
    let _ = io::stdin().lock().read_line(&mut answer);
    matches!(answer.trim(), "y" | "Y" | "yes" | "はい")
}

fn render_one(member: &MemberView, lang: Lang) -> String {
    let m = &member.member;
    let age = match lang {
        Lang::Ja => format!("{}歳", member.age),
        Lang::En => format!("age {}", member.age),
    };
    // The name and its katakana keep Japanese brackets; the English line uses ASCII ones.
    format!(
        "[{}] {}（{}）{}\n    {}: {}{}",
        m.id,
        m.name,
        m.kana,
        lang.pick("", " ").to_string() + &member.relation_label,
        lang.pick("生年月日", "Born"),
        member.birth_date_label,
        crate::document::parenthesised(&age, lang)
    )
}

// `&Vec` because `Output::print` renders the exact value it serialises.
#[allow(clippy::ptr_arg)]
fn render_list(members: &Vec<MemberView>, lang: Lang) -> String {
    if members.is_empty() {
        return lang
            .pick(
                "家族はまだ登録されていません。`hoken-techo member add --name … --kana … --birth … --relation 本人` で追加できます。",
                "No household members yet. Add one with `hoken-techo member add --name … --kana … --birth … --relation self`.",
            )
            .to_string();
    }
    members
        .iter()
        .map(|m| render_one(m, lang))
        .collect::<Vec<_>>()
        .join("\n")
}
