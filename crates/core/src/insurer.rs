//! 保険者番号 (insurer number): reading, checking and describing it (DOMAIN §7).
//!
//! 8 digits = 法別番号 (2) + 都道府県番号 (2) + 保険者別番号 (3) + 検証番号 (1);
//! 国民健康保険: 6 digits = 都道府県番号 (2) + 保険者別番号 (3) + 検証番号 (1).

use serde::Serialize;
use ts_rs::TS;

use crate::error::Problem;
use crate::i18n::Lang;
use crate::normalise::fold;

/// A checked insurer number and what its digits say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InsurerNumber {
    /// The 8 or 6 digits, half-width, without spaces or hyphens: the form to store.
    pub digits: String,
    /// 法別番号 (the first 2 of 8 digits); `None` for 国民健康保険 (6 digits).
    pub plan_code: Option<u8>,
    pub plan: PlanKind,
    pub prefecture: Prefecture,
    /// Things to show the user although the number was accepted.
    pub warnings: Vec<InsurerWarning>,
}

/// The kind of plan, from the 法別番号 (or 国民健康保険 for a 6-digit number).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum PlanKind {
    /// 01 協会けんぽ (全国健康保険協会)
    KyokaiKenpo,
    /// 02 船員保険
    SeafarersInsurance,
    /// 03, 04 日雇特例被保険者 (insured by 協会けんぽ)
    DayLaborers,
    /// 06 健康保険組合
    HealthInsuranceSociety,
    /// 07 自衛官等
    SelfDefenseForces,
    /// 31 国家公務員共済組合
    NationalPublicServiceMutualAid,
    /// 32 地方公務員等共済組合
    LocalPublicServiceMutualAid,
    /// 33 警察共済組合
    PoliceMutualAid,
    /// 34 公立学校共済組合・日本私立学校振興・共済事業団
    SchoolMutualAid,
    /// 39 後期高齢者医療
    LateStageElderly,
    /// 63 特例退職被保険者 (健康保険組合)
    SpecialRetireeSociety,
    /// 67 退職者医療 (国民健康保険)
    RetireeNationalHealthInsurance,
    /// 72–75 特例退職被保険者 (共済組合)
    SpecialRetireeMutualAid,
    /// A 6-digit number: 国民健康保険 (市町村 or 国保組合)
    NationalHealthInsurance,
    /// A 法別番号 this app does not know. A struct variant (not `Unknown(u8)`) because
    /// serde cannot tag a bare number with `kind`.
    Unknown { code: u8 },
}

impl PlanKind {
    fn from_plan_code(code: u8) -> PlanKind {
        match code {
            1 => PlanKind::KyokaiKenpo,
            2 => PlanKind::SeafarersInsurance,
            3 | 4 => PlanKind::DayLaborers,
            6 => PlanKind::HealthInsuranceSociety,
            7 => PlanKind::SelfDefenseForces,
            31 => PlanKind::NationalPublicServiceMutualAid,
            32 => PlanKind::LocalPublicServiceMutualAid,
            33 => PlanKind::PoliceMutualAid,
            34 => PlanKind::SchoolMutualAid,
            39 => PlanKind::LateStageElderly,
            63 => PlanKind::SpecialRetireeSociety,
            67 => PlanKind::RetireeNationalHealthInsurance,
            72..=75 => PlanKind::SpecialRetireeMutualAid,
            _ => PlanKind::Unknown { code },
        }
    }

