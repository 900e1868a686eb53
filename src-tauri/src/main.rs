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
    composite_in_software_unless_asked();
    // No panic message (it may hold what the code was looking at) on stderr.
    hoken_techo_core::panic_message::install();
    hoken_techo_app::run();
    ExitCode::SUCCESS
}

/// WebKitGTK's accelerated compositing makes the first frames wait for a GL context:
/// 0.5–0.8 s before the household appears under Xvfb (software GL), and the cause of
/// blank windows with some GPU drivers. The app draws text and forms, nothing that
/// needs the GPU, so it composites in software unless the user set the variable
/// (`WEBKIT_DISABLE_COMPOSITING_MODE=0` turns compositing back on). Measured in
/// docs/PERFORMANCE.md, "The start-up trace". Set first thing in `main()`, while no
/// other thread exists that could read the environment.
#[cfg(target_os = "linux")]
fn composite_in_software_unless_asked() {
    const VARIABLE: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    if std::env::var_os(VARIABLE).is_none() {
        std::env::set_var(VARIABLE, "1");
    }
}
