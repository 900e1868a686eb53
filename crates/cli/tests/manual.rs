//! The manual pages and shell completions that the .deb ships are generated from the
//! clap definition, so they cannot drift from `hoken-techo --help`. The generated copies
//! are committed (the package is built from the tree, not by running the program):
//! this test fails when they are out of date, and rewrites them with
//! `UPDATE_MANUAL=1 cargo test -p hoken-techo-cli --test manual`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap_complete::Shell;

fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/linux")
}

/// `hoken-techo.1`, `hoken-techo-member.1`, `hoken-techo-member-add.1`, …: one page per
/// command, as `man hoken-techo-member-add` finds it (what clap_mangen's generate_to
/// writes, kept in memory to compare).
fn pages() -> BTreeMap<String, Vec<u8>> {
    fn walk(command: clap::Command, pages: &mut BTreeMap<String, Vec<u8>>) {
        for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
            walk(sub.clone(), pages);
        }
        let man = clap_mangen::Man::new(command);
        let mut page = Vec::new();
        man.render(&mut page).unwrap();
        pages.insert(man.get_filename(), page);
    }
    let mut command = hoken_techo_cli::command().disable_help_subcommand(true);
    command.build();
    let mut pages = BTreeMap::new();
    walk(command, &mut pages);
    pages
}

fn completions() -> BTreeMap<String, Vec<u8>> {
    [
        (Shell::Bash, "hoken-techo.bash"),
        (Shell::Zsh, "_hoken-techo"),
        (Shell::Fish, "hoken-techo.fish"),
    ]
    .into_iter()
    .map(|(shell, file)| {
        let mut script = Vec::new();
        clap_complete::generate(
            shell,
            &mut hoken_techo_cli::command(),
            "hoken-techo",
            &mut script,
        );
        (file.to_string(), script)
    })
    .collect()
}

/// Compares (or, with UPDATE_MANUAL=1, replaces) every file of `folder`.
fn check(folder: &Path, expected: BTreeMap<String, Vec<u8>>) {
    let on_disk: BTreeMap<String, Vec<u8>> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .map(|entry| entry.unwrap())
                .map(|entry| {
                    let name = entry.file_name().into_string().unwrap();
                    (name, std::fs::read(entry.path()).unwrap())
                })
                .collect()
        })
        .unwrap_or_default();
    if std::env::var_os("UPDATE_MANUAL").is_some() {
        std::fs::create_dir_all(folder).unwrap();
        for name in on_disk.keys().filter(|name| !expected.contains_key(*name)) {
            std::fs::remove_file(folder.join(name)).unwrap();
        }
        for (name, bytes) in &expected {
            std::fs::write(folder.join(name), bytes).unwrap();
        }
        return;
    }
    let stale: Vec<&String> = expected
        .keys()
        .chain(on_disk.keys())
        .filter(|name| expected.get(*name) != on_disk.get(*name))
        .collect();
    assert!(
        stale.is_empty(),
        "{} is out of date ({stale:?}): run UPDATE_MANUAL=1 cargo test -p hoken-techo-cli --test manual",
        folder.display()
    );
}

#[test]
fn the_shipped_manual_pages_are_the_ones_the_arguments_give() {
    let pages = pages();
    // Every command a user can type has its page, the top one lists them all.
    for name in [
        "hoken-techo.1",
        "hoken-techo-member-add.1",
        "hoken-techo-status.1",
        "hoken-techo-backup-restore.1",
    ] {
        assert!(
            pages.contains_key(name),
            "no page {name}: {:?}",
            pages.keys()
        );
    }
    let top = String::from_utf8(pages["hoken-techo.1"].clone()).unwrap();
    for command in [
        "member",
        "qualification",
        "document",
        "status",
        "pdf",
        "ics",
        "backup",
        "encryption",
    ] {
        assert!(
            top.contains(&format!("hoken\\-techo\\-{command}(1)")),
            "{command} missing from the top page"
        );
    }
    check(&assets().join("man"), pages);
}

#[test]
fn the_shipped_shell_completions_are_the_ones_the_arguments_give() {
    let scripts = completions();
    assert!(String::from_utf8_lossy(&scripts["hoken-techo.bash"]).contains("qualification"));
    check(&assets().join("completions"), scripts);
}
