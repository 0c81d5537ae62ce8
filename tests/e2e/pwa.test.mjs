// Offline use and installation (issue 6): the web app manifest and its icons, the service worker
// of the build (dist/sw.js), the offline journey, the update from one build to the next on the same
// origin, the shell's install button and update offer, and that pages embedding the widget by
// script never get a service worker.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { PSEUDO_LOCALES, fullFiles, packFiles, secondPages } from '../../scripts/dist.mjs';
import {
  CHROMIUM_ARGS,
  CONTROL,
  DIST,
  LIVE,
  ROOT,
  answerAll,
  checkA11y,
  recordedPage,
  startSite,
  waitForShell,
} from './harness.mjs';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const manifest = () => JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));

/**
 * The BUILD object build-sw.mjs wrote into `dir`/sw.js:
 * `{ version, files: { path: sha256 }, pages: { page: [path…] } }`.
 */
function buildOf(dir) {
  const source = readFileSync(join(dir, 'sw.js'), 'utf8');
  const json = source.match(/^const BUILD = (\{[\s\S]*?\n\});$/m);
  assert.ok(json, 'sw.js holds no BUILD object');
  return JSON.parse(json[1]);
}
/** The name of the cache of `build` for a worker whose scope is the server's root. */
const cacheName = (build) => `mne-${build.version}/`;

/** Resolves once a service worker controls the page; fails after 15 s (e.g. an install that failed). */
async function waitForControl(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}
const cacheNames = (page) => page.evaluate(() => caches.keys());

/** Opens the standalone page from `server` in a fresh context, once a service worker controls it. */
async function openControlled(server) {
  const visit = await recordedPage(site.browser, server.url);
  await visit.goto('');
  await visit.waitForApp();
  await waitForControl(visit.page);
  return visit;
}

/** The whole journey: a concern, every question, the result, a dated plan, the about step. */
async function journey(page) {
  await page.click('[data-go="explore"]');
  await page.check('input[type="checkbox"][value="acne-scars"]');
  await page.locator('[data-concern="acne-scars"]').waitFor();
  await answerAll(page, 'no');
  assert.equal(await page.locator('[data-outcome]').getAttribute('data-outcome'), 'no-red-flags');
  await page.click('[data-go="plan"]');
  assert.equal(await page.locator('[data-plan-setting]').getAttribute('data-plan-setting'), 'professional');
  await page.fill('[data-first-session]', '2027-01-03');
  await page.locator('[data-checklist]').waitFor();
  await page.click('[data-go="about"]');
  assert.ok(await page.locator('[data-step="about"] [data-sources] li').count() >= 3);
}

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

