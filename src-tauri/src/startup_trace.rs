//! The start-up trace (docs/PERFORMANCE.md): with `HOKEN_TECHO_TRACE_STARTUP=1`, each
//! step from `main()` to the window's first screen is printed to stderr as
//! `hoken-techo start-up: <ms since main> ms <unix ms> <step>`; `make bench` reads
//! these lines. Steps are fixed names and times only, never data. Off, a mark costs an
//! atomic load.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Turns the trace on (any non-empty value but `0`).
pub const TRACE_ENV: &str = "HOKEN_TECHO_TRACE_STARTUP";

static ON: AtomicBool = AtomicBool::new(false);
static BEGAN: OnceLock<Instant> = OnceLock::new();

/// Called first thing in `main()`: the origin of the trace's times.
pub fn begin() {
    BEGAN.get_or_init(Instant::now);
    let on = std::env::var(TRACE_ENV).is_ok_and(|value| !value.is_empty() && value != "0");
    ON.store(on, Ordering::Relaxed);
    mark("main");
}

pub fn enabled() -> bool {
    ON.load(Ordering::Relaxed)
}

/// One step, timed now.
pub fn mark(step: &str) {
    if enabled() {
        let since_main = BEGAN
            .get()
            .map_or(0.0, |began| began.elapsed().as_secs_f64() * 1e3);
        print_line(since_main, unix_ms(), step);
    }
}

/// A step the window timed itself (`unix_ms` from the page's clock), put on the same
/// time line.
pub fn mark_at(step: &str, unix_ms_then: f64) {
    if enabled() {
        let now = unix_ms();
        let since_main = BEGAN
            .get()
            .map_or(0.0, |began| began.elapsed().as_secs_f64() * 1e3);
        print_line(since_main - (now - unix_ms_then), unix_ms_then, step);
    }
}

fn print_line(since_main: f64, unix_ms: f64, step: &str) {
    eprintln!("hoken-techo start-up: {since_main:.1} ms {unix_ms:.1} {step}");
}

fn unix_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |since| since.as_secs_f64() * 1e3)
}
