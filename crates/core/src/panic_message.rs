//! What a panic prints. Rust's default hook prints the panic's message, which can hold
//! whatever the failing code was looking at (a name, a 記号), to stderr — which on Linux
//! a desktop session may keep in its journal. The front ends install this hook instead:
//! a fixed sentence in both languages (no locale is known that early) and the place in
//! the source, never the message.
//!
//! Release builds then abort (`panic = "abort"` in Cargo.toml): nothing runs after a
//! bug, and since every action is one SQLite transaction and a reported success is
//! synced first (WAL, `synchronous=FULL`), the file keeps every reported success and no
//! half of anything (docs/SECURITY.md, "Panics").

/// Replaces the default panic hook for this process.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|location| format!("{}:{}", location.file(), location.line()))
            .unwrap_or_default();
        eprintln!(
            "hoken-techo: 内部エラーのため停止しました（{place}）。保存済みのデータは変わっていません。\n\
             hoken-techo: stopped on an internal error ({place}). The saved data is unchanged."
        );
    }));
}
