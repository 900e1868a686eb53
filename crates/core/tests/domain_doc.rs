//! The code cites the domain rules as `DOMAIN §N` or `DOMAIN.md §N`. This test reads
//! docs/DOMAIN.md, the repository's own copy of those rules, and fails when a citation
//! names a section the file does not have, or when code points at a copy of the rules
//! outside the repository.
//!
//! The matching is written by hand (no regex crate): `DOMAIN(\.md)? ?§ ?(\d+)`, plus the
//! further sections of the same list (`§2–§6`, `§3, §4`, `§2/§6`, `DOMAIN.md (§2, §10)`),
//! which are checked too but counted apart.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The source trees searched, relative to the repository root. `fuzz` and `tests` are
/// searched as well: they are code of this repository too.
const ROOTS: &[&str] = &["crates", "src-tauri", "ui/src", "fuzz", "tests"];
/// Build output and installed packages: not ours, and large.
const SKIPPED_DIRS: &[&str] = &["target", "node_modules"];
const EXTENSIONS: &[&str] = &["rs", "ts", "svelte", "mjs"];
/// The fewest citations the pattern must find: the code holds over a hundred, so finding
/// fewer means the walk or the matching broke, not that the code changed.
const AT_LEAST: usize = 50;

/// Paths to a copy of the rules outside the repository. Split with `concat!` so that
/// this file does not contain them itself.
const OUTSIDE: &[&str] = &[
    concat!("shared", "/DOMAIN"),
    concat!("..", "/shared"),
    concat!("/work", "/shared"),
];

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The numbers of the `## N.` headings.
fn headings(doc: &str) -> BTreeSet<u32> {
    doc.lines()
        .filter_map(|line| line.strip_prefix("## "))
        .filter_map(|title| {
            let (number, rest) = leading_number(title)?;
            rest.starts_with('.').then_some(number)
        })
        .collect()
}

/// The ASCII digits `text` starts with, as a number, and what follows them.
fn leading_number(text: &str) -> Option<(u32, &str)> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    Some((text[..digits].parse().ok()?, &text[digits..]))
}

/// `§N` or `§ N` at the start of `text`: N and what follows it.
fn section(text: &str) -> Option<(u32, &str)> {
    let text = text.strip_prefix('§')?;
    leading_number(text.strip_prefix(' ').unwrap_or(text))
}

/// A section cited on a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cited {
    section: u32,
    /// Matched by `DOMAIN(\.md)? ?§ ?(\d+)` itself; otherwise a further item of the
    /// same citation (`–§6` in `DOMAIN §2–§6`).
    by_pattern: bool,
}

/// Every section a line cites, in order.
fn cited(line: &str) -> Vec<Cited> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("DOMAIN") {
        rest = &rest[at + "DOMAIN".len()..];
        let opening = rest.strip_prefix(".md").unwrap_or(rest);
        let opening = opening.strip_prefix(' ').unwrap_or(opening);
        let (first, mut after) = match section(opening) {
            Some((number, after)) => (
                Cited {
                    section: number,
                    by_pattern: true,
                },
                after,
            ),
            None => match opening.strip_prefix('(').and_then(section) {
                Some((number, after)) => (
                    Cited {
                        section: number,
                        by_pattern: false,
                    },
                    after,
                ),
                None => continue,
            },
        };
        found.push(first);
        // The rest of the same list: a separator, then another `§N`.
        while let Some((number, next)) = [", ", ",", "–", "-", "/", " and "]
            .iter()
            .find_map(|separator| after.strip_prefix(separator))
            .and_then(section)
        {
            found.push(Cited {
                section: number,
                by_pattern: false,
            });
            after = next;
        }
        rest = after;
    }
    found
}

/// The files under `dir` with one of [`EXTENSIONS`], skipping [`SKIPPED_DIRS`].
fn source_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if !SKIPPED_DIRS.contains(&name.as_str()) {
                source_files(&path, files);
            }
        } else if path
            .extension()
            .is_some_and(|ext| EXTENSIONS.iter().any(|wanted| ext == *wanted))
        {
            files.push(path);
        }
    }
}

/// A citation found in a file, for the failure messages.
struct Found {
    place: String,
    cited: Cited,
}

