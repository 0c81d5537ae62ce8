#!/usr/bin/env bash
# Installs whatever is missing (scripts/setup.sh), then runs every check and test:
#   rustfmt, clippy (native and wasm32, -D warnings), the core's native tests, the Yew SSR render
#   tests, wasm-bindgen-test in headless Chromium (tests/web_*.rs), the release build, and the
#   end-to-end tests (tests/e2e/, node --test + playwright-core) against dist/.
# Every stage runs even after one fails (the e2e tests need the release build); it exits non-zero
# if anything failed, and ends with a stage table and the line "tests: N passed, N failed"
# (failed counts failed tests plus failed stages that ran no test, e.g. clippy or the build).
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

setup_start=$SECONDS
# shellcheck source=scripts/setup.sh
. scripts/setup.sh || { echo "test: setup failed"; exit 1; }
set +e
setup_seconds=$((SECONDS - setup_start))

LOGS="$(mktemp -d)"
trap 'rm -rf "$LOGS"' EXIT
passed=0
failed=0
table=()

# Sums the passed/failed counts of the cargo and node test summaries in log file $1.
count_tests() {
  awk '
    /^test result: / { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
    /^(# |ℹ )pass [0-9]+$/ { p += $NF }
    /^(# |ℹ )fail [0-9]+$/ { f += $NF }
    END { print p + 0, f + 0 }
  ' "$1"
}

# stage NAME COMMAND...: runs one stage, shows its output, records its time and outcome.
stage() {
  local name=$1 start=$SECONDS log="$LOGS/$1.log" rc p f
  shift
  printf '\n=== %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  read -r p f < <(count_tests "$log")
  local counts="" outcome=ok
  [ $((p + f)) -gt 0 ] && counts="$p passed, $f failed"
  [ "$rc" -eq 0 ] || outcome=FAILED
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
  table+=("$(printf '%-8s %-14s %5ss  %s' "$outcome" "$name" "$((SECONDS - start))" "$counts")")
  return "$rc"
}

skip() {
  table+=("$(printf '%-8s %-14s %5s   %s' skipped "$1" - "$2")")
  failed=$((failed + 1))
}

wasm=(--target wasm32-unknown-unknown)

stage fmt cargo fmt --all -- --check
stage clippy-native cargo clippy --all-targets --all-features -- -D warnings
stage clippy-core cargo clippy --all-targets --no-default-features -- -D warnings
stage clippy-wasm cargo clippy "${wasm[@]}" --all-targets -- -D warnings
stage core-tests cargo test --no-default-features
# With kiosk and builder, so their views are rendered too (the release build has a page for each).
stage ssr-tests cargo test --features ssr,kiosk,builder
stage wasm-tests env CHROMEDRIVER="$(command -v chromedriver)" \
  cargo test "${wasm[@]}" --test 'web_*'
if stage build bash scripts/build.sh; then
  stage e2e node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
else
  skip e2e "the release build failed"
fi

printf '\n=== summary (setup %ss, total %ss)\n' "$setup_seconds" "$SECONDS"
printf '%s\n' "${table[@]}"
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
