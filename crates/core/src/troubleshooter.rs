//! 「カードリーダーで確認できないとき」: the seed flowchart (DOMAIN §10) as data. The
//! first question is whether the member has a card at all (without one, the 資格確認書
//! and how to get a card are the whole answer); then the flowchart's questions in its
//! order, each pre-answered from what the app knows, or by the member where the app
//! cannot tell ([`GivenAnswer`]). Every question that points at a problem carries its
//! steps; the first one's steps are the answer, and when none does, the general steps
//! (card and お知らせ together) are. A member with no cover on the day is told so
//! before anything else.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::card::{CardReading, PinTries};
use crate::document::{Document, DocumentKind, Held};
use crate::error::Result;
use crate::i18n::{Lang, Locale};
use crate::rules::{cert_state_on, grace_last_day, CertState, RuleTable};
use crate::status::{
    kind_in_sentence, myna_status, HouseholdData, HouseholdFacts, MemberFacts, NoCover,
    Registration,
};
use crate::store::Store;
use crate::wareki::format_both;

/// DOMAIN §6 and seed 003: a new qualification may take about 5 days to 2 weeks to
/// show up for マイナ保険証 (a 目安). Acquired within this many days counts as recent.
pub const RECENT_CHANGE_DAYS: i64 = 14;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum QuestionId {
    /// 0. Does the member have a マイナンバーカード at all?
    HasCard,
    /// 1. Is the 保険証利用登録 done?
    Registration,
    /// 2. Are the card and the 利用者証明用電子証明書 in date (or in the grace)?
    Expiry,
    /// 3. Joined or changed plan recently?
    RecentChange,
    /// 4. Has the member's My Number reached the insurer (via the employer)?
    MyNumberSubmitted,
    /// Asked only after a card reading: is the 利用者証明用 PIN usable (not locked)?
    Pin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Answer {
    Yes,
    No,
    Unknown,
}

impl Answer {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Answer::Yes => lang.pick("はい", "Yes"),
            Answer::No => lang.pick("いいえ", "No"),
            Answer::Unknown => lang.pick("わからない", "Not known"),
        }
    }
}

/// Whether the answer explains why the reader failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Finding {
    /// Not the cause.
    Fine,
    /// This is (likely) why: follow this question's steps.
    Problem,
    /// The app cannot tell: check it.
    Unknown,
}

