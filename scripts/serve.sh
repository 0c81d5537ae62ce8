#!/usr/bin/env bash
# Installs whatever is missing, builds the release widget, and serves dist/ (the standalone page,
# plus any other pages in dist/) on http://127.0.0.1:8080 under the strict CSP. Ctrl+C stops it.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$REPO/scripts/build.sh"
exec node "$REPO/scripts/serve.mjs" "$REPO/dist" --port "${PORT:-8080}"
