// Post-build step (run by scripts/build.sh last): lays dist/ out as an npm package by writing
// dist/package.json (name, version, description and licence from Cargo.toml; `exports`, `types`
// and `files`) and copying README.md beside it. Everything of dist/ but the demo pages ships, so
// the package can be served as it is from a CDN (standalone page, iframe mode and embed.js).
//
//   node scripts/build-package.mjs [dist]

import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, distDir } from './dist.mjs';

const DIST = distDir(process.argv[2]);
const cargo = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
/** A string field of Cargo.toml's [package] table. */
const field = (name) => {
  const value = cargo.match(new RegExp(`^${name} = "([^"]*)"`, 'm'))?.[1];
  if (!value) throw new Error(`build-package: Cargo.toml has no ${name}`);
  return value;
};

await copyFile(join(ROOT, 'README.md'), join(DIST, 'README.md'));
const files = (await readdir(DIST)).filter((name) => !['demo', 'package.json', 'README.md'].includes(name)).sort();

const pkg = {
  name: field('name'),
  version: field('version'),
  description: field('description'),
  license: field('license'),
  keywords: ['web-component', 'custom-element', 'webassembly', 'clinic', 'microneedling'],
  // The element's types; embed.js is a classic script that defines <microneedling-explorer>.
  types: './embed.d.ts',
  exports: {
    '.': { types: './embed.d.ts', default: './embed.js' },
    './embed.js': './embed.js',
    './embed-frame.js': './embed-frame.js',
    './custom-elements.json': './custom-elements.json',
    './package.json': './package.json',
  },
  customElements: './custom-elements.json',
  sideEffects: true,
  files,
};
await writeFile(join(DIST, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`build-package: package.json written (${pkg.name}@${pkg.version}, ${files.length} entries)`);
