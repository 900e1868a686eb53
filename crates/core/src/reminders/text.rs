//! What each reminder says, in Japanese and English. Every sentence names its dates, so
//! a reminder read days late (a computer that was off, a calendar entry) is still true.

use chrono::NaiveDate;

use super::kind::ReminderKind;
use super::schedule::{Reminder, Subject};
use crate::document::DocumentKind;
use crate::i18n::{Lang, Locale};
use crate::member::Relation;
use crate::preferences::NamesInReminders;
use crate::qualification::burden_label;
use crate::rules::Burden;
use crate::status::kind_in_sentence;
use crate::wareki::format_both;

const REGISTER_PLACES_JA: &str =
    "医療機関の顔認証付きカードリーダー、マイナポータル、セブン銀行ATM、市区町村の窓口";
const REGISTER_PLACES_EN: &str =
    "the face-recognition card reader at a clinic, Mynaportal, a Seven Bank ATM or your municipal office";

fn day(date: NaiveDate, locale: Locale) -> String {
    format_both(date, locale)
}

/// The document's name as a sentence's subject in English ("The My Number Card").
fn the(document: DocumentKind) -> String {
    format!("the {}", kind_in_sentence(document, Lang::En))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

pub(super) fn title(reminder: &Reminder, lang: Lang) -> String {
    let document = reminder.document.unwrap_or(DocumentKind::Card);
    let (ja, en) = (document.label(Lang::Ja), the(document));
    match (reminder.kind, lang) {
        (ReminderKind::RenewalOpens, Lang::Ja) => format!("{ja}の更新受付が始まります"),
        (ReminderKind::RenewalOpens, Lang::En) => format!("Renewal of {en} opens"),
        (ReminderKind::ExpiryFirstNotice | ReminderKind::PaperExpires, Lang::Ja) => {
            format!("{ja}の有効期限が近づいています")
        }
        (ReminderKind::ExpiryFirstNotice | ReminderKind::PaperExpires, Lang::En) => {
            format!("{} expires soon", capitalised(&en))
        }
        (ReminderKind::ExpiryLastNotice, Lang::Ja) => format!("{ja}の有効期限がまもなく切れます"),
        (ReminderKind::ExpiryLastNotice, Lang::En) => {
            format!("{} is about to expire", capitalised(&en))
        }
        (ReminderKind::ExpiryDay, Lang::Ja) => format!("{ja}の有効期限日です"),
        (ReminderKind::ExpiryDay, Lang::En) => format!("{} expires today", capitalised(&en)),
        (ReminderKind::GraceEnds, _) => lang
            .pick(
                "マイナ保険証の猶予期間が終わります",
                "The grace period for the My Number insurance card (マイナ保険証) ends",
            )
            .into(),
        (ReminderKind::ResidenceEnds, _) => lang
            .pick(
                "在留期間の満了日が近づいています",
                "Your period of stay ends soon",
            )
            .into(),
        (ReminderKind::Turning70, _) => lang
            .pick(
                "70歳：高齢受給者になります",
                "Turning 70: elderly recipient certificate",
            )
            .into(),
        (ReminderKind::Turning75, _) => lang
            .pick(
                "75歳：後期高齢者医療制度に移ります",
                "Turning 75: late-stage elderly medical care",
            )
            .into(),
        (ReminderKind::DependantLosesCover, _) => lang
            .pick(
                "扶養から外れます：新しい保険への加入",
                "Leaving the dependant cover: join a new plan",
            )
            .into(),
        (ReminderKind::QualificationCheck, _) => lang
            .pick(
                "新しい資格がマイナ保険証に反映されたか確認してください",
                "Check that the new qualification shows up for the My Number insurance card (マイナ保険証)",
            )
            .into(),
    }
}

/// Whom the reminder is for, as a copy outside the app may say it: 「山田 太郎さん」,
/// 「太郎さん」, or with no names the member's place in the household (「お子さま」).
/// Two children both read 「お子さま」: the title names the document and the app, where
/// a notification's click leads, shows whose it is; anything more telling (a birth year,
/// initials) would be personal data again.
pub(super) fn who(name: &str, relation: Relation, names: NamesInReminders, lang: Lang) -> String {
    match (names.shown(name), lang) {
        (Some(name), Lang::Ja) => format!("{name}さん"),
        (Some(name), Lang::En) => name.to_string(),
        (None, _) => match relation {
            Relation::SelfInsured => lang.pick("ご本人", "Insured person"),
            Relation::Spouse => lang.pick("配偶者の方", "Spouse"),
            Relation::Child => lang.pick("お子さま", "Child"),
            Relation::Parent => lang.pick("親御さま", "Parent"),
            Relation::Other => lang.pick("ご家族", "Family member"),
        }
        .to_string(),
    }
}

/// The text with full names, as the app's own screens show it.
#[cfg(test)]
pub(super) fn body(reminder: &Reminder, locale: Locale) -> String {
    body_naming(reminder, locale, NamesInReminders::Full)
}

/// The text, naming other members (a 75th birthday's dependants, the insured person of
/// a dependant) only as `names` allows.
pub(super) fn body_naming(reminder: &Reminder, locale: Locale, names: NamesInReminders) -> String {
    let lang = locale.lang;
    let document = reminder.document.unwrap_or(DocumentKind::Card);
    match &reminder.subject {
        Subject::Cert {
            expiry,
            estimate,
            window_opens,
            grace_until,
            with_sign,
            with_phone,
        } => {
            let mut text = match reminder.kind {
                ReminderKind::RenewalOpens => {
                    let mut text =
                        window_text(document, *expiry, *window_opens, *with_sign, locale);
                    if *with_phone {
                        text.push_str(lang.pick(
                            "スマートフォン（Android）でマイナ保険証を使っている場合は、更新したあとにスマホ用電子証明書をもう一度設定してください。",
                            " If you use the My Number insurance card (マイナ保険証) on an Android phone, set up the smartphone certificate again after renewing.",
                        ));
                    }
                    text
                }
                ReminderKind::GraceEnds => grace_text(document, *expiry, *grace_until, locale),
                ReminderKind::ExpiryDay => expiry_day_text(document, *expiry, *grace_until, locale),
                _ => notice_text(document, *expiry, *grace_until, locale),
            };
            if *estimate {
                text.push_str(lang.pick(
                    "（有効期限は、ルールから計算した目安です。書類に印字された日付を入力すると正確になります。）",
                    " (The expiry is an estimate from the rules; enter the date printed on the document to make it exact.)",
                ));
            }
            text
        }
        Subject::Paper { expiry } => paper_text(document, *expiry, locale),
        Subject::Residence { until } => residence_text(*until, locale),
        Subject::Koureisha { from, burden } => koureisha_text(*from, burden.as_ref(), locale),
        Subject::Kouki {
            birthday,
            estimate,
            dependants,
        } => kouki_text(*birthday, *estimate, dependants, names, locale),
        Subject::LosesCover {
            insured_name,
            on,
            estimate,
        } => loses_cover_text(names.shown(insured_name), *on, *estimate, locale),
        Subject::NewQualification { acquired } => qualification_text(*acquired, locale),
    }
}

fn window_text(
    document: DocumentKind,
    expiry: NaiveDate,
    opens: NaiveDate,
    with_sign: bool,
    locale: Locale,
) -> String {
    let lang = locale.lang;
    let (expiry, opens) = (day(expiry, locale), day(opens, locale));
    let mut text = match (document, lang) {
        (DocumentKind::Card, Lang::Ja) => format!(
            "マイナンバーカードの有効期限は{expiry}です。{opens}から、お住まいの市区町村で更新の手続きができます。新しいカードには新しい電子証明書が付きます。更新したら、新しいカードの発行日をこのアプリの書類の画面で入力してください。"
        ),
        (DocumentKind::Card, Lang::En) => format!(
            "The My Number Card expires on {expiry}. From {opens} you can renew it at your municipal office; the new card comes with new e-certificates. Once renewed, enter the new card's issue date on the documents screen of this app."
        ),
        (DocumentKind::EcertSign, Lang::Ja) => format!(
            "署名用電子証明書の有効期限は{expiry}です。e-Taxなどで使う場合は、{opens}から、お住まいの市区町村の窓口で更新できます。"
        ),
        (DocumentKind::EcertSign, Lang::En) => format!(
            "The signing e-certificate expires on {expiry}. If you use it for e-Tax and the like, you can renew it at your municipal office from {opens}."
        ),
        (_, Lang::Ja) => format!(
            "利用者証明用電子証明書（マイナ保険証に必要です）の有効期限は{expiry}です。{opens}から、お住まいの市区町村の窓口で更新できます。マイナンバーカードと暗証番号（数字4桁）をお持ちください。"
        ),
        (_, Lang::En) => format!(
            "The authentication e-certificate (needed for マイナ保険証) expires on {expiry}. From {opens} you can renew it at your municipal office. Bring the card and its 4-digit PIN."
        ),
    };
    if with_sign {
        text.push_str(lang.pick(
            "署名用電子証明書も同じ日に期限が切れるため、一緒に更新できます。",
            " The signing certificate expires the same day and can be renewed at the same time.",
        ));
    }
    text
}

/// What to do before the expiry, by document.
fn renew_advice(document: DocumentKind, lang: Lang) -> &'static str {
    match document {
        DocumentKind::Card => lang.pick(
            "まだ更新していない場合は、お住まいの市区町村でカードを更新してください（新しいカードには新しい電子証明書が付きます）。",
            "If you have not renewed it yet, renew the card at your municipal office (the new card comes with new e-certificates).",
        ),
        DocumentKind::EcertSign => lang.pick(
            "e-Taxなどで使う場合は、市区町村の窓口で更新してください。",
            "If you use it for e-Tax and the like, renew it at your municipal office.",
        ),
        DocumentKind::Phone => lang.pick(
            "引き続きスマートフォンで使う場合は、スマホ用電子証明書を申し込み直してください。",
            "To keep using it on your smartphone, apply for a new smartphone e-certificate.",
        ),
        _ => lang.pick(
            "まだ更新していない場合は、お住まいの市区町村の窓口で更新してください（マイナンバーカードと暗証番号（数字4桁）が必要です）。",
            "If you have not renewed it yet, renew it at your municipal office (bring the card and its 4-digit PIN).",
        ),
    }
}

