//! `hoken-techo status [--on DATE] [--member ID]` and
//! `hoken-techo troubleshoot --member ID`: the answers the core computes, printed.

use clap::{Args, ValueEnum};
use hoken_techo_core::household::{self, Context};
use hoken_techo_core::status::{CheckOutcome, HouseholdStatus, MemberStatus};
use hoken_techo_core::troubleshooter::{Answer, Finding, GivenAnswer, QuestionId, Troubleshooter};
use hoken_techo_core::{Error, Lang, Store};

use crate::document::{parenthesised, render_one};
use crate::output::Output;

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The day to check (default today), e.g. 2027-03-01 or 令和9年3月1日.
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// Only this member (the household overview still considers everyone).
    #[arg(long)]
    pub member: Option<i64>,
}

#[derive(Debug, Args)]
pub struct TroubleshootArgs {
    /// The member at the clinic.
    #[arg(long)]
    pub member: i64,
    /// Your answer where the records cannot tell: do you have a My Number Card?
    #[arg(long, value_enum, value_name = "yes|no")]
    pub has_card: Option<YesNo>,
    /// Your answer where the records cannot tell: is the card registered for health insurance?
    #[arg(long, value_enum, value_name = "yes|no")]
    pub registered: Option<YesNo>,
    /// Your answer where the records cannot tell: are the card and its certificate in date?
    #[arg(long, value_enum, value_name = "yes|no")]
    pub in_date: Option<YesNo>,
    /// Your answer where the records cannot tell: did you join or change plans recently?
    #[arg(long, value_enum, value_name = "yes|no")]
    pub recently_joined: Option<YesNo>,
    /// Your answer where the records cannot tell: was your My Number given to the employer or insurer?
    #[arg(long, value_enum, value_name = "yes|no")]
    pub my_number_given: Option<YesNo>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum YesNo {
    Yes,
    No,
}

impl TroubleshootArgs {
    fn given(&self) -> Vec<GivenAnswer> {
        [
            (QuestionId::HasCard, self.has_card),
            (QuestionId::Registration, self.registered),
            (QuestionId::Expiry, self.in_date),
            (QuestionId::RecentChange, self.recently_joined),
            (QuestionId::MyNumberSubmitted, self.my_number_given),
        ]
        .into_iter()
        .filter_map(|(question, answer)| {
            Some(GivenAnswer {
                question,
                answer: match answer? {
                    YesNo::Yes => Answer::Yes,
                    YesNo::No => Answer::No,
                },
            })
        })
        .collect()
    }
}

pub fn run(args: &StatusArgs, store: &mut Store, ctx: Context, out: &Output) -> Result<(), Error> {
    let on = match &args.on {
        Some(text) => household::parse_status_date(text)?,
        None => ctx.today,
    };
    let status = household::status(store, args.member, on, ctx)?;
    out.print(&status, render);
    Ok(())
}

pub fn run_troubleshoot(
    args: &TroubleshootArgs,
    store: &mut Store,
    ctx: Context,
    out: &Output,
) -> Result<(), Error> {
    let troubleshooter = household::troubleshoot(store, args.member, &args.given(), None, ctx)?;
    out.print(&troubleshooter, render_troubleshooter);
    Ok(())
}

fn render(status: &HouseholdStatus, lang: Lang) -> String {
    let mut lines = vec![match lang {
        Lang::Ja => format!("{} の状況", status.on.label),
        Lang::En => format!("Status on {}", status.on.label),
    }];
    if !status.overview.is_empty() {
        lines.push(String::new());
        lines.push(
            lang.pick(
                "気をつけること（急ぐ順）:",
                "Needs attention (most urgent first):",
            )
            .into(),
        );
        for item in &status.overview {
            let action = &item.action;
            let date = action
                .date
                .as_ref()
                .map(|d| parenthesised(&d.label, lang))
                .unwrap_or_default();
            lines.push(format!(
                "  [{}] {}: {}{date}",
                action.urgency_label, item.member_name, action.title
            ));
        }
    }
    for member in &status.members {
        lines.push(String::new());
        lines.extend(render_member(member, lang));
    }
    if status.members.is_empty() {
        lines.push(String::new());
        lines.push(
            lang.pick(
                "家族はまだ登録されていません。",
                "No household members yet.",
            )
            .into(),
        );
    }
    lines.join("\n")
}

fn render_member(member: &MemberStatus, lang: Lang) -> Vec<String> {
    let about = match lang {
        Lang::Ja => format!("{}・{}歳", member.relation_label, member.age),
        Lang::En => format!("{}, age {}", member.relation_label, member.age),
    };
    let mut lines = vec![format!(
        "[{}] {}{}",
        member.member_id,
        member.name,
        parenthesised(&about, lang)
    )];
    if let Some(plan) = &member.plan_label {
        lines.push(format!(
            "    {}: {plan}",
            lang.pick("加入している保険", "Plan")
        ));
    }
    if let Some(burden) = &member.burden {
        lines.push(format!(
            "    {}: {}",
            lang.pick("負担割合", "Co-payment"),
            burden.label
        ));
    }
    lines.push(format!("    {}", member.myna.label));
    if let Some(no_cover) = &member.myna.no_cover {
        lines.push(format!("      × {}", no_cover.text));
    }
    for check in &member.myna.checks {
        let mark = match check.outcome {
            CheckOutcome::Ok => "○",
            CheckOutcome::Grace => "△",
            CheckOutcome::Fails => "×",
            CheckOutcome::Unknown => lang.pick("？", "?"),
        };
        lines.push(format!("      {mark} {}", check.text));
    }
    lines.push(format!("    {}", member.bring.sentence));
    for note in &member.bring.notes {
        lines.push(format!("      ※ {note}"));
    }
    if !member.documents.is_empty() {
        lines.push(format!("    {}:", lang.pick("書類", "Documents")));
        for document in &member.documents {
            lines.extend(
                render_one(document, lang)
                    .lines()
                    .map(|l| format!("      {l}")),
            );
        }
    }
    if !member.actions.is_empty() {
        lines.push(format!("    {}:", lang.pick("次にすること", "Next")));
        for action in &member.actions {
            lines.push(format!(
                "      {}[{}] {}",
                lang.pick("・", "- "),
                action.urgency_label,
                action.title
            ));
            lines.push(format!("        {}", action.detail));
        }
    }
    lines
}

fn render_troubleshooter(t: &Troubleshooter, lang: Lang) -> String {
    let mut lines = vec![
        format!("{}{}", t.title, parenthesised(&t.member_name, lang)),
        t.intro.clone(),
    ];
    if let Some(no_cover) = &t.no_cover {
        lines.push(format!("{}{}", lang.pick("！ ", "! "), no_cover.text));
    }
    for (number, question) in t.questions.iter().enumerate() {
        let mark = match question.finding {
            Finding::Fine => "",
            Finding::Problem => lang.pick(" ← これが原因の可能性があります", " ← likely the cause"),
            Finding::Unknown => "",
        };
        lines.push(format!("{}. {}", number + 1, question.question));
        lines.push(format!(
            "   {}{mark}: {}",
            question.answer_label, question.why
        ));
        let flag = match question.id {
            QuestionId::HasCard => Some("--has-card"),
            QuestionId::Registration => Some("--registered"),
            QuestionId::Expiry => Some("--in-date"),
            QuestionId::RecentChange => Some("--recently-joined"),
            QuestionId::MyNumberSubmitted => Some("--my-number-given"),
            // Only a reading of the card answers it (`card read`); nobody is asked.
            QuestionId::Pin => None,
        };
        if let (Some(flag), true) = (flag, question.askable && !question.given) {
            lines.push(match lang {
                Lang::Ja => format!("   （わかる場合は {flag} yes または no で答えてください）"),
                Lang::En => format!("   (if you know, answer with {flag} yes or no)"),
            });
        }
        // Every problem's steps, not only the first one's (those follow below).
        if t.problems.contains(&question.id) && t.first_problem != Some(question.id) {
            let bullet = lang.pick("・", "- ");
            lines.extend(
                question
                    .steps
                    .iter()
                    .map(|step| format!("     {bullet}{step}")),
            );
        }
    }
    lines.push(String::new());
    lines.push(lang.pick("すること:", "What to do:").into());
    let bullet = lang.pick("・", "- ");
    lines.extend(t.steps.iter().map(|step| format!("  {bullet}{step}")));
    if let Some(note) = &t.note {
        lines.push(format!("※ {note}"));
    }
    lines.join("\n")
}
