//! The kinds of reminder: their stable codes, labels, default lead times, and how long a
//! missed one stays worth showing.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::Lang;

/// What a reminder is about. The code (`expiry-day`) is part of the reminder's ID, the
/// CLI argument and the JSON value, so a variant is never renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ReminderKind {
    /// The card or an e-cert can be renewed from today (DOMAIN §3).
    RenewalOpens,
    /// The first notice before the card, an e-cert or the smartphone cert expires.
    ExpiryFirstNotice,
    /// The last notice before it expires.
    ExpiryLastNotice,
    /// The expiry day itself.
    ExpiryDay,
    /// The last day マイナ保険証 works after an expiry; the 保険証利用登録 is cancelled
    /// after it and must be done again once renewed (DOMAIN §4).
    GraceEnds,
    /// A 資格確認書 or 高齢受給者証 expires: check that the new one arrived.
    PaperExpires,
    /// The 在留期間 ends (the card and the e-certs end with it, DOMAIN §2).
    ResidenceEnds,
    /// 高齢受給者 from the 1st of the month after reaching 70 (DOMAIN §6).
    #[serde(rename = "turning-70")]
    Turning70,
    /// 後期高齢者医療 from the 75th birthday (DOMAIN §6).
    #[serde(rename = "turning-75")]
    Turning75,
    /// The insured person turns 75: this dependant's cover ends that day (DOMAIN §6).
    DependantLosesCover,
    /// A new qualification may take up to 2 weeks to show in マイナポータル (DOMAIN §6).
    QualificationCheck,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 11] = [
        ReminderKind::RenewalOpens,
        ReminderKind::ExpiryFirstNotice,
        ReminderKind::ExpiryLastNotice,
        ReminderKind::ExpiryDay,
        ReminderKind::GraceEnds,
        ReminderKind::PaperExpires,
        ReminderKind::ResidenceEnds,
        ReminderKind::Turning70,
        ReminderKind::Turning75,
        ReminderKind::DependantLosesCover,
        ReminderKind::QualificationCheck,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReminderKind::RenewalOpens => "renewal-opens",
            ReminderKind::ExpiryFirstNotice => "expiry-first-notice",
            ReminderKind::ExpiryLastNotice => "expiry-last-notice",
            ReminderKind::ExpiryDay => "expiry-day",
            ReminderKind::GraceEnds => "grace-ends",
            ReminderKind::PaperExpires => "paper-expires",
            ReminderKind::ResidenceEnds => "residence-ends",
            ReminderKind::Turning70 => "turning-70",
            ReminderKind::Turning75 => "turning-75",
            ReminderKind::DependantLosesCover => "dependant-loses-cover",
            ReminderKind::QualificationCheck => "qualification-check",
        }
    }

    /// The code, with `_` read as `-` and any case.
    pub fn parse(text: &str) -> Option<ReminderKind> {
        let text = text.trim().to_ascii_lowercase().replace('_', "-");
        ReminderKind::ALL
            .into_iter()
            .find(|kind| kind.code() == text)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ReminderKind::RenewalOpens => lang.pick("更新受付の開始", "Renewal window opens"),
            ReminderKind::ExpiryFirstNotice => lang.pick(
                "有効期限の事前のお知らせ（1回目）",
                "First notice before expiry",
            ),
            ReminderKind::ExpiryLastNotice => lang.pick(
                "有効期限の事前のお知らせ（2回目）",
                "Last notice before expiry",
            ),
            ReminderKind::ExpiryDay => lang.pick("有効期限の当日", "Expiry day"),
            ReminderKind::GraceEnds => lang.pick(
                "マイナ保険証の猶予期間の終わり",
                "End of the grace period for the My Number insurance card (マイナ保険証)",
            ),
            ReminderKind::PaperExpires => lang.pick(
                "資格確認書・高齢受給者証の有効期限",
                "Eligibility or elderly recipient certificate expiry",
            ),
            ReminderKind::ResidenceEnds => lang.pick("在留期間の満了", "End of the period of stay"),
            ReminderKind::Turning70 => {
                lang.pick("70歳（高齢受給者）", "Turning 70 (elderly recipient)")
            }
            ReminderKind::Turning75 => lang.pick(
                "75歳（後期高齢者医療制度）",
                "Turning 75 (late-stage elderly medical care)",
            ),
            ReminderKind::DependantLosesCover => lang.pick(
                "扶養されている家族の保険の切り替え",
                "Dependants' change of cover",
            ),
            ReminderKind::QualificationCheck => lang.pick(
                "新しい資格がマイナ保険証に反映されたかの確認",
                "Check that a new qualification shows up for the My Number insurance card (マイナ保険証)",
            ),
        }
    }

    /// Days before the anchor (after it, for [`ReminderKind::counts_after`]) unless the
    /// household changed it. Chosen so each reminder leaves time to act: the 在留期間
    /// needs an application weeks ahead, a move to 後期高齢者医療 "a reminder months
    /// ahead" (DOMAIN §6), a new qualification shows up within 2 weeks.
    pub fn default_lead_days(self) -> u32 {
        match self {
            ReminderKind::RenewalOpens => 0,
            ReminderKind::ExpiryFirstNotice => 30,
            ReminderKind::ExpiryLastNotice => 7,
            ReminderKind::ExpiryDay => 0,
            ReminderKind::GraceEnds => 0,
            ReminderKind::PaperExpires => 30,
            ReminderKind::ResidenceEnds => 90,
            ReminderKind::Turning70 => 60,
            ReminderKind::Turning75 => 90,
            ReminderKind::DependantLosesCover => 90,
            ReminderKind::QualificationCheck => 14,
        }
    }

    /// The check of a new qualification comes after the 資格取得日; every other
    /// reminder comes before (or on) its date.
    pub fn counts_after(self) -> bool {
        self == ReminderKind::QualificationCheck
    }

    /// How many days after its date (or its fire date, when later) a missed reminder is
    /// still due. Reminders before a deadline stop at the deadline: past it they would
    /// only repeat what the status already says. Those about the day itself stay a month,
    /// so a computer that was off for a while still shows them.
    pub fn lingers_days(self) -> u32 {
        match self {
            ReminderKind::ExpiryDay
            | ReminderKind::GraceEnds
            | ReminderKind::QualificationCheck => 30,
            _ => 0,
        }
    }

    /// What the lead time counts from, inside `{anchor}の30日前`.
    pub(super) fn anchor_label(self, lang: Lang) -> &'static str {
        match self {
            ReminderKind::RenewalOpens => lang.pick("更新受付の開始日", "the day renewal opens"),
            ReminderKind::ExpiryFirstNotice
            | ReminderKind::ExpiryLastNotice
            | ReminderKind::ExpiryDay
            | ReminderKind::PaperExpires => lang.pick("有効期限", "the expiry date"),
            ReminderKind::GraceEnds => {
                lang.pick("猶予期間の最終日", "the last day of the grace period")
            }
            ReminderKind::ResidenceEnds => {
                lang.pick("在留期間の満了日", "the end of the period of stay")
            }
            ReminderKind::Turning70 => lang.pick(
                "高齢受給者になる日",
                "the day elderly-recipient status starts",
            ),
            ReminderKind::Turning75 | ReminderKind::DependantLosesCover => {
                lang.pick("75歳の誕生日", "the 75th birthday")
            }
            ReminderKind::QualificationCheck => lang.pick("資格取得日", "the day coverage began"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_json_values_and_read_back() {
        for kind in ReminderKind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.code());
            assert_eq!(ReminderKind::parse(kind.code()), Some(kind));
            assert!(!kind.label(Lang::Ja).is_empty() && !kind.label(Lang::En).is_empty());
        }
        assert_eq!(
            ReminderKind::parse(" GRACE_ENDS "),
            Some(ReminderKind::GraceEnds)
        );
        assert_eq!(ReminderKind::parse("turning70"), None);
    }

    #[test]
    fn the_order_of_all_is_the_order_of_the_enum() {
        let mut sorted = ReminderKind::ALL;
        sorted.sort();
        assert_eq!(sorted, ReminderKind::ALL);
    }
}
