//! PDF generation (the target: a 6-member household well under 100 ms), next to baselines
//! measured in the same run so the figures can be read as ratios on any machine:
//! - `one line`: printpdf writing one page with one short line in the same embedded font
//!   (document set-up, font subsetting and serialisation: the floor of any PDF here);
//! - `font parse`: parsing both embedded fonts, which the module does once per process.
//!
//! `cargo bench -p hoken-techo-core --bench pdf`

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use hoken_techo_core::pdf::{self, ExpiryLine, PdfMember};
use hoken_techo_core::qualification::{InsuredRole, Qualification};
use hoken_techo_core::{Member, Relation};
use printpdf::{
    Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem,
    TextMatrix,
};

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSansJP-Regular.ttf");

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

/// Six members, each with a current qualification and three documents.
fn household() -> Vec<PdfMember> {
    let people = [
        (
            "𠮷田 太郎",
            "ヨシダ タロウ",
            Relation::SelfInsured,
            InsuredRole::Insured,
        ),
        (
            "𠮷田 花子",
            "ヨシダ ハナコ",
            Relation::Spouse,
            InsuredRole::Dependant,
        ),
        (
            "𠮷田 髙志",
            "ヨシダ タカシ",
            Relation::Child,
            InsuredRole::Dependant,
        ),
        (
            "𠮷田 陽菜",
            "ヨシダ ヒナ",
            Relation::Child,
            InsuredRole::Dependant,
        ),
        (
            "渡邉 﨑子",
            "ワタナベ サキコ",
            Relation::Parent,
            InsuredRole::Dependant,
        ),
        (
            "山﨑 次郎",
            "ヤマサキ ジロウ",
            Relation::Other,
            InsuredRole::Dependant,
        ),
    ];
    people
        .into_iter()
        .enumerate()
        .map(|(index, (name, kana, relation, role))| {
            let id = index as i64 + 1;
            PdfMember {
                member: Member {
                    id,
                    name: name.into(),
                    kana: kana.into(),
                    birth_date: day(1960 + 10 * index as i32, 1 + index as u32, 2),
                    relation,
                },
                qualification: Some(Qualification {
                    id,
                    member_id: id,
                    insurer_number: "01130012".into(),
                    insurer_name: "全国健康保険協会 東京支部".into(),
                    symbol: "１２３４５６７８".into(),
                    number: "１２３".into(),
                    branch: Some(format!("{index:02}")),
                    role,
                    acquired_on: day(2025, 4, 1),
                    lost_on: None,
                    burden_tenths: Some(3),
                    my_number_last4: None,
                    memo: String::new(),
                }),
                expiries: vec![
                    ExpiryLine {
                        document: "マイナンバーカード".into(),
                        expires: "令和11年6月15日 (2029-06-15)".into(),
                    },
                    ExpiryLine {
                        document: "利用者証明用電子証明書".into(),
                        expires: "令和11年6月15日 (2029-06-15)".into(),
                    },
                    ExpiryLine {
                        document: "資格確認書".into(),
                        expires: "令和11年11月30日 (2029-11-30)".into(),
                    },
                ],
            }
        })
        .collect()
}

/// One A4 page with one short line, straight through printpdf.
fn one_line(font: &ParsedFont) -> Vec<u8> {
    let mut document = PdfDocument::new("baseline");
    let id = document.add_font(font);
    let page = PdfPage::new(
        Mm(210.0),
        Mm(297.0),
        vec![
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(id),
                size: Pt(12.0),
            },
            Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(72.0), Pt(720.0)),
            },
            Op::ShowText {
                items: vec![TextItem::Text("本人控え".into())],
            },
            Op::EndTextSection,
        ],
    );
    document
        .with_pages(vec![page])
        .save(&PdfSaveOptions::default(), &mut Vec::new())
}

fn bench(c: &mut Criterion) {
    let members = household();
    let on = day(2025, 11, 25);
    let font = ParsedFont::from_bytes(REGULAR, 0, &mut Vec::new()).expect("the font parses");
    // The first render parses the fonts; measure the steady state the app sees.
    pdf::render_member_sheet(&members[0], on).expect("renders");

    let mut group = c.benchmark_group("pdf");
    group.sample_size(30);
    group.bench_function("baseline: one line, one page", |b| {
        b.iter(|| black_box(one_line(black_box(&font))))
    });
    group.bench_function("member sheet (1 member)", |b| {
        b.iter(|| black_box(pdf::render_member_sheet(black_box(&members[0]), on)))
    });
    group.bench_function("household of 6 with cut-outs (8 pages)", |b| {
        b.iter(|| black_box(pdf::render_household(black_box(&members), on, true)))
    });
    group.sample_size(10);
    group.bench_function("font parse (once per process)", |b| {
        b.iter(|| {
            let mut warnings = Vec::new();
            black_box(ParsedFont::from_bytes(black_box(REGULAR), 0, &mut warnings))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
