# Shortcuts for developers. The README's two commands are scripts/launch and scripts/test.
SHELL := /bin/bash
export CARGO_TARGET_DIR ?= $(HOME)/.cache/hoken-techo/target

.PHONY: dev test fmt lint bindings ui fuzz

dev:        ## build and start the desktop app
	scripts/launch

test:       ## every check and test (what CI runs)
	scripts/test

fmt:        ## format Rust and check formatting
	cargo fmt --all

lint:       ## clippy and the UI type checks
	cargo clippy --workspace --all-targets -- -D warnings
	npm --prefix ui run check

bindings:   ## regenerate ui/src/lib/bindings.ts from the Rust types
	UPDATE_BINDINGS=1 cargo test -p hoken-techo-core bindings

ui:         ## build the UI into ui/dist
	npm --prefix ui run build

# --- installers and measurements ---------------------------------
.PHONY: dist bench icons

dist:       ## the Linux .deb from a clean clone (installs the pinned Tauri CLI first)
	scripts/dist

bench:      ## start-up, memory, sizes and latency against baselines: one table (docs/PERFORMANCE.md)
	bench/run

icons:      ## regenerate src-tauri/icons/ from the one source image, assets/icon.svg
	scripts/setup --dist
	ui/node_modules/.bin/tauri icon assets/icon.svg --output src-tauri/icons
	ui/node_modules/.bin/tauri icon assets/icon.svg --output src-tauri/icons --png 256
	rm -rf src-tauri/icons/android src-tauri/icons/ios
