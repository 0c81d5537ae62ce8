// Post-build step (scripts/build.sh, right after `trunk build`):
//  1. shortens the names the wasm and its wasm-bindgen JS glue know each other by: the glue's
//     import module ("./microneedling-explorer_bg.js", written once per import), its ~120
//     imports (`__wbg_createElement_de4a31ed2fb252be`: a hash no compressor can shrink) and the
//     wasm's exports, renamed by binaryen's own pass (wasm-opt
//     --minify-imports-and-exports-and-modules) in the wasm, and by its name map in the glue,
//     each name checked to be rewritten exactly where the glue uses it (measured: wasm -2.1 KB,
//     glue -1.8 KB gzip);
//  2. minifies the glue and static/boot.js with esbuild. Trunk's own minifier cannot parse either
//     (the glue, and boot.js's top-level await) and leaves them as written, which costs every
//     visitor about 2 KB and 0.8 KB gzip.
//  3. takes the offline shell (static/pwa/pwa.js and pwa.css) out of index.html's first load:
//     Trunk's two tags for it become `<meta name=mne-pwa content="./pwa-<hash>.js pwa-<hash>.css">`,
//     which boot.js reads once the app has started (measured: first load -1.4 KB gzip).
// Each file keeps its name, so every reference to it stays valid; boot.js's integrity hash in
// index.html is written anew (the pages made from index.html copy it later).
//
//   node scripts/minify-app-js.mjs [dist]

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { ROOT, appModule, distDir } from './dist.mjs';

const DIST = distDir(process.argv[2]);
const { js, wasm } = appModule(DIST);
const file = join(DIST, js);
const wasmFile = join(DIST, wasm);

/** The wasm features index.html's Trunk link names for wasm-opt (binaryen cannot read them from
 * the stripped wasm). */
const FEATURES = (await readFile(join(ROOT, 'index.html'), 'utf8'))
  .match(/data-wasm-opt-params="([^"]*)"/)[1]
  .split(/\s+/)
  .filter((flag) => flag.startsWith('--enable-'));

/** Fails the build: a glue that no longer looks as this step expects must not ship half-renamed. */
const fail = (why) => {
  throw new Error(`minify-app-js: ${why}`);
};

/** Replaces every match of `pattern` (global) in `text` through `rename`, counting per name. */
const renameAll = (text, pattern, rename) => {
  const seen = new Map();
  const out = text.replace(pattern, (whole, name, ...rest) => {
    const short = rename(name, whole);
    seen.set(name, (seen.get(name) ?? 0) + 1);
    return whole.replace(name, short);
  });
  return { out, seen };
};

/**
 * Renames the wasm's imports, their module and its exports to short names (binaryen), and the
 * glue `source` to match; returns the new glue. Every import the wasm had must be a key of the
 * glue's import object exactly once, and every `wasm.<export>` the glue reads must be renamed.
 */
async function shortenNames(source) {
  const before = WebAssembly.Module.imports(new WebAssembly.Module(await readFile(wasmFile)));
  const modules = new Set(before.map((i) => i.module));
  if (modules.size !== 1) fail(`expected one import module, found ${[...modules].join(', ')}`);
  const [module] = modules;
  const map = JSON.parse(
    execFileSync(
      join(ROOT, 'node_modules', '.bin', 'wasm-opt'),
      [wasmFile, ...FEATURES, '--minify-imports-and-exports-and-modules', '-o', wasmFile],
      { encoding: 'utf8' },
    ),
  );
  const after = WebAssembly.Module.imports(new WebAssembly.Module(await readFile(wasmFile)));
  const [shortModule] = new Set(after.map((i) => i.module));
  const imports = new Map(map.imports.map(([, name, short]) => [name, short]));
  const exports = new Map(map.exports);
  const quoted = JSON.stringify(module);
  if (source.split(`${quoted}:`).length !== 2) fail(`the glue names ${quoted} other than once`);
  let glue = source.replace(`${quoted}:`, `${JSON.stringify(shortModule)}:`);
  // The import object's keys: one per line, `name: function(...`.
  const keys = renameAll(glue, /^\s+([\w$]+): function\(/gm, (name) => imports.get(name) ?? name);
  for (const [name] of imports) {
    if (keys.seen.get(name) !== 1) fail(`the glue defines import ${name} ${keys.seen.get(name) ?? 0} times`);
  }
  // Every export the glue reads, as `wasm.<name>`.
  const reads = renameAll(keys.out, /\bwasm\.([\w$]+)/g, (name) => exports.get(name) ?? fail(`no export ${name}`));
  glue = reads.out;
  console.log(
    `minify-app-js: ${wasm}: ${imports.size} imports, ${reads.seen.size} of ${exports.size} exports renamed`,
  );
  return glue;
}

const source = await shortenNames(await readFile(file, 'utf8'));
const { code } = await transform(source, { format: 'esm', minify: true, target: 'es2020' });
await writeFile(file, code);
console.log(`minify-app-js: ${js} -> ${code.length} bytes`);

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
  console.log(`minify-app-js: ${tag[1]} ${boot.length} -> ${min.length} bytes`);
  await writeFile(index, withShellLater(html.replace(tag[0], script)));
}

/**
 * `html` with the shell's script and stylesheet tags replaced by the one meta boot.js reads (a page
 * with neither, such as the bench's empty Yew app, as it is).
 */
function withShellLater(html) {
  const js = html.match(/<script[^>]*\bsrc="?(\.\/pwa-[0-9a-f]+\.js)[^>]*><\/script>/);
  const css = html.match(/<link[^>]*\bhref="?(\.\/pwa-[0-9a-f]+\.css)[^>]*>/);
  if (!js && !css) return html;
  if (!js || !css) throw new Error('minify-app-js: index.html has only one of pwa.js and pwa.css');
  return html.replace(js[0], '').replace(css[0], `<meta name=mne-pwa content="${js[1]} ${css[1]}">`);
}
