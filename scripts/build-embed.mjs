// Post-build step for embedding (run by scripts/build.sh right after `trunk build`): reads the
// hashed file names Trunk wrote into dist/index.html and writes
//   dist/embed.js        the <microneedling-explorer> loader (stable name, hashed names filled in)
//   dist/embed-frame.js  the host-page script for iframe mode
//   dist/frame.html      the page to iframe (the standalone page + frame.js)
//   dist/frame.js
//   dist/demo/           the demo pages (static/demo/)
//
//   node scripts/build-embed.mjs [dist]

import { cp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.argv[2] ?? join(ROOT, 'dist'));
const SOURCE = join(ROOT, 'static', 'embed');

const index = await readFile(join(DIST, 'index.html'), 'utf8');
/** The value of attribute `attr` in the first tag of dist/index.html that `marker` matches. */
function hrefOf(marker) {
  const tag = index.match(new RegExp(`<link[^>]*${marker}[^>]*>`))?.[0];
  const href = tag?.match(/href=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/);
  const value = href && (href[1] ?? href[2] ?? href[3]);
  if (!value) throw new Error(`build-embed: dist/index.html has no link matching ${marker}`);
  return value.replace(/^\.\//, '');
}
const files = {
  JS: hrefOf('data-app-js'),
  WASM: hrefOf('data-app-wasm'),
  CSS: hrefOf('rel=(?:"stylesheet"|stylesheet)'),
};

const watch = await readFile(join(SOURCE, 'watch.js'), 'utf8');
const attrs = await readFile(join(SOURCE, 'attrs.js'), 'utf8');
/** A source file with the shared parts pasted in and the hashed names filled in. */
async function fill(name) {
  let text = await readFile(join(SOURCE, name), 'utf8');
  text = text.replace('/*ATTRS*/', () => attrs.trim()).replace('/*WATCH*/', () => watch.trim());
  return text.replace(/%(JS|WASM|CSS)%/g, (_, key) => files[key]);
}

await writeFile(join(DIST, 'embed.js'), await fill('embed.js'));
await writeFile(join(DIST, 'frame.js'), await fill('frame.js'));
await writeFile(join(DIST, 'embed-frame.js'), await fill('embed-frame.js'));

// The iframe page: the standalone page, with frame.js run right after the mount element is parsed
// (before the deferred boot module starts the app, so the query's settings are in place).
const mount = /<div id="?microneedling-explorer"?><\/div>/;
if (!mount.test(index)) throw new Error('build-embed: dist/index.html has no mount element');
const frame = index
  .replace(mount, (div) => `${div}<script src=./frame.js></script>`)
  .replace(/<title>[^<]*<\/title>/, '<title>Microneedling explorer (embedded)</title>');
await writeFile(join(DIST, 'frame.html'), frame);

await cp(join(ROOT, 'static', 'demo'), join(DIST, 'demo'), { recursive: true });
console.log(`build-embed: embed.js, embed-frame.js, frame.html, frame.js and demo/ written (${files.JS}, ${files.WASM}, ${files.CSS})`);
