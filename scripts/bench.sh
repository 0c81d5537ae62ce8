#!/usr/bin/env bash
# Installs whatever is missing, builds the release widget, then prints the first-load size table
# and the time to the first interactive control (scripts/bench.mjs).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$REPO/scripts/build.sh"
exec node "$REPO/scripts/bench.mjs"
