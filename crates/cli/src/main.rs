//! `hoken-techo`, the command line's own program (the code is the library, `lib.rs`).

use std::process::ExitCode;

fn main() -> ExitCode {
    hoken_techo_cli::main_with_args(std::env::args_os().collect())
}
