//! The PDF personal copy, checked with tools that share no code with the
//! writer: poppler's `pdftotext`, `pdffonts` and `pdfinfo` (package poppler-utils), and a
//! small content-stream reader here for the cut line.
//!
//! Set `HOKEN_TECHO_PDF_SAMPLES=DIR` to keep the rendered samples (for `pdftoppm`).

use hoken_techo_core::Locale;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use hoken_techo_core::pdf::layout::{cutout_slot, CARD_HEIGHT, CARD_WIDTH, SHEET_CUTOUT};
use hoken_techo_core::pdf::{self, ExpiryLine, PdfMember, PdfRequest, DISCLAIMER};
use hoken_techo_core::qualification::{InsuredRole, Qualification};
use hoken_techo_core::{Error, Lang, Member, Relation};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn printed_on() -> NaiveDate {
    day(2025, 11, 25)
}

fn expiry(document: &str, expires: &str) -> ExpiryLine {
    ExpiryLine {
        document: document.into(),
        expires: expires.into(),
    }
}

struct Person {
    id: i64,
    name: &'static str,
    kana: &'static str,
    birth: NaiveDate,
    relation: Relation,
}

/// A qualification as the store returns it. 記号 and 番号 are kept as typed (full-width).
fn qualification(member_id: i64, role: InsuredRole, branch: &str) -> Qualification {
    Qualification {
        id: member_id * 10,
        member_id,
        insurer_number: "01130012".into(),
        insurer_name: "全国健康保険協会 東京支部".into(),
        symbol: "１２３４５６７８".into(),
        number: "１２３".into(),
        branch: Some(branch.into()),
        role,
        acquired_on: day(2025, 4, 1),
        lost_on: None,
        burden_tenths: Some(3),
        my_number_last4: None,
        memo: String::new(),
    }
}

fn entry(
    person: Person,
    qualification: Option<Qualification>,
    expiries: Vec<ExpiryLine>,
) -> PdfMember {
    PdfMember {
        member: Member {
            id: person.id,
            name: person.name.into(),
            kana: person.kana.into(),
            birth_date: person.birth,
            relation: person.relation,
        },
        qualification,
        expiries,
    }
}

fn taro() -> PdfMember {
    entry(
        Person {
            id: 1,
            name: "𠮷田 太郎",
            kana: "ヨシダ タロウ",
            birth: day(1980, 1, 2),
            relation: Relation::SelfInsured,
        },
        Some(qualification(1, InsuredRole::Insured, "00")),
        vec![
            expiry("マイナンバーカード", "令和11年6月15日 (2029-06-15)"),
            expiry("利用者証明用電子証明書", "令和11年6月15日 (2029-06-15)"),
            expiry("署名用電子証明書", "令和11年6月15日 (2029-06-15)"),
            expiry("資格確認書", "令和11年11月30日 (2029-11-30)"),
        ],
    )
}

/// Six members with rare name characters (𠮷, 髙 and the like), one of them on another plan,
/// one without a qualification.
fn household() -> Vec<PdfMember> {
    let mut parent = qualification(5, InsuredRole::Insured, "01");
    parent.insurer_number = "06130488".into();
    parent.insurer_name = "東京都〇〇健康保険組合".into();
    parent.symbol = "ア-１".into();
    parent.number = "４５６７".into();
    parent.burden_tenths = None;
    vec![
        taro(),
        entry(
            Person {
                id: 2,
                name: "𠮷田 花子",
                kana: "ヨシダ ハナコ",
                birth: day(1982, 5, 20),
                relation: Relation::Spouse,
            },
            Some(qualification(2, InsuredRole::Dependant, "01")),
            vec![
                expiry("マイナンバーカード", "令和12年5月20日 (2030-05-20)"),
                expiry(
                    "利用者証明用電子証明書",
                    "令和7年5月20日 (2025-05-20)（目安）",
                ),
            ],
        ),
        entry(
            Person {
                id: 3,
                name: "𠮷田 髙志",
                kana: "ヨシダ タカシ",
                birth: day(2012, 8, 8),
                relation: Relation::Child,
            },
            Some(qualification(3, InsuredRole::Dependant, "02")),
            vec![expiry("マイナンバーカード", "令和9年8月8日 (2027-08-08)")],
        ),
        entry(
            Person {
                id: 4,
                name: "𠮷田 陽菜",
                kana: "ヨシダ ヒナ",
                birth: day(2019, 5, 1),
                relation: Relation::Child,
            },
            Some(qualification(4, InsuredRole::Dependant, "03")),
            vec![expiry("資格確認書", "令和11年11月30日 (2029-11-30)")],
        ),
        entry(
            Person {
                id: 5,
                name: "渡邉 﨑子",
                kana: "ワタナベ サキコ",
                birth: day(1955, 3, 3),
                relation: Relation::Parent,
            },
            Some(parent),
            vec![
                expiry("マイナンバーカード", "令和8年3月3日 (2026-03-03)"),
                expiry("利用者証明用電子証明書", "令和8年3月3日 (2026-03-03)"),
                expiry("高齢受給者証", "令和8年7月31日 (2026-07-31)"),
            ],
        ),
        entry(
            Person {
                id: 6,
                name: "山﨑 次郎",
                kana: "ヤマサキ ジロウ",
                birth: day(2001, 12, 24),
                relation: Relation::Other,
            },
            None,
            Vec::new(),
        ),
    ]
}