test('the manifest: names, relative start URL and scope, standalone, colours, 192 and 512 px icons', () => {
  const m = manifest();
  assert.equal(m.name, 'Microneedling explorer');
  assert.ok(m.short_name && m.short_name.length < m.name.length, `short_name "${m.short_name}"`);
  assert.ok(m.description.length > 20);
  assert.equal(m.start_url, './');
  assert.equal(m.scope, './');
  assert.equal(m.display, 'standalone');
  assert.match(m.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(m.background_color, /^#[0-9a-f]{6}$/);
  for (const purpose of ['any', 'maskable']) {
    for (const size of [192, 512]) {
      const icon = m.icons.find((i) => i.purpose === purpose && i.sizes === `${size}x${size}`);
      assert.ok(icon, `no ${purpose} icon of ${size} px`);
      assert.equal(icon.type, 'image/png');
      assert.doesNotMatch(icon.src, /^(\/|[a-z]+:)/, `${icon.src} is not relative`);
      // The PNG header (IHDR) holds the real size.
      const png = readFileSync(join(DIST, icon.src));
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [size, size], icon.src);
    }
  }
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const link = index.match(/<link[^>]*\brel="?manifest"?[^>]*>/)?.[0];
  assert.match(link ?? '', /\bhref="?manifest\.webmanifest"?[\s>]/, 'index.html links no manifest');
});

test('installable: Chromium reports no installability error and every manifest icon loads as drawn', async () => {
  // Chromium never offers installation in an incognito profile, which is what a new browser
  // context is; a persistent profile is a visitor's everyday browser.
  const profile = mkdtempSync(join(tmpdir(), 'mne-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    await page.goto(site.url, { waitUntil: 'load' });
    await page.waitForSelector(LIVE);
    await page.waitForSelector(CONTROL, { state: 'visible' });
    await waitForControl(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const { errors, url } = await cdp.send('Page.getAppManifest');
    assert.equal(url, `${site.url}manifest.webmanifest`);
    assert.deepEqual(errors, []);
    // The browser offers installation, so the shell shows its button.
    await page.locator('[data-pwa-install]').waitFor({ state: 'visible', timeout: 10_000 });
    await checkIcons(page);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/**
 * Each manifest icon loads in `page` as a PNG of its size; "any" icons have transparent corners,
 * and maskable ones draw nothing but background outside the central 80 % circle masks keep.
 */
async function checkIcons(page) {
  const icons = await page.evaluate(async (list) => {
    const out = [];
    for (const icon of list) {
      const response = await fetch(icon.src);
      const bitmap = await createImageBitmap(await response.blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      const { data, width } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const at = (x, y) => [...data.slice((y * width + x) * 4, (y * width + x) * 4 + 4)];
      const background = at(width >> 1, Math.round(width * 0.15));
      let outsideSafeZone = 0;
      for (let y = 0; y < width; y += 1) {
        for (let x = 0; x < width; x += 1) {
          const r = Math.hypot(x + 0.5 - width / 2, y + 0.5 - width / 2);
          if (r > width * 0.4 && at(x, y).some((v, i) => v !== background[i])) outsideSafeZone += 1;
        }
      }
      out.push({ ...icon, type: response.headers.get('content-type'), width, height: bitmap.height,
        corner: at(0, 0)[3], outsideSafeZone });
    }
    return out;
  }, manifest().icons);
  for (const icon of icons) {
    const size = Number(icon.sizes.split('x')[0]);
    assert.equal(icon.type, 'image/png', icon.src);
    assert.deepEqual([icon.width, icon.height], [size, size], icon.src);
    if (icon.purpose === 'any') assert.equal(icon.corner, 0, `${icon.src}: the corner is not transparent`);
    else assert.equal(icon.outsideSafeZone, 0, `${icon.src}: drawing outside the maskable safe zone`);
  }
}

/** What no visitor's browser needs: the host-page loaders, the worker itself and the package's files. */
const DEVELOPER_ONLY = [
  'sw.js', 'embed.js', 'embed-frame.js', 'package.json', 'README.md', 'embed.d.ts', 'custom-elements.json',
];

test('sw.js lists exactly this build (every file of dist/ but sw.js, embed.js, embed-frame.js, demo/, the package\'s developer files and the test pseudo-locales) and precaches all but the second build\'s pages', async () => {
  const build = buildOf(DIST);
  const packs = packFiles(DIST);
  // The pseudo-locales' packs and manifests (scripts/build-manifests.mjs).
  const pseudo = PSEUDO_LOCALES.flatMap((tag) => [packs[tag], `manifest.${tag}.webmanifest`]);
  const expected = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(DIST.length + 1))
    .filter((p) => !DEVELOPER_ONLY.includes(p) && !p.startsWith('demo/') && !pseudo.includes(p))
    .sort();
  // Every offered language works offline: its pack is precached.
  assert.ok(packs.es && expected.includes(packs.es), 'the Spanish pack is precached');
  assert.equal(pseudo.filter(Boolean).length, 2 * PSEUDO_LOCALES.length);
  assert.deepEqual(Object.keys(build.files).sort(), expected);
  for (const [path, hash] of Object.entries(build.files)) {
    assert.equal(sha256(readFileSync(join(DIST, path))), hash, `${path}: stale hash`);
  }
  assert.ok(expected.some((p) => /\.wasm$/.test(p)) && expected.includes('frame.html'));
  // The kiosk and builder pages, on the second build, are kept when first opened (kiosk and
  // builder tests): a standalone visitor never downloads them.
  const pages = secondPages(DIST);
  assert.deepEqual(build.pages, pages);
  const later = new Set(Object.values(pages).flat());
  assert.ok(later.has(fullFiles(DIST).wasm) && later.has('kiosk.html') && later.has('builder.js'));
  const precached = expected.filter((p) => !later.has(p));
  assert.equal(precached.length + later.size, expected.length, 'every later file is one of the build\'s');

  // The worker's own requests (reported on the context) fetch the build's files once, right after
  // load, and carry nothing else; the visitor's journey afterwards makes no request at all.
  const visit = await recordedPage(site.browser, site.url);
  const all = [];
  visit.context.on('request', (request) => all.push(request));
  await visit.goto('');
  await visit.waitForApp();
  await waitForControl(visit.page);
  const urls = precached.map((p) => `${site.url}${p}`).sort();
  assert.deepEqual(await cacheNames(visit.page), [cacheName(build)]);
  const cached = await visit.page.evaluate(
    async (name) => (await (await caches.open(name)).keys()).map((r) => r.url).sort(),
    cacheName(build),
  );
  assert.deepEqual(cached, urls);
  const fromWorker = all.filter((r) => r.serviceWorker());
  assert.ok(fromWorker.every((r) => r.method() === 'GET'), 'the worker sent something other than GET');
  assert.deepEqual([...new Set(fromWorker.map((r) => r.url()))].sort(), [`${site.url}sw.js`, ...urls].sort());
  const mark = all.length;
  await journey(visit.page);
  assert.deepEqual(all.slice(mark).map((r) => r.url()), [], 'requests during the journey');
  await visit.close();
});

test('offline: after one visit, the standalone and iframe pages work with no network, zero failed requests', async () => {
  const visit = await site.open();
  const { page, context } = visit;
  await visit.waitForApp();
  const top = () => page.locator('#microneedling-explorer').evaluate((el) => el.getBoundingClientRect().top);
  const before = await top();
  await waitForControl(page);
  const status = page.locator('[data-pwa-status]');
  await page.waitForFunction(() => document.querySelector('[data-pwa-status]').textContent !== '');
  assert.match(await status.innerText(), /works offline/, 'the first visit says the page is saved');
  assert.equal(await top(), before, 'the notice moved the widget');
  await context.setOffline(true);
  const mark = visit.mark();
  await page.reload({ waitUntil: 'load' });
  await visit.waitForApp();
  assert.equal(await status.innerText(), '', 'a later visit says nothing');
  await journey(page);
  await checkA11y(page);

  await visit.goto('frame.html?clinic-name=Offline%20Clinic');
  await visit.waitForApp();
  assert.equal(await page.locator('[data-clinic-name]').innerText(), 'Offline Clinic');
  await journey(page);

  const offline = visit.requests.slice(mark);
  assert.ok(offline.length >= 8, `only ${offline.length} requests while offline`);
  for (const request of offline) {
    const response = await request.response();
    assert.ok(response?.fromServiceWorker(), `${request.url()} was not answered by the service worker`);
    assert.equal(response.status(), 200, request.url());
  }
  await visit.close(); // fails on any failed request, console error or CSP violation
});

/** A copy of dist/ as the next deployment: a renamed stylesheet, a marker in index.html, new sw.js. */
function makeBuildB() {
  const dir = mkdtempSync(join(tmpdir(), 'mne-build-b-'));
  cpSync(DIST, dir, { recursive: true });
  const css = readdirSync(dir).find((name) => /^app-[0-9a-f]+\.css$/.test(name));
  const renamed = css.replace('.css', '-b.css');
  const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const before = integrity(readFileSync(join(dir, css)));
  renameSync(join(dir, css), join(dir, renamed));
  writeFileSync(join(dir, renamed), `${readFileSync(join(dir, renamed), 'utf8')}\n/* build B */\n`);
  const after = integrity(readFileSync(join(dir, renamed)));
  for (const page of ['index.html', 'frame.html', 'embed.js']) {
    let text = readFileSync(join(dir, page), 'utf8').replaceAll(css, renamed).replaceAll(before, after);
    if (page === 'index.html') text = text.replace('<title>', '<meta name="mne-build" content="B"><title>');
    writeFileSync(join(dir, page), text);
  }
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-sw.mjs'), dir]);
  return { dir, css, renamed };
}

/** Asks the browser to look for a new sw.js now and waits until it has installed and waits. */
async function fetchUpdate(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    for (let tries = 0; !registration.waiting; tries += 1) {
      if (tries > 100) throw new Error('no new worker is waiting 5 s after the update check');
      await new Promise((ok) => setTimeout(ok, 50));
    }
  });
}
/**
 * Waits until the browser has activated the waiting worker, which it does a moment after the
 * last page that used the old one closed: a visitor coming back finds the new build, but a page
 * opened within those milliseconds may still get the old one (the test failed so, now and then).
 */
async function activated(context) {
  for (let tries = 0; tries < 200; tries += 1) {
    for (const worker of context.serviceWorkers()) {
      const done = await worker
        .evaluate(() => !self.registration.waiting && self.registration.active?.state === 'activated')
        .catch(() => false);
      if (done) return;
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error('the waiting worker was not activated 10 s after the last old page closed');
}
const isBuildB = (page) => page.evaluate(() => document.querySelector('meta[name="mne-build"]') !== null);

test('update: build B installs beside A, is offered, and once accepted every file comes from B', async () => {
  const b = makeBuildB();
  const A = buildOf(DIST);
  const B = buildOf(b.dir);
  assert.notEqual(A.version, B.version);
  const server = await startServer({ root: DIST });
  try {
    const visit = await openControlled(server);
    const { page } = visit;
    assert.deepEqual(await cacheNames(page), [cacheName(A)]);
    assert.ok(await page.locator('[data-pwa-update]').isHidden(), 'an update was offered with none deployed');

    server.setRoot(b.dir);
    await fetchUpdate(page);
    const update = page.locator('[data-pwa-update]');
    await update.waitFor({ state: 'visible' });
    const status = page.locator('[role="status"][data-pwa-status]');
    assert.equal(await status.innerText(), 'A new version of this app is ready.');
    // Until the visitor accepts, the page keeps running A alone; B waits in its own cache.
    assert.equal(await isBuildB(page), false);
    assert.deepEqual((await cacheNames(page)).sort(), [cacheName(A), cacheName(B)].sort());
    await checkA11y(page);

    const mark = visit.mark();
    await Promise.all([page.waitForEvent('load'), update.click()]);
    await visit.waitForApp();
    assert.equal(await isBuildB(page), true, 'the page did not reload into build B');
    assert.deepEqual(await cacheNames(page), [cacheName(B)], 'the old cache is still there');
    assert.ok(await update.isHidden());

    // Every file the page loaded after the update is B's, byte for byte, from B's cache.
    const loaded = visit.requests.slice(mark);
    const paths = loaded.map((r) => new URL(r.url()).pathname.slice(1) || 'index.html');
    assert.ok(paths.includes(b.renamed), `B's stylesheet was not loaded: ${paths}`);
    assert.ok(!paths.includes(b.css), "A's stylesheet was loaded");
    for (const [i, request] of loaded.entries()) {
      const response = await request.response();
      assert.ok(response.fromServiceWorker(), `${paths[i]} did not come from the service worker`);
      assert.equal(sha256(await response.body()), B.files[paths[i]], `${paths[i]} is not B's file`);
    }
    await visit.close();
  } finally {
    await server.close();
    rmSync(b.dir, { recursive: true, force: true });
  }
});

test('update: ignored, the new build applies on the next launch once every old page closed', async () => {
  const b = makeBuildB();
  const B = buildOf(b.dir);
  const server = await startServer({ root: DIST });
  try {
    const visit = await openControlled(server);
    server.setRoot(b.dir);
    await fetchUpdate(visit.page);
    visit.assertClean();
    await visit.page.close();
    await activated(visit.context);

    const page = await visit.context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('#microneedling-explorer [data-step]').waitFor();
    assert.equal(await isBuildB(page), true, 'the next launch still showed build A');
    assert.deepEqual(await cacheNames(page), [cacheName(B)]);
    assert.ok(await page.locator('[data-pwa-update]').isHidden());
    assert.deepEqual(errors, []);
    await visit.context.close();
  } finally {
    await server.close();
    rmSync(b.dir, { recursive: true, force: true });
  }
});

test('update: a half-deployed server (a file not of the new build) installs nothing; A stays whole', async () => {
  const b = makeBuildB();
  // The server got B's sw.js but still holds another index.html.
  writeFileSync(join(b.dir, 'index.html'), readFileSync(join(DIST, 'index.html')));
  const A = buildOf(DIST);
  const server = await startServer({ root: DIST });
  try {
    const visit = await openControlled(server);
    const { page } = visit;
    server.setRoot(b.dir);
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const installing = new Promise((ok) => registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker.addEventListener('statechange', () => {
          if (['installed', 'redundant'].includes(worker.state)) ok(worker.state);
        });
      }));
      await registration.update().catch(() => {});
      return { end: await installing, waiting: registration.waiting !== null };
    });
    assert.deepEqual(state, { end: 'redundant', waiting: false });
    assert.deepEqual(await cacheNames(page), [cacheName(A)], 'a partial cache was left behind');
    assert.ok(await page.locator('[data-pwa-update]').isHidden(), 'a broken build was offered');
    await visit.close();
  } finally {
    await server.close();
    rmSync(b.dir, { recursive: true, force: true });
  }
});

test('the shell is no part of the first load: index.html only names it, boot.js loads it after the wasm', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<(script|link)[^>]*pwa-/, 'index.html loads the shell itself');
  const named = html.match(/<meta name=mne-pwa content="\.\/(pwa-[0-9a-f]+\.js) \.\/(pwa-[0-9a-f]+\.css)">/);
  assert.ok(named, 'index.html does not name the shell');
  const visit = await site.open();
  await visit.waitForApp();
  await visit.settle();
  const order = (file) => visit.requests.findIndex((r) => new URL(r.url()).pathname.endsWith(`/${file}`));
  const wasm = visit.requests.findIndex((r) => r.url().endsWith('.wasm'));
  assert.ok(wasm >= 0, 'no wasm request recorded');
  for (const file of named.slice(1)) assert.ok(order(file) > wasm, `${file} requested before the wasm`);
  await visit.close();
});