fn notice_text(
    document: DocumentKind,
    expiry: NaiveDate,
    grace: Option<NaiveDate>,
    locale: Locale,
) -> String {
    let lang = locale.lang;
    let advice = renew_advice(document, lang);
    let mut text = match lang {
        Lang::Ja => format!(
            "{}の有効期限は{}です。{advice}",
            document.label(lang),
            day(expiry, locale)
        ),
        Lang::En => format!(
            "{} expires on {}. {advice}",
            capitalised(&the(document)),
            day(expiry, locale)
        ),
    };
    if let Some(last) = grace {
        text.push_str(&match lang {
            Lang::Ja => format!(
                "期限が過ぎても{}までは猶予期間として、マイナ保険証で資格の確認ができます。猶予期間を過ぎると健康保険証利用登録が解除されます。",
                day(last, locale)
            ),
            Lang::En => format!(
                " After it expires, the My Number insurance card (マイナ保険証) still confirms your eligibility until {} (the grace period); after that the health-insurance registration is cancelled.",
                day(last, locale)
            ),
        });
    }
    text
}

fn expiry_day_text(
    document: DocumentKind,
    expiry: NaiveDate,
    grace: Option<NaiveDate>,
    locale: Locale,
) -> String {
    let lang = locale.lang;
    let expiry = day(expiry, locale);
    let name = document.label(lang);
    let subject = capitalised(&the(document));
    match (grace, document, lang) {
        (Some(last), _, Lang::Ja) => format!(
            "{name}の有効期限は{expiry}までです。{}までは猶予期間として、マイナ保険証で資格の確認ができます（薬剤情報などは提供されません）。猶予期間を過ぎると健康保険証利用登録が解除されるため、早めに更新してください。",
            day(last, locale)
        ),
        (Some(last), _, Lang::En) => format!(
            "{subject} is valid until {expiry}. Until {} (the grace period) the My Number insurance card (マイナ保険証) still confirms your eligibility, without sharing medication records. After that the health-insurance registration is cancelled, so renew soon.",
            day(last, locale)
        ),
        (None, DocumentKind::Card | DocumentKind::EcertAuth, Lang::Ja) => format!(
            "{name}の有効期限は{expiry}までです。期限が過ぎるとマイナ保険証は使えません。お住まいの市区町村の窓口で更新し、それまでは資格確認書で受診してください。"
        ),
        (None, DocumentKind::Card | DocumentKind::EcertAuth, Lang::En) => format!(
            "{subject} is valid until {expiry}. After that the My Number insurance card (マイナ保険証) does not work: renew it at your municipal office and see doctors with the eligibility certificate (資格確認書) until then."
        ),
        (None, _, Lang::Ja) => format!(
            "{name}の有効期限は{expiry}までです。{}",
            renew_advice(document, lang)
        ),
        (None, _, Lang::En) => format!(
            "{subject} is valid until {expiry}. {}",
            renew_advice(document, lang)
        ),
    }
}

