//! The help page: the rules the app applies, in plain words, in Japanese and
//! English.
//!
//! Every number and every example date is read from the rule table in force on the
//! day, through the same functions the status and the reminders use, so the help can
//! never say something different from what the app computes. A new row in the table
//! changes this page with it.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::i18n::{Lang, Locale};
use crate::rules::{
    grace_last_day, nth_birthday_after, renewal_window_opens, KoukiPapers, RuleSet, RuleTable,
    Share,
};
use crate::status::BringItem;
use crate::wareki::format_both;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HelpPage {
    pub intro: String,
    pub sections: Vec<HelpSection>,
    /// Official sites, as text: the app has no network access and opens no links.
    pub links: Vec<HelpLink>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HelpSection {
    /// Stable, for anchors and tests: `card`, `ecert`, `grace`, `kakuninsho`, `ages`,
    /// `bring`, `reader`, `dates`.
    pub id: String,
    pub title: String,
    pub paragraphs: Vec<String>,
    /// Numbered steps, when the section is a procedure (empty otherwise).
    pub steps: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HelpLink {
    pub label: String,
    pub url: String,
}

/// `1st`, `2nd`, `3rd`, `10th`: English ordinals for the numbers in the rules.
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid example date")
}

fn section(id: &str, title: &str, paragraphs: Vec<String>) -> HelpSection {
    HelpSection {
        id: id.into(),
        title: title.into(),
        paragraphs,
        steps: Vec::new(),
    }
}

/// `3割` / `30%`, with the other shares that depend on income.
fn share(share: &Share, lang: Lang) -> String {
    let one = |tenths: u8| match lang {
        Lang::Ja => format!("{tenths}割"),
        Lang::En => format!("{}%", u32::from(tenths) * 10),
    };
    if share.other_tenths.is_empty() {
        return one(share.general_tenths);
    }
    let others: Vec<String> = share.other_tenths.iter().map(|t| one(*t)).collect();
    match lang {
        Lang::Ja => format!(
            "{}（所得などにより{}）",
            one(share.general_tenths),
            others.join("・")
        ),
        Lang::En => format!(
            "{} ({} depending on income)",
            one(share.general_tenths),
            others.join(" or ")
        ),
    }
}

/// The help page for `today`, under the rules in force that day.
pub fn page(today: NaiveDate, locale: Locale) -> HelpPage {
    build(&RuleTable::standard(), today, locale)
}

fn build(table: &RuleTable, today: NaiveDate, locale: Locale) -> HelpPage {
    let lang = locale.lang;
    let rules = table.rules_for(today);
    let ja = lang == Lang::Ja;
    let mut sections = vec![
        card(rules, locale),
        ecert(table, rules, locale),
        grace(table, rules, locale),
        kakuninsho(rules, today, locale),
        ages(rules, locale),
        bring(rules, lang),
        reader(lang),
        dates(lang),
    ];
    sections.retain(|s| !s.paragraphs.is_empty() || !s.steps.is_empty());
    HelpPage {
        intro: if ja {
            format!("保険手帳が日付を計算するときのきまりです（{}時点）。お手元のカードや書類に印刷された日付があれば、いつもそちらが優先です。", format_both(today, locale))
        } else {
            format!("The rules hoken-techo uses to work out dates (as of {}). A date printed on your own card or document always wins over a computed one.", format_both(today, locale))
        },
        sections,
        links: links(lang),
    }
}

fn card(rules: &RuleSet, locale: Locale) -> HelpSection {
    let lang = locale.lang;
    // The worked example of DOMAIN.md §2, computed by the rule itself.
    let issued = ymd(2016, 3, 1);
    let born = ymd(1980, 6, 15);
    let until = nth_birthday_after(born, issued, rules.card_adult_birthdays).value();
    let (adult, years, child) = (
        rules.card_adult_age,
        rules.card_adult_birthdays,
        rules.card_child_birthdays,
    );
    let paragraphs = match lang {
        Lang::Ja => vec![
            format!("発行日の時点で{adult}歳以上の方のカードは、発行日の後の{years}回目の誕生日まで有効です。{adult}歳未満の方は{child}回目の誕生日までです。誕生日の当日まで使えます（発行日が誕生日の場合、その日は数えません）。"),
            format!("例: 6月15日生まれの方が{}に発行を受けたカードは、{}まで有効です。", format_both(issued, locale), format_both(until, locale)),
            "在留期間のある方（永住者を除く）のカードと電子証明書は、在留期間の満了日までです。有効期限の3か月前から、市区町村の窓口でカードを更新できます。".into(),
        ],
        Lang::En => vec![
            format!("A card issued to someone aged {adult} or over is valid until their {} birthday after the issue date; for someone under {adult}, until the {}. It can be used on that birthday itself (a birthday on the issue date does not count).", ordinal(years), ordinal(child)),
            format!("Example: someone born on 15 June whose card was issued on {} can use it until {}.", format_both(issued, locale), format_both(until, locale)),
            "For foreign residents other than permanent residents, the card and its certificates end on the last day of the period of stay (在留期間). A card can be renewed at the municipal office from 3 months before it expires.".into(),
        ],
    };
    section(
        "card",
        lang.pick(
            "マイナンバーカードの有効期限",
            "My Number Card (マイナンバーカード) validity",
        ),
        paragraphs,
    )
}

fn ecert(table: &RuleTable, rules: &RuleSet, locale: Locale) -> HelpSection {
    let lang = locale.lang;
    let expiry = ymd(2026, 11, 30);
    let opens = renewal_window_opens(table, expiry);
    let (years, renewed, months) = (
        rules.ecert_birthdays,
        rules.ecert_renewed_in_window_birthdays,
        rules.renewal_window_months,
    );
    let paragraphs = match lang {
        Lang::Ja => vec![
            format!("利用者証明用電子証明書（マイナ保険証に必要）と署名用電子証明書は、発行日の後の{years}回目の誕生日まで有効です。カードの有効期限より後にはなりません。"),
            format!("更新は有効期限の{months}か月前から、市区町村の窓口でできます（有効期限通知書が届きます）。例: 有効期限が{}なら、{}から更新できます。この期間に更新すると、新しい証明書は{renewed}回目の誕生日までになります。", format_both(expiry, locale), format_both(opens, locale)),
        ],
        Lang::En => vec![
            format!("The authentication e-certificate (利用者証明用電子証明書, needed for the My Number insurance card, マイナ保険証) and the signing e-certificate (署名用電子証明書) are valid until the {} birthday after they were issued, never longer than the card.", ordinal(years)),
            format!("They can be renewed at the municipal office from {months} months before they expire (a notice, 有効期限通知書, is mailed). Example: a certificate expiring on {} can be renewed from {}. Renewed in that period, the new certificate runs to the {} birthday.", format_both(expiry, locale), format_both(opens, locale), ordinal(renewed)),
        ],
    };
    section(
        "ecert",
        lang.pick(
            "電子証明書の有効期限と更新",
            "Electronic certificates (電子証明書): validity and renewal",
        ),
        paragraphs,
    )
}

fn grace(table: &RuleTable, rules: &RuleSet, locale: Locale) -> HelpSection {
    let lang = locale.lang;
    let title = lang.pick(
        "期限が切れた後のマイナ保険証（猶予期間）",
        "After expiry: the grace period of the My Number insurance card (マイナ保険証)",
    );
    let (Some(months), Some(last)) = (
        rules.grace_months_after_expiry_month,
        grace_last_day(table, ymd(2026, 11, 30)),
    ) else {
        return section("grace", title, Vec::new());
    };
    let expiry = ymd(2026, 11, 30);
    let paragraphs = match lang {
        Lang::Ja => vec![
            format!("利用者証明用電子証明書（またはカード）の有効期限が切れても、切れた月の{months}か月後の月末までは、マイナ保険証で資格の確認ができます。例: {}に切れた場合は{}まで。", format_both(expiry, locale), format_both(last, locale)),
            "この間に確認できるのは資格情報だけで、薬剤情報などは共有されません。期間が過ぎると健康保険証利用登録が解除されるため、更新した後にもう一度登録が必要です。保険者から資格確認書が届くことがあります。".into(),
        ],
        Lang::En => vec![
            format!("When the authentication e-certificate (or the card) has expired, the card still works as the My Number insurance card (マイナ保険証) for checking your coverage until the end of the {} month after the month it expired. Example: expired on {}, usable until {}.", ordinal(months), format_both(expiry, locale), format_both(last, locale)),
            "During that time only your coverage is checked; medication history and the like are not shared. Afterwards the health-insurance registration (健康保険証利用登録) is cancelled: after renewing, register again. Your insurer may send you an eligibility certificate (資格確認書).".into(),
        ],
    };
    section("grace", title, paragraphs)
}

fn kakuninsho(rules: &RuleSet, today: NaiveDate, locale: Locale) -> HelpSection {
    let lang = locale.lang;
    let mut paragraphs = match lang {
        Lang::Ja => vec![
            "資格確認書は、マイナ保険証を使えない方（カードがない、健康保険証利用登録をしていない、電子証明書の期限が切れた など）に保険者が交付する書類で、医療機関の窓口で見せれば保険診療を受けられます。有効期限は印刷されています（最長5年）。".to_string(),
            "資格情報のお知らせは、記号・番号などの資格情報を知らせる書類です。これだけでは受診できませんが、カードリーダーで確認できないときはマイナ保険証と一緒に見せます。".to_string(),
        ],
        Lang::En => vec![
            "The eligibility certificate (資格確認書) is issued by your insurer to people who cannot use the My Number insurance card (マイナ保険証; no card, no health-insurance registration, an expired certificate …). Showing it at the clinic is enough for insured treatment. Its expiry is printed on it (at most 5 years).".to_string(),
            "The eligibility notice (資格情報のお知らせ) tells you your symbol, number and the other details. It is not enough on its own, but when the card reader cannot confirm you, show it together with your card.".to_string(),
        ],
    };
    if let Some(last) = rules.legacy_card_last_day {
        let date = format_both(last, locale);
        paragraphs.push(match (lang, today > last) {
            (Lang::Ja, true) => format!("従来の健康保険証は2024年12月2日に廃止され、使えたのは{date}まで（券面の有効期限が早ければその日まで）でした。"),
            (Lang::Ja, false) => format!("従来の健康保険証は2024年12月2日に廃止されました。使えるのは{date}まで（券面の有効期限が早ければその日まで）です。"),
            (Lang::En, true) => format!("The old health-insurance card (保険証) was abolished on 2 December 2024; it could be used until {date} at the latest (or its own earlier expiry)."),
            (Lang::En, false) => format!("The old health-insurance card (保険証) was abolished on 2 December 2024; it can be used until {date} at the latest (or its own earlier expiry)."),
        });
    }
    section(
        "kakuninsho",
        lang.pick(
            "資格確認書と資格情報のお知らせ",
            "Eligibility certificate (資格確認書) and eligibility notice (資格情報のお知らせ)",
        ),
        paragraphs,
    )
}

fn ages(rules: &RuleSet, locale: Locale) -> HelpSection {
    let lang = locale.lang;
    let (school, k70, k75) = (rules.school_age, rules.koureisha_age, rules.kouki_age);
    let burden = &rules.burden;
    let paragraphs = match lang {
        Lang::Ja => vec![
            format!("窓口で払う割合（負担割合）: 小学校入学前は{}、その後{}歳未満は{}、{}〜{}歳は{}、{}歳からは{}です。", share(&burden.preschool, lang), k70, share(&burden.working_age, lang), k70, k75 - 1, share(&burden.koureisha, lang), k75, share(&burden.kouki, lang)),
            format!("{k70}歳: 誕生日の翌月1日（1日生まれの方はその月）から高齢受給者になり、前もって高齢受給者証が届きます。紙の書類で受診するときは一緒に見せます（マイナ保険証なら不要です）。"),
            format!("{k75}歳: 誕生日の当日から後期高齢者医療制度に移り、勤め先などの健康保険を抜けます。その方の被扶養者（家族）も同じ日に資格を失うため、国民健康保険などへの加入手続きが必要です。保険手帳は数か月前からお知らせし、誕生日からは後期高齢者医療の資格の登録をおすすめします。2月29日生まれの方は、うるう年以外は2月28日として扱います（目安）。"),
        ],
        Lang::En => vec![
            format!("The share you pay at the clinic (負担割合): before school entry (age {school}) {}, then until {k70} {}, from {k70} to {} {}, from {k75} {}.", share(&burden.preschool, lang), share(&burden.working_age, lang), k75 - 1, share(&burden.koureisha, lang), share(&burden.kouki, lang)),
            format!("At {k70}: from the 1st of the month after the {k70}th birthday (for those born on the 1st, that month) you are an elderly recipient (高齢受給者) and receive the elderly recipient certificate (高齢受給者証) beforehand. Show it with any paper document at the clinic (not needed with マイナ保険証)."),
            format!("At {k75}: on the {k75}th birthday you move to the medical care system for people aged 75 and over (後期高齢者医療制度) and leave your employer's plan. Your dependants lose their cover the same day and must join the National Health Insurance (国民健康保険) or another plan. hoken-techo reminds you months ahead, and from the birthday asks you to record the new qualification. For a 29 February birthday, 28 February counts in other years (an estimate)."),
        ],
    };
    let mut paragraphs = paragraphs;
    paragraphs.extend(kouki_papers(rules, locale));
    section(
        "ages",
        lang.pick(
            "70歳と75歳、負担割合",
            "Turning 70 and 75, and the co-payment share",
        ),
        paragraphs,
    )
}

/// DOMAIN §5: what 後期高齢者医療 members are sent, under the rules of the day.
fn kouki_papers(rules: &RuleSet, locale: Locale) -> Option<String> {
    let lang = locale.lang;
    match rules.kouki_papers {
        KoukiPapers::Usual => None,
        KoukiPapers::KakuninshoForAll { valid_until } => Some(match lang {
            Lang::Ja => format!(
                "後期高齢者医療の方には、マイナ保険証の有無にかかわらず資格確認書が送られています（{}まで）。",
                format_both(valid_until, locale)
            ),
            Lang::En => format!(
                "Members of late-stage elderly medical care are all sent an eligibility certificate (資格確認書), valid until {}, whether or not they use the My Number insurance card (マイナ保険証).",
                format_both(valid_until, locale)
            ),
        }),
        KoukiPapers::ByAge { kakuninsho_age, .. } => Some(match lang {
            Lang::Ja => format!(
                "後期高齢者医療の方には、8月1日の時点で{kakuninsho_age}歳以上なら資格確認書が、それより若くマイナ保険証をお使いなら資格情報のお知らせが届きます（マイナ保険証をお使いでなければ資格確認書）。資格確認書は希望すれば申請で受け取れ、毎年8月1日に更新されます（目安）。"
            ),
            Lang::En => format!(
                "Members of late-stage elderly medical care aged {kakuninsho_age} or over on 1 August are sent an eligibility certificate (資格確認書); younger members who use the My Number insurance card (マイナ保険証) get the eligibility notice (資格情報のお知らせ) instead, others the certificate. Anyone may ask for a certificate; it is renewed every 1 August (an estimate)."
            ),
        }),
    }
}

fn bring(rules: &RuleSet, lang: Lang) -> HelpSection {
    let [myna, oshirase, kakuninsho, koureisha] = [
        BringItem::MynaCard,
        BringItem::Oshirase,
        BringItem::Kakuninsho,
        BringItem::Koureisha,
    ]
    .map(|item| item.label(lang));
    let (k70, k74) = (rules.koureisha_age, rules.kouki_age - 1);
    let paragraphs = match lang {
        Lang::Ja => vec![
            format!("マイナ保険証が使えるとき: {myna}。カードリーダーで確認できないときのために、{oshirase}も持っていくと安心です。"),
            format!("マイナ保険証が使えないとき: {kakuninsho}。{k70}〜{k74}歳の方は{koureisha}も一緒に。"),
            "家族の画面の「きょう」の欄に、一人ひとりの持ち物を表示しています。".into(),
        ],
        Lang::En => vec![
            format!("When the My Number insurance card (マイナ保険証) works: {myna}. Take {oshirase} as well, in case the card reader cannot confirm you."),
            format!("When it does not: {kakuninsho}. Aged {k70}–{k74}: also {koureisha}."),
            "The household screen's “today” panel shows what each person should bring.".into(),
        ],
    };
    section(
        "bring",
        lang.pick("受診のときに持っていくもの", "What to bring to the clinic"),
        paragraphs,
    )
}

fn reader(lang: Lang) -> HelpSection {
    let steps: Vec<String> = match lang {
        Lang::Ja => [
            "マイナンバーカードをお持ちですか。お持ちでなければ資格確認書で受診します（届いていなければ保険者に申請します）。カードは市区町村で受け取れます（申請から1か月ほど・目安）。",
            "健康保険証利用登録は済んでいますか。まだなら、医療機関のカードリーダー、マイナポータル、セブン銀行ATM、市区町村の窓口で登録できます。それまでは資格確認書を見せます。",
            "カードや利用者証明用電子証明書の期限が切れていませんか。猶予期間の間はまだ資格確認に使えます。過ぎていれば市区町村の窓口で更新し、資格確認書で受診します。",
            "最近加入した・保険が変わったばかりではありませんか。反映まで数日〜2週間ほどかかるため、資格情報のお知らせ（またはマイナポータルの画面）をカードと一緒に見せるか、窓口で被保険者資格申立書を書きます。",
            "勤め先や保険者にマイナンバーを届け出ましたか。まだなら届け出てください。",
            "それでも確認できないときは、カードと資格情報のお知らせを一緒に見せれば、医療機関で確認してもらえます。スマートフォンのマイナ保険証は専用の読み取り機がある医療機関でしか使えないため、カードも持っていきます。",
        ]
        .map(String::from)
        .to_vec(),
        Lang::En => [
            "Do you have a My Number Card? If not, see doctors with the eligibility certificate (資格確認書; ask your insurer if it has not come). The card is collected at the municipal office (about a month after applying, an estimate).",
            "Is the health-insurance registration (健康保険証利用登録) done? If not, register at the clinic's card reader, on Mynaportal (マイナポータル), at a Seven Bank ATM or at the municipal office; until then show the eligibility certificate (資格確認書).",
            "Has the card or the authentication e-certificate expired? During the grace period it still works for checking coverage; after it, renew at the municipal office and use the eligibility certificate.",
            "Did you join or change plans recently? It takes from a few days to about 2 weeks to show up: show the eligibility notice (or the Mynaportal (マイナポータル) screen) with your card, or fill in a declaration of coverage (被保険者資格申立書) at the counter.",
            "Have you given your My Number to your employer or insurer? If not, do so.",
            "Otherwise, show the card and the eligibility notice together: the clinic can check your coverage. A phone works as the My Number insurance card (マイナ保険証) only where the clinic has fitted the phone reader, so take the card too.",
        ]
        .map(String::from)
        .to_vec(),
    };
    HelpSection {
        id: "reader".into(),
        title: lang
            .pick(
                "カードリーダーで確認できないとき",
                "When the card reader cannot confirm you",
            )
            .into(),
        paragraphs: vec![lang
            .pick(
                "上から順に確かめてください。家族の画面の「カードリーダーで確認できないとき」では、登録した内容をもとに答えが入った状態で表示します。",
                "Check in this order. On the household screen, “When the card reader fails” shows these questions already answered from what you recorded.",
            )
            .into()],
        steps,
    }
}

fn dates(lang: Lang) -> HelpSection {
    section(
        "dates",
        lang.pick("日付の扱い", "How dates are shown"),
        vec![lang
            .pick(
                "カードや書類に印刷された日付を入力すると、いつもそれを使います。入力しなければ上のきまりで計算し、「目安」と表示します。公式のページでも扱いが分かれる場合（2月29日生まれの方など）も「目安」です。入力した日付と計算した日付が違うときは、お知らせします。",
                "When you enter the date printed on a card or document, that date is always used. Otherwise the app computes it with the rules above and marks it “estimate” (目安), as it also does where official sources differ (for example for people born on 29 February). When the date you entered differs from the computed one, the app points it out.",
            )
            .into()],
    )
}

fn links(lang: Lang) -> Vec<HelpLink> {
    [
        (
            "厚生労働省「マイナンバーカードの健康保険証利用について」",
            "Ministry of Health, Labour and Welfare (厚生労働省): the My Number insurance card (マイナ保険証)",
            "https://www.mhlw.go.jp/stf/newpage_08277.html",
        ),
        (
            "デジタル庁「マイナンバー制度」",
            "Digital Agency (デジタル庁): My Number system",
            "https://www.digital.go.jp/policies/mynumber",
        ),
        (
            "マイナンバーカード総合サイト（J-LIS）",
            "My Number Card portal (マイナンバーカード総合サイト, J-LIS)",
            "https://www.kojinbango-card.go.jp/",
        ),
        (
            "公的個人認証サービス ポータルサイト（電子証明書、J-LIS）",
            "Public Certification Service portal (公的個人認証サービス, electronic certificates, J-LIS)",
            "https://www.jpki.go.jp/",
        ),
        (
            "マイナポータル",
            "Mynaportal (マイナポータル)",
            "https://myna.go.jp/",
        ),
    ]
    .into_iter()
    .map(|(ja, en, url)| HelpLink {
        label: lang.pick(ja, en).into(),
        url: url.into(),
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::table::ADULT_AGE_18_FROM;

    fn text_of(page: &HelpPage, id: &str) -> String {
        let section = page
            .sections
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no section {id}"));
        section
            .paragraphs
            .iter()
            .chain(&section.steps)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_help_states_the_rules_of_the_day_in_both_languages() {
        let today = ymd(2026, 11, 25);
        let ja = page(today, Locale::natural(Lang::Ja));
        assert!(text_of(&ja, "card").contains("18歳以上の方のカードは、発行日の後の10回目の誕生日"));
        assert!(text_of(&ja, "card").contains("令和7年6月15日 (2025-06-15)まで有効"));
        assert!(text_of(&ja, "ecert").contains("令和8年8月31日 (2026-08-31)から更新"));
        assert!(text_of(&ja, "grace").contains("令和9年2月28日 (2027-02-28)まで"));
        assert!(text_of(&ja, "ages").contains("70〜74歳は2割（所得などにより3割）"));
        assert_eq!(ja.sections.len(), 8);
        let en = page(today, Locale::natural(Lang::En));
        assert!(text_of(&en, "card").contains("aged 18 or over is valid until their 10th birthday"));
        assert!(text_of(&en, "grace").contains("usable until 2027-02-28"));
        assert_eq!(en.sections.len(), ja.sections.len());
        assert_eq!(en.links.len(), ja.links.len());
        assert!(en.links.iter().all(|link| link.url.starts_with("https://")));
    }

    #[test]
    fn the_help_follows_a_changed_rule_table() {
        // A later change is one new row: the help says what the app then computes.
        let today = ymd(2030, 1, 1);
        let changed = RuleSet {
            card_adult_birthdays: 12,
            grace_months_after_expiry_month: None,
            ..RuleTable::standard().rules_for(today).clone()
        };
        let table = RuleTable::standard().with_row(ymd(2029, 1, 1), changed);
        let help = build(&table, today, Locale::natural(Lang::Ja));
        assert!(text_of(&help, "card").contains("12回目の誕生日"));
        assert!(help.sections.iter().all(|s| s.id != "grace"));
    }

    #[test]
    fn before_2022_the_help_says_20_for_the_adult_card() {
        let help = page(
            ADULT_AGE_18_FROM.pred_opt().unwrap(),
            Locale::natural(Lang::Ja),
        );
        assert!(text_of(&help, "card").contains("20歳以上"));
        // Before 2024-12-02 there was no grace period and the old card was not abolished.
        assert!(help.sections.iter().all(|s| s.id != "grace"));
        assert!(!text_of(&help, "kakuninsho").contains("廃止"));
    }
}
