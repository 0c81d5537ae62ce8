#!/usr/bin/env bash
# Installs whatever is missing, builds the release widget and the yardstick (an empty Yew app
# built the same way, bench/fixture/ -> target/bench-fixture-dist), then prints the first-load
# size table, the timings beside the yardstick's and the interaction timings (scripts/bench.mjs).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$REPO/scripts/build.sh"
# shellcheck source=scripts/setup.sh
. "$REPO/scripts/setup.sh"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$REPO/target}"
(cd "$REPO/bench/fixture" && release_wasm trunk build --release --offline)
node "$REPO/scripts/minify-app-js.mjs" "$REPO/target/bench-fixture-dist"
exec node "$REPO/scripts/bench.mjs"
