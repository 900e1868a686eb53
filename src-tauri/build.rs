fn main() {
    // tauri-build does not watch a custom capabilities path: without this, a changed
    // permission list was not built in until something else changed (the IPC test of the
    // ACL passed against the old list).
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    // The app package lives at the repository root (see Cargo.toml), so the
    // capabilities folder must be named explicitly.
    tauri_build::try_build(
        tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*"),
    )
    .expect("failed to run tauri-build");
}