/// The member's own answer to a question the records cannot answer (e.g. whether the
/// My Number was given to the employer). It is used only where the app's answer is
/// 「わからない」: what the records say is not overruled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GivenAnswer {
    pub question: QuestionId,
    pub answer: Answer,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Question {
    pub id: QuestionId,
    pub question: String,
    pub answer: Answer,
    pub answer_label: String,
    /// The answer is the member's own ([`GivenAnswer`]), not the records'.
    pub given: bool,
    /// The records cannot answer it: the member may (yes / no).
    pub askable: bool,
    pub finding: Finding,
    /// Why the app answers so (what it knows).
    pub why: String,
    /// What to do when this is the problem.
    pub steps: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Troubleshooter {
    pub member_id: i64,
    pub member_name: String,
    pub title: String,
    pub intro: String,
    /// Set when nothing insures the member on the day: the reader fails for that
    /// reason, whatever the card's state (the steps are then joining a plan).
    pub no_cover: Option<NoCover>,
    pub questions: Vec<Question>,
    /// The first question whose answer points at a problem.
    pub first_problem: Option<QuestionId>,
    /// Every question whose answer points at a problem and whose steps apply, in order
    /// (a registration cancelled by an expiry is fixed by the expiry's steps).
    pub problems: Vec<QuestionId>,
    /// The first problem's steps (or joining a plan, without cover), or the general
    /// steps when nothing points at a problem.
    pub steps: Vec<String>,
    /// Said when some answers are unknown.
    pub note: Option<String>,
}

/// The troubleshooter for one member on `on` (the day at the clinic: today), with the
/// member's own answers to questions the records cannot answer.
pub fn troubleshooter(
    data: &HouseholdData,
    table: &RuleTable,
    member_id: i64,
    on: NaiveDate,
    locale: Locale,
    given: &[GivenAnswer],
) -> Result<Troubleshooter> {
    build(data, table, member_id, on, locale, given, None)
}

/// The troubleshooter, with the PIN's counter when a card reading told it.
fn build(
    data: &HouseholdData,
    table: &RuleTable,
    member_id: i64,
    on: NaiveDate,
    locale: Locale,
    given: &[GivenAnswer],
    pin: Option<PinTries>,
) -> Result<Troubleshooter> {
    let lang = locale.lang;
    let member = crate::status::find(data, member_id)?;
    // The whole household: a dependant's cover depends on the insured person's age.
    let household = HouseholdFacts::new(data, table, on);
    let facts = household
        .member(member.id)
        .ok_or(crate::error::Error::MemberNotFound(member_id))?;
    let no_cover = myna_status(facts, locale).no_cover;
    let mut questions = vec![has_card(facts, lang)];
    let no_card = apply(&mut questions[0], given, lang) == Answer::No;
    if !no_card {
        questions.extend([
            registration(facts, locale),
            expiry(facts, locale),
            recent_change(facts, locale),
            my_number(facts, lang),
        ]);
        for question in questions.iter_mut().skip(1) {
            apply(question, given, lang);
        }
        // Asked right after the expiry: an expired certificate is the first thing to fix.
        if let Some(question) = pin.and_then(|pin| pin_question(pin, lang)) {
            let after_expiry = questions
                .iter()
                .position(|q| q.id == QuestionId::Expiry)
                .map_or(questions.len(), |i| i + 1);
            questions.insert(after_expiry, question);
        }
    }
    let problem = |id| {
        questions
            .iter()
            .find(|q: &&Question| q.id == id && q.finding == Finding::Problem)
    };
    // A registration cancelled by an expiry that is still there is fixed by renewing
    // first (DOMAIN §4: register again after the renewal), so the expiry is the answer.
    let first_problem = match questions.iter().find(|q| q.finding == Finding::Problem) {
        Some(q) if q.id == QuestionId::Registration => problem(QuestionId::Expiry).or(Some(q)),
        other => other,
    };
    // The expiry's steps end with registering again: the registration's own steps
    // (register at the reader now) would not work before the renewal.
    let expiry_first = first_problem.is_some_and(|q| q.id == QuestionId::Expiry);
    let problems: Vec<QuestionId> = questions
        .iter()
        .filter(|q| q.finding == Finding::Problem)
        .filter(|q| !(expiry_first && q.id == QuestionId::Registration))
        .map(|q| q.id)
        .collect();
    let steps = match (&no_cover, first_problem) {
        (Some(_), _) => join_plan_steps(lang),
        (None, Some(q)) => q.steps.clone(),
        (None, None) => general_steps(facts, lang),
    };
    let note = questions
        .iter()
        .any(|q| q.finding == Finding::Unknown)
        .then(|| {
            lang.pick(
                "「わからない」の項目は、上から順に確かめてください。マイナポータルの「医療保険の資格情報」で、登録されている資格と利用登録の状況を確認できます。",
                "Check the items marked “not known” from the top. Mynaportal (医療保険の資格情報) shows the registered qualification and the registration status.",
            )
            .to_string()
        });
    Ok(Troubleshooter {
        member_id,
        member_name: member.name.clone(),
        title: lang
            .pick("カードリーダーで確認できないとき", "When the card reader cannot confirm you")
            .to_string(),
        intro: lang
            .pick(
                "受付のカードリーダーでマイナ保険証が確認できなかったときは、次の順に確かめてください。わかっている内容から、答えを入れてあります。",
                "If the reader at reception could not confirm your My Number insurance card (マイナ保険証), go through these questions in order. The answers the app can give are filled in.",
            )
            .to_string(),
        no_cover,
        first_problem: first_problem.map(|q| q.id),
        problems,
        questions,
        steps,
        note,
    })
}

/// The member's answer to `question`, where the records leave it unknown; returns the
/// answer that stands.
fn apply(question: &mut Question, given: &[GivenAnswer], lang: Lang) -> Answer {
    if question.answer != Answer::Unknown {
        return question.answer;
    }
    question.askable = true;
    let Some(answer) = given
        .iter()
        .rev()
        .find(|g| g.question == question.id)
        .map(|g| g.answer)
        .filter(|answer| *answer != Answer::Unknown)
    else {
        return Answer::Unknown;
    };
    // Which answer points at a problem: "no" except for the recent change.
    let problem = match question.id {
        QuestionId::RecentChange => answer == Answer::Yes,
        _ => answer == Answer::No,
    };
    question.answer = answer;
    question.answer_label = answer.label(lang).to_string();
    question.given = true;
    question.finding = if problem {
        Finding::Problem
    } else {
        Finding::Fine
    };
    question.why = lang
        .pick("ご本人の回答です。", "Your own answer.")
        .to_string();
    answer
}

/// [`troubleshooter`] for a member in `store`; with a card reading that was just made
/// (saved or not), [`troubleshooter_with_card`].
pub fn stored_member(
    store: &Store,
    member_id: i64,
    on: NaiveDate,
    locale: Locale,
    given: &[GivenAnswer],
    reading: Option<&CardReading>,
) -> Result<Troubleshooter> {
    let data = HouseholdData::load(store)?;
    let table = RuleTable::standard();
    match reading {
        Some(reading) => {
            troubleshooter_with_card(&data, &table, member_id, reading, on, locale, given)
        }
        None => troubleshooter(&data, &table, member_id, on, locale, given),
    }
}

/// [`troubleshooter`] with what a card reading said: the certificate's expiry read from
/// the chip replaces the recorded one, and the PIN's counter answers [`QuestionId::Pin`]
/// (asked after the expiry, only when the card told it). Nothing is saved.
pub fn troubleshooter_with_card(
    data: &HouseholdData,
    table: &RuleTable,
    member_id: i64,
    reading: &CardReading,
    on: NaiveDate,
    locale: Locale,
    given: &[GivenAnswer],
) -> Result<Troubleshooter> {
    let mut data = data.clone();
    let recorded = data
        .documents
        .iter()
        .position(|d| d.member_id == member_id && d.kind == DocumentKind::EcertAuth);
    let read = Document {
        member_id,
        kind: DocumentKind::EcertAuth,
        held: Held::Held,
        issued_on: None,
        expires_on: Some(reading.ecert_auth_expires),
        registration: None,
        read_from_card_on: Some(on),
    };
    match recorded {
        Some(index) => data.documents[index] = read,
        None => data.documents.push(read),
    }
    build(
        &data,
        table,
        member_id,
        on,
        locale,
        given,
        Some(reading.auth_pin),
    )
}

/// The PIN question from the card's counter; none when the card did not tell it.
fn pin_question(pin: PinTries, lang: Lang) -> Option<Question> {
    let (answer, finding, why) = match pin {
        PinTries::Locked | PinTries::Left { left: 0 } => (
            Answer::No,
            Finding::Problem,
            lang.pick(
                "カードから読み取ったところ、暗証番号がロックされています。暗証番号を入力する受付では確認できません。",
                "The card says the PIN is locked, so a reader that asks for the PIN cannot confirm you.",
            )
            .to_string(),
        ),
        PinTries::Left { left } => (
            Answer::Yes,
            Finding::Fine,
            match lang {
                Lang::Ja => format!("カードから読み取ったところ、暗証番号はあと{left}回まで入力できます。"),
                Lang::En => format!("The card says {left} PIN tries are left."),
            },
        ),
        PinTries::Unknown => return None,
    };
    Some(question(QuestionId::Pin, answer, finding, why, lang))
}

fn question(id: QuestionId, answer: Answer, finding: Finding, why: String, lang: Lang) -> Question {
    Question {
        id,
        question: question_text(id, lang).to_string(),
        answer,
        answer_label: answer.label(lang).to_string(),
        given: false,
        askable: false,
        finding,
        why,
        steps: steps(id, lang),
    }
}

fn question_text(id: QuestionId, lang: Lang) -> &'static str {
    match id {
        QuestionId::HasCard => lang.pick(
            "マイナンバーカードをお持ちですか？",
            "Do you have a My Number Card?",
        ),
        QuestionId::Registration => lang.pick(
            "マイナンバーカードの健康保険証利用登録は済んでいますか？",
            "Is the card registered for use as a health-insurance card?",
        ),
        QuestionId::Expiry => lang.pick(
            "マイナンバーカードと利用者証明用電子証明書は、有効期限内ですか？",
            "Are the card and its authentication e-certificate within their expiry dates?",
        ),
        QuestionId::RecentChange => lang.pick(
            "最近、健康保険に加入したり、保険が変わったりしましたか？",
            "Did you recently join or change your health-insurance plan?",
        ),
        QuestionId::MyNumberSubmitted => lang.pick(
            "勤務先や保険者に、マイナンバーを届け出ていますか？",
            "Has your My Number been given to your employer or insurer?",
        ),
        QuestionId::Pin => lang.pick(
            "利用者証明用の暗証番号（数字4桁）は使える状態ですか？",
            "Can the authentication PIN (4 digits) still be used?",
        ),
    }
}

