// Post-build step for installing in other languages (run by scripts/build.sh after the locale
// packs are in dist/locales/ and before build-sw.mjs, so the service worker precaches the
// results): one web app manifest per locale pack, dist/manifest.<tag>.webmanifest, made from the
// English one (static/pwa/manifest.webmanifest, the page's default) with the pack's own texts:
//   name, short_name   the pack's "ui.app.title" (the app's name, as the page title shows it)
//   description        the pack's "ui.app.tagline"
//   lang               the pack's tag
// So adding a language (one pack file) adds its manifest with no change here. static/pwa/pwa.js
// points the page's <link rel="manifest"> at the chosen language's file.
//
//   node scripts/build-manifests.mjs [dist]

import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distDir } from './dist.mjs';

const DIST = distDir(process.argv[2]);
/** A pack's file name in dist/locales/: its tag, then the build's content hash. */
const PACK = /^(?<tag>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\.[0-9a-f]+\.json$/;

const english = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
const packs = (await readdir(join(DIST, 'locales')).catch(() => [])).filter((name) => PACK.test(name));
const written = [];
for (const name of packs.sort()) {
  const { tag } = name.match(PACK).groups;
  const pack = JSON.parse(await readFile(join(DIST, 'locales', name), 'utf8'));
  /** The pack's text for `key`: a pack without it fails the build, as the locale tests would. */
  const text = (key) => {
    if (typeof pack[key] !== 'string' || !pack[key].trim()) {
      throw new Error(`build-manifests: locales/${name} has no text for ${key}`);
    }
    return pack[key];
  };
  const manifest = {
    ...english,
    name: text('ui.app.title'),
    short_name: text('ui.app.title'),
    description: text('ui.app.tagline'),
    lang: tag,
  };
  await writeFile(join(DIST, `manifest.${tag}.webmanifest`), `${JSON.stringify(manifest, null, 2)}\n`);
  written.push(tag);
}
console.log(`build-manifests: ${written.length} manifests written (${written.join(', ') || 'no locale packs'})`);
