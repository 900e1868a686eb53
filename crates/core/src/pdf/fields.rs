//! The notice's fields as the PDF prints them, in Japanese whatever the app's language:
//! the copy stands in for a Japanese document shown at a Japanese counter.

use chrono::NaiveDate;

use crate::error::Field;
use crate::i18n::Lang;
use crate::insurer::parse_insurer_number;
use crate::qualification::{burden_label, Qualification};
use crate::wareki::{format_both, format_wareki};

/// `昭和55年1月2日 (1980-01-02)`: 和暦 as on the notice, 西暦 to avoid any doubt.
pub fn date(date: NaiveDate) -> String {
    format_both(date, crate::Locale::natural(Lang::Ja))
}

/// `令和7年11月25日`.
pub fn date_wareki(date: NaiveDate) -> String {
    format_wareki(date)
}

/// `協会けんぽ・東京都`, from the insurer number; empty when the number is not valid
/// (stored data is valid, but the PDF should not fail over a description).
pub fn plan(qualification: &Qualification) -> String {
    parse_insurer_number(&qualification.insurer_number)
        .map(|insurer| insurer.describe(Lang::Ja))
        .unwrap_or_default()
}

pub fn role(qualification: &Qualification) -> &'static str {
    qualification.role.label(Lang::Ja)
}

pub fn burden(qualification: &Qualification) -> Option<String> {
    qualification
        .burden_tenths
        .map(|tenths| burden_label(tenths, Lang::Ja))
}

/// The parts of 記号・番号・枝番 as (label, value, field), the 枝番 only when recorded
/// (notices before 2021-04 have none).
pub fn symbol_number_branch(qualification: &Qualification) -> Vec<(&'static str, &str, Field)> {
    let mut parts = vec![
        ("記号", qualification.symbol.as_str(), Field::Symbol),
        ("番号", qualification.number.as_str(), Field::Number),
    ];
    if let Some(branch) = qualification.branch.as_deref() {
        parts.push(("枝番", branch, Field::Branch));
    }
    parts
}
