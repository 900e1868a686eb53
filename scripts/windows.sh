# Shared by scripts/test-windows, scripts/dist --windows and tests/windows/*: building for
# Windows with Debian's mingw-w64, and running what was built under Wine.
# Source it after scripts/env.sh.

export WINDOWS_TARGET=x86_64-pc-windows-gnu

# cargo and the cc crate (SQLCipher, its bundled OpenSSL, the ring/zstd-style C code)
# use the mingw-w64 compiler, archiver and linker for the Windows target.
windows_cross_env() {
  export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
  export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc
  export AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
  export RC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-windres
}

# A private Wine prefix in the target directory, Japanese as the Windows language (Wine
# takes it from LANG/LC_ALL when the prefix starts: the tests expect a Japanese system,
# as the Linux ones get from LANG), and the ProcessPrng stand-in (tests/windows/
# processprng.c) copied next to the programs in each folder given.
wine_setup() {
  local wine_dir="$CARGO_TARGET_DIR/$WINDOWS_TARGET/wine"
  mkdir -p "$wine_dir"
  export WINEPREFIX="$wine_dir/prefix"
  export WINEDEBUG=-all
  export WINEARCH=win64
  # Our bcryptprimitives.dll (native) before Wine's own (builtin); no Mono or Gecko
  # install dialogs (they would download, and nothing here needs them).
  export WINEDLLOVERRIDES="bcryptprimitives=n,b;mscoree=;mshtml="
  export LANG=ja_JP.UTF-8 LC_ALL=ja_JP.UTF-8
  local shim="$wine_dir/bcryptprimitives.dll"
  if [[ ! -f $shim || tests/windows/processprng.c -nt $shim ]]; then
    x86_64-w64-mingw32-gcc -O2 -shared -Wl,--kill-at -o "$shim" \
      tests/windows/processprng.c tests/windows/bcryptprimitives.def -ladvapi32
  fi
  local folder
  for folder in "$@"; do
    mkdir -p "$folder"
    cp "$shim" "$folder/"
  done
  if [[ ! -f $WINEPREFIX/system.reg ]]; then
    printf 'Creating the Wine prefix %s (once, about a minute)\n' "$WINEPREFIX"
    wineboot -i >/dev/null 2>&1
    wineserver -w
  fi
}
