# Shared by the scripts: one stable target directory, so builds are reused between runs.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/hoken-techo/target}"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
