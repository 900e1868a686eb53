//! What to bring to the clinic on the date (seeds 001, 003; DOMAIN §4–§6).
//!
//! マイナ保険証 when it works (with the 資格情報のお知らせ, shown with the card when the
//! reader fails); otherwise the 資格確認書, or the old 保険証 while it is still usable;
//! and for ages 70–74 the 高齢受給者証 with any paper (not needed with マイナ保険証,
//! seed 003).

use serde::Serialize;
use ts_rs::TS;

use super::facts::MemberFacts;
use super::labels::{day, join};
use super::myna::{MynaStatus, Usability};
use crate::document::{DocumentKind, Held};
use crate::i18n::{Lang, Locale};
use crate::rules::{clinic_tolerance_until, kouki_paper_on, legacy_card_last_day, KoukiPaper};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum BringItem {
    /// マイナンバーカード used as マイナ保険証.
    MynaCard,
    /// 資格情報のお知らせ (or the マイナポータル screen).
    Oshirase,
    Kakuninsho,
    LegacyCard,
    Koureisha,
}

impl BringItem {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            BringItem::MynaCard => lang.pick(
                "マイナンバーカード（マイナ保険証）",
                "your My Number Card (as マイナ保険証)",
            ),
            BringItem::Oshirase => lang.pick(
                "資格情報のお知らせ",
                "the eligibility notice (資格情報のお知らせ)",
            ),
            BringItem::Kakuninsho => {
                lang.pick("資格確認書", "the eligibility certificate (資格確認書)")
            }
            BringItem::LegacyCard => lang.pick(
                "健康保険証（従来の保険証）",
                "the old health-insurance card (保険証)",
            ),
            BringItem::Koureisha => lang.pick(
                "高齢受給者証",
                "the elderly recipient certificate (高齢受給者証)",
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BringEntry {
    pub item: BringItem,
    pub label: String,
    /// False when the app has no record of the member holding it (a 資格確認書 to
    /// ask the insurer for, for instance).
    pub held: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BringList {
    pub items: Vec<BringEntry>,
    /// `マイナンバーカード（マイナ保険証）と資格情報のお知らせ`.
    pub summary: String,
    /// `受診の際は、…をお持ちください。`
    pub sentence: String,
    pub notes: Vec<String>,
}

pub(crate) fn bring_list(facts: &MemberFacts<'_>, myna: &MynaStatus, locale: Locale) -> BringList {
    let lang = locale.lang;
    if myna.no_cover.is_some() {
        return no_cover_list(lang);
    }
    let kakuninsho = facts.holds_valid(DocumentKind::Kakuninsho);
    let legacy_until = legacy_card_until(facts);
    let mut items = Vec::new();
    let mut notes = Vec::new();
    // Insurers send a 資格確認書 to members who cannot use マイナ保険証 (DOMAIN §1): with
    // one and nothing recorded about a card, the 資格確認書 is what to bring.
    let kakuninsho_only = kakuninsho && !facts.card.recorded && myna.usable == Usability::Unknown;
    if kakuninsho_only {
        items.push(BringItem::Kakuninsho);
        notes.push(
            lang.pick(
                "健康保険証として利用登録したマイナンバーカードもお持ちの場合は、カードでも受診できます。",
                "If you also have a My Number Card registered for health insurance, you can use the card as well.",
            )
            .to_string(),
        );
    }
    match myna.usable {
        _ if kakuninsho_only => {}
        Usability::Usable | Usability::Grace | Usability::Unknown => {
            items.push(BringItem::MynaCard);
            items.push(BringItem::Oshirase);
            notes.push(oshirase_note(lang));
            if myna.usable != Usability::Usable {
                // Not sure the card will do, or it will only for a while: the papers too.
                if kakuninsho {
                    items.push(BringItem::Kakuninsho);
                } else if legacy_until.is_some() {
                    items.push(BringItem::LegacyCard);
                }
            }
            if myna.usable == Usability::Unknown {
                notes.push(
                    lang.pick(
                        "マイナ保険証を使えるかどうか記録からはわからないため、ほかに使える書類があれば一緒にお持ちください。",
                        "The records do not show whether the My Number insurance card (マイナ保険証) works, so bring any other valid paper too.",
                    )
                    .to_string(),
                );
            }
        }
        Usability::NotUsable => {
            if kakuninsho {
                items.push(BringItem::Kakuninsho);
            } else if let Some(until) = legacy_until {
                items.push(BringItem::LegacyCard);
                notes.push(legacy_note(until, locale));
            } else {
                items.push(BringItem::Kakuninsho);
                notes.push(missing_kakuninsho_note(facts, lang));
            }
        }
    }
    // DOMAIN §5: 後期高齢者医療 members sent a 資格確認書 (everyone in 2025-08 → 2026-07; from
    // 2026-08 those 85 or over, and those not using マイナ保険証) show it, not an お知らせ,
    // when the reader fails.
    if let KoukiPaper::Kakuninsho { until, .. } = kouki_paper(facts, myna) {
        if let Some(at) = items.iter().position(|item| *item == BringItem::Oshirase) {
            items.remove(at);
            notes.retain(|note| *note != oshirase_note(lang));
            if !items.contains(&BringItem::Kakuninsho) {
                items.insert(at, BringItem::Kakuninsho);
            }
            notes.push(kouki_kakuninsho_note(until, locale));
        }
    }
    // DOMAIN §5: the clinic-side measure (to 2026-07-31) let clinics accept an expired old
    // card after an online check; never suggested after it ended, and never as the paper
    // to bring.
    if myna.usable == Usability::NotUsable && !kakuninsho && legacy_until.is_none() {
        let expired_legacy = facts
            .document(DocumentKind::LegacyCard)
            .is_some_and(|d| d.held == Held::Held);
        if let Some(until) =
            clinic_tolerance_until(facts.table, facts.on).filter(|_| expired_legacy)
        {
            notes.push(tolerance_note(until, locale));
        }
    }
    let paper_only = !items.contains(&BringItem::MynaCard)
        || items.contains(&BringItem::Kakuninsho)
        || items.contains(&BringItem::LegacyCard);
    if facts.is_koureisha() && paper_only {
        items.push(BringItem::Koureisha);
    }
    if items.contains(&BringItem::MynaCard) && facts.phone.held == Held::Held {
        notes.push(phone_note(lang));
    }
    let entries: Vec<BringEntry> = items
        .into_iter()
        .map(|item| BringEntry {
            item,
            label: if item == BringItem::Koureisha && koureisha_if_issued(facts) {
                lang.pick(
                    "高齢受給者証（保険者から交付されている場合）",
                    "the elderly recipient certificate (高齢受給者証), if your insurer issued one",
                )
                .to_string()
            } else {
                item.label(lang).to_string()
            },
            held: holds(facts, item, legacy_until.is_some()),
        })
        .collect();
    let labels: Vec<String> = entries.iter().map(|entry| entry.label.clone()).collect();
    let summary = join(&labels, lang);
    let sentence = match lang {
        Lang::Ja => format!("受診の際は、{summary}をお持ちください。"),
        Lang::En => format!("When you see a doctor, bring {summary}."),
    };
    BringList {
        items: entries,
        summary,
        sentence,
        notes,
    }
}

/// DOMAIN §1: many 国保 print the 負担割合 on the 資格確認書 or お知らせ and issue no
/// 高齢受給者証; with none recorded it is asked for only "if issued".
fn koureisha_if_issued(facts: &MemberFacts<'_>) -> bool {
    facts.in_kokuho() && facts.document(DocumentKind::Koureisha).is_none()
}

/// The paper a 後期高齢者医療 member is sent for the date (DOMAIN §5).
pub(super) fn kouki_paper(facts: &MemberFacts<'_>, myna: &MynaStatus) -> KoukiPaper {
    if !facts.in_kouki() {
        return KoukiPaper::Usual;
    }
    let uses_myna = matches!(myna.usable, Usability::Usable | Usability::Grace);
    kouki_paper_on(facts.table, facts.member.birth_date, facts.on, uses_myna)
}

fn kouki_kakuninsho_note(until: chrono::NaiveDate, locale: Locale) -> String {
    match locale.lang {
        Lang::Ja => format!(
            "後期高齢者医療の方には資格確認書が送られています（{}まで）。カードリーダーで確認できないときは、資格確認書を見せてください。",
            day(until, locale)
        ),
        Lang::En => format!(
            "Members of late-stage elderly medical care are sent an eligibility certificate (valid until {}). Show it when the reader cannot confirm you.",
            day(until, locale)
        ),
    }
}

fn tolerance_note(until: chrono::NaiveDate, locale: Locale) -> String {
    match locale.lang {
        Lang::Ja => format!(
            "{}までは暫定措置として、期限切れの保険証でも医療機関がオンラインで資格を確認して受け付けることがあります（医療機関の判断です）。早めに資格確認書を用意してください。",
            day(until, locale)
        ),
        Lang::En => format!(
            "Until {}, as a temporary measure, a clinic may accept an expired old card after checking your eligibility online (the clinic decides). Get an eligibility certificate soon.",
            day(until, locale)
        ),
    }
}

/// Nothing insures the member: no paper to bring, and what to do instead.
fn no_cover_list(lang: Lang) -> BringList {
    let sentence = lang
        .pick(
            "この日に有効な健康保険の資格がないため、お持ちいただける書類はありません。先に新しい健康保険に加入してください。",
            "There is no health cover on this day, so there is no paper to bring. Join a new plan first.",
        )
        .to_string();
    let notes = vec![lang.pick(
            "前の保険の資格確認書や保険証、資格情報のお知らせは使えません。資格確認書や保険証は、前の保険者に返してください。",
            "The old plan's eligibility certificate, old card and eligibility notice no longer work. Return the certificate or card to the old insurer.",
        )
        .to_string()];
    BringList {
        items: Vec::new(),
        summary: String::new(),
        sentence,
        notes,
    }
}

/// DOMAIN §1: a phone works as マイナ保険証 only where the clinic fitted the reader.
fn phone_note(lang: Lang) -> String {
    lang.pick(
        "スマートフォンのマイナ保険証は、専用の読み取り機を置いている医療機関でしか使えません。マイナンバーカードも一緒にお持ちください。",
        "A phone works as the My Number insurance card (マイナ保険証) only where the clinic has fitted the phone reader: bring the card as well.",
    )
    .to_string()
}

/// The old 保険証's last day if it is held and still usable on the date (DOMAIN §5).
fn legacy_card_until(facts: &MemberFacts<'_>) -> Option<chrono::NaiveDate> {
    let document = facts
        .document(DocumentKind::LegacyCard)
        .filter(|d| d.held == Held::Held)?;
    match legacy_card_last_day(facts.table, document.expires_on, facts.on) {
        Some(last) if facts.on <= last => Some(last),
        Some(_) => None,
        // Before the abolition and with no printed expiry: usable.
        None => Some(chrono::NaiveDate::MAX),
    }
}

fn holds(facts: &MemberFacts<'_>, item: BringItem, legacy_usable: bool) -> bool {
    match item {
        BringItem::MynaCard => facts.card.held == Held::Held,
        // The notice (or the マイナポータル screen) is not recorded: every insured
        // person receives one (seed 001).
        BringItem::Oshirase => true,
        BringItem::Kakuninsho => facts.holds_valid(DocumentKind::Kakuninsho),
        BringItem::LegacyCard => legacy_usable,
        BringItem::Koureisha => facts.holds_valid(DocumentKind::Koureisha),
    }
}

fn oshirase_note(lang: Lang) -> String {
    lang.pick(
        "資格情報のお知らせは、カードリーダーで確認できないときにカードと一緒に見せるものです。マイナポータルの資格情報の画面でも代わりになります。",
        "The eligibility notice is shown together with the card when the reader cannot confirm your eligibility; the Mynaportal eligibility screen works too.",
    )
    .to_string()
}

fn legacy_note(until: chrono::NaiveDate, locale: Locale) -> String {
    let lang = locale.lang;
    if until == chrono::NaiveDate::MAX {
        return lang
            .pick(
                "従来の健康保険証を使えます。",
                "The old health-insurance card can be used.",
            )
            .to_string();
    }
    match lang {
        Lang::Ja => format!(
            "従来の健康保険証を使えるのは{}までです。それまでに資格確認書が届いているか確かめてください。",
            day(until, locale)
        ),
        Lang::En => format!(
            "The old health-insurance card can be used until {}. Check that an eligibility certificate arrives before then.",
            day(until, locale)
        ),
    }
}

fn missing_kakuninsho_note(facts: &MemberFacts<'_>, lang: Lang) -> String {
    let expired = facts
        .document(DocumentKind::Kakuninsho)
        .is_some_and(|d| d.held == Held::Held);
    if expired {
        lang.pick(
            "記録されている資格確認書は有効期限が切れています。新しい資格確認書が届いているか確かめ、届いていなければ加入している保険者（健康保険組合など）にお問い合わせください。",
            "The eligibility certificate on record has expired. Check whether a new one has arrived; if not, ask your insurer.",
        )
        .to_string()
    } else {
        lang.pick(
            "資格確認書がお手元にない場合は、加入している保険者（健康保険組合など）に交付を申請してください。",
            "If you do not have an eligibility certificate, ask your insurer (e.g. your health insurance society) to issue one.",
        )
        .to_string()
    }
}
