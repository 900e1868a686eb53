# Shortcuts for developers. The README's two commands are scripts/launch and scripts/test.
SHELL := /bin/bash
export CARGO_TARGET_DIR ?= $(HOME)/.cache/hoken-techo/target

.PHONY: help dev test test-fast fmt lint bindings ui fuzz
.DEFAULT_GOAL := help

help:       ## this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:[^#]*## /\t/' | expand -t 12

dev:        ## build and start the desktop app
	scripts/launch

test:       ## every check and test (what CI runs)
	scripts/test

# The loop while changing code: no installer, no Windows, no real window. What it
# leaves out (the e2e suite, the .deb, scripts/test-windows) runs in `make test`.
test-fast:  ## core, card, CLI and app unit tests, clippy and vitest (no e2e, no installer): a few minutes
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo test --workspace --locked
	npm --prefix ui test --silent

fuzz:       ## each fuzz target for 60 s (needs `cargo install cargo-fuzz`; docs/FUZZING.md)
	mkdir -p fuzz/corpus/import
	RUSTC_BOOTSTRAP=1 cargo fuzz run parse_date -- -max_total_time=60 -dict=fuzz/dictionaries/parse_date.dict
	RUSTC_BOOTSTRAP=1 cargo fuzz run parse_insurer_number -- -max_total_time=60 -dict=fuzz/dictionaries/parse_insurer_number.dict
	RUSTC_BOOTSTRAP=1 cargo fuzz run import fuzz/corpus/import fuzz/seeds/import -- -max_total_time=60 -dict=fuzz/dictionaries/import.dict

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
