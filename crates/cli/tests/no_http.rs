//! The app and the CLI never talk to the network (DOMAIN §11): no HTTP client crate is
//! in their dependency tree on the desktop platforms they ship for. `cargo tree` reads
//! the lock file and builds nothing; `deny.toml` bans the same crates for
//! `cargo deny check bans`. (tauri pulls in reqwest on Android and iOS only.)

use std::process::Command;

const HTTP_CLIENTS: [&str; 7] = [
    "reqwest",
    "hyper",
    "ureq",
    "isahc",
    "curl",
    "attohttpc",
    "surf",
];

/// Linux, Windows and macOS (Intel and Apple silicon), as in `deny.toml`.
const DESKTOP_TARGETS: [&str; 4] = [
    "x86_64-unknown-linux-gnu",
    "x86_64-pc-windows-msvc",
    "x86_64-apple-darwin",
    "aarch64-apple-darwin",
];

#[test]
fn no_http_client_crate_is_linked_into_the_app_or_the_cli() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let workspace = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let output = Command::new(cargo)
        .current_dir(workspace)
        .args(["tree", "--offline", "--locked", "--edges", "normal"])
        .args(
            DESKTOP_TARGETS
                .iter()
                .flat_map(|target| ["--target", target]),
        )
        .args(["--prefix", "none", "--format", "{p}"])
        .args(["-p", "hoken-techo-app", "-p", "hoken-techo-cli"])
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8(output.stdout).expect("UTF-8");
    let crates: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert!(
        crates.contains(&"tauri") && crates.contains(&"rusqlite"),
        "the tree is read"
    );
    let linked: Vec<&&str> = crates
        .iter()
        .filter(|name| HTTP_CLIENTS.contains(name))
        .collect();
    assert!(linked.is_empty(), "HTTP clients in the tree: {linked:?}");
}