/// Writes the PDF where the samples go, or to a temporary directory.
struct Rendered {
    path: PathBuf,
    _dir: Option<tempfile::TempDir>,
}

fn write(name: &str, bytes: &[u8]) -> Rendered {
    match std::env::var_os("HOKEN_TECHO_PDF_SAMPLES") {
        Some(dir) => {
            let path = Path::new(&dir).join(name);
            std::fs::write(&path, bytes).expect("write the sample");
            Rendered { path, _dir: None }
        }
        None => {
            let dir = tempfile::tempdir().expect("temp dir");
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).expect("write the PDF");
            Rendered {
                path,
                _dir: Some(dir),
            }
        }
    }
}

/// Runs a poppler tool; they are test dependencies (poppler-utils), so a missing one fails.
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let output = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|error| panic!("{tool} (poppler-utils) must be installed: {error}"));
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("poppler prints UTF-8")
}

fn text_of(pdf: &Path) -> String {
    poppler("pdftotext", &["-enc", "UTF-8"], pdf)
}

fn assert_contains_all(text: &str, expected: &[&str]) {
    for piece in expected {
        assert!(text.contains(piece), "pdftotext lacks {piece:?}:\n{text}");
    }
}

#[test]
fn the_member_sheet_gives_back_every_field_exactly() {
    let member = taro();
    let pdf = write(
        "member-sheet.pdf",
        &pdf::render_member_sheet(&member, printed_on()).expect("renders"),
    );
    let text = text_of(&pdf.path);
    assert_contains_all(
        &text,
        &[
            "𠮷田 太郎",
            "ヨシダ タロウ",
            "昭和55年1月2日 (1980-01-02)",
            "本人（被保険者）",
            "01130012",
            "協会けんぽ・東京都",
            "全国健康保険協会 東京支部",
            "１２３４５６７８",
            "１２３",
            "00",
            "令和7年4月1日 (2025-04-01)",
            "3割",
            "利用者証明用電子証明書",
            "令和11年6月15日 (2029-06-15)",
            "資格確認書",
            "令和11年11月30日 (2029-11-30)",
            "受診時の提示方法",
            "令和7年11月25日 (2025-11-25)",
            "点線で切り取ってマイナンバーカードと一緒に保管してください",
            DISCLAIMER,
        ],
    );
    // On the sheet (band and footer) and on its cut-out.
    assert!(text.matches(DISCLAIMER).count() >= 3, "{text}");
    // The fields of the cut-out are there a second time.
    assert!(text.matches("１２３４５６７８").count() >= 2, "{text}");
    assert!(text.matches("𠮷田 太郎").count() >= 2, "{text}");
}

#[test]
fn the_presentation_steps_are_searchable_text() {
    let pdf = write(
        "steps.pdf",
        &pdf::render_member_sheet(&taro(), printed_on()).expect("renders"),
    );
    // Lines are broken inside the paragraphs; joined again they give the wording back.
    let text: String = text_of(&pdf.path).split_whitespace().collect();
    for step in pdf::PRESENTATION_STEPS {
        assert!(text.contains(step), "{step} not found in {text}");
    }
}

