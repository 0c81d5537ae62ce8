// dist/ as an npm package (issue 14): `npm pack --dry-run` lists exactly the built files but the
// demos (the app's hashed files, the loaders, the pages, types and manifest), with the name and
// version of Cargo.toml; every `exports` target ships, and TypeScript finds the types through
// the package name as an installed package would.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { appFiles } from '../../scripts/dist.mjs';
import { DIST, ROOT } from './harness.mjs';

const run = promisify(execFile);

/** Every file under dist/, as `/`-separated paths relative to it. */
async function builtFiles() {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(DIST, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'));
}

test('npm pack --dry-run lists every built file but the demos, under Cargo.toml\'s name and version', async () => {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: DIST });
  const [packed] = JSON.parse(stdout);
  const cargo = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  assert.equal(packed.name, cargo.match(/^name = "(.*)"/m)[1]);
  assert.equal(packed.version, cargo.match(/^version = "(.*)"/m)[1]);
  const listed = packed.files.map((f) => f.path).sort();

  const app = appFiles(DIST);
  const expected = [
    app.js, app.wasm, app.css, 'embed.js', 'embed-frame.js', 'frame.html', 'frame.js', 'index.html',
    'sw.js', 'manifest.webmanifest', 'embed.d.ts', 'custom-elements.json', 'package.json', 'README.md',
  ];
  for (const file of expected) assert.ok(listed.includes(file), `${file} is not in the package`);
  assert.ok(listed.some((f) => f.startsWith('icons/')), 'the PWA icons are not in the package');
  assert.ok(!listed.some((f) => f.startsWith('demo/')), 'the demo pages are in the package');
  const built = (await builtFiles()).filter((f) => !f.startsWith('demo/')).sort();
  assert.deepEqual(listed, built, 'the package and dist/ (without demo/) differ');

  const pkg = JSON.parse(await readFile(join(DIST, 'package.json'), 'utf8'));
  assert.ok(pkg.license, 'no licence');
  const targets = [pkg.types, pkg.customElements, ...Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))];
  for (const target of targets) {
    assert.ok(listed.includes(target.replace(/^\.\//, '')), `${target} (in package.json) is not in the package`);
  }
});

test('TypeScript finds the types by the package name, as installed from npm', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mne-package-'));
  try {
    const pkg = JSON.parse(await readFile(join(DIST, 'package.json'), 'utf8'));
    await mkdir(join(dir, 'node_modules'));
    await symlink(DIST, join(dir, 'node_modules', pkg.name), 'dir');
    await writeFile(
      join(dir, 'page.ts'),
      `import type { MneStep } from '${pkg.name}';\n` +
        "const el = document.querySelector('microneedling-explorer');\n" +
        "el?.addEventListener('mne-step', (event) => { const step: MneStep = event.detail.step; console.log(step); });\n" +
        'if (el) el.atHome = false;\n',
    );
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] },
        files: ['page.ts'],
      }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', dir]).catch((error) => error);
    assert.equal(result.code ?? 0, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
