// Post-build step for kiosk mode (run by scripts/build.sh after Trunk, before build-embed.mjs,
// which copies index.html into frame.html). Writes
//   dist/kiosk-<hash>.js     static/kiosk/kiosk.js (the idle clock, and the QR code drawer with
//                            its npm library) bundled by esbuild into an ES module; its name goes into index.html's
//                            `<meta name="mne-kiosk-module">`, where static/boot.js finds it, and
//                            only a page whose mount element has `kiosk` loads it
//   dist/kiosk.html          the kiosk page: index.html with `kiosk` on the mount element, linking
//   dist/kiosk.webmanifest   its own manifest (start URL kiosk.html), so it installs as a kiosk app
// The service worker precaches all three like every app file, so a kiosk works offline.
//
//   node scripts/build-kiosk.mjs [dist]

import { readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { ROOT, distDir } from './dist.mjs';

const DIST = distDir(process.argv[2]);

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

const indexPath = join(DIST, 'index.html');
const index = await readFile(indexPath, 'utf8');
// Trunk minifies the page: attributes may come in any order and without quotes.
const meta = /<meta[^>]*\bname="?mne-kiosk-module"?[^>]*>/;
const tag = index.match(meta)?.[0];
if (!tag || !/\bcontent=/.test(tag)) {
  throw new Error('build-kiosk: dist/index.html has no <meta name="mne-kiosk-module" content="…">');
}
const named = tag.replace(/\bcontent=(?:"[^"]*"|[^\s>]+)/, `content="./${file}"`);
const page = index.replace(tag, named);
await writeFile(indexPath, page);

// The kiosk page: the same page in kiosk mode, with its own title and manifest.
const mount = /<div[^>]*\bid="?microneedling-explorer"?[^>]*>/;
const manifestLink = /(<link[^>]*\bhref=)"?manifest\.webmanifest"?/;
if (!mount.test(page) || !manifestLink.test(page)) {
  throw new Error('build-kiosk: dist/index.html has no mount element or no manifest link');
}
const kioskPage = page
  .replace(mount, (div) => (/\s(?:data-)?kiosk[\s=>]/.test(div) ? div : div.replace(/^<div/, '<div kiosk')))
  .replace(manifestLink, '$1kiosk.webmanifest')
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
console.log(`build-kiosk: ${file} written and named in index.html; kiosk.html and kiosk.webmanifest written`);
