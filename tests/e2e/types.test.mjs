// The element's published types and manifest (issue 14), as shipped in dist/: the Custom
// Elements Manifest lists exactly the settings the code reads (the Rust config's attribute
// lookups and static/embed/attrs.js) and the events watch.js sends; the TypeScript declarations
// compile with a usage sample and declare a property for every setting (`tsc --noEmit`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ATTRS } from '../../static/embed/attrs.js';
import { DIST, ROOT } from './harness.mjs';

const source = (path) => readFile(join(ROOT, path), 'utf8');
const camel = (name) => name.replace(/-(.)/g, (_, c) => c.toUpperCase());

/** The attribute names the Rust config looks up: every `get("name")` in src/ui/config/. */
async function rustAttributes() {
  const code = await source('src/ui/config/mod.rs');
  const names = [...code.matchAll(/\bget\("([a-z-]+)"\)/g)].map((m) => m[1]);
  assert.ok(names.length >= 10, `found only ${names.length} attribute lookups in the Rust config`);
  return names;
}

/** The event names watch.js emits (`emit('step', …)` → `mne-step`). */
async function watchedEvents() {
  const code = await source('static/embed/watch.js');
  const names = [...new Set([...code.matchAll(/\bemit\((?:'([a-z]+)'|step \? '([a-z]+)' : '([a-z]+)')/g)]
    .flatMap((m) => m.slice(1).filter(Boolean)))];
  assert.ok(names.length >= 5, `found only ${names.length} events in watch.js`);
  return names.map((name) => `mne-${name}`);
}

test('custom-elements.json lists every attribute the code reads, with its property, and the events', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'custom-elements.json'), 'utf8'));
  assert.equal(manifest.schemaVersion, '2.1.0');
  const [module] = manifest.modules;
  const element = module.declarations.find((d) => d.customElement);
  assert.equal(element.tagName, 'microneedling-explorer');
  // The element, and the functions embed.js exports (window.MicroneedlingExplorer in the build).
  const functions = [...(await source('static/embed/embed.js')).matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]);
  assert.deepEqual(functions, ['mount', 'check']);
  assert.deepEqual(module.exports.map((e) => [e.kind, e.name]), [
    ['custom-element-definition', 'microneedling-explorer'],
    ...functions.map((name) => ['js', name]),
  ]);
  for (const name of functions) {
    assert.ok(module.declarations.some((d) => d.kind === 'function' && d.name === name), `no declaration of ${name}`);
  }
  assert.ok(element.members.some((m) => m.name === 'options' && !m.attribute), 'no options property');

  const rust = await rustAttributes();
  assert.deepEqual([...rust].sort(), [...ATTRS].sort(), 'attrs.js and the Rust config read different settings');
  const listed = element.attributes.map((a) => a.name);
  assert.deepEqual([...listed].sort(), [...rust].sort(), 'the manifest and the code list different attributes');
  // Settings of the app's own page only (kiosk mode, src/ui/config/kiosk.rs): the element
  // ignores them with a warning, so neither attrs.js nor the manifest offers them.
  const pageOnly = [...(await source('src/ui/config/kiosk.rs')).matchAll(/\bget\("([a-z-]+)"\)/g)].map((m) => m[1]);
  assert.deepEqual(pageOnly, ['kiosk', 'kiosk-timeout']);
  for (const name of pageOnly) {
    assert.ok(!listed.includes(name) && !ATTRS.includes(name), `${name} is for the standalone page only`);
  }
  for (const attribute of element.attributes) {
    assert.equal(attribute.fieldName, camel(attribute.name), attribute.name);
    assert.ok(attribute.description?.length > 20, `${attribute.name} has no description`);
    if (attribute.name === 'lang') continue; // HTMLElement's own property
    const field = element.members.find((m) => m.name === attribute.fieldName);
    assert.equal(field?.attribute, attribute.name, `no property for ${attribute.name}`);
  }
  assert.deepEqual(element.events.map((e) => e.name).sort(), (await watchedEvents()).sort());
});

test('embed.d.ts compiles with a usage sample and a property for every setting (tsc --noEmit)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mne-types-'));
  try {
    // A property of the right type for every setting the element mirrors, generated from attrs.js.
    const props = ATTRS.filter((name) => name !== 'lang').map(camel);
    // The options interface has exactly the settings, as camel-case keys: every key required
    // (`Required`) and no other (the literal's excess property check).
    await writeFile(
      join(dir, 'every-setting.ts'),
      "import type { MicroneedlingExplorerOptions } from 'microneedling-explorer';\n" +
        "const el = document.createElement('microneedling-explorer');\n" +
        props.map((p) => `el.${p} = null;\nel.${p} = 'x';\nconst ${p}: string | null = el.${p};\nconsole.log(${p});\n`).join('') +
        `const all: Required<MicroneedlingExplorerOptions> = { ${ATTRS.map((name) => `${camel(name)}: null`).join(', ')} };\n` +
        'el.options = all;\n',
    );
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2022', 'dom'],
          types: [],
          paths: { 'microneedling-explorer': [join(DIST, 'embed.d.ts')] },
        },
        files: [join(dir, 'every-setting.ts'), join(ROOT, 'tests', 'e2e', 'types', 'usage.ts')],
      }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', dir]).catch((error) => error);
    assert.equal(result.code ?? 0, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
