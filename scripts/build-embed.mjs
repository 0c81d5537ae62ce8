// Post-build step for embedding (run by scripts/build.sh after minify-app-js.mjs): bundles and
// minifies the ES modules of static/embed/ with esbuild into classic scripts, and writes
//   dist/embed.js        the <microneedling-explorer> loader (stable name; this build's hashed
//                        file names given to it as MNE_APP_FILES through esbuild's `define`)
//   dist/embed-frame.js  the host-page script for iframe mode
//   dist/frame.html      the page to iframe (the standalone page + frame.js)
//   dist/frame.js
//   dist/demo/           the demo pages (static/demo/)
//   dist/embed.d.ts, dist/custom-elements.json   the element's types and manifest (static/package/)
//
//   node scripts/build-embed.mjs [dist]

import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PACKAGE_SOURCE, ROOT, appFiles, distDir, packFiles } from './dist.mjs';

const DIST = distDir(process.argv[2]);
const SOURCE = join(ROOT, 'static', 'embed');
const files = appFiles(DIST);

await build({
  entryPoints: ['embed.js', 'frame.js', 'embed-frame.js'].map((name) => join(SOURCE, name)),
  outdir: DIST,
  bundle: true,
  minify: true,
  // Classic scripts: embed.js reads document.currentScript, which module scripts do not have.
  format: 'iife',
  // Private fields and static class fields stay as written (every browser with custom elements
  // and WebAssembly has them).
  target: 'es2022',
  define: { MNE_APP_FILES: JSON.stringify({ ...files, packs: packFiles(DIST) }) },
  legalComments: 'none',
  logLevel: 'warning',
});

// The iframe page: the standalone page, with frame.js run right after the mount element is parsed
// (before the deferred boot module starts the app, so the query's settings are in place).
const index = await readFile(join(DIST, 'index.html'), 'utf8');
const mount = /<div id="?microneedling-explorer"?><\/div>/;
if (!mount.test(index)) throw new Error('build-embed: dist/index.html has no mount element');
// Its title is the app's name, in the visitor's language once the app runs (static/pwa/pwa.js).
const frame = index.replace(mount, (div) => `${div}<script src=./frame.js></script>`);
await writeFile(join(DIST, 'frame.html'), frame);

await cp(join(ROOT, 'static', 'demo'), join(DIST, 'demo'), { recursive: true });
await cp(PACKAGE_SOURCE, DIST, { recursive: true });
console.log(
  `build-embed: embed.js, embed-frame.js, frame.html, frame.js, demo/, types and manifest written (${files.js}, ${files.wasm}, ${files.css})`,
);
