// Post-build step (scripts/build.sh, right after `trunk build`): minifies the wasm-bindgen JS glue
// and static/boot.js in dist/ with esbuild. Trunk's own minifier cannot parse either (the glue,
// and boot.js's top-level await) and leaves them as written, which costs every visitor about
// 2 KB and 0.8 KB gzip. Each file keeps its name, so every reference to it stays valid; boot.js's
// integrity hash in index.html is written anew (the pages made from index.html copy it later).
//
//   node scripts/minify-app-js.mjs [dist]

import { createHash } from 'node:crypto';
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

const index = join(DIST, 'index.html');
const html = await readFile(index, 'utf8');
const tag = html.match(/<script[^>]*\bsrc="?(?:\.\/)?(boot-[0-9a-f]+\.js)[^>]*>/);
if (tag) {
  const bootFile = join(DIST, tag[1]);
  const boot = await readFile(bootFile, 'utf8');
  const min = (await transform(boot, { format: 'esm', minify: true, target: 'es2022' })).code;
  await writeFile(bootFile, min);
  const integrity = `sha384-${createHash('sha384').update(min).digest('base64')}`;
  const script = tag[0].replace(/\bintegrity="?[^"\s>]+"?/, `integrity="${integrity}"`);
  if (script === tag[0]) throw new Error(`minify-app-js: no integrity on ${tag[1]} in index.html`);
  await writeFile(index, html.replace(tag[0], script));
  console.log(`minify-app-js: ${tag[1]} ${boot.length} -> ${min.length} bytes`);
}