    pub fn label(self, lang: Lang) -> String {
        let text = match self {
            PlanKind::KyokaiKenpo => lang.pick(
                "協会けんぽ",
                "Japan Health Insurance Association (Kyokai Kenpo)",
            ),
            PlanKind::SeafarersInsurance => {
                lang.pick("船員保険", "Seafarers' Insurance (Senin Hoken)")
            }
            PlanKind::DayLaborers => lang.pick(
                "協会けんぽ（日雇特例被保険者）",
                "Kyokai Kenpo for day laborers (Hiyatoi Tokurei)",
            ),
            PlanKind::HealthInsuranceSociety => {
                lang.pick("健康保険組合", "Health insurance society (Kenpo Kumiai)")
            }
            PlanKind::SelfDefenseForces => lang.pick("自衛官等", "Self-Defense Forces personnel"),
            PlanKind::NationalPublicServiceMutualAid => lang.pick(
                "国家公務員共済組合",
                "National public service mutual aid association",
            ),
            PlanKind::LocalPublicServiceMutualAid => lang.pick(
                "地方公務員等共済組合",
                "Local public service mutual aid association",
            ),
            PlanKind::PoliceMutualAid => lang.pick("警察共済組合", "Police mutual aid association"),
            PlanKind::SchoolMutualAid => lang.pick(
                "公立学校共済組合・私学共済",
                "Public or private school mutual aid",
            ),
            PlanKind::LateStageElderly => lang.pick(
                "後期高齢者医療",
                "Late-stage elderly medical care (Koki Koreisha Iryo)",
            ),
            PlanKind::SpecialRetireeSociety => lang.pick(
                "特例退職被保険者（健康保険組合）",
                "Special retiree coverage (health insurance society)",
            ),
            PlanKind::RetireeNationalHealthInsurance => lang.pick(
                "退職者医療（国民健康保険）",
                "Retiree medical care (National Health Insurance)",
            ),
            PlanKind::SpecialRetireeMutualAid => lang.pick(
                "特例退職被保険者（共済組合）",
                "Special retiree coverage (mutual aid association)",
            ),
            PlanKind::NationalHealthInsurance => lang.pick(
                "国民健康保険",
                "National Health Insurance (Kokumin Kenko Hoken)",
            ),
            PlanKind::Unknown { code } => {
                return match lang {
                    Lang::Ja => format!("種別不明（法別番号{code:02}）"),
                    Lang::En => format!("Unknown plan type (plan code {code:02})"),
                };
            }
        };
        text.to_string()
    }
}

/// A prefecture, from the 都道府県番号 01–47 (JIS X 0401 order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Prefecture {
    pub code: u8,
    pub name_ja: &'static str,
    pub name_en: &'static str,
}

impl Prefecture {
    /// `None` outside 01–47.
    pub fn from_code(code: u8) -> Option<Prefecture> {
        let index = usize::from(code).checked_sub(1)?;
        let (name_ja, name_en) = *PREFECTURES.get(index)?;
        Some(Prefecture {
            code,
            name_ja,
            name_en,
        })
    }

    pub fn name(self, lang: Lang) -> &'static str {
        lang.pick(self.name_ja, self.name_en)
    }
}

const PREFECTURES: [(&str, &str); 47] = [
    ("北海道", "Hokkaido"),
    ("青森県", "Aomori"),
    ("岩手県", "Iwate"),
    ("宮城県", "Miyagi"),
    ("秋田県", "Akita"),
    ("山形県", "Yamagata"),
    ("福島県", "Fukushima"),
    ("茨城県", "Ibaraki"),
    ("栃木県", "Tochigi"),
    ("群馬県", "Gunma"),
    ("埼玉県", "Saitama"),
    ("千葉県", "Chiba"),
    ("東京都", "Tokyo"),
    ("神奈川県", "Kanagawa"),
    ("新潟県", "Niigata"),
    ("富山県", "Toyama"),
    ("石川県", "Ishikawa"),
    ("福井県", "Fukui"),
    ("山梨県", "Yamanashi"),
    ("長野県", "Nagano"),
    ("岐阜県", "Gifu"),
    ("静岡県", "Shizuoka"),
    ("愛知県", "Aichi"),
    ("三重県", "Mie"),
    ("滋賀県", "Shiga"),
    ("京都府", "Kyoto"),
    ("大阪府", "Osaka"),
    ("兵庫県", "Hyogo"),
    ("奈良県", "Nara"),
    ("和歌山県", "Wakayama"),
    ("鳥取県", "Tottori"),
    ("島根県", "Shimane"),
    ("岡山県", "Okayama"),
    ("広島県", "Hiroshima"),
    ("山口県", "Yamaguchi"),
    ("徳島県", "Tokushima"),
    ("香川県", "Kagawa"),
    ("愛媛県", "Ehime"),
    ("高知県", "Kochi"),
    ("福岡県", "Fukuoka"),
    ("佐賀県", "Saga"),
    ("長崎県", "Nagasaki"),
    ("熊本県", "Kumamoto"),
    ("大分県", "Oita"),
    ("宮崎県", "Miyazaki"),
    ("鹿児島県", "Kagoshima"),
    ("沖縄県", "Okinawa"),
];

/// Something unusual about an accepted insurer number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum InsurerWarning {
    /// The check digit is right but the 法別番号 is not one the app knows: probably a
    /// plan the app's table lacks, so the number is kept (DOMAIN §7).
    UnknownPlanCode,
}

