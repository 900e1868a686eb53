// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // No panic message (it may hold what the code was looking at) on stderr.
    hoken_techo_core::panic_message::install();
    hoken_techo_app::run();
}