fn grace_text(
    document: DocumentKind,
    expiry: NaiveDate,
    grace: Option<NaiveDate>,
    locale: Locale,
) -> String {
    let lang = locale.lang;
    let last = day(grace.unwrap_or(expiry), locale);
    let expiry = day(expiry, locale);
    let card = document == DocumentKind::Card;
    match lang {
        Lang::Ja => format!(
            "{}の有効期限（{expiry}）のあとの猶予期間は{last}までです。それを過ぎるとマイナ保険証で受診できなくなり、健康保険証利用登録も解除されます。{}、{REGISTER_PLACES_JA}のいずれかで健康保険証利用登録をやり直してください。それまでは資格確認書で受診してください。",
            document.label(lang),
            if card { "カードを更新したあと" } else { "電子証明書を更新したあと" }
        ),
        Lang::En => format!(
            "The grace period after {} expired ({expiry}) lasts until {last}. After that the My Number insurance card (マイナ保険証) no longer works and the health-insurance registration is cancelled. After renewing the {}, register the card for health insurance again at {REGISTER_PLACES_EN}. Until then, see doctors with the eligibility certificate (資格確認書).",
            the(document),
            if card { "card" } else { "certificate" }
        ),
    }
}

fn paper_text(document: DocumentKind, expiry: NaiveDate, locale: Locale) -> String {
    let lang = locale.lang;
    let name = document.label(lang);
    match lang {
        Lang::Ja => format!(
            "{name}の有効期限は{}です。新しい{name}が届いているか確かめてください。届いていない場合は、加入している保険者にお問い合わせください。",
            day(expiry, locale)
        ),
        Lang::En => format!(
            "{} expires on {}. Check that the new one has arrived; if not, ask your insurer.",
            capitalised(&the(document)),
            day(expiry, locale)
        ),
    }
}

