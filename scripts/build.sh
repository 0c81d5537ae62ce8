#!/usr/bin/env bash
# Installs whatever is missing, then builds the release widget into dist/
# (Trunk: cargo --release for wasm32 on the pinned nightly, see release_wasm in setup.sh,
# wasm-bindgen, wasm-opt -Oz, hashed file names).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
# shellcheck source=scripts/setup.sh
. scripts/setup.sh
start=$SECONDS
release_wasm trunk build --release --offline
# The second build, for the kiosk and builder pages only: kiosk mode's views and the builder's
# checkOptions (cargo features), which the ordinary page's wasm leaves out to stay small. Trunk
# builds it into a folder of its own; build-kiosk.mjs copies its JS and wasm into dist/.
FULL="${CARGO_TARGET_DIR:-$REPO/target}/dist-kiosk-builder"
release_wasm trunk build --release --offline --features kiosk,builder --dist "$FULL"
# The locale packs (dist/locales/<tag>.<hash>.json) and their loader, whose name goes into boot.js.
node scripts/build-locales.mjs
# Both builds: short import and export names in the wasm and its wasm-bindgen JS glue, then the
# glue and boot.js minified (Trunk's minifier cannot parse them).
node scripts/minify-app-js.mjs
node scripts/minify-app-js.mjs "$FULL"
# The second build's files, kiosk mode's script (dist/kiosk-<hash>.js) and dist/kiosk.html.
node scripts/build-kiosk.mjs dist "$FULL"
# The embed loader, iframe page and demo pages (dist/embed.js, dist/frame.html, dist/demo/).
node scripts/build-embed.mjs
# The app's first screen, rendered natively by Yew's server renderer into dist/index.html and
# dist/frame.html from their mount element's attributes (the dev profile: about 2 s on a warm
# target, against about 2 minutes for --release).
cargo run --quiet --offline --example prerender --features ssr -- dist
# One web app manifest per locale pack (dist/manifest.<tag>.webmanifest), before the worker lists them.
node scripts/build-manifests.mjs
# The service worker of this build (dist/sw.js), from the final contents of dist/.
node scripts/build-sw.mjs
# dist/ as an npm package (dist/package.json, README.md); no browser needs them.
node scripts/build-package.mjs
echo "build: dist/ built in $((SECONDS - start))s"
