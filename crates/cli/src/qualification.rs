//! `hoken-techo qualification …` and `hoken-techo insurer NUMBER`.

use std::borrow::Cow;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use hoken_techo_core::household::{self, Context, QualificationSaved};
use hoken_techo_core::qualification::{InsurerCheck, QualificationInput, QualificationView};
use hoken_techo_core::{Error, Lang, Store};

use crate::args::{values_from_json, FROM_JSON_HELP, FROM_JSON_SHORT};
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum QualificationCommand {
    /// Add a qualification from the 資格情報のお知らせ (or 資格確認書).
    Add {
        /// The member it belongs to (see `member list`).
        #[arg(long)]
        member: i64,
        #[command(flatten)]
        fields: QualificationFields,
        /// If the member has a current qualification, end it on the new 資格取得日.
        #[arg(long)]
        end_current: bool,
    },
    /// List qualifications: one member's, or the whole household's.
    List {
        #[arg(long)]
        member: Option<i64>,
    },
    /// Change a qualification; fields not given stay as they are.
    Edit {
        id: i64,
        #[command(flatten)]
        fields: QualificationFields,
    },
    /// End a qualification (資格喪失日), moving it to the member's history.
    End {
        id: i64,
        /// 資格喪失年月日, e.g. 2026-04-01 or 令和8年4月1日.
        #[arg(long)]
        on: String,
    },
    /// Delete a qualification entered by mistake.
    Remove {
        id: i64,
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

/// The notice's fields. All optional here: `add` lets the core say which are missing.
#[derive(Debug, Clone, Args)]
pub struct QualificationFields {
    /// 保険者番号 (8 digits, 国保 6), e.g. 01130012.
    #[arg(long)]
    pub insurer: Option<String>,
    /// 保険者名称 as printed, e.g. 全国健康保険協会 東京支部.
    #[arg(long)]
    pub insurer_name: Option<String>,
    /// 記号 as printed (full-width is fine).
    #[arg(long)]
    pub symbol: Option<String>,
    /// 番号 as printed.
    #[arg(long)]
    pub number: Option<String>,
    /// 枝番 (2 digits; 1 becomes 01).
    #[arg(long)]
    pub branch: Option<String>,
    /// 資格取得年月日: 2025-04-01, 令和7年4月1日, R7.4.1 …
    #[arg(long)]
    pub acquired: Option<String>,
    /// 資格喪失年月日, for a past qualification.
    #[arg(long)]
    pub lost: Option<String>,
    /// insured (本人・被保険者) or dependant (家族・被扶養者); default insured.
    #[arg(long)]
    pub role: Option<String>,
    /// 負担割合: 1, 2 or 3 (割).
    #[arg(long)]
    pub burden: Option<String>,
    /// The last 4 digits of the My Number, only if you want them kept. Never the full number.
    #[arg(long)]
    pub my_number_last4: Option<String>,
    #[arg(long)]
    pub memo: Option<String>,
    #[arg(long, value_name = "FILE|-", help = FROM_JSON_SHORT, long_help = from_json_help(),
          conflicts_with_all = [
              "insurer", "insurer_name", "symbol", "number", "branch", "acquired", "lost",
              "role", "burden", "my_number_last4", "memo",
          ])]
    pub from_json: Option<PathBuf>,
}

fn from_json_help() -> String {
    format!(
        "{FROM_JSON_HELP} Keys: insurer, insurer-name, symbol, number, branch, acquired, \
         lost, role, burden, my-number-last4, memo, e.g. {{\"insurer\": \"01130012\", \
         \"symbol\": \"12345678\", \"number\": \"123\", \"branch\": \"01\", \
         \"acquired\": \"2025-04-01\"}}."
    )
}

impl QualificationFields {
    /// The fields, or the `--from-json` values in their place (by the options' names).
    fn given(&self) -> Result<Cow<'_, QualificationFields>, Error> {
        let Some(from) = &self.from_json else {
            return Ok(Cow::Borrowed(self));
        };
        let mut values = values_from_json::<QualificationFields>(from)?;
        let mut take = |key: &str| values.remove(key);
        Ok(Cow::Owned(QualificationFields {
            insurer: take("insurer"),
            insurer_name: take("insurer-name"),
            symbol: take("symbol"),
            number: take("number"),
            branch: take("branch"),
            acquired: take("acquired"),
            lost: take("lost"),
            role: take("role"),
            burden: take("burden"),
            my_number_last4: take("my-number-last4"),
            memo: take("memo"),
            from_json: None,
        }))
    }

    /// The form input: the given fields over `base` (empty for `add`).
    fn over(&self, base: QualificationInput) -> QualificationInput {
        let pick = |given: &Option<String>, current: String| given.clone().unwrap_or(current);
        QualificationInput {
            insurer_number: pick(&self.insurer, base.insurer_number),
            insurer_name: pick(&self.insurer_name, base.insurer_name),
            symbol: pick(&self.symbol, base.symbol),
            number: pick(&self.number, base.number),
            branch: pick(&self.branch, base.branch),
            role: pick(&self.role, base.role),
            acquired_on: pick(&self.acquired, base.acquired_on),
            lost_on: pick(&self.lost, base.lost_on),
            burden: pick(&self.burden, base.burden),
            my_number_last4: pick(&self.my_number_last4, base.my_number_last4),
            memo: pick(&self.memo, base.memo),
        }
    }
}