test('the shell: no install button until the browser offers one, then it prompts; none in an iframe', async () => {
  const offer = (target) =>
    target.evaluate(() => {
      window.__prompted = 0;
      const event = new Event('beforeinstallprompt', { cancelable: true });
      event.prompt = async () => {
        window.__prompted += 1;
      };
      dispatchEvent(event);
      return event.defaultPrevented;
    });
  const visit = await site.open();
  const { page } = visit;
  await visit.waitForApp();
  const install = page.locator('[data-pwa-install]');
  assert.ok(await install.isHidden(), 'an install button with no offer from the browser');
  assert.equal(await page.locator('.pwa-bar button:visible').count(), 0);
  assert.equal(await offer(page), true, 'the browser\'s own prompt was not deferred to the button');
  await install.waitFor({ state: 'visible' });
  await install.click();
  assert.equal(await page.evaluate(() => window.__prompted), 1);
  assert.ok(await install.isHidden(), 'the button stays after prompting');
  await visit.close();

  const host = await site.open('demo/iframe.html');
  const frame = host.page.frameLocator('#explorer-frame');
  await frame.locator('[data-step]').waitFor({ timeout: 15_000 });
  // The frame's own page (not demo/iframe.html, whose name also ends in frame.html).
  const inner = host.page.frames().find((f) => new URL(f.url()).pathname === '/frame.html');
  await waitForShell(inner);
  assert.equal(await offer(inner), false);
  assert.ok(await frame.locator('[data-pwa-install]').isHidden(), 'an install button inside the iframe');
  await host.close();
});