#[test]
fn the_household_overview_lists_every_member_with_plan_numbers_and_deadlines() {
    let members = household();
    let request = PdfRequest {
        sheets: false,
        ..PdfRequest::household(&members, printed_on())
    };
    let pdf = write("overview.pdf", &pdf::render(&request).expect("renders"));
    let text = text_of(&pdf.path);
    assert_contains_all(
        &text,
        &[
            "𠮷田 太郎",
            "𠮷田 花子",
            "𠮷田 髙志",
            "𠮷田 陽菜",
            "渡邉 﨑子",
            "山﨑 次郎",
            "協会けんぽ・東京都",
            "健康保険組合・東京都",
            "東京都〇〇健康保険組合",
            "ア-１",
            "４５６７",
            "令和7年5月20日 (2025-05-20)（目安）",
            "高齢受給者証",
            "令和8年7月31日 (2026-07-31)",
            "資格が登録されていません",
            DISCLAIMER,
        ],
    );
}

#[test]
fn the_cut_out_sheet_holds_every_printable_member() {
    let members = household();
    let pdf = write(
        "cutouts.pdf",
        &pdf::render_cutouts(&members, printed_on()).expect("renders"),
    );
    let text = text_of(&pdf.path);
    // Five members have a qualification: five cut-outs, each with the disclaimer.
    assert_eq!(text.matches(DISCLAIMER).count(), 5, "{text}");
    assert_contains_all(
        &text,
        &["𠮷田 髙志", "渡邉 﨑子", "ア-１", "点線で切り取って"],
    );
    assert!(!text.contains("山﨑 次郎"), "no qualification, no cut-out");
}

#[test]
fn more_than_ten_cut_outs_continue_on_a_second_sheet() {
    let members: Vec<PdfMember> = (0..12)
        .map(|i| {
            let mut member = taro();
            member.member.id = i + 1;
            member
        })
        .collect();
    let pdf = write(
        "cutouts-12.pdf",
        &pdf::render_cutouts(&members, printed_on()).expect("renders"),
    );
    let info = poppler("pdfinfo", &[], &pdf.path);
    assert!(info.contains("Pages:           2"), "{info}");
}

