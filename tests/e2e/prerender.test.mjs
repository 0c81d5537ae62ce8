// Content before the wasm (issue 15): the build writes the app's first screen into the standalone
// and iframe pages (examples/prerender.rs). It reads and ticks before the wasm arrives and with
// scripts off; what a visitor did in it is kept when the app takes over; a pre-render the
// visitor's app will not show (another language, other settings) is never shown first, and the
// app replaces it without a console error.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, LIVE, ROOT, recordedPage, startSite } from './harness.mjs';
import { CONCERNS } from './visitor.mjs';

const SPANISH = JSON.parse(readFileSync(join(ROOT, 'locales', 'es.json'), 'utf8'));
const ENGLISH_TITLE = 'Microneedling explorer';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/**
 * Opens `path` with the wasm held back until `release()`: the page as a visitor sees it before
 * the app can run. Resolves once the document is parsed (the load event waits for the wasm).
 */
async function openHeld(path = '', context = {}, { browserSite = site } = {}) {
  const visit = await recordedPage(browserSite.browser, browserSite.url, context);
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  let asked;
  const wasmAsked = new Promise((resolve) => {
    asked = resolve;
  });
  await visit.context.route(/_bg\.wasm$/, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  await visit.page.goto(new URL(path, browserSite.url).href, { waitUntil: 'domcontentloaded' });
  await wasmAsked;
  return { visit, release };
}

/** Whether the pre-render is on screen: the mount element's content, as CSS leaves it. */
const shown = (page) =>
  page.evaluate(() => {
    const section = document.querySelector('#microneedling-explorer section.mne');
    return !!section && getComputedStyle(section).visibility === 'visible' && section.getClientRects().length > 0;
  });

/** Waits until the page has fetched the Spanish pack (it starts beside the wasm). */
const spanishFetched = (page) =>
  page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => /\/locales\/es\.[0-9a-f]+\.json$/.test(e.name) && e.responseEnd > 0),
  );

/** Notes, in `window.__langWhenLive`, the app's language at the moment the page marks it live. */
const watchLive = (page) =>
  page.evaluate(() => {
    const root = document.getElementById('microneedling-explorer');
    new MutationObserver((records, observer) => {
      window.__langWhenLive = root.querySelector('section.mne')?.lang;
      observer.disconnect();
    }).observe(root, { attributeFilter: ['data-mne-live'] });
  });

test('before the wasm: the first screen reads and ticks; once the app runs the ticks, their cards, an open guide section and the focus are kept', async () => {
  const { visit, release } = await openHeld();
  const { page } = visit;
  assert.equal(await page.locator('#microneedling-explorer').getAttribute('data-mne-prerender'), 'en');
  assert.equal(await page.locator(LIVE).count(), 0, 'the app has not run');
  assert.ok(await shown(page), 'the pre-render is on screen');
  assert.equal(await page.locator('h1').innerText(), ENGLISH_TITLE);
  const boxes = page.locator('input[name="concern"]');
  assert.deepEqual(await boxes.evaluateAll((all) => all.map((b) => b.value)), CONCERNS);
  const guide = page.locator('details[data-guide]');
  assert.ok((await guide.count()) >= 3, 'the guide is there');
  await guide.first().locator('summary').click();
  assert.equal(await guide.first().getAttribute('open'), '', 'a guide section opens without the app');

  const ticked = ['acne-scars', 'pores'];
  for (const id of ticked) await page.locator(`input[name="concern"][value="${id}"]`).click();
  assert.deepEqual(await boxes.evaluateAll((all) => all.filter((b) => b.checked).map((b) => b.value)), ticked);
  // Not yet the app: no card opened.
  assert.equal(await page.locator('[data-concern]').count(), 0);

  release();
  await page.waitForSelector(LIVE, { state: 'attached' });
  assert.deepEqual(
    await boxes.evaluateAll((all) => all.filter((b) => b.checked).map((b) => b.value)),
    ticked,
    'the same boxes are ticked',
  );
  // Their cards open once the English pack is in (asked for right after start, so it may come
  // a little after data-mne-live): waited for, not read at once.
  for (const id of ticked) await page.locator(`[data-concern="${id}"]`).waitFor({ state: 'visible', timeout: 10_000 });
  assert.equal(await page.locator('[data-concern]').count(), ticked.length);
  assert.equal(await guide.first().getAttribute('open'), '', 'the guide section is still open');
  assert.equal(
    await page.evaluate(() => document.activeElement?.value),
    'pores',
    'focus stays on the last box ticked',
  );
  // And it is the app now: clearing a box closes its card.
  await page.locator('input[name="concern"][value="acne-scars"]').click();
  await page.locator('[data-concern="acne-scars"]').waitFor({ state: 'detached' });
  await visit.close();
});

test('a Spanish browser never sees the English pre-render: hidden before the first paint, Spanish once the app runs', async () => {
  const held = await openHeld('', { locale: 'es-ES' });
  const { page } = held.visit;
  assert.equal(await page.evaluate(() => document.documentElement.dataset.mneStale), 'es');
  assert.equal(await shown(page), false, 'the English pre-render is hidden');
  // The Spanish pack is fetched beside the wasm, so the app's language is in at its first paint.
  await spanishFetched(page);
  await watchLive(page);
  held.release();
  await page.waitForSelector(LIVE, { state: 'attached' });
  assert.equal(await page.evaluate(() => window.__langWhenLive), 'es', 'Spanish when it first shows');
  assert.ok(await shown(page), 'shown once live');
  await page.locator('h1', { hasText: SPANISH['ui.app.title'] }).waitFor();
  assert.equal(await page.locator('.mne').getAttribute('lang'), 'es');
  await held.visit.close();
});

