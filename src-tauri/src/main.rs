// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::ffi::OsString;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    if let Some(cli_args) = hoken_techo_app::cli_arguments(&args) {
        return hoken_techo_cli::main_with_args(cli_args);
    }
    hoken_techo_app::startup_trace::begin();
    #[cfg(target_os = "linux")]
    skip_the_dmabuf_renderer_unless_asked();
    // No panic message (it may hold what the code was looking at) on stderr.
    hoken_techo_core::panic_message::install();
    hoken_techo_app::run();
    ExitCode::SUCCESS
}

/// WebKitGTK's DMA-BUF renderer makes the first composited frames wait: 0.5–0.8 s
/// before the household appears under Xvfb (software GL), and the cause of blank
/// windows with some GPU drivers. Without it WebKit still composites (through shared
/// memory), so the window's first paint comes as early as any Tauri app's, and the
/// household is drawn as soon as with compositing switched off altogether, which
/// delayed the first paint instead. The app draws text and forms, nothing that needs
/// the GPU's buffers. The user's own setting wins (`WEBKIT_DISABLE_DMABUF_RENDERER=0`
/// keeps the renderer). Measured in docs/PERFORMANCE.md, "The start-up trace". Set
/// first thing in `main()`, while no other thread exists that could read the
/// environment.
#[cfg(target_os = "linux")]
fn skip_the_dmabuf_renderer_unless_asked() {
    const VARIABLE: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";
    if std::env::var_os(VARIABLE).is_none() {
        std::env::set_var(VARIABLE, "1");
    }
}
