// Shared by the build scripts, the benchmark and the end-to-end harness: where the repository and
// the built site are, and the hashed file names Trunk gave the app in dist/index.html (read in
// this one place, so a change to Trunk.toml's preload pattern breaks one function, loudly).

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The built site: `dir` if given (e.g. a script's first argument), else dist/. */
export const distDir = (dir) => resolve(dir || join(ROOT, 'dist'));

/** A lookup of the href of the first `<link>` in `dist`/`page` whose text matches a marker. */
function linkHref(dist, page = 'index.html') {
  const index = readFileSync(join(dist, page), 'utf8');
  return (marker) => {
    const tag = index.match(new RegExp(`<link[^>]*${marker}[^>]*>`))?.[0];
    const value = tag?.match(/href=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/)?.slice(1).find(Boolean);
    if (!value) throw new Error(`${dist}/${page} has no <link> matching ${marker}`);
    return value.replace(/^\.\//, '');
  };
}

/** A page's wasm-bindgen module and wasm, `{ js, wasm }`, through its `href` lookup (linkHref). */
const moduleOf = (href) => ({ js: href('data-app-js'), wasm: href('data-app-wasm') });

/**
 * The wasm-bindgen module and its wasm alone, `{ js, wasm }` (also for a page without app.css,
 * such as the bench's empty Yew app).
 */
export const appModule = (dist) => moduleOf(linkHref(dist));

/**
 * The app's hashed files in `dist`, as paths relative to it: `{ js, wasm, css }` (the wasm-bindgen
 * module, the wasm and app.css), from the preload links and the first stylesheet of index.html.
 */
export function appFiles(dist) {
  const href = linkHref(dist);
  return { ...moduleOf(href), css: href('rel=(?:"stylesheet"|stylesheet)') };
}

/**
 * The second build's files in `dist` (`cargo --features kiosk,builder`: kiosk mode and the
 * builder's `checkOptions`, which the ordinary page's wasm leaves out): `{ js, wasm }`, from the
 * preload links of dist/kiosk.html, which scripts/build-kiosk.mjs points at them.
 */
export const fullFiles = (dist) => moduleOf(linkHref(dist, 'kiosk.html'));

/**
 * The pages on the second build and the files each needs beyond the standalone page's:
 * `{ 'kiosk.html': [paths…], 'builder.html': [paths…] }`, relative to `dist` (the page itself,
 * its own script, style or manifest, and the second build's JS and wasm, which the builder's
 * `check()` loads). The service worker keeps them when their page is first opened, not with the
 * standalone page (scripts/build-sw.mjs).
 */
export function secondPages(dist) {
  const full = fullFiles(dist);
  const kiosk = readFileSync(join(dist, 'kiosk.html'), 'utf8').match(/<script[^>]*\bsrc="?\.\/(kiosk-[\w-]+\.js)/)?.[1];
  if (!kiosk) throw new Error(`${dist}/kiosk.html has no kiosk script`);
  return {
    'kiosk.html': ['kiosk.html', 'kiosk.webmanifest', kiosk, full.js, full.wasm],
    'builder.html': ['builder.html', 'builder.css', 'builder.js', full.js, full.wasm],
  };
}

/** The developer files shipped beside the app (types, manifest): static/package/, copied as is. */
export const PACKAGE_SOURCE = join(ROOT, 'static', 'package');
/** Their names in dist/ (no browser needs them, so the service worker leaves them out). */
export const packageFiles = () => readdirSync(PACKAGE_SOURCE);

/**
 * The address of the English pack (scripts/build-locales.mjs): the texts beyond the first screen,
 * which the app asks for right after it starts.
 */
export const ENGLISH_PACK = /\/locales\/en\.[0-9a-f]{8}\.json$/;

/** The test pseudo-locales: built and served like packs, never precached or offered. */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'];

/**
 * The locale packs of the build in `dist`: `{ tag: 'locales/<tag>.<hash>.json' }`, read from
 * dist/locales/ (written by scripts/build-locales.mjs) in this one place.
 */
export function packFiles(dist) {
  const folder = join(dist, 'locales');
  const packs = {};
  for (const name of existsSync(folder) ? readdirSync(folder).sort() : []) {
    const match = name.match(/^(.+)\.[0-9a-f]{8}\.json$/);
    if (match) packs[match[1]] = `locales/${name}`;
  }
  return packs;
}

let keys;
/**
 * The English keys in row order (the content table, then the chrome table, each sorted): the
 * order of every built pack's texts. Asked of the core itself (`examples/pseudo_packs.rs
 * --keys`, natively, core only), once per process.
 */
export function englishKeys() {
  keys ||= JSON.parse(
    execFileSync(
      'cargo',
      ['run', '--quiet', '--offline', '--example', 'pseudo_packs', '--no-default-features', '--', '--keys'],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ),
  );
  return keys;
}

/**
 * A translation (key → text, as `locales/<tag>.json` holds it) as a built pack,
 * `{ texts, missing }`: its texts in the English rows' order, `null` for a key it lacks (English
 * shows there), and the names of the keys it lacks (the page's loader names them in its console
 * warning: the wasm carries no key names); keys English lacks are left out. The app installs
 * the texts row by row, with no key matching.
 */
export function packOf(translation) {
  const texts = englishKeys().map((key) => (typeof translation[key] === 'string' ? translation[key] : null));
  return { texts, missing: englishKeys().filter((_, row) => texts[row] === null) };
}

/** The built pack of `tag` in `dist` read back as key → text (the keys it has a text for). */
export function readPack(dist, tag) {
  const { texts } = JSON.parse(readFileSync(join(dist, packFiles(dist)[tag]), 'utf8'));
  return Object.fromEntries(englishKeys().flatMap((key, row) => (typeof texts[row] === 'string' ? [[key, texts[row]]] : [])));
}