#[test]
fn the_font_is_embedded_as_a_subset_with_unicode_mapping() {
    let members = household();
    let bytes = pdf::render_household(&members, printed_on(), true).expect("renders");
    let pdf = write("household.pdf", &bytes);
    let fonts = poppler("pdffonts", &[], &pdf.path);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    // One face: bold text is the same glyphs filled and outlined (pdf/canvas.rs).
    assert_eq!(rows.len(), 1, "one embedded face:\n{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        // name type encoding emb sub uni object ID; the type is "CID TrueType".
        let n = columns.len();
        assert!(columns[0].contains("+NotoSansJP"), "{row}");
        assert_eq!(
            &columns[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb sub uni: {row}"
        );
        assert!(
            row.contains("CID TrueType") && row.contains("Identity-H"),
            "{row}"
        );
    }
}

#[test]
fn every_page_is_a4_and_the_metadata_is_set() {
    let members = household();
    let bytes = pdf::render_household(&members, printed_on(), true).expect("renders");
    let pdf = write("household-a4.pdf", &bytes);
    // Overview, five sheets, one cut-out sheet.
    let info = poppler("pdfinfo", &["-f", "1", "-l", "7"], &pdf.path);
    assert!(info.contains("Pages:           7"), "{info}");
    let sizes: Vec<&str> = info
        .lines()
        .filter(|line| line.starts_with("Page ") && line.contains(" size: "))
        .collect();
    assert_eq!(sizes.len(), 7, "{info}");
    for line in sizes {
        // `Page    1 size:  595.276 x 841.89 pts (A4)`: 595.28 × 841.89 pt rounded.
        let words: Vec<&str> = line.split_whitespace().collect();
        let width: f64 = words[3].parse().expect("width");
        let height: f64 = words[5].parse().expect("height");
        assert!(
            (width - 595.28).abs() < 0.01 && (height - 841.89).abs() < 0.01,
            "{line}"
        );
        assert!(line.ends_with("pts (A4)"), "{line}");
    }
    assert!(
        info.contains("Title:           世帯の資格情報 本人控え"),
        "{info}"
    );
    assert!(info.contains("Producer:        hoken-techo"), "{info}");
    // Noon in Japan on the printing date, written as 03:00 UTC.
    let created = poppler("pdfinfo", &["-isodates"], &pdf.path);
    assert!(
        created.contains("CreationDate:    2025-11-25T03:00:00"),
        "{created}"
    );
    // No name in the metadata: the title is generic.
    assert!(!info.contains("𠮷田"), "{info}");
}

/// The rectangles stroked with a dash pattern in the page content, in PDF points.
fn dashed_rectangles(pdf: &[u8]) -> Vec<[f64; 4]> {
    let mut found = Vec::new();
    for content in streams(pdf) {
        let text = String::from_utf8_lossy(&content);
        let tokens: Vec<&str> = text.split_whitespace().collect();
        let mut dashed = false;
        for (i, token) in tokens.iter().enumerate() {
            match *token {
                // `[5.67 3.40] 0 d` sets a dash, `[] 0 d` clears it; `Q` restores the state.
                "d" => dashed = i >= 2 && tokens[i - 2] != "[]" && !tokens[i - 2].starts_with("[]"),
                "Q" => dashed = false,
                "re" if dashed && i >= 4 && tokens.get(i + 1) == Some(&"S") => {
                    let numbers: Vec<f64> = tokens[i - 4..i]
                        .iter()
                        .filter_map(|t| t.parse().ok())
                        .collect();
                    if let [x, y, w, h] = numbers[..] {
                        found.push([x, y, w, h]);
                    }
                }
                _ => {}
            }
        }
    }
    found
}

/// Every stream of the file, inflated when it is Flate-compressed.
fn streams(pdf: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = pdf;
    while let Some(start) = find(rest, b"stream") {
        let mut body = &rest[start + b"stream".len()..];
        if body.starts_with(b"\r\n") {
            body = &body[2..];
        } else if body.starts_with(b"\n") {
            body = &body[1..];
        } else {
            // "endstream" or another word ending in "stream".
            rest = body;
            continue;
        }
        let Some(end) = find(body, b"endstream") else {
            break;
        };
        let raw = &body[..end];
        let mut inflated = Vec::new();
        if flate2::read::ZlibDecoder::new(raw)
            .read_to_end(&mut inflated)
            .is_ok()
        {
            out.push(inflated);
        } else {
            out.push(raw.to_vec());
        }
        rest = &body[end + b"endstream".len()..];
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

const MM_PER_PT: f64 = 25.4 / 72.0;

fn assert_card_size(rect: [f64; 4]) {
    let (w, h) = (rect[2] * MM_PER_PT, rect[3] * MM_PER_PT);
    assert!((w - 85.60).abs() <= 0.1, "width {w} mm");
    assert!((h - 53.98).abs() <= 0.1, "height {h} mm");
}

fn assert_same_rect(found: [f64; 4], expected: [f32; 4]) {
    for (a, b) in found.iter().zip(expected) {
        assert!((a - f64::from(b)).abs() < 0.01, "{found:?} vs {expected:?}");
    }
}

#[test]
fn the_cut_line_is_exactly_card_sized_in_page_coordinates() {
    assert_eq!((CARD_WIDTH, CARD_HEIGHT), (85.60, 53.98));

    let sheet = pdf::render_member_sheet(&taro(), printed_on()).expect("renders");
    let rects = dashed_rectangles(&sheet);
    assert_eq!(rects.len(), 1, "one cut line on the sheet: {rects:?}");
    assert_card_size(rects[0]);
    assert_same_rect(rects[0], SHEET_CUTOUT.to_pdf_points());

    let members = household();
    let cutouts = pdf::render_cutouts(&members, printed_on()).expect("renders");
    let rects = dashed_rectangles(&cutouts);
    assert_eq!(rects.len(), 5, "{rects:?}");
    for (index, rect) in rects.into_iter().enumerate() {
        assert_card_size(rect);
        assert_same_rect(rect, cutout_slot(index).to_pdf_points());
    }
}

#[test]
fn a_name_the_font_cannot_print_is_refused_naming_the_character_and_the_field() {
    let mut member = taro();
    member.member.name = "김 민준".into();
    let error =
        pdf::render_member_sheet(&member, printed_on()).expect_err("Hangul is not in the font");
    assert_eq!(
        error.code(),
        hoken_techo_core::error::ErrorCode::UnprintableCharacter
    );
    let ja = error.message(Locale::natural(Lang::Ja));
    assert!(ja.starts_with("氏名の文字 U+AE40 '김' は"), "{ja}");
    let en = error.message(Locale::natural(Lang::En));
    assert!(en.contains("U+AE40 '김'") && en.starts_with("Name"), "{en}");
    // Only the offending character: the rest of the name stays out of the message.
    assert!(!ja.contains("민준") && !en.contains("민준"), "{ja} / {en}");

    // Anywhere in the household, also in a field other than the name.
    let mut members = household();
    members[4]
        .qualification
        .as_mut()
        .expect("has one")
        .insurer_name = "東京😀健保".into();
    let error = pdf::render_household(&members, printed_on(), false).expect_err("emoji");
    assert!(
        error
            .message(Locale::natural(Lang::Ja))
            .starts_with("保険者名称の文字 U+1F600 '😀'"),
        "{}",
        error.message(Locale::natural(Lang::Ja))
    );
}

#[test]
fn pdfs_stay_small_thanks_to_subsetting() {
    let one = pdf::render_member_sheet(&taro(), printed_on()).expect("renders");
    assert!(one.len() < 150 * 1024, "one member: {} bytes", one.len());
    let members = household();
    let all = pdf::render_household(&members, printed_on(), true).expect("renders");
    assert!(
        all.len() < 300 * 1024,
        "household of 6 with cut-outs: {} bytes",
        all.len()
    );
}

#[test]
fn without_a_current_qualification_there_is_nothing_to_print() {
    let members = household();
    let jiro = &members[5];
    let error = pdf::render_member_sheet(jiro, printed_on()).expect_err("no qualification");
    assert_eq!(
        error.code(),
        hoken_techo_core::error::ErrorCode::NothingToPrint
    );
    assert!(matches!(error, Error::Pdf(_)));
    assert!(
        error
            .message(Locale::natural(Lang::Ja))
            .contains("番号6の家族"),
        "{}",
        error.message(Locale::natural(Lang::Ja))
    );
    let error = pdf::render_household(&[], printed_on(), false).expect_err("empty household");
    assert_eq!(
        error.code(),
        hoken_techo_core::error::ErrorCode::NothingToPrint
    );
}

#[test]
fn a_crowded_sheet_stays_on_one_page_and_loses_nothing() {
    let mut member = taro();
    let qualification = member.qualification.as_mut().expect("has one");
    qualification.insurer_name =
        "東京都内某健康保険組合連合会加盟事業所従業員及び家族のための健康保険組合本部".into();
    member.member.name = "髙橋 𠮷之助右衛門左衛門太郎兵衛".into();
    member.expiries = (1..=9)
        .map(|i| {
            expiry(
                &format!("書類{i}（スマホ用電子証明書）"),
                "令和11年11月30日 (2029-11-30)（目安）",
            )
        })
        .collect();
    let pdf = write(
        "crowded.pdf",
        &pdf::render_member_sheet(&member, printed_on()).expect("renders"),
    );
    assert!(poppler("pdfinfo", &[], &pdf.path).contains("Pages:           1"));
    let text: String = text_of(&pdf.path).split_whitespace().collect();
    assert!(
        text.contains(
            "東京都内某健康保険組合連合会加盟事業所従業員及び家族のための健康保険組合本部"
        ),
        "{text}"
    );
    assert!(text.contains("髙橋𠮷之助右衛門左衛門太郎兵衛"), "{text}");
    for i in 1..=9 {
        assert!(
            text.contains(&format!("書類{i}（スマホ用電子証明書）")),
            "{text}"
        );
    }
}
