// Post-build step for languages (run by scripts/build.sh after Trunk, before minify-app-js.mjs
// and build-embed.mjs): writes every locale pack as dist/locales/<tag>.<hash>.json (the hash is the
// first 8 hex digits of its SHA-256: enough to tell this build's from another's), then the
// standalone page's pack loader (static/packs.js bundled with their names and the number of texts
// in a pack) as dist/locales/packs.<hash>.js, named in dist/'s static/boot.js, which imports it
// (build-embed.mjs gives embed.js the same list of packs). A built pack is
// JSON, `{ texts, missing }` (scripts/dist.mjs packOf): the texts in the English tables' row
// order (englishKeys, from the core), null for a key the source lacks (the build says which; the
// app shows English there), and the names of those keys, which the page's loader warns about
// (the wasm has no key names), so the app installs the texts with no key matching. The sources are:
//   locales/<tag>.json   the translations (a flat object, key → text, every English key)
//   en-XA, ar-XB         the test pseudo-locales, made from English by examples/pseudo_packs.rs
//   en                   the English texts the wasm leaves out (all but the first screen's, see
//                        `is_early` in src/core/locale/mod.rs; null for the rest), laid out by
//                        the same example (--english): the app loads it right after it starts
//
//   node scripts/build-locales.mjs [dist]

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT, distDir, englishKeys, packFiles, packOf } from './dist.mjs';

const DIST = distDir(process.argv[2]);
const SOURCE = join(ROOT, 'locales');
const OUT = join(DIST, 'locales');

/** The first 8 hex digits of `text`'s SHA-256: enough to tell this build's file from another's. */
const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 8);
/** Writes the built pack `text` of `tag` as dist/locales/<tag>.<hash>.json. */
const writePack = (tag, text) => writeFileSync(join(OUT, `${tag}.${hashOf(text)}.json`), text);

const pseudo = mkdtempSync(join(tmpdir(), 'mne-pseudo-'));
execFileSync(
  'cargo',
  ['run', '--quiet', '--offline', '--example', 'pseudo_packs', '--no-default-features', '--', pseudo],
  { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const sources = [SOURCE, pseudo].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(folder, name)),
);
for (const path of sources) {
  const tag = path.split(/[\\/]/).pop().replace(/\.json$/, '');
  // A pack that does not parse fails the build here, not in a visitor's browser.
  const translation = JSON.parse(readFileSync(path, 'utf8'));
  const pack = packOf(translation);
  const { missing } = pack;
  const unknown = Object.keys(translation).filter((key) => !englishKeys().includes(key));
  if (missing.length || unknown.length) {
    console.warn(`build-locales: ${tag} lacks ${missing.join(', ') || 'nothing'}; ignored: ${unknown.join(', ') || 'nothing'}`);
  }
  writePack(tag, JSON.stringify(pack));
}
rmSync(pseudo, { recursive: true, force: true });
const english = execFileSync(
  'cargo',
  ['run', '--quiet', '--offline', '--example', 'pseudo_packs', '--no-default-features', '--', '--english'],
  { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
).trim();
if (JSON.parse(english).texts.length !== englishKeys().length) throw new Error('build-locales: the English pack has the wrong rows');
writePack('en', english);

// The pack loader (static/packs.js) with this build's packs and row count, hashed like a pack:
// static/boot.js imports it when the app asks for a pack (English's right after start).
const packs = packFiles(DIST);
const { outputFiles } = await build({
  entryPoints: [join(ROOT, 'static', 'packs.js')],
  bundle: true,
  write: false,
  minify: true,
  format: 'esm',
  target: 'es2022',
  define: { MNE_PACKS: JSON.stringify({ ...packs, rows: englishKeys().length }) },
  legalComments: 'none',
  logLevel: 'warning',
});
const loader = outputFiles[0].text;
const name = `locales/packs.${hashOf(loader)}.js`;
writeFileSync(join(DIST, name), loader);
// Its name goes into static/boot.js (before minify-app-js.mjs minifies it and writes its integrity
// hash into index.html): boot.js imports it by that name, relative to itself.
const index = readFileSync(join(DIST, 'index.html'), 'utf8');
const boot = index.match(/<script[^>]*\bsrc="?(?:\.\/)?(boot-[0-9a-f]+\.js)/)?.[1];
if (!boot) throw new Error('build-locales: dist/index.html has no boot script');
const code = readFileSync(join(DIST, boot), 'utf8');
const named = code.replace(/\.\/locales\/packs(\.[0-9a-f]+)?\.js/g, `./${name}`);
if (named.split(name).length !== 2) throw new Error(`build-locales: ${boot} does not import the pack loader once`);
writeFileSync(join(DIST, boot), named);
console.log(`build-locales: ${Object.keys(packs).join(', ')} and their loader (${name}, imported by ${boot}) written to dist/locales/`);
