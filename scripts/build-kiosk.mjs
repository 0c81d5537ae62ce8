// Post-build step for kiosk mode and the second build (run by scripts/build.sh after Trunk's two
// builds, before build-embed.mjs). Writes
//   dist/microneedling-explorer-<hash>.js, dist/microneedling-explorer-<hash>_bg.wasm
//                            the second build's glue and wasm (`--features kiosk,builder`, built
//                            by Trunk into [full]): kiosk mode's views and the builder's
//                            `checkOptions`, which the ordinary page's wasm leaves out
//   dist/kiosk-<hash>.js     static/kiosk/kiosk.js (the idle clock, and the QR code drawer with
//                            its npm library) bundled by esbuild into an ES module
//   dist/kiosk.html          the kiosk page: index.html with `kiosk` on the mount element, its
//                            preload links on the second build (scripts/dist.mjs `fullFiles`
//                            reads them back), the kiosk module script before static/boot.js (so
//                            the clock and QR drawer are in place before the app starts), and
//   dist/kiosk.webmanifest   its own manifest (start URL kiosk.html), so it installs as a kiosk app
// The service worker precaches them all like every app file, so a kiosk works offline.
//
//   node scripts/build-kiosk.mjs [dist] full

import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { ROOT, appFiles, distDir } from './dist.mjs';

const DIST = distDir(process.argv[2]);
if (!process.argv[3]) throw new Error('build-kiosk: name the second build (Trunk --features kiosk,builder) folder');
const FULL = distDir(process.argv[3]);
const ordinary = appFiles(DIST);
const full = appFiles(FULL);
if (full.js === ordinary.js || full.wasm === ordinary.wasm) {
  throw new Error(`build-kiosk: ${FULL} holds the ordinary build (${full.wasm}), not the kiosk/builder one`);
}
for (const name of [full.js, full.wasm]) await copyFile(join(FULL, name), join(DIST, name));

// A rebuild into the same dist/ leaves no stale bundle behind for the service worker to list.
for (const old of readdirSync(DIST).filter((name) => /^kiosk-[A-Z0-9]+\.js$/i.test(name))) {
  await rm(join(DIST, old));
}
const result = await build({
  entryPoints: { kiosk: join(ROOT, 'static', 'kiosk', 'kiosk.js') },
  entryNames: '[name]-[hash]',
  outdir: DIST,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
const [file] = Object.keys(result.metafile.outputs).map((path) => basename(path));

const page = await readFile(join(DIST, 'index.html'), 'utf8');
// The kiosk page: the same page in kiosk mode, on the second build, with its own title, manifest
// and script. Trunk minifies the page: attributes may come in any order and without quotes.
const mount = /<div[^>]*\bid="?microneedling-explorer"?[^>]*>/;
const manifestLink = /(<link[^>]*\bhref=)"?manifest\.webmanifest"?/;
const boot = /<script[^>]*\bsrc="?(?:\.\/)?boot-[^>]*><\/script>/;
/** The preload link marked `marker`, pointed at `file` (no integrity: it named the other file). */
const preload = (html, marker, file) => {
  const link = new RegExp(`<link[^>]*\\b${marker}\\b[^>]*>`);
  const tag = html.match(link)?.[0];
  if (!tag) throw new Error(`build-kiosk: dist/index.html has no <link ${marker}>`);
  const moved = tag.replace(/\s?\bintegrity=(?:"[^"]*"|[^\s>]+)/, '').replace(/\bhref=(?:"[^"]*"|[^\s>]+)/, `href=./${file}`);
  return html.replace(tag, moved);
};
if (!mount.test(page) || !manifestLink.test(page) || !boot.test(page)) {
  throw new Error('build-kiosk: dist/index.html has no mount element, manifest link or boot script');
}
const kioskPage = preload(preload(page, 'data-app-js', full.js), 'data-app-wasm', full.wasm)
  .replace(mount, (div) => (/\s(?:data-)?kiosk[\s=>]/.test(div) ? div : div.replace(/^<div/, '<div kiosk')))
  .replace(manifestLink, '$1kiosk.webmanifest')
  .replace(boot, (tag) => `<script src=./${file} type=module></script>${tag}`)
  .replace(/<title>[^<]*<\/title>/, '<title>Microneedling explorer (kiosk)</title>');
await writeFile(join(DIST, 'kiosk.html'), kioskPage);
const manifest = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
const kioskManifest = {
  ...manifest,
  id: 'kiosk.html',
  name: `${manifest.name} (kiosk)`,
  short_name: `${manifest.short_name} kiosk`,
  start_url: 'kiosk.html',
};
await writeFile(join(DIST, 'kiosk.webmanifest'), `${JSON.stringify(kioskManifest, null, 2)}\n`);
console.log(`build-kiosk: ${full.js}, ${full.wasm} and ${file} copied or written; kiosk.html and kiosk.webmanifest written`);
