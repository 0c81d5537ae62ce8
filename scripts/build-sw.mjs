// Post-build step for offline use (run by scripts/build.sh after build-embed.mjs, so it sees the
// final dist/): writes dist/sw.js from static/pwa/sw.js with BUILD filled in:
//   files    every file of this build that the standalone and iframe pages need, with its SHA-256:
//            all of dist/ except sw.js itself and what only script-embedding host pages use
//            (embed.js, embed-frame.js, demo/) or only developers read (static/package/'s files;
//            package.json and README.md from build-package.mjs), and the test pseudo-locales
//            (their packs and manifests; every offered language's pack is precached, so each works offline)
//   pages    the pages on the second build (kiosk.html, builder.html) and the files each needs
//            beyond the standalone page's (scripts/dist.mjs `secondPages`): the worker keeps them
//            when their page is first opened, so a standalone visitor never downloads them
//   version  the first 12 hex digits of a SHA-256 over those files and the worker's source; it
//            names the worker's cache, and any change to a file changes sw.js, so browsers update
//
//   node scripts/build-sw.mjs [dist]

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { PSEUDO_LOCALES, ROOT, distDir, packageFiles, packFiles, secondPages } from './dist.mjs';

const DIST = distDir(process.argv[2]);
const SOURCE = join(ROOT, 'static', 'pwa', 'sw.js');
/** Files of dist/ the offline app does not need (paths relative to dist/, `/`-separated). */
const SKIP = (path) =>
  ['sw.js', 'embed.js', 'embed-frame.js', 'package.json', 'README.md', ...packageFiles()].includes(path) ||
  path.startsWith('demo/') ||
  PSEUDO_LOCALES.flatMap((tag) => [packFiles(DIST)[tag], `manifest.${tag}.webmanifest`]).includes(path);

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

const paths = (await readdir(DIST, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(DIST.length + 1))
  .map((path) => path.split(sep).join('/'))
  .filter((path) => !SKIP(path))
  .sort();
for (const needed of ['index.html', 'frame.html', 'manifest.webmanifest']) {
  if (!paths.includes(needed)) throw new Error(`build-sw: ${DIST} has no ${needed}`);
}

const source = await readFile(SOURCE, 'utf8');
const files = {};
const version = createHash('sha256').update(sha256(source));
for (const path of paths) {
  files[path] = sha256(await readFile(join(DIST, path)));
  version.update(`\n${path}\n${files[path]}`);
}
const pages = secondPages(DIST);
for (const path of Object.values(pages).flat()) {
  if (!files[path]) throw new Error(`build-sw: ${DIST} has no ${path}`);
}
const build = { version: version.digest('hex').slice(0, 12), files, pages };
if (!source.includes("'%BUILD%'")) throw new Error('build-sw: static/pwa/sw.js has no BUILD placeholder');
await writeFile(join(DIST, 'sw.js'), source.replace("'%BUILD%'", () => JSON.stringify(build, null, 2)));
const later = new Set(Object.values(pages).flat()).size;
console.log(
  `build-sw: sw.js written (build ${build.version}, ${paths.length - later} files precached, ` +
    `${later} kept when ${Object.keys(pages).join(' or ')} is opened)`,
);