fn steps(id: QuestionId, lang: Lang) -> Vec<String> {
    let steps: &[(&str, &str)] = match id {
        QuestionId::HasCard => &[
            (
                "マイナンバーカードをお持ちでない方は、資格確認書を提示して受診してください。",
                "Without a My Number Card, show your eligibility certificate (資格確認書) to see a doctor.",
            ),
            (
                "資格確認書がお手元にない場合は、加入している保険者（健康保険組合や市区町村の国民健康保険など）に交付を申請してください。",
                "If you do not have an eligibility certificate, ask your insurer (health insurance society, or your municipality's National Health Insurance) to issue one.",
            ),
            (
                "マイナンバーカードは、郵送・スマートフォン・パソコン・街中の証明写真機から申請でき、お住まいの市区町村の窓口で受け取ります。申請から受け取りまで1か月ほどかかります（目安）。",
                "You can apply for a My Number Card by post, smartphone, computer or a photo booth, and collect it at your municipal office; it takes about a month (estimate).",
            ),
            (
                "カードを受け取ったら、健康保険証利用登録をするとマイナ保険証として使えます。",
                "Once you have the card, register it for health insurance to use it as the My Number insurance card (マイナ保険証).",
            ),
        ],
        QuestionId::Registration => &[
            (
                "受付の顔認証付きカードリーダーで、その場で健康保険証利用登録ができます。",
                "You can register on the spot with the face-recognition card reader at reception.",
            ),
            (
                "マイナポータル、セブン銀行ATM、お住まいの市区町村の窓口でも登録できます。",
                "You can also register on Mynaportal, at a Seven Bank ATM or at your municipal office.",
            ),
            (
                "登録が済むまでは、資格確認書を提示して受診してください。",
                "Until it is registered, show your eligibility certificate (資格確認書).",
            ),
        ],
        QuestionId::Expiry => &[
            (
                "お住まいの市区町村の窓口で、電子証明書（またはカード）を更新してください。",
                "Renew the e-certificate (or the card) at your municipal office.",
            ),
            (
                "今回の受診には資格確認書を提示してください。届いていない場合は、加入している保険者にお問い合わせください。",
                "For today's visit, show your eligibility certificate (資格確認書). If you have not received one, ask your insurer.",
            ),
            (
                "更新したあと、健康保険証利用登録をし直してください。",
                "After renewing, register the card for health insurance again.",
            ),
        ],
        QuestionId::RecentChange => &[
            (
                "新しい資格がオンラインで確認できるようになるまで、5日から2週間ほどかかることがあります（目安）。",
                "A new qualification can take about 5 days to 2 weeks to show up online (estimate).",
            ),
            (
                "マイナンバーカードと一緒に、資格情報のお知らせ（またはマイナポータルの資格情報の画面）を見せてください。",
                "Show the eligibility notice (資格情報のお知らせ), or the Mynaportal eligibility screen, together with the card.",
            ),
            (
                "どちらもないときは、医療機関の窓口で被保険者資格申立書を記入して提出してください。",
                "If you have neither, fill in the declaration form (被保険者資格申立書) at the reception.",
            ),
        ],
        QuestionId::MyNumberSubmitted => &[
            (
                "勤務先（被扶養者の方は、被保険者の勤務先）を通じて、保険者にマイナンバーを届け出てください。",
                "Give your My Number to your insurer through your employer (dependants: through the insured person's employer).",
            ),
            (
                "登録が済むまでは、マイナンバーカードと一緒に資格情報のお知らせを見せるか、被保険者資格申立書を記入してください。",
                "Until the insurer has registered it, show the eligibility notice with the card, or fill in the declaration form (被保険者資格申立書).",
            ),
        ],
        QuestionId::Pin => &[
            (
                "カードを持って、お住まいの市区町村の窓口で、利用者証明用の暗証番号の初期化（再設定）を申請してください。",
                "Take the card to your municipal office and ask for the authentication PIN to be reset.",
            ),
            (
                "それまでは、受付では暗証番号を使わず、顔認証付きカードリーダーの顔認証を選ぶか、資格確認書を提示してください。",
                "Until then, do not use the PIN at reception: choose face recognition on the card reader, or show your eligibility certificate (資格確認書).",
            ),
        ],
    };
    steps
        .iter()
        .map(|(ja, en)| lang.pick(ja, en).to_string())
        .collect()
}