impl InsurerWarning {
    pub fn message(self, lang: Lang) -> String {
        match (self, lang) {
            (InsurerWarning::UnknownPlanCode, Lang::Ja) => "保険者番号の法別番号（先頭の2桁）が、このアプリの知らない種別です。検証番号は正しいため、このまま登録できます。念のため、保険証や資格情報のお知らせと見比べてください。".to_string(),
            (InsurerWarning::UnknownPlanCode, Lang::En) => "The plan code (first 2 digits) of the insurer number is not one this app knows. The check digit is correct, so the number can be saved as it is. Please compare it with your card or notice to be sure.".to_string(),
        }
    }
}

impl InsurerNumber {
    /// `協会けんぽ・東京都` / `Japan Health Insurance Association (Kyokai Kenpo), Tokyo`.
    pub fn describe(&self, lang: Lang) -> String {
        let plan = self.plan.label(lang);
        let prefecture = self.prefecture.name(lang);
        match lang {
            Lang::Ja => format!("{plan}・{prefecture}"),
            Lang::En => format!("{plan}, {prefecture}"),
        }
    }
}

/// The 検証番号 for the digits before it (each 0–9): from the rightmost digit multiply
/// by 2, 1, 2, 1 …, add up the digits of each product (16 → 1 + 6), and take
/// (10 − sum mod 10) mod 10.
pub fn check_digit(body: &[u8]) -> u8 {
    let sum: u32 = body
        .iter()
        .rev()
        .zip([2, 1].into_iter().cycle())
        .map(|(&digit, weight)| {
            let product = u32::from(digit) * weight;
            product / 10 + product % 10
        })
        .sum();
    // `sum % 10` is below 10, so the result fits in a u8.
    ((10 - sum % 10) % 10) as u8
}

