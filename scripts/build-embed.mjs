// Post-build step for embedding (run by scripts/build.sh after minify-app-js.mjs): bundles and
// minifies the ES modules of static/embed/ with esbuild into classic scripts, and writes
//   dist/embed.js        the <microneedling-explorer> loader (stable name; this build's hashed
//                        file names, and the second build's, given to it as MNE_APP_FILES
//                        through esbuild's `define`)
//   dist/embed-frame.js  the host-page script for iframe mode
//   dist/frame.html      the page to iframe (the standalone page + frame.js)
//   dist/frame.js
//   dist/builder.html    the embed builder (static/builder/: its page, stylesheet and script,
//   dist/builder.js      the script bundled with the embed loader, which it uses for the preview
//   dist/builder.css     and to ask the widget's parser what it makes of the form)
//   dist/demo/           the demo pages (static/demo/)
//   dist/embed.d.ts, dist/custom-elements.json   the element's types and manifest (static/package/)
//
//   node scripts/build-embed.mjs [dist]

import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PACKAGE_SOURCE, PSEUDO_LOCALES, ROOT, appFiles, distDir, englishKeys, fullFiles, packFiles } from './dist.mjs';

const DIST = distDir(process.argv[2]);
const SOURCE = join(ROOT, 'static', 'embed');
const files = appFiles(DIST);

await build({
  entryPoints: [
    ...['embed', 'frame', 'embed-frame'].map((name) => ({ in: join(SOURCE, `${name}.js`), out: name })),
    { in: join(ROOT, 'static', 'builder', 'builder.js'), out: 'builder' },
  ],
  outdir: DIST,
  bundle: true,
  minify: true,
  // Classic scripts: embed.js reads document.currentScript, which module scripts do not have.
  format: 'iife',
  // Private fields and static class fields stay as written (every browser with custom elements
  // and WebAssembly has them).
  target: 'es2022',
  // `full`: the second build (kiosk and builder), which check() loads for its checkOptions;
  // `rows`: how many texts a pack of this build holds, for the pack loader's check.
  define: {
    MNE_APP_FILES: JSON.stringify({
      ...files,
      full: fullFiles(DIST),
      // The packs of the languages a visitor may get (not the test pseudo-locales'): the
      // English pack's entry fits the 3 KB budget so.
      packs: Object.fromEntries(Object.entries(packFiles(DIST)).filter(([tag]) => !PSEUDO_LOCALES.includes(tag))),
      rows: englishKeys().length,
    }),
  },
  legalComments: 'none',
  logLevel: 'warning',
});

// The iframe page: the standalone page, with frame.js run right after the mount element is parsed
// (before the deferred boot module starts the app, so the query's settings are in place).
const index = await readFile(join(DIST, 'index.html'), 'utf8');
// The mount element, with whatever settings a clinic gave it (Trunk may reorder attributes).
const mount = /<div[^>]*\bid="?microneedling-explorer"?[^>]*><\/div>/;
if (!mount.test(index)) throw new Error('build-embed: dist/index.html has no mount element');
// Kiosk mode is for the app's own page: the frame leaves it out (and never loads its script).
// Its title is the app's name, in the visitor's language once the app runs (static/pwa/pwa.js).
const frame = index.replace(
  mount,
  (div) => `${div.replace(/\s(?:data-)?kiosk(?:-timeout)?(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?/g, '')}<script src=./frame.js></script>`,
);
await writeFile(join(DIST, 'frame.html'), frame);

for (const name of ['builder.html', 'builder.css']) await cp(join(ROOT, 'static', 'builder', name), join(DIST, name));
await cp(join(ROOT, 'static', 'demo'), join(DIST, 'demo'), { recursive: true });
await cp(PACKAGE_SOURCE, DIST, { recursive: true });
console.log(
  `build-embed: embed.js, embed-frame.js, frame.html, frame.js, builder.html, demo/, types and manifest written (${files.js}, ${files.wasm}, ${files.css})`,
);