/// DOMAIN §6: nothing insures the member, so no card or paper will do.
fn join_plan_steps(lang: Lang) -> Vec<String> {
    [
        (
            "この日に有効な健康保険の資格がないため、カードリーダーでは確認できません。",
            "There is no health cover on this day, so the reader cannot confirm any.",
        ),
        (
            "新しい勤務先の健康保険、お住まいの市区町村の国民健康保険、または後期高齢者医療（75歳以上）に加入する手続きをしてください。加入したら、このアプリに新しい資格を登録してください。",
            "Join the new employer's plan, National Health Insurance at your municipal office, or late-stage elderly medical care (75 and over), then record the new qualification here.",
        ),
        (
            "加入の手続き中に受診した場合は、いったん全額を支払い、あとで加入した保険者に払い戻し（療養費）を申請できることがあります。",
            "If you see a doctor before the new plan is in place, you pay the whole bill and may be able to claim it back from the new insurer later (療養費).",
        ),
    ]
    .iter()
    .map(|(ja, en)| lang.pick(ja, en).to_string())
    .collect()
}

/// DOMAIN §10 step 5: nothing points at a cause.
fn general_steps(facts: &MemberFacts<'_>, lang: Lang) -> Vec<String> {
    let phone = facts.phone.held == Held::Held;
    let phone_step = (
        "スマートフォンのマイナ保険証は、専用の読み取り機を置いている医療機関でしか使えません。読み取れないときは、マイナンバーカードで受付してください。",
        "A phone works as the My Number insurance card (マイナ保険証) only where the clinic has fitted the phone reader; if it cannot read it, use the card.",
    );
    phone.then_some(phone_step).into_iter().chain([
        (
            "マイナンバーカードと資格情報のお知らせを一緒に見せてください。医療機関がオンラインで資格を確認できます。",
            "Show the card together with the eligibility notice (資格情報のお知らせ); the clinic can check your eligibility online.",
        ),
        (
            "お知らせの代わりに、マイナポータルの「医療保険の資格情報」の画面（ダウンロードしたPDFを含む）を見せることもできます。",
            "Instead of the notice, you can show the Mynaportal eligibility screen (医療保険の資格情報), or its downloaded PDF.",
        ),
        (
            "どちらもないときは、被保険者資格申立書を記入して提出してください。",
            "If you have neither, fill in the declaration form (被保険者資格申立書).",
        ),
    ])
    .map(|(ja, en)| lang.pick(ja, en).to_string())
    .collect()
}

/// Question 0: whether the member has a card at all. Without one nothing else is
/// asked: the 資格確認書 is what to use (DOMAIN §1, seed 001 ⑤).
fn has_card(facts: &MemberFacts<'_>, lang: Lang) -> Question {
    let id = QuestionId::HasCard;
    let (answer, finding, why) = match facts.card.held {
        Held::NotHeld => (
            Answer::No,
            Finding::Problem,
            lang.pick(
                "マイナンバーカードをお持ちでないと記録されています。",
                "Recorded as not having a My Number Card.",
            ),
        ),
        Held::Held => (
            Answer::Yes,
            Finding::Fine,
            lang.pick(
                "マイナンバーカードをお持ちと記録されています。",
                "Recorded as having a My Number Card.",
            ),
        ),
        Held::Unknown => (
            Answer::Unknown,
            Finding::Unknown,
            lang.pick(
                "カードをお持ちかどうかは記録されていません。",
                "Whether you have a card is not recorded.",
            ),
        ),
    };
    question(id, answer, finding, why.to_string(), lang)
}

fn registration(facts: &MemberFacts<'_>, locale: Locale) -> Question {
    let lang = locale.lang;
    let id = QuestionId::Registration;
    let (answer, finding, why) = match facts.registration() {
        Registration::Done => (
            Answer::Yes,
            Finding::Fine,
            lang.pick("登録済みと記録されています。", "Recorded as registered.")
                .to_string(),
        ),
        Registration::NotDone => (
            Answer::No,
            Finding::Problem,
            lang.pick("未登録と記録されています。", "Recorded as not registered.")
                .to_string(),
        ),
        Registration::Cancelled { grace_ended } => (
            Answer::No,
            Finding::Problem,
            match lang {
                Lang::Ja => format!(
                    "電子証明書の期限切れ後の猶予期間が{}で終わったため、登録は解除されています。",
                    format_both(grace_ended, locale)
                ),
                Lang::En => format!(
                    "The grace period after the certificate expired ended on {}, which cancelled the registration.",
                    format_both(grace_ended, locale)
                ),
            },
        ),
        Registration::MaybeCancelled { grace_ended } => (
            Answer::Unknown,
            Finding::Unknown,
            match lang {
                Lang::Ja => format!(
                    "更新の前に猶予期間が{}で終わったため、登録は一度解除されています。登録し直したかどうかは記録されていません。",
                    format_both(grace_ended, locale)
                ),
                Lang::En => format!(
                    "The grace period ended on {} before the renewal, which cancelled the registration; whether it was done again is not recorded.",
                    format_both(grace_ended, locale)
                ),
            },
        ),
        Registration::Unknown | Registration::NotRecorded => (
            Answer::Unknown,
            Finding::Unknown,
            lang.pick(
                "登録したかどうかは記録されていません。マイナポータルで確かめられます。",
                "Not recorded. Mynaportal shows it.",
            )
            .to_string(),
        ),
    };
    question(id, answer, finding, why, lang)
}