/// Reads an insurer number as typed: full-width digits, spaces and hyphens are allowed.
///
/// Errors, in this order: [`Problem::Required`], [`Problem::NotDigits`],
/// [`Problem::WrongLength`] (not 8 or 6 digits), [`Problem::CheckDigitMismatch`],
/// [`Problem::UnknownPrefecture`]. The check digit comes before the prefecture: a
/// mistyped prefecture almost always breaks the check digit too, and "a typo is
/// likely" is the more useful thing to say.
pub fn parse_insurer_number(input: &str) -> Result<InsurerNumber, Problem> {
    let digits: String = fold(input).chars().filter(|c| *c != '-').collect();
    if digits.is_empty() {
        return Err(Problem::Required);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::NotDigits);
    }
    let values: Vec<u8> = digits.bytes().map(|b| b - b'0').collect();
    let (plan_code, after_plan) = match values.as_slice() {
        [tens, ones, rest @ ..] if values.len() == 8 => (Some(tens * 10 + ones), rest),
        all if all.len() == 6 => (None, all),
        _ => {
            return Err(Problem::WrongLength {
                expected: vec![8, 6],
            })
        }
    };
    let (body, check) = match values.split_last() {
        Some((check, body)) => (body, *check),
        // Unreachable: the length is 6 or 8 here. Kept as an error, not a panic.
        None => {
            return Err(Problem::WrongLength {
                expected: vec![8, 6],
            })
        }
    };
    if check_digit(body) != check {
        return Err(Problem::CheckDigitMismatch);
    }
    let prefecture = match after_plan {
        [tens, ones, ..] => Prefecture::from_code(tens * 10 + ones),
        _ => None,
    }
    .ok_or(Problem::UnknownPrefecture)?;
    let plan = match plan_code {
        Some(code) => PlanKind::from_plan_code(code),
        None => PlanKind::NationalHealthInsurance,
    };
    let warnings = match plan {
        PlanKind::Unknown { .. } => vec![InsurerWarning::UnknownPlanCode],
        _ => Vec::new(),
    };
    Ok(InsurerNumber {
        digits,
        plan_code,
        plan,
        prefecture,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::error::{Field, FieldError};

    /// Public numbers that must validate (DOMAIN §7).
    const KYOKAI_TOKYO: &str = "01130012";
    const SOCIETY_TOKYO: &str = "06130488";

    /// A number with a correct check digit, built from its parts.
    fn with_check_digit(body: &str) -> String {
        let values: Vec<u8> = body.bytes().map(|b| b - b'0').collect();
        format!("{body}{}", check_digit(&values))
    }

    #[test]
    fn check_digit_of_the_public_examples() {
        assert_eq!(check_digit(&[0, 1, 1, 3, 0, 0, 1]), 2);
        assert_eq!(check_digit(&[0, 6, 1, 3, 0, 4, 8]), 8);
    }

    #[test]
    fn reads_the_public_examples() {
        let kyokai = parse_insurer_number(KYOKAI_TOKYO).expect("valid");
        assert_eq!(kyokai.digits, "01130012");
        assert_eq!(kyokai.plan_code, Some(1));
        assert_eq!(kyokai.plan, PlanKind::KyokaiKenpo);
        assert_eq!(kyokai.prefecture.code, 13);
        assert!(kyokai.warnings.is_empty());
        assert_eq!(kyokai.describe(Lang::Ja), "協会けんぽ・東京都");
        assert_eq!(
            kyokai.describe(Lang::En),
            "Japan Health Insurance Association (Kyokai Kenpo), Tokyo"
        );

        let society = parse_insurer_number(SOCIETY_TOKYO).expect("valid");
        assert_eq!(society.plan, PlanKind::HealthInsuranceSociety);
        assert_eq!(society.describe(Lang::Ja), "健康保険組合・東京都");
    }

    #[test]
    fn accepts_full_width_spaces_and_hyphens() {
        for typed in [
            "０１１３００１２",
            "01-13-0012",
            " 0113 0012 ",
            "01‐13‐001‐2",
            "０１－１３－００１２",
        ] {
            let number = parse_insurer_number(typed).expect(typed);
            assert_eq!(number.digits, "01130012", "{typed}");
        }
    }

    #[test]
    fn six_digits_are_national_health_insurance() {
        let number = parse_insurer_number(&with_check_digit("13101")).expect("valid");
        assert_eq!(number.plan_code, None);
        assert_eq!(number.plan, PlanKind::NationalHealthInsurance);
        assert_eq!(number.describe(Lang::Ja), "国民健康保険・東京都");
        assert_eq!(
            number.describe(Lang::En),
            "National Health Insurance (Kokumin Kenko Hoken), Tokyo"
        );
    }

    #[test]
    fn decodes_every_known_plan_code() {
        for (code, plan) in [
            ("01", PlanKind::KyokaiKenpo),
            ("02", PlanKind::SeafarersInsurance),
            ("03", PlanKind::DayLaborers),
            ("04", PlanKind::DayLaborers),
            ("06", PlanKind::HealthInsuranceSociety),
            ("07", PlanKind::SelfDefenseForces),
            ("31", PlanKind::NationalPublicServiceMutualAid),
            ("32", PlanKind::LocalPublicServiceMutualAid),
            ("33", PlanKind::PoliceMutualAid),
            ("34", PlanKind::SchoolMutualAid),
            ("39", PlanKind::LateStageElderly),
            ("63", PlanKind::SpecialRetireeSociety),
            ("67", PlanKind::RetireeNationalHealthInsurance),
            ("72", PlanKind::SpecialRetireeMutualAid),
            ("75", PlanKind::SpecialRetireeMutualAid),
        ] {
            let number = parse_insurer_number(&with_check_digit(&format!("{code}27123")))
                .expect("valid check digit");
            assert_eq!(number.plan, plan, "plan code {code}");
            assert_eq!(number.prefecture.name(Lang::Ja), "大阪府");
            assert!(number.warnings.is_empty(), "plan code {code}");
        }
    }

    #[test]
    fn decodes_every_prefecture_and_refuses_others() {
        let first = parse_insurer_number(&with_check_digit("0101001")).expect("valid");
        assert_eq!(first.describe(Lang::Ja), "協会けんぽ・北海道");
        let last = parse_insurer_number(&with_check_digit("0147001")).expect("valid");
        assert_eq!(last.describe(Lang::Ja), "協会けんぽ・沖縄県");
        assert_eq!(
            last.describe(Lang::En),
            "Japan Health Insurance Association (Kyokai Kenpo), Okinawa"
        );
        for code in 1..=47 {
            assert!(Prefecture::from_code(code).is_some(), "{code}");
        }
        for body in ["0100001", "0148001", "0199001", "00001", "48001"] {
            assert_eq!(
                parse_insurer_number(&with_check_digit(body)),
                Err(Problem::UnknownPrefecture),
                "{body}"
            );
        }
    }

    #[test]
    fn unknown_plan_code_with_a_valid_check_digit_is_accepted_with_a_warning() {
        let number = parse_insurer_number(&with_check_digit("0513001")).expect("accepted");
        assert_eq!(number.plan, PlanKind::Unknown { code: 5 });
        assert_eq!(number.warnings, vec![InsurerWarning::UnknownPlanCode]);
        assert_eq!(number.describe(Lang::Ja), "種別不明（法別番号05）・東京都");
        assert_eq!(
            number.describe(Lang::En),
            "Unknown plan type (plan code 05), Tokyo"
        );
        assert!(InsurerWarning::UnknownPlanCode
            .message(Lang::Ja)
            .contains("法別番号"));
    }

    #[test]
    fn refuses_wrong_shapes() {
        for (typed, problem) in [
            ("", Problem::Required),
            (" - ", Problem::Required),
            (
                "0113001",
                Problem::WrongLength {
                    expected: vec![8, 6],
                },
            ),
            (
                "011300123",
                Problem::WrongLength {
                    expected: vec![8, 6],
                },
            ),
            (
                "1",
                Problem::WrongLength {
                    expected: vec![8, 6],
                },
            ),
            ("0113OO12", Problem::NotDigits),
            ("01.13.0012", Problem::NotDigits),
            ("+1130012", Problem::NotDigits),
            ("01130013", Problem::CheckDigitMismatch),
        ] {
            assert_eq!(parse_insurer_number(typed), Err(problem), "{typed}");
        }
    }

    #[test]
    fn changing_any_single_digit_of_a_valid_number_is_caught() {
        for valid in [KYOKAI_TOKYO, SOCIETY_TOKYO] {
            for position in 0..valid.len() {
                for replacement in b'0'..=b'9' {
                    let mut typo = valid.as_bytes().to_vec();
                    if typo[position] == replacement {
                        continue;
                    }
                    typo[position] = replacement;
                    let typo = String::from_utf8(typo).expect("ASCII digits");
                    assert!(parse_insurer_number(&typo).is_err(), "{typo} was accepted");
                }
            }
        }
    }

    #[test]
    fn check_digit_message_says_a_typo_is_likely_without_repeating_the_input() {
        let typed = "01130013";
        let problem = parse_insurer_number(typed).expect_err("wrong check digit");
        let error = FieldError::new(Field::InsurerNumber, problem);
        let ja = error.message(crate::Locale::natural(Lang::Ja));
        for expected in ["保険者番号", "検証番号（最後の1桁）", "誤り", "01130012"]
        {
            assert!(ja.contains(expected), "{ja}");
        }
        let en = error.message(crate::Locale::natural(Lang::En));
        for expected in ["check digit (last digit)", "typo", "01130012"] {
            assert!(en.contains(expected), "{en}");
        }
        assert!(!ja.contains(typed) && !en.contains(typed));
    }

    proptest! {
        #[test]
        fn exactly_one_check_digit_is_accepted(body in prop::collection::vec(0u8..=9, 7)) {
            // Force a known prefecture so only the check digit decides.
            let mut body = body;
            body[2] = 1;
            body[3] = 3;
            let body_text: String = body.iter().map(|d| char::from(b'0' + d)).collect();
            let accepted: Vec<u8> = (0..=9)
                .filter(|check| parse_insurer_number(&format!("{body_text}{check}")).is_ok())
                .collect();
            prop_assert_eq!(accepted, vec![check_digit(&body)]);
        }

        #[test]
        fn check_digit_has_exactly_one_solution_for_any_body(
            body in prop::collection::vec(0u8..=9, 0..16)
        ) {
            let matching: Vec<u8> = (0..=9)
                .filter(|check| {
                    let mut digits = body.clone();
                    digits.push(*check);
                    // Appending the check digit at weight 1 must make the total a multiple of 10.
                    luhn_total(&digits) % 10 == 0
                })
                .collect();
            prop_assert_eq!(matching, vec![check_digit(&body)]);
        }
    }

    /// The sum the check digit completes to a multiple of 10, computed independently of
    /// `check_digit`: the full number weighted 1, 2, 1, 2 … from its right end.
    fn luhn_total(digits: &[u8]) -> u32 {
        digits
            .iter()
            .rev()
            .enumerate()
            .map(|(position, &digit)| {
                let product = u32::from(digit) * if position % 2 == 1 { 2 } else { 1 };
                product / 10 + product % 10
            })
            .sum()
    }
}
