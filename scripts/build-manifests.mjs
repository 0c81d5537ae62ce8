// Post-build step for installing in other languages (run by scripts/build.sh after the locale
// packs are in dist/locales/ and before build-sw.mjs, so the service worker precaches the
// results): one web app manifest per locale pack, dist/manifest.<tag>.webmanifest, made from the
// English one (static/pwa/manifest.webmanifest, the page's default) with the pack's own texts:
//   name, short_name   the pack's "ui.app.title" (the app's name, as the page title shows it)
//   description        the pack's "ui.app.tagline"
//   lang, dir          the pack's tag, and its writing direction as Intl.Locale gives it
// So adding a language (one pack file) adds its manifest with no change here. static/pwa/pwa.js
// points the page's <link rel="manifest"> at the chosen language's file. The pseudo-locales get
// one too (so that link is always valid); build-sw.mjs leaves theirs out of the precache.
//
//   node scripts/build-manifests.mjs [dist]

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distDir, packFiles, readPack } from './dist.mjs';

const DIST = distDir(process.argv[2]);

const english = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
const written = [];
// English's pack holds only the texts beyond the first screen: the page's own manifest is English's.
for (const [tag, name] of Object.entries(packFiles(DIST)).filter(([tag]) => tag !== 'en')) {
  const pack = readPack(DIST, tag);
  /** The pack's text for `key`: a pack without it fails the build, as the locale tests would. */
  const text = (key) => {
    if (typeof pack[key] !== 'string' || !pack[key].trim()) {
      throw new Error(`build-manifests: ${name} has no text for ${key}`);
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
  // The writing direction from the platform's own locale data (ICU), when it has it.
  const locale = new Intl.Locale(tag);
  const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  if (direction) manifest.dir = direction;
  await writeFile(join(DIST, `manifest.${tag}.webmanifest`), `${JSON.stringify(manifest, null, 2)}\n`);
  written.push(tag);
}
console.log(`build-manifests: ${written.length} manifests written (${written.join(', ') || 'no locale packs'})`);