test('settings the pre-render was not made from: from the iframe page\'s address hidden first; edited into the page, replaced; no console error', async () => {
  const held = await openHeld('frame.html?clinic-name=Other%20Clinic&at-home=off');
  const { page } = held.visit;
  assert.ok(await page.locator('#microneedling-explorer').getAttribute('data-mne-prerender'), 'frame.html is pre-rendered');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.mneStale), 'en');
  assert.equal(await shown(page), false, 'the defaults\' pre-render is hidden');
  held.release();
  await page.waitForSelector(LIVE, { state: 'attached' });
  assert.equal(await page.locator('p[data-clinic-name]').innerText(), 'Other Clinic');
  assert.ok(await shown(page));
  await held.visit.close();

  // A plan link in the address opens another step: hidden first too.
  const linked = await openHeld('#mne-plan=1.x');
  assert.equal(await linked.visit.page.evaluate(() => document.documentElement.dataset.mneStale), 'en');
  assert.equal(await shown(linked.visit.page), false);
  linked.release();
  await linked.visit.page.waitForSelector(LIVE, { state: 'attached' });
  assert.ok(await shown(linked.visit.page));
  await linked.visit.close();

  // The page's attributes edited without a rebuild: the app replaces the pre-render with them.
  const edited = await recordedPage(site.browser, site.url);
  await edited.page.route(/\/(index\.html)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      /<div id="?microneedling-explorer"?/,
      '$& data-clinic-name="Edited Clinic" data-concerns="pores texture"',
    );
    await route.fulfill({ response, body });
  });
  await edited.goto('');
  await edited.waitForApp();
  assert.equal(await edited.page.locator('p[data-clinic-name]').innerText(), 'Edited Clinic');
  assert.deepEqual(
    await edited.page.locator('input[name="concern"]').evaluateAll((all) => all.map((b) => b.value)),
    ['pores', 'texture'],
  );
  assert.equal(await edited.page.locator('section.mne').count(), 1, 'one app, the pre-render gone');
  await edited.close();
});

test('a clinic\'s Spanish page (lang="es"), rebuilt: Spanish before the wasm, and still Spanish when the app first shows', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'mne-prerender-'));
  let spanishSite;
  try {
    cpSync(DIST, dist, { recursive: true });
    const index = join(dist, 'index.html');
    const html = readFileSync(index, 'utf8');
    writeFileSync(index, html.replace(/<div id="?microneedling-explorer"?/, '$& lang="es"'));
    // What scripts/build.sh runs: a second run replaces the earlier pre-render.
    execFileSync('cargo', ['run', '--quiet', '--offline', '--example', 'prerender', '--features', 'ssr', '--', dist], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    spanishSite = await startSite({ root: dist });
    const held = await openHeld('', {}, { browserSite: spanishSite });
    const { page } = held.visit;
    assert.equal(await page.locator('#microneedling-explorer').getAttribute('data-mne-prerender'), 'es');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.mneStale), undefined);
    assert.ok(await shown(page), 'the Spanish pre-render is on screen');
    assert.equal(await page.locator('h1').innerText(), SPANISH['ui.app.title']);
    await page.locator('input[name="concern"][value="texture"]').click();
    await spanishFetched(page);
    await watchLive(page);
    held.release();
    await page.waitForSelector(LIVE, { state: 'attached' });
    assert.equal(await page.evaluate(() => window.__langWhenLive), 'es');
    assert.equal(await page.locator('h1').innerText(), SPANISH['ui.app.title']);
    assert.ok(await page.locator('[data-concern="texture"]').isVisible(), 'the box ticked before is kept');
    await held.visit.close();
  } finally {
    await spanishSite?.close();
    rmSync(dist, { recursive: true, force: true });
  }
});

test('scripts off: the concern list and the guide read, the boxes tick, and a note says what needs JavaScript', async () => {
  const visit = await recordedPage(site.browser, site.url, { javaScriptEnabled: false });
  const { page } = visit;
  await visit.goto('');
  assert.equal(await page.locator('h1').innerText(), ENGLISH_TITLE);
  const boxes = page.locator('input[name="concern"]');
  assert.equal(await boxes.count(), CONCERNS.length);
  for (const id of CONCERNS) {
    const label = page.locator(`li.mne-concern:has(input[value="${id}"]) .mne-choice-name`);
    assert.ok((await label.innerText()).length > 3, `${id} is named`);
  }
  await boxes.nth(2).click();
  assert.ok(await boxes.nth(2).isChecked(), 'a box ticks without scripts');
  let opened = 0;
  for (const section of await page.locator('details[data-guide], details[data-option]').all()) {
    await section.locator('summary').click();
    assert.ok((await section.innerText()).length > 40);
    opened += 1;
  }
  assert.ok(opened >= 5, `only ${opened} guide sections`);
  const note = await page.locator('noscript').evaluate((n) => n.textContent);
  assert.match(note, /JavaScript/);
  const box = await page.locator('noscript').boundingBox();
  assert.ok(box && box.height > 10, `the note shows: ${JSON.stringify(box)}`);
  // With scripts off Chromium refuses the app's module preload, and reports it as blocked by
  // the CSP: the browser's doing, not the page's.
  const refused = visit.problems.filter((p) => /^request failed: .*\.js \(csp\)$/.test(p));
  assert.ok(refused.length <= 1, refused.join('\n'));
  visit.problems.splice(0, visit.problems.length, ...visit.problems.filter((p) => !refused.includes(p)));
  await visit.close();
});