fn residence_text(until: NaiveDate, locale: Locale) -> String {
    let lang = locale.lang;
    let until = day(until, locale);
    match lang {
        Lang::Ja => format!(
            "在留期間の満了日は{until}です。引き続き日本に住む場合は、満了日までに出入国在留管理局で在留期間の更新を申請してください。マイナンバーカードと電子証明書の有効期限も在留期間の満了日までです。在留期間が延びたら、お住まいの市区町村でカードの有効期限の変更手続きをして、新しい満了日をこのアプリにも入力してください。"
        ),
        Lang::En => format!(
            "Your period of stay ends on {until}. To stay in Japan, apply to extend it at the immigration services bureau before that day. The My Number Card and its e-certificates end with the period of stay: once it is extended, have the card's validity updated at your municipal office and enter the new date here too."
        ),
    }
}

fn koureisha_text(from: NaiveDate, burden: Option<&Burden>, locale: Locale) -> String {
    let lang = locale.lang;
    let from = day(from, locale);
    let share = burden.map(|burden| {
        let general = burden_label(burden.general_tenths, lang);
        let others: Vec<String> = burden
            .other_tenths
            .iter()
            .map(|tenths| burden_label(*tenths, lang))
            .collect();
        match (others.is_empty(), lang) {
            (true, Lang::Ja) => format!("医療費の負担割合は{general}になります。"),
            (false, Lang::Ja) => format!(
                "医療費の負担割合は{general}になります（所得によっては{}）。",
                others.join("・")
            ),
            (true, Lang::En) => format!(" The co-payment becomes {general}."),
            (false, Lang::En) => format!(
                " The co-payment becomes {general} ({} depending on income).",
                others.join(" or ")
            ),
        }
    });
    let share = share.unwrap_or_default();
    match lang {
        Lang::Ja => format!(
            "{from}から高齢受給者となり、{share}保険者から高齢受給者証が届きます。資格確認書で受診するときは一緒に提示してください（マイナ保険証なら提示は不要です）。"
        ),
        Lang::En => format!(
            "From {from} you are an elderly recipient (高齢受給者).{share} Your insurer sends an elderly recipient certificate (高齢受給者証); show it with the eligibility certificate (not needed with マイナ保険証)."
        ),
    }
}