fn expiry(facts: &MemberFacts<'_>, locale: Locale) -> Question {
    let lang = locale.lang;
    let id = QuestionId::Expiry;
    let known = [
        (DocumentKind::Card, &facts.card),
        (DocumentKind::EcertAuth, &facts.auth),
    ]
    .into_iter()
    .filter(|(_, cert)| cert.held != Held::NotHeld)
    .filter_map(|(kind, cert)| Some((kind, cert.expiry_date()?)))
    .map(|(kind, expiry)| (kind, expiry, cert_state_on(facts.table, expiry, facts.on)))
    .collect::<Vec<_>>();
    let expired = known
        .iter()
        .find(|(_, _, state)| *state == CertState::Expired);
    let grace = known
        .iter()
        .find(|(_, _, state)| matches!(state, CertState::Grace { .. }));
    // Certs that expired before the grace existed (DOMAIN §4) had no grace to end, so
    // their registration was not cancelled by one.
    let had_grace = expired.and_then(|(_, expiry, _)| grace_last_day(facts.table, *expiry));
    let (answer, finding, why) = match (expired, grace) {
        (Some((kind, expiry, _)), _) => (
            Answer::No,
            Finding::Problem,
            match (had_grace, lang) {
                (Some(last), Lang::Ja) => format!(
                    "{}の有効期限（{}）が切れていて、猶予期間（{}まで）も過ぎています。",
                    kind_in_sentence(*kind, lang),
                    format_both(*expiry, locale),
                    format_both(last, locale)
                ),
                (None, Lang::Ja) => format!(
                    "{}の有効期限（{}）が切れています。",
                    kind_in_sentence(*kind, lang),
                    format_both(*expiry, locale)
                ),
                (Some(last), Lang::En) => format!(
                    "The {} expired on {} and its grace period ended on {}.",
                    kind_in_sentence(*kind, lang),
                    format_both(*expiry, locale),
                    format_both(last, locale)
                ),
                (None, Lang::En) => format!(
                    "The {} expired on {}.",
                    kind_in_sentence(*kind, lang),
                    format_both(*expiry, locale)
                ),
            },
        ),
        (None, Some((kind, expiry, CertState::Grace { last_day }))) => (
            Answer::No,
            Finding::Fine,
            match lang {
                Lang::Ja => format!(
                    "{}は{}に期限が切れましたが、{}までは猶予期間として資格確認に使えるため、これが原因ではありません。早めに更新してください。",
                    kind_in_sentence(*kind, lang),
                    format_both(*expiry, locale),
                    format_both(*last_day, locale)
                ),
                Lang::En => format!(
                    "The {} expired on {}, but it works for eligibility checks during the grace period until {}, so this is not the cause. Renew it soon.",
                    kind_in_sentence(*kind, lang),
                    format_both(*expiry, locale),
                    format_both(*last_day, locale)
                ),
            },
        ),
        _ if known.len() == 2 => (
            Answer::Yes,
            Finding::Fine,
            lang.pick(
                "カードも利用者証明用電子証明書も有効期限内です。",
                "Both the card and the authentication certificate are within their expiry.",
            )
            .to_string(),
        ),
        _ => (
            Answer::Unknown,
            Finding::Unknown,
            lang.pick(
                "有効期限がわかりません。カードの発行日か有効期限を入力すると判定できます。",
                "The expiry is not known. Enter the card's issue date or expiry to check.",
            )
            .to_string(),
        ),
    };
    let mut question = question(id, answer, finding, why, lang);
    if expired.is_some() && had_grace.is_none() {
        // Nothing to register again: drop the last step.
        question.steps.pop();
    }
    question
}

fn recent_change(facts: &MemberFacts<'_>, locale: Locale) -> Question {
    let lang = locale.lang;
    let id = QuestionId::RecentChange;
    let Some(qualification) = facts.qualification else {
        let why = lang.pick(
            "この日に有効な資格が記録されていません。",
            "No qualification in force on this day is recorded.",
        );
        return question(id, Answer::Unknown, Finding::Unknown, why.to_string(), lang);
    };
    let days = (facts.on - qualification.acquired_on).num_days();
    let acquired = format_both(qualification.acquired_on, locale);
    let (answer, finding, why) = if days <= RECENT_CHANGE_DAYS {
        (
            Answer::Yes,
            Finding::Problem,
            match (days, lang) {
                (0, Lang::Ja) => format!(
                    "資格取得日は今日（{acquired}）です。新しい資格は、まだオンラインで確認できないことがあります。"
                ),
                (0, Lang::En) => format!(
                    "Coverage began today ({acquired}); the new qualification may not show up online yet."
                ),
                (1, Lang::En) => format!("Coverage began on {acquired}, only 1 day ago."),
                (_, Lang::Ja) => format!("資格取得日が{acquired}で、まだ{days}日しかたっていません。"),
                (_, Lang::En) => format!("Coverage began on {acquired}, only {days} days ago."),
            },
        )
    } else {
        (
            Answer::No,
            Finding::Fine,
            match lang {
                Lang::Ja => format!("資格取得日は{acquired}です。"),
                Lang::En => format!("Coverage began on {acquired}."),
            },
        )
    };
    question(id, answer, finding, why, lang)
}

