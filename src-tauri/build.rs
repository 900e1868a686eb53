fn main() {
    // The app package lives at the repository root (see Cargo.toml), so the
    // capabilities folder must be named explicitly.
    tauri_build::try_build(
        tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*"),
    )
    .expect("failed to run tauri-build");
}
