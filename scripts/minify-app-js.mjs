// Post-build step (scripts/build.sh, right after `trunk build`): minifies the wasm-bindgen JS glue
// in dist/ with esbuild. Trunk's own minifier cannot parse it and leaves it as written, which costs
// every visitor about 2 KB gzip. The file keeps its name, so every reference to it stays valid.
//
//   node scripts/minify-app-js.mjs [dist]

import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.argv[2] ?? join(ROOT, 'dist'));

const index = await readFile(join(DIST, 'index.html'), 'utf8');
const name = index.match(/<link[^>]*data-app-js[^>]*>/)?.[0].match(/href="?\.?\/?([^"\s>]+)/)?.[1];
if (!name) throw new Error('minify-app-js: dist/index.html names no app JS (link[data-app-js])');
const file = join(DIST, name);
const source = await readFile(file, 'utf8');
const { code } = await transform(source, { format: 'esm', minify: true, target: 'es2020' });
await writeFile(file, code);
console.log(`minify-app-js: ${name} ${source.length} -> ${code.length} bytes`);