pub fn run(
    command: &QualificationCommand,
    store: &mut Store,
    ctx: Context,
    out: &Output,
) -> Result<(), Error> {
    match command {
        QualificationCommand::Add {
            member,
            fields,
            end_current,
        } => {
            let input = fields.given()?.over(QualificationInput::default());
            let saved = household::add_qualification(store, *member, &input, *end_current, ctx)?;
            out.print(&saved, render_saved);
        }
        QualificationCommand::List { member } => {
            let list = match member {
                Some(id) => household::list_qualifications(store, *id, ctx)?,
                None => household::list_members(store, ctx)?
                    .into_iter()
                    .flat_map(|m| m.qualifications)
                    .collect(),
            };
            out.print(&list, render_list);
        }
        QualificationCommand::Edit { id, fields } => {
            let current = store.qualification(*id)?;
            let saved = household::edit_qualification(
                store,
                *id,
                &fields.given()?.over(QualificationInput::from(&current)),
                ctx,
            )?;
            out.print(&saved, render_saved);
        }
        QualificationCommand::End { id, on } => {
            let ended = household::end_qualification(store, *id, on, ctx)?;
            out.print(&ended, render_one);
        }
        QualificationCommand::Remove { id, yes } => {
            if !*yes {
                eprintln!(
                    "{}",
                    ctx.lang.pick(
                        "削除するには --yes を付けてください（この操作は取り消せません）。資格を履歴に移すだけなら `qualification end` を使います。",
                        "Add --yes to delete (this cannot be undone). To move it to history instead, use `qualification end`.",
                    )
                );
                return Ok(());
            }
            let removed = household::remove_qualification(store, *id, ctx)?;
            out.print(&removed, render_one);
        }
    }
    Ok(())
}

/// `hoken-techo insurer NUMBER`: valid → the description on stdout, exit 0; invalid →
/// the reason as the error, exit non-zero.
pub fn check_insurer(number: &str, ctx: Context, out: &Output) -> Result<(), Error> {
    let check = household::describe_insurer(number, ctx)?;
    out.print(&check, render_insurer);
    Ok(())
}

fn render_insurer(check: &InsurerCheck, lang: Lang) -> String {
    let mut text = format!(
        "{} {}",
        check
            .insurer
            .as_ref()
            .map(|i| i.digits.as_str())
            .unwrap_or_default(),
        check.description.as_deref().unwrap_or_default()
    );
    if let Some(message) = &check.message {
        text.push_str(&format!("\n{}: {message}", lang.pick("注意", "note")));
    }
    text
}

fn render_saved(saved: &QualificationSaved, lang: Lang) -> String {
    let mut text = render_one(&saved.qualification, lang);
    for note in &saved.notes {
        text.push_str(&format!(
            "\n    {}: {}",
            lang.pick("注意", "note"),
            note.message
        ));
    }
    text
}

// `&Vec` because `Output::print` renders the exact value it serialises.
#[allow(clippy::ptr_arg)]
fn render_list(list: &Vec<QualificationView>, lang: Lang) -> String {
    if list.is_empty() {
        return lang
            .pick(
                "資格はまだ登録されていません。`hoken-techo qualification add --member ID …` で追加できます。",
                "No qualifications yet. Add one with `hoken-techo qualification add --member ID …`.",
            )
            .to_string();
    }
    list.iter()
        .map(|q| render_one(q, lang))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Laid out in the order of the notice.
fn render_one(view: &QualificationView, lang: Lang) -> String {
    let q = &view.qualification;
    let state = if view.current {
        lang.pick("現在", "current")
    } else {
        lang.pick("履歴", "history")
    };
    let name = if q.insurer_name.is_empty() {
        String::new()
    } else {
        format!(" {}", q.insurer_name)
    };
    let mut text = format!(
        "[{}] ({state}) {} {}{name}\n    {} {}  {} {}  {} {}\n    {}  {}: {}",
        q.id,
        q.insurer_number,
        view.insurer_label,
        lang.pick("記号", "Symbol"),
        q.symbol,
        lang.pick("番号", "Number"),
        q.number,
        lang.pick("枝番", "Branch"),
        q.branch.as_deref().unwrap_or("-"),
        view.role_label,
        lang.pick("資格取得", "Since"),
        view.acquired_label,
    );
    if let Some(lost) = &view.lost_label {
        text.push_str(&format!("  {}: {lost}", lang.pick("資格喪失", "Ended")));
    }
    if let Some(burden) = &view.burden_label {
        text.push_str(&format!(
            "  {}: {burden}",
            lang.pick("負担割合", "Co-payment")
        ));
    }
    text
}