fn my_number(facts: &MemberFacts<'_>, lang: Lang) -> Question {
    let id = QuestionId::MyNumberSubmitted;
    // The insurer can only print the last 4 digits on the お知らせ if it has the number
    // (DOMAIN §9: some insurers print them).
    let printed = facts
        .qualification
        .is_some_and(|q| q.my_number_last4.is_some());
    let (answer, finding, why) = if printed {
        (
            Answer::Yes,
            Finding::Fine,
            lang.pick(
                "資格情報のお知らせにマイナンバーの下4桁が印字されているため、保険者には届いていると考えられます。",
                "The eligibility notice shows the last 4 digits of your My Number, so the insurer has it.",
            ),
        )
    } else {
        (
            Answer::Unknown,
            Finding::Unknown,
            lang.pick(
                "アプリには記録がありません（お知らせにマイナンバーの下4桁が印字されていれば、保険者に届いています）。",
                "The app has no record (if the eligibility notice shows the last 4 digits of your My Number, the insurer has it).",
            ),
        )
    };
    question(id, answer, finding, why.to_string(), lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, RegistrationStatus};
    use crate::member::{Member, Relation};
    use crate::qualification::{InsuredRole, Qualification};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn document(kind: DocumentKind, held: Held) -> Document {
        Document {
            member_id: 1,
            kind,
            held,
            issued_on: None,
            expires_on: None,
            registration: None,
            read_from_card_on: None,
        }
    }

    fn card(issued: NaiveDate) -> Document {
        Document {
            issued_on: Some(issued),
            ..document(DocumentKind::Card, Held::Held)
        }
    }

    fn registration(status: RegistrationStatus, held: Held) -> Document {
        Document {
            registration: Some(status),
            ..document(DocumentKind::Registration, held)
        }
    }

    fn qualification(acquired_on: NaiveDate, last4: Option<&str>) -> Qualification {
        Qualification {
            id: 1,
            member_id: 1,
            insurer_number: "06130488".into(),
            insurer_name: "テスト健康保険組合".into(),
            symbol: "1".into(),
            number: "2".into(),
            branch: Some("00".into()),
            role: InsuredRole::Insured,
            acquired_on,
            lost_on: None,
            burden_tenths: None,
            my_number_last4: last4.map(str::to_string),
            memo: String::new(),
        }
    }

    /// Born 1990-11-30 with a card issued 2021-12-01: e-cert to 2026-11-30, grace to
    /// 2027-02-28 (DOMAIN §3, §4).
    fn data(documents: Vec<Document>, qualifications: Vec<Qualification>) -> HouseholdData {
        HouseholdData {
            members: vec![Member {
                id: 1,
                name: "山田 太郎".into(),
                kana: "ヤマダ タロウ".into(),
                birth_date: d(1990, 11, 30),
                relation: Relation::SelfInsured,
            }],
            qualifications,
            documents,
        }
    }

    fn run(data: &HouseholdData, on: NaiveDate, locale: Locale) -> Troubleshooter {
        troubleshooter(data, &RuleTable::standard(), 1, on, locale, &[]).unwrap()
    }

    fn answers(t: &Troubleshooter) -> Vec<(QuestionId, Answer, Finding)> {
        t.questions
            .iter()
            .map(|q| (q.id, q.answer, q.finding))
            .collect()
    }

    #[test]
    fn registration_not_done_is_the_first_problem_and_says_where_to_register() {
        let t = run(
            &data(
                vec![
                    card(d(2021, 12, 1)),
                    registration(RegistrationStatus::NotDone, Held::NotHeld),
                ],
                vec![qualification(d(2020, 4, 1), None)],
            ),
            d(2026, 1, 10),
            Locale::natural(Lang::Ja),
        );
        assert_eq!(
            answers(&t),
            [
                (QuestionId::HasCard, Answer::Yes, Finding::Fine),
                (QuestionId::Registration, Answer::No, Finding::Problem),
                (QuestionId::Expiry, Answer::Yes, Finding::Fine),
                (QuestionId::RecentChange, Answer::No, Finding::Fine),
                (
                    QuestionId::MyNumberSubmitted,
                    Answer::Unknown,
                    Finding::Unknown
                ),
            ]
        );
        assert_eq!(t.first_problem, Some(QuestionId::Registration));
        assert_eq!(
            t.steps[0],
            "受付の顔認証付きカードリーダーで、その場で健康保険証利用登録ができます。"
        );
        assert!(t.steps[1].contains("マイナポータル、セブン銀行ATM、お住まいの市区町村の窓口"));
        assert_eq!(
            t.questions[1].question,
            "マイナンバーカードの健康保険証利用登録は済んでいますか？"
        );
        assert!(t.note.is_some(), "one answer is unknown");
    }

    #[test]
    fn an_expired_cert_past_the_grace_points_at_renewal_before_registering_again() {
        let t = run(
            &data(
                vec![
                    card(d(2021, 12, 1)),
                    registration(RegistrationStatus::Done, Held::Held),
                ],
                vec![],
            ),
            d(2027, 3, 1),
            Locale::natural(Lang::Ja),
        );
        assert_eq!(
            t.questions[1].answer,
            Answer::No,
            "cancelled by the grace end"
        );
        assert_eq!(t.questions[2].finding, Finding::Problem);
        assert_eq!(t.first_problem, Some(QuestionId::Expiry));
        assert_eq!(
            t.problems,
            [QuestionId::Expiry],
            "not 'register at the reader' before the renewal"
        );
        assert_eq!(
            t.steps[0],
            "お住まいの市区町村の窓口で、電子証明書（またはカード）を更新してください。"
        );
        assert_eq!(
            t.questions[2].why,
            "利用者証明用電子証明書の有効期限（令和8年11月30日 (2026-11-30)）が切れていて、猶予期間（令和9年2月28日 (2027-02-28)まで）も過ぎています。"
        );
        assert_eq!(
            t.steps.len(),
            3,
            "renew, use the 資格確認書, register again"
        );
    }

    #[test]
    fn in_the_grace_the_expiry_is_not_the_cause() {
        let t = run(
            &data(
                vec![
                    card(d(2021, 12, 1)),
                    registration(RegistrationStatus::Done, Held::Held),
                ],
                vec![qualification(d(2020, 4, 1), Some("1234"))],
            ),
            d(2027, 1, 15),
            Locale::natural(Lang::Ja),
        );
        assert_eq!(
            answers(&t),
            [
                (QuestionId::HasCard, Answer::Yes, Finding::Fine),
                (QuestionId::Registration, Answer::Yes, Finding::Fine),
                (QuestionId::Expiry, Answer::No, Finding::Fine),
                (QuestionId::RecentChange, Answer::No, Finding::Fine),
                (QuestionId::MyNumberSubmitted, Answer::Yes, Finding::Fine),
            ]
        );
        assert!(t.questions[2]
            .why
            .contains("令和9年2月28日 (2027-02-28)までは猶予期間"));
        assert_eq!(t.first_problem, None);
        assert!(
            t.steps[0].starts_with("マイナンバーカードと資格情報のお知らせを一緒に見せてください")
        );
        assert_eq!(t.note, None);
    }

    #[test]
    fn a_plan_joined_days_ago_points_at_the_notice_and_the_declaration_form() {
        let t = run(
            &data(
                vec![
                    card(d(2021, 12, 1)),
                    registration(RegistrationStatus::Done, Held::Held),
                ],
                vec![qualification(d(2026, 4, 1), None)],
            ),
            d(2026, 4, 6),
            Locale::natural(Lang::Ja),
        );
        assert_eq!(t.first_problem, Some(QuestionId::RecentChange));
        assert_eq!(
            t.questions[3].why,
            "資格取得日が令和8年4月1日 (2026-04-01)で、まだ5日しかたっていません。"
        );
        assert!(t.steps.iter().any(|s| s.contains("被保険者資格申立書")));
        assert!(t
            .steps
            .iter()
            .any(|s| s.contains("マイナポータルの資格情報の画面")));
    }

    #[test]
    fn nothing_recorded_leaves_every_answer_unknown_with_the_general_steps() {
        let t = run(
            &data(vec![], vec![]),
            d(2026, 4, 6),
            Locale::natural(Lang::En),
        );
        assert!(t.questions.iter().all(|q| q.answer == Answer::Unknown));
        assert_eq!(t.first_problem, None);
        assert_eq!(t.title, "When the card reader cannot confirm you");
        assert!(t.steps[0].starts_with("Show the card together with the eligibility notice"));
        assert!(t.note.is_some());
    }

    #[test]
    fn questions_read_as_polite_japanese_questions() {
        let t = run(
            &data(vec![], vec![]),
            d(2026, 4, 6),
            Locale::natural(Lang::Ja),
        );
        for q in &t.questions {
            assert!(q.question.ends_with("か？"), "{}", q.question);
            for step in &q.steps {
                assert!(step.ends_with("。"), "{step}");
                assert!(step.contains("ます") || step.contains("さい"), "{step}");
            }
        }
    }

    fn given(question: QuestionId, answer: Answer) -> GivenAnswer {
        GivenAnswer { question, answer }
    }

    fn run_with(data: &HouseholdData, on: NaiveDate, given: &[GivenAnswer]) -> Troubleshooter {
        troubleshooter(
            data,
            &RuleTable::standard(),
            1,
            on,
            Locale::natural(Lang::Ja),
            given,
        )
        .unwrap()
    }

    /// A member whose card, registration and plan are all fine on 2026-01-10 (card
    /// issued 2021-12-01: e-cert to 2026-11-30; joined 2020-04-01).
    fn all_fine() -> HouseholdData {
        data(
            vec![
                card(d(2021, 12, 1)),
                registration(RegistrationStatus::Done, Held::Held),
            ],
            vec![qualification(d(2020, 4, 1), None)],
        )
    }

    #[test]
    fn the_first_question_is_whether_there_is_a_card_at_all() {
        // Recorded as having no card: only that question, and its steps are the
        // 資格確認書 and how to get a card (not "register at the reader").
        let t = run(
            &data(
                vec![document(DocumentKind::Card, Held::NotHeld)],
                vec![qualification(d(2020, 4, 1), None)],
            ),
            d(2026, 9, 1),
            Locale::natural(Lang::Ja),
        );
        assert_eq!(
            answers(&t),
            [(QuestionId::HasCard, Answer::No, Finding::Problem)]
        );
        assert_eq!(
            t.questions[0].question,
            "マイナンバーカードをお持ちですか？"
        );
        assert_eq!(
            t.questions[0].why,
            "マイナンバーカードをお持ちでないと記録されています。"
        );
        assert_eq!(t.first_problem, Some(QuestionId::HasCard));
        assert_eq!(
            t.steps[0],
            "マイナンバーカードをお持ちでない方は、資格確認書を提示して受診してください。"
        );
        assert!(t.steps[2].contains("申請から受け取りまで1か月ほどかかります（目安）"));
        assert!(
            !t.steps
                .iter()
                .any(|s| s.contains("カードリーダーで、その場で")),
            "no advice to register a card the member does not have: {:?}",
            t.steps
        );

        // Not recorded: the member answers "no" and gets the same answer.
        let t = run_with(
            &data(vec![], vec![]),
            d(2026, 9, 1),
            &[given(QuestionId::HasCard, Answer::No)],
        );
        assert_eq!(t.first_problem, Some(QuestionId::HasCard));
        assert!(t.questions[0].given && t.questions[0].askable);
        assert_eq!(t.questions.len(), 1);
    }

    #[test]
    fn step_4_my_number_not_given_is_a_real_answer_with_its_steps() {
        // Everything recorded is fine; the records cannot tell whether the My Number
        // reached the insurer, so the question is askable.
        let t = run(&all_fine(), d(2026, 1, 10), Locale::natural(Lang::Ja));
        assert_eq!(t.first_problem, None);
        let q = &t.questions[4];
        assert_eq!(q.id, QuestionId::MyNumberSubmitted);
        assert!(q.askable && !q.given);

        // The member says no: step 4 is the problem and its steps are the answer.
        let t = run_with(
            &all_fine(),
            d(2026, 1, 10),
            &[given(QuestionId::MyNumberSubmitted, Answer::No)],
        );
        assert_eq!(t.first_problem, Some(QuestionId::MyNumberSubmitted));
        assert_eq!(t.problems, [QuestionId::MyNumberSubmitted]);
        assert_eq!(t.questions[4].answer, Answer::No);
        assert_eq!(t.questions[4].why, "ご本人の回答です。");
        assert_eq!(
            t.steps[0],
            "勤務先（被扶養者の方は、被保険者の勤務先）を通じて、保険者にマイナンバーを届け出てください。"
        );
        assert_eq!(t.note, None, "nothing is unknown any more");

        // The member says yes: nothing points at a cause, the general steps.
        let t = run_with(
            &all_fine(),
            d(2026, 1, 10),
            &[given(QuestionId::MyNumberSubmitted, Answer::Yes)],
        );
        assert_eq!(t.first_problem, None);
        assert!(t.steps[0].starts_with("マイナンバーカードと資格情報のお知らせを一緒に"));
    }

    #[test]
    fn an_answer_the_records_give_is_not_overruled() {
        // Registration recorded as done: a "no" from the member does not replace it.
        let t = run_with(
            &all_fine(),
            d(2026, 1, 10),
            &[given(QuestionId::Registration, Answer::No)],
        );
        assert_eq!(t.questions[1].answer, Answer::Yes);
        assert!(!t.questions[1].given && !t.questions[1].askable);
    }

    #[test]
    fn every_step_of_the_seed_flowchart_is_reached() {
        // DOMAIN §10: 0 no card; 1 not registered; 2 expired; 3 joined recently;
        // 4 My Number not given; 5 nothing found (card and お知らせ together).
        let no_card = run(
            &data(vec![document(DocumentKind::Card, Held::NotHeld)], vec![]),
            d(2026, 1, 10),
            Locale::natural(Lang::Ja),
        );
        let not_registered = run(
            &data(
                vec![
                    card(d(2021, 12, 1)),
                    registration(RegistrationStatus::NotDone, Held::NotHeld),
                ],
                vec![],
            ),
            d(2026, 1, 10),
            Locale::natural(Lang::Ja),
        );
        // The e-cert ran to 2026-11-30, its grace to 2027-02-28.
        let expired = run(&all_fine(), d(2027, 3, 1), Locale::natural(Lang::Ja));
        let joined = run(
            &data(
                vec![
                    card(d(2021, 12, 1)),
                    registration(RegistrationStatus::Done, Held::Held),
                ],
                vec![qualification(d(2026, 1, 5), None)],
            ),
            d(2026, 1, 10),
            Locale::natural(Lang::Ja),
        );
        let my_number = run_with(
            &all_fine(),
            d(2026, 1, 10),
            &[given(QuestionId::MyNumberSubmitted, Answer::No)],
        );
        let nothing = run_with(
            &all_fine(),
            d(2026, 1, 10),
            &[given(QuestionId::MyNumberSubmitted, Answer::Yes)],
        );
        assert_eq!(
            [
                &no_card,
                &not_registered,
                &expired,
                &joined,
                &my_number,
                &nothing
            ]
            .map(|t| t.first_problem),
            [
                Some(QuestionId::HasCard),
                Some(QuestionId::Registration),
                Some(QuestionId::Expiry),
                Some(QuestionId::RecentChange),
                Some(QuestionId::MyNumberSubmitted),
                None,
            ]
        );
        assert!(nothing.steps[0].contains("一緒に見せてください"));
    }

    #[test]
    fn every_problem_is_listed_with_its_steps_not_only_the_first() {
        // Not registered and joined 3 days ago (2026-01-07 → 2026-01-10).
        let t = run(
            &data(
                vec![
                    card(d(2021, 12, 1)),
                    registration(RegistrationStatus::NotDone, Held::NotHeld),
                ],
                vec![qualification(d(2026, 1, 7), None)],
            ),
            d(2026, 1, 10),
            Locale::natural(Lang::Ja),
        );
        assert_eq!(
            t.problems,
            [QuestionId::Registration, QuestionId::RecentChange]
        );
        assert!(t.questions[3]
            .steps
            .iter()
            .any(|s| s.contains("被保険者資格申立書")));
    }

    #[test]
    fn on_the_day_of_joining_it_says_today_not_0_days() {
        let t = run(
            &data(
                vec![
                    card(d(2021, 12, 1)),
                    registration(RegistrationStatus::Done, Held::Held),
                ],
                vec![qualification(d(2026, 4, 1), None)],
            ),
            d(2026, 4, 1),
            Locale::natural(Lang::Ja),
        );
        assert_eq!(
            t.questions[3].why,
            "資格取得日は今日（令和8年4月1日 (2026-04-01)）です。新しい資格は、まだオンラインで確認できないことがあります。"
        );
        assert!(!t.questions[3].why.contains("0日"));
    }

    #[test]
    fn a_lost_qualification_is_said_first_and_the_steps_are_joining_a_plan() {
        // Left the plan on 2026-03-31 (喪失日 2026-04-01) and nothing new recorded.
        let mut lost = qualification(d(2020, 4, 1), None);
        lost.lost_on = Some(d(2026, 4, 1));
        let t = run(
            &data(
                vec![
                    card(d(2021, 12, 1)),
                    registration(RegistrationStatus::Done, Held::Held),
                ],
                vec![lost],
            ),
            d(2026, 4, 10),
            Locale::natural(Lang::Ja),
        );
        let no_cover = t.no_cover.as_ref().expect("no cover");
        assert_eq!(no_cover.since.date, d(2026, 4, 1));
        assert_eq!(
            t.steps[0],
            "この日に有効な健康保険の資格がないため、カードリーダーでは確認できません。"
        );
        assert!(t.steps[1].contains("国民健康保険"));
    }

    #[test]
    fn a_phone_user_is_told_to_use_the_card_where_the_phone_is_not_read() {
        let mut data = all_fine();
        data.documents
            .push(document(DocumentKind::Phone, Held::Held));
        let t = run_with(
            &data,
            d(2026, 1, 10),
            &[given(QuestionId::MyNumberSubmitted, Answer::Yes)],
        );
        assert_eq!(
            t.steps[0],
            "スマートフォンのマイナ保険証は、専用の読み取り機を置いている医療機関でしか使えません。読み取れないときは、マイナンバーカードで受付してください。"
        );
    }
}
