# Shared by the scripts: one stable target directory, so builds are reused between runs.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/hoken-techo/target}"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# The tests' Python (an independent iCalendar parser, actionlint), made by scripts/setup --test.
export HOKEN_TECHO_VENV="${HOKEN_TECHO_VENV:-$HOME/.cache/hoken-techo/venv}"
export HOKEN_TECHO_PYTHON="${HOKEN_TECHO_PYTHON:-$HOKEN_TECHO_VENV/bin/python}"
# The Tauri CLI, pinned in ui/package.json and installed by `npm ci` (its npm package
# carries a prebuilt binary per platform; `cargo install tauri-cli` took 16 minutes).
# An absolute path, so it works from bench/floor too.
HOKEN_TECHO_TAURI="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/ui/node_modules/.bin/tauri"
export HOKEN_TECHO_TAURI
