// Shared by the build scripts, the benchmark and the end-to-end harness: where the repository and
// the built site are, and the hashed file names Trunk gave the app in dist/index.html (read in
// this one place, so a change to Trunk.toml's preload pattern breaks one function, loudly).

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The built site: `dir` if given (e.g. a script's first argument), else dist/. */
export const distDir = (dir) => resolve(dir || join(ROOT, 'dist'));

/** A lookup of the href of the first `<link>` in `dist`/index.html whose text matches a marker. */
function linkHref(dist) {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  return (marker) => {
    const tag = index.match(new RegExp(`<link[^>]*${marker}[^>]*>`))?.[0];
    const value = tag?.match(/href=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/)?.slice(1).find(Boolean);
    if (!value) throw new Error(`${dist}/index.html has no <link> matching ${marker}`);
    return value.replace(/^\.\//, '');
  };
}

/** The wasm-bindgen module alone (a page without app.css, such as the bench's empty Yew app). */
export const appScript = (dist) => linkHref(dist)('data-app-js');

/**
 * The app's hashed files in `dist`, as paths relative to it: `{ js, wasm, css }` (the wasm-bindgen
 * module, the wasm and app.css), from the preload links and the first stylesheet of index.html.
 */
export function appFiles(dist) {
  const href = linkHref(dist);
  return {
    js: href('data-app-js'),
    wasm: href('data-app-wasm'),
    css: href('rel=(?:"stylesheet"|stylesheet)'),
  };
}

/** The developer files shipped beside the app (types, manifest): static/package/, copied as is. */
export const PACKAGE_SOURCE = join(ROOT, 'static', 'package');
/** Their names in dist/ (no browser needs them, so the service worker leaves them out). */
export const packageFiles = () => readdirSync(PACKAGE_SOURCE);