test('the shell at 320 px in dark mode: the offer and buttons pass axe, are 24 px targets, show focus', async () => {
  const visit = await site.open('', { colorScheme: 'dark', viewport: { width: 320, height: 640 } });
  const { page } = visit;
  await visit.waitForApp();
  // Show both as pwa.js does, without waiting for a deployment or the browser.
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    event.prompt = async () => {};
    dispatchEvent(event);
    document.querySelector('[data-pwa-status]').textContent = 'A new version of this app is ready.';
    document.querySelector('[data-pwa-update]').hidden = false;
  });
  await checkA11y(page);
  for (const button of await page.locator('.pwa-bar button').all()) {
    const box = await button.boundingBox();
    assert.ok(box.width >= 24 && box.height >= 24, `${await button.innerText()}: ${box.width}x${box.height}`);
  }
  // The shell follows the widget: tab through the widget's controls to the first shell button.
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('.pwa-bar button'))) break;
  }
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return { text: document.activeElement.textContent, style: style.outlineStyle, width: style.outlineWidth };
  });
  assert.equal(outline.text, 'Update now');
  assert.equal(outline.style, 'solid');
  assert.equal(outline.width, '3px');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320 px`);
  await visit.close();
});

test('pages embedding the widget by script register no service worker; embed.js cannot', async () => {
  for (const name of ['embed.js', 'embed-frame.js']) {
    const text = readFileSync(join(DIST, name), 'utf8');
    assert.doesNotMatch(text, /serviceWorker/, `${name} mentions serviceWorker`);
  }
  for (const path of ['demo/clinic.html', 'demo/csp.html']) {
    const visit = await site.open(path);
    const { page } = visit;
    const widget = page.locator('microneedling-explorer').first();
    await widget.scrollIntoViewIfNeeded();
    await widget.locator('[data-step]').waitFor({ timeout: 15_000 });
    // Only a script can register a worker. Rather than wait a while for one that never comes:
    // no script this page ran (the loader, the app's module, the page's own) mentions it.
    const scripts = visit.requests.filter((r) => r.resourceType() === 'script');
    assert.ok(scripts.length >= 2, `${path} ran no scripts`);
    for (const script of scripts) {
      const body = (await (await script.response()).body()).toString();
      assert.doesNotMatch(body, /serviceWorker/, `${script.url()} mentions serviceWorker`);
    }
    const registrations = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistrations()).length,
    );
    assert.equal(registrations, 0, `${path} registered a service worker`);
    assert.deepEqual(visit.context.serviceWorkers(), [], `${path} started a service worker`);
    await visit.close();
  }
});
