//! Named points where a test can end the process as a kill would (the
//! audit asked to kill `encryption set` before, between and after the rename).
//!
//! Only with the `test-seams` feature, which only the CLI's tests enable (a
//! dev-dependency feature: `cargo build --release` and the installers never have it).
//! Without it [`reached`] is empty and compiles away. `abort` rather than `exit`: no
//! destructor, no flush, no SQLite close, exactly what SIGKILL leaves behind.

/// The environment variable a test sets to the point's name (killed there), or to
/// `panic:` and the name (a panic there, with [`PANIC_MESSAGE_ENV`] as its message).
#[cfg(feature = "test-seams")]
pub const CRASH_AT_ENV: &str = "HOKEN_TECHO_TEST_CRASH_AT";

/// The message of a test's panic: what the panic hook must not print.
#[cfg(feature = "test-seams")]
pub const PANIC_MESSAGE_ENV: &str = "HOKEN_TECHO_TEST_PANIC_MESSAGE";

/// Ends the process here when a test asked for `point`.
#[inline]
pub(crate) fn reached(point: &str) {
    #[cfg(feature = "test-seams")]
    if let Ok(wanted) = std::env::var(CRASH_AT_ENV) {
        if wanted == point {
            std::process::abort();
        }
        if wanted.strip_prefix("panic:") == Some(point) {
            panic!("{}", std::env::var(PANIC_MESSAGE_ENV).unwrap_or_default());
        }
    }
    #[cfg(not(feature = "test-seams"))]
    let _ = point;
}