#[test]
fn every_domain_section_the_code_cites_exists() {
    let root = repository();
    let doc_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/DOMAIN.md");
    let doc = fs::read_to_string(doc_path).unwrap_or_else(|e| panic!("{doc_path}: {e}"));
    let sections = headings(&doc);
    assert_eq!(
        sections,
        (1..=sections.len() as u32).collect(),
        "docs/DOMAIN.md: the `## N.` headings must run 1, 2, 3 … without gaps"
    );
    assert!(
        (1..=11).all(|n| sections.contains(&n)),
        "docs/DOMAIN.md lost a heading of §1–§11: {sections:?}"
    );

    let mut files = Vec::new();
    for tree in ROOTS {
        let dir = root.join(tree);
        if dir.is_dir() {
            source_files(&dir, &mut files);
        }
    }
    files.sort();

    let mut found = Vec::new();
    let mut outside = Vec::new();
    for file in &files {
        let relative = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .display()
            .to_string();
        // This file: its examples of the matching are not citations.
        if Path::new(&relative) == Path::new(file!()) {
            continue;
        }
        // Not UTF-8 (none is expected): nothing to cite in it.
        let Ok(text) = fs::read_to_string(file) else {
            continue;
        };
        for (index, line) in text.lines().enumerate() {
            let place = format!("{relative}:{}", index + 1);
            if OUTSIDE.iter().any(|needle| line.contains(needle)) {
                outside.push(format!("{place}: {}", line.trim()));
            }
            found.extend(cited(line).into_iter().map(|cited| Found {
                place: place.clone(),
                cited,
            }));
        }
    }

    let by_pattern = found.iter().filter(|f| f.cited.by_pattern).count();
    let in_lists = found.len() - by_pattern;
    println!(
        "{} files, {by_pattern} citations (+{in_lists} further sections in their lists), \
         headings {sections:?}",
        files.len()
    );

    let mut problems: Vec<String> = found
        .iter()
        .filter(|f| !sections.contains(&f.cited.section))
        .map(|f| format!("{}: DOMAIN §{} does not exist", f.place, f.cited.section))
        .collect();
    if by_pattern < AT_LEAST {
        problems.push(format!(
            "found only {by_pattern} DOMAIN § citations in {} files (expected at least \
             {AT_LEAST}): is the walk looking in the right place?",
            files.len()
        ));
    }
    problems.extend(outside.iter().map(|place| {
        format!("{place}\n    points at rules outside the repository: cite docs/DOMAIN.md")
    }));
    assert!(
        problems.is_empty(),
        "docs/DOMAIN.md has the headings {sections:?}; the code disagrees:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_matching_reads_the_forms_the_code_uses() {
    let sections = |line: &str| -> Vec<(u32, bool)> {
        cited(line)
            .into_iter()
            .map(|c| (c.section, c.by_pattern))
            .collect()
    };
    assert_eq!(sections("// (DOMAIN §4)."), [(4, true)]);
    assert_eq!(sections("DOMAIN.md §11"), [(11, true)]);
    assert_eq!(
        sections("DOMAIN§3 and DOMAIN.md§ 7"),
        [(3, true), (7, true)]
    );
    assert_eq!(sections("(DOMAIN §2–§4)"), [(2, true), (4, false)]);
    assert_eq!(sections("DOMAIN §3, §4"), [(3, true), (4, false)]);
    assert_eq!(sections("DOMAIN §2/§6: a"), [(2, true), (6, false)]);
    assert_eq!(
        sections("DOMAIN.md (§2–§6, §10)"),
        [(2, false), (6, false), (10, false)]
    );
    assert_eq!(
        sections("DOMAIN §7–§9, §11)"),
        [(7, true), (9, false), (11, false)]
    );
    // Not citations: no section number, or another word.
    assert!(sections("DOMAIN.md: facts marked").is_empty());
    assert!(sections("UID_DOMAIN: &str").is_empty());
    assert!(sections("DOMAIN preamble (§4)").is_empty());
    assert!(sections("DOMAIN  §4").is_empty());

    assert_eq!(
        headings("# T\n## How to read\n## 1. A\n## 10. B\n### 2. no\n## 3 no dot\n"),
        BTreeSet::from([1, 10])
    );
}
