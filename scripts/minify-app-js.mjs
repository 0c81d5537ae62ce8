// Post-build step (scripts/build.sh, right after `trunk build`): minifies the wasm-bindgen JS glue
// in dist/ with esbuild. Trunk's own minifier cannot parse it and leaves it as written, which costs
// every visitor about 2 KB gzip. The file keeps its name, so every reference to it stays valid.
//
//   node scripts/minify-app-js.mjs [dist]

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { appScript, distDir } from './dist.mjs';

const DIST = distDir(process.argv[2]);
const js = appScript(DIST);
const file = join(DIST, js);
const source = await readFile(file, 'utf8');
const { code } = await transform(source, { format: 'esm', minify: true, target: 'es2020' });
await writeFile(file, code);
console.log(`minify-app-js: ${js} ${source.length} -> ${code.length} bytes`);