fn leap_day_note(estimate: bool, lang: Lang) -> &'static str {
    if estimate {
        lang.pick(
            "（2月29日生まれのため、日付は目安です。）",
            " (Born on 29 February: the date is an estimate.)",
        )
    } else {
        ""
    }
}

fn kouki_text(
    birthday: NaiveDate,
    estimate: bool,
    dependants: &[String],
    names: NamesInReminders,
    locale: Locale,
) -> String {
    let lang = locale.lang;
    let birthday = day(birthday, locale);
    let mut text = match lang {
        Lang::Ja => format!(
            "75歳の誕生日（{birthday}）から後期高齢者医療制度に加入し、今の健康保険の資格はその日になくなります。新しい資格確認書または資格情報のお知らせが届いたら、このアプリにも登録してください。"
        ),
        Lang::En => format!(
            "From the 75th birthday ({birthday}) you are covered by the late-stage elderly medical care system (後期高齢者医療) and the current plan ends that day. When the new eligibility certificate or notice arrives, record it here too."
        ),
    };
    let shown: Vec<&str> = dependants
        .iter()
        .filter_map(|name| names.shown(name))
        .collect();
    if shown.is_empty() {
        // Their names withheld: the same sentence without the list.
        if !dependants.is_empty() {
            text.push_str(lang.pick(
                "扶養されているご家族も同じ日に今の健康保険の資格がなくなるため、国民健康保険などへの加入手続きが必要です。",
                " Your dependants lose this cover on the same day and must join National Health Insurance or another plan.",
            ));
        }
    } else {
        text.push_str(&match lang {
            Lang::Ja => format!(
                "扶養されているご家族（{}）も同じ日に今の健康保険の資格がなくなるため、国民健康保険などへの加入手続きが必要です。",
                shown
                    .iter()
                    .map(|name| format!("{name}さん"))
                    .collect::<Vec<_>>()
                    .join("、")
            ),
            Lang::En => format!(
                " Your dependants ({}) lose this cover on the same day and must join National Health Insurance or another plan.",
                shown.join(", ")
            ),
        });
    }
    text.push_str(leap_day_note(estimate, lang));
    text
}

fn loses_cover_text(
    insured: Option<&str>,
    on: NaiveDate,
    estimate: bool,
    locale: Locale,
) -> String {
    let lang = locale.lang;
    let on = day(on, locale);
    // Without names: the person whose dependant this member is, by that role.
    let insured = match (insured, lang) {
        (Some(name), Lang::Ja) => format!("{name}さん"),
        (Some(name), Lang::En) => name.to_string(),
        (None, _) => lang
            .pick(
                "扶養している被保険者の方",
                "The insured person you depend on",
            )
            .to_string(),
    };
    let text = match lang {
        Lang::Ja => format!(
            "{insured}が{on}に75歳になり後期高齢者医療制度に移るため、同じ日に今の健康保険（被扶養者）の資格がなくなります。その日からの国民健康保険などへの加入手続き（お住まいの市区町村の窓口など）が必要です。"
        ),
        Lang::En => format!(
            "{insured} turns 75 on {on} and moves to late-stage elderly medical care, so your cover as a dependant ends that same day. You need to join National Health Insurance or another plan from that day (e.g. at your municipal office)."
        ),
    };
    text + leap_day_note(estimate, lang)
}

fn qualification_text(acquired: NaiveDate, locale: Locale) -> String {
    let lang = locale.lang;
    let acquired = day(acquired, locale);
    match lang {
        Lang::Ja => format!(
            "{acquired}に加入した健康保険が、マイナポータルの「医療保険の資格情報」に表示されているか確かめてください。反映までに5日〜2週間ほどかかることがあります。表示されるまでは、マイナンバーカードと一緒に資格情報のお知らせを提示するか、医療機関の窓口で被保険者資格申立書を記入してください。"
        ),
        Lang::En => format!(
            "Check on Mynaportal (医療保険の資格情報) that the plan you joined on {acquired} shows up; it can take 5 days to 2 weeks. Until it does, show the qualification notice (資格情報のお知らせ) together with the card, or fill in a declaration of insured status (被保険者資格申立書) at the clinic."
        ),
    }
}
