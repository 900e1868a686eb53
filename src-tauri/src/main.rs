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
    // No panic message (it may hold what the code was looking at) on stderr.
    hoken_techo_core::panic_message::install();
    hoken_techo_app::run();
    ExitCode::SUCCESS
}
