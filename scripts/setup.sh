#!/usr/bin/env bash
# Installs whatever this project's build and tests need and is missing, and nothing else:
#   rustfmt + clippy, the wasm32 target, the pinned nightly Rust of the release wasm builds
#   (WASM_NIGHTLY, with rust-src), Trunk, the wasm-bindgen CLI matching Cargo.lock,
#   Debian's chromium + chromium-driver, poppler-utils (pdftotext, for the print test), the npm devDependencies (wasm-opt, esbuild,
#   playwright-core, axe-core), and the crates in Cargo.lock (so builds can run --offline).
# Needs the Rust toolchain (rustup), Node >= 20 with npm, and apt (as root, or sudo).
# Safe to run again: a second run installs nothing and takes seconds.
#
# Source it (`. scripts/setup.sh`) to also get PATH with node_modules/.bin (wasm-opt) and
# `release_wasm`.
set -euo pipefail

TRUNK_VERSION=0.21.14
# The nightly Rust that builds the release wasm (`release_wasm`); everything else uses stable.
WASM_NIGHTLY=nightly-2026-05-20
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$REPO/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

setup_log() { printf 'setup: %s\n' "$*"; }

# Runs "$@" (a release `trunk build`: the widget's two in scripts/build.sh, the benchmark's
# yardstick in scripts/bench.sh) on WASM_NIGHTLY, which rebuilds the standard library for size
# with panics that abort at once: no panic message, hook or formatting code in the wasm
# (measured: widget wasm -15.7 KB gzip, the empty Yew app's -12.4 KB). A panic then shows in the
# console as "RuntimeError: unreachable", without its message; debug builds keep the messages.
release_wasm() {
  RUSTUP_TOOLCHAIN="$WASM_NIGHTLY" \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true \
    CARGO_PROFILE_RELEASE_PANIC=immediate-abort \
    "$@"
}

# Runs "$@" as one install step, printing how long it took.
setup_install() {
  local what=$1 start=$SECONDS
  shift
  setup_log "installing $what ..."
  "$@"
  setup_log "installed $what in $((SECONDS - start))s"
}

setup_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs Debian packages "$@".
setup_apt() {
  setup_as_root apt-get update -qq
  setup_as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$@"
}

setup_main() {
  local start=$SECONDS installed=0

  command -v cargo >/dev/null || { setup_log "cargo not found: install Rust with rustup first"; return 1; }
  command -v node >/dev/null || { setup_log "node not found: install Node.js 20 or newer first"; return 1; }
  local node_major
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$node_major" -ge 20 ] || { setup_log "Node.js $node_major is too old: 20 or newer needed"; return 1; }

  # Rust components and the wasm target.
  local components
  components="$(rustup component list --installed 2>/dev/null || true)"
  for component in rustfmt clippy; do
    if ! grep -q "^$component" <<<"$components"; then
      setup_install "rustup component $component" rustup component add "$component"
      installed=$((installed + 1))
    fi
  done
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    setup_install "the wasm32-unknown-unknown target" rustup target add wasm32-unknown-unknown
    installed=$((installed + 1))
  fi

  # The release wasm's nightly (see release_wasm): a minimal profile with the standard library's
  # sources and the wasm32 target.
  local nightly_parts
  nightly_parts="$(rustup component list --installed --toolchain "$WASM_NIGHTLY" 2>/dev/null || true)"
  if ! grep -qx rust-src <<<"$nightly_parts" ||
    ! grep -qx rust-std-wasm32-unknown-unknown <<<"$nightly_parts"; then
    setup_install "Rust $WASM_NIGHTLY with rust-src and the wasm32 target (for the release wasm)" \
      rustup toolchain install "$WASM_NIGHTLY" --profile minimal --component rust-src \
      --target wasm32-unknown-unknown
    installed=$((installed + 1))
  fi

  # Trunk, at the version this project is built with.
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    setup_install "trunk $TRUNK_VERSION (compiles for several minutes)" \
      cargo install trunk --version "$TRUNK_VERSION" --locked --force
    installed=$((installed + 1))
  fi

  # wasm-bindgen CLI (and its test runner), which must equal the wasm-bindgen in Cargo.lock.
  local bindgen_version
  bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$REPO/Cargo.lock")"
  [ -n "$bindgen_version" ] || { setup_log "no wasm-bindgen in Cargo.lock"; return 1; }
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ] ||
    ! command -v wasm-bindgen-test-runner >/dev/null; then
    setup_install "wasm-bindgen-cli $bindgen_version (compiles for a few minutes)" \
      cargo install wasm-bindgen-cli --version "$bindgen_version" --force
    installed=$((installed + 1))
  fi

  # Debian's Chromium and its WebDriver, for wasm-bindgen-test and the end-to-end tests.
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    setup_install "chromium and chromium-driver (apt)" setup_apt chromium chromium-driver
    installed=$((installed + 1))
  fi
  # pdftotext reads back the PDF the print test makes.
  if ! command -v pdftotext >/dev/null; then
    setup_install "poppler-utils (apt)" setup_apt poppler-utils
    installed=$((installed + 1))
  fi

  # npm devDependencies, reinstalled when package-lock.json changed since the last `npm ci`.
  local stamp="$REPO/node_modules/.package-lock.sha256" want
  want="$(sha256sum "$REPO/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
    setup_install "npm devDependencies (npm ci)" \
      npm ci --prefix "$REPO" --no-audit --no-fund --loglevel=error
    echo "$want" >"$stamp"
    installed=$((installed + 1))
  fi

  # The crates in Cargo.lock, so `trunk build --offline` and the tests need no network, and the
  # ones the nightly's standard library is built from.
  (cd "$REPO" && cargo fetch --quiet &&
    release_wasm cargo fetch --quiet --target wasm32-unknown-unknown)

  if [ "$installed" -eq 0 ]; then
    setup_log "everything was already installed (checked in $((SECONDS - start))s)"
  else
    setup_log "installed $installed missing piece(s) in $((SECONDS - start))s"
  fi
}

setup_main
