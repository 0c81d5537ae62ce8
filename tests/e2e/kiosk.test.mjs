// Kiosk mode (issue 17): the built kiosk page (dist/kiosk.html) as a clinic would set it up, with
// a 2-second timeout, the clinic's booking and phone links, and the service worker list rebuilt
// (`node scripts/build-sw.mjs`, as the README says). The page's clock is Playwright's fake clock,
// paused: the tests move time on by exactly as much as they need, never waiting for it.
// Checked: the warning and "I'm still here"; the timeout and "Start over" removing everything
// (what the page shows, storage, history, the address bar); leaving and coming back (the
// back/forward cache); the QR code, read with a real decoder (jsQR on a PNG screenshot), holding
// exactly the "send to myself" link; print, booking and phone still there; no request after load;
// axe clean with the dialog open; the ordinary page and an embedded widget ignoring the setting.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { fullFiles } from '../../scripts/dist.mjs';
import { CHROMIUM_ARGS, DIST, ROOT, checkA11y, recordedPage, startSite } from './harness.mjs';
import { answerAll, chooseConcerns } from './visitor.mjs';

/** The clinic's settings on the kiosk pages in this test. */
const CLINIC = 'clinic-name=Glow booking-url=https://glow.example/book phone="+44 20 7946 0000"';
/** Seconds the timeout and the warning take on kiosk.html here (the warning waits as long). */
const TIMEOUT = 2;
/**
 * kiosk-slow.html's timeout: axe-core runs on the page's timers, so the axe checks run on a real
 * clock, on this page, whose warning then waits 30 seconds.
 */
const SLOW = 60;

let site;
let root;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'mne-kiosk-'));
  await cp(DIST, root, { recursive: true });
  const kiosk = await readFile(join(root, 'kiosk.html'), 'utf8');
  assert.match(kiosk, /<div kiosk /, 'dist/kiosk.html has kiosk on its mount element');
  const kioskWith = (timeout) => kiosk.replace('<div kiosk ', `<div kiosk kiosk-timeout=${timeout} ${CLINIC} `);
  await writeFile(join(root, 'kiosk.html'), kioskWith(TIMEOUT));
  await writeFile(join(root, 'kiosk-slow.html'), kioskWith(SLOW));
  // The ordinary page with the setting on its mount element: only kiosk.html has kiosk mode.
  const index = await readFile(join(root, 'index.html'), 'utf8');
  const asked = index.replace(/<div id="?microneedling-explorer"?/, `$& kiosk kiosk-timeout=${SLOW}`);
  assert.notEqual(asked, index, 'dist/index.html has its mount element');
  await writeFile(join(root, 'index-kiosk.html'), asked);
  // A clinic page embedding the widget with the setting: it must be ignored there.
  await writeFile(
    join(root, 'kiosk-embedded.html'),
    '<!doctype html><html lang=en><link rel=icon href="data:,"><title>Clinic</title><main><h1>Clinic</h1>' +
      '<microneedling-explorer kiosk></microneedling-explorer></main><script src=embed.js></script>',
  );
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'build-sw.mjs'), root]);
  site = await startSite({ root });
});
after(async () => {
  await site?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** A new recorded page whose clock is installed and paused (at 1 December 2026, 09:00). */
async function pausedPage(context = {}) {
  const visit = await recordedPage(site.browser, site.url, context);
  await visit.context.clock.install({ time: new Date('2026-12-01T08:59:59Z') });
  await visit.page.clock.pauseAt(new Date('2026-12-01T09:00:00Z'));
  return visit;
}

/** Opens `path` on a paused clock, once the app is up. */
async function openPaused(path = 'kiosk.html', context = {}) {
  const visit = await pausedPage(context);
  await visit.goto(path);
  await visit.waitForApp();
  return visit;
}

/** Moves the page's clock on by `seconds`, running its timers. */
const pass = (page, seconds) => page.clock.runFor(seconds * 1000);

/** The warning dialog: whether it is open as a modal one. */
const warningOpen = (page) => page.locator('[data-idle-warning]').evaluate((d) => d.open && d.matches(':modal'));

/** A visitor's plan with acne scars, a cold-sore history, a date, a tick and booking consent. */
async function makePlan(page) {
  await chooseConcerns(page, ['acne-scars', 'texture']);
  await answerAll(page, { 'cold-sore-history': 'yes', pregnancy: 'unsure' });
  await page.click('[data-go="plan"]');
  await page.fill('[data-first-session]', '2027-03-15');
  await page.locator('[data-checklist]').waitFor();
  await page.locator('[data-check]:visible').first().check();
  // Only where the clinic gave a booking link (the kiosk page here).
  if (await page.locator('[data-booking-consent]').count()) await page.check('[data-booking-consent]');
}

/**
 * Fails unless the page shows a fresh start (start step; after starting over in the page, its
 * heading focused) and holds nothing of the last visitor anywhere a visitor could look; returns
 * how many places it checked.
 */
async function assertForgotten(page, historyLength, { focused = true } = {}) {
  let checked = 0;
  const ok = (condition, what) => {
    assert.ok(condition, what);
    checked += 1;
  };
  await page.locator('[data-step="explore"]').waitFor();
  ok(!(await warningOpen(page)), 'the warning is closed');
  if (focused) {
    ok(await page.evaluate(() => document.activeElement?.matches('[data-step="explore"] h2')), 'focus is on the start heading');
  }
  ok((await page.locator('input:checked:not([value="any"])').count()) === 0, 'no concern or value is chosen');
  ok((await page.locator('[data-notice]').count()) === 0, 'no notice is left');
  await page.click('[data-go="check"]');
  ok((await page.locator('[data-step="check"] input:checked').count()) === 0, 'no answer is left');
  await page.click('[data-go="plan"]');
  const date = page.locator('[data-first-session]');
  ok((await date.count()) === 0 || (await date.inputValue()) === '', 'no date is left');
  ok((await page.locator('[data-check]:checked').count()) === 0, 'no tick is left');
  ok((await page.locator('[data-booking-consent]:checked').count()) === 0, 'no consent is left');
  ok((await page.locator('[data-no-concerns]').count()) === 1, 'the plan has no concerns');
  const kept = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    history: history.length,
    hash: location.hash,
  }));
  ok(kept.local === 0 && kept.session === 0, `storage is empty: ${JSON.stringify(kept)}`);
  ok(kept.history === historyLength, `no history entry was added: ${kept.history} vs ${historyLength}`);
  ok(kept.hash === '', 'no fragment in the address bar');
  await page.click('[data-go="explore"]');
  return checked;
}

test('kiosk: after the timeout a modal warning says what will happen; "I\'m still here" extends; axe clean with it open', async () => {
  const visit = await openPaused();
  const { page } = visit;
  const mark = visit.mark();
  await chooseConcerns(page, ['pores']);
  assert.equal(await page.locator('[data-start-over]:visible').count(), 1, '"Start over" is at hand');

  await pass(page, TIMEOUT - 1);
  assert.equal(await warningOpen(page), false, 'no warning before the timeout');
  await pass(page, 1);
  assert.equal(await warningOpen(page), true, 'the warning opens after the timeout');
  const dialog = page.locator('[data-idle-warning]');
  assert.match(await dialog.innerText(), /Are you still there\?/);
  assert.match(await dialog.innerText(), /remove everything you entered/);
  assert.equal(await page.locator('[data-idle-left]').innerText(), `Seconds left: ${TIMEOUT}`);
  assert.ok(await page.evaluate(() => document.activeElement?.matches('[data-stay]')), 'focus is on "I\'m still here"');
  await pass(page, 1);
  assert.equal(await page.locator('[data-idle-left]').innerText(), 'Seconds left: 1', 'it counts down');

  await page.click('[data-stay]');
  assert.equal(await warningOpen(page), false, '"I\'m still here" closes the warning');
  await pass(page, TIMEOUT - 1);
  assert.equal(await warningOpen(page), false, 'the wait begins again');
  assert.ok(await page.isChecked('input[type="checkbox"][value="pores"]'), 'the answers are kept');

  // Escape is an answer too: it closes the warning the same way.
  await pass(page, 1);
  assert.equal(await warningOpen(page), true);
  await page.keyboard.press('Escape');
  assert.equal(await warningOpen(page), false, 'Escape extends');
  assert.ok(await page.isChecked('input[type="checkbox"][value="pores"]'));
  await visit.assertNoRequestsSince(mark);
  await visit.close();

  // axe with the warning open, on a real clock (the warning then waits 30 s).
  const slow = await openPaused('kiosk-slow.html');
  await pass(slow.page, SLOW);
  assert.equal(await warningOpen(slow.page), true);
  await slow.page.clock.resume();
  await checkA11y(slow.page);
  assert.equal(await warningOpen(slow.page), true, 'still open after the check');
  await slow.close();
});

test('kiosk: the timeout and "Start over" remove every answer, date, tick and link; nothing saved, no history', async () => {
  // What an earlier, ordinary visit on this device saved, and a plan link to open the kiosk with.
  const visit = await pausedPage();
  await visit.goto('');
  await visit.waitForApp();
  await visit.page.evaluate(() =>
    localStorage.setItem('microneedling-explorer', 'v1|mne-plan=1.008.-----------------|'),
  );
  await visit.goto('kiosk.html#mne-plan=1.001.nnnnnnnnnnnnnnnnn.20270101');
  await visit.waitForApp();
  const { page } = visit;
  const mark = visit.mark();
  const historyLength = await page.evaluate(() => history.length);
  await page.locator('[data-notice="restored"]').waitFor();
  assert.equal(new URL(page.url()).hash, '', 'the plan link left the address bar');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'what was saved is removed, never filled in');
  assert.equal(await page.locator('[data-remember]').count(), 0, 'remembering is never offered');

  await makePlan(page);
  await pass(page, TIMEOUT);
  assert.equal(await warningOpen(page), true);
  await pass(page, TIMEOUT);
  const afterTimeout = await assertForgotten(page, historyLength);

  await makePlan(page);
  await page.locator('.mne-kiosk-bar [data-start-over]').click();
  const afterButton = await assertForgotten(page, historyLength);

  // "Start over" in the warning does the same.
  await makePlan(page);
  await pass(page, TIMEOUT);
  await page.locator('[data-idle-warning] [data-start-over]').click();
  const fromWarning = await assertForgotten(page, historyLength);
  assert.equal(afterTimeout + afterButton + fromWarning, 3 * 12, 'every place was checked each time');
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

test('kiosk: leaving the page and coming back from the back/forward cache shows no answers', async () => {
  // Playwright turns the back/forward cache off by default; a visitor's browser has it on.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  try {
    const visit = await recordedPage(browser, site.url);
    await visit.goto('kiosk-slow.html');
    await visit.waitForApp();
    const { page } = visit;
    const historyLength = await page.evaluate(() => history.length);
    await makePlan(page);
    // The page kept in the cache keeps this listener, and says so when it is shown again.
    await page.evaluate(() => {
      addEventListener('pageshow', (event) => {
        window.__e2eFromCache = event.persisted;
      });
    });
    await visit.goto('index.html');
    await visit.waitForApp();
    await page.goBack({ waitUntil: 'load' });
    await visit.waitForApp();
    assert.equal(await page.evaluate(() => window.__e2eFromCache), true, 'the page came back from the cache');
    assert.equal(await assertForgotten(page, historyLength + 1), 12);
    await visit.close();
  } finally {
    await browser.close();
  }
});

test('kiosk: the plan goes home as a QR code holding exactly the "send to myself" link; print, booking and phone work', async () => {
  // The same plan on the ordinary page: its "send to myself" link, and no kiosk script loaded.
  const plain = await site.openApp('', { permissions: ['clipboard-read', 'clipboard-write'] });
  await makePlan(plain.page);
  await plain.page.click('[data-send] summary');
  await plain.page.click('[data-send-link]');
  await plain.page.locator('[data-notice="copied"]').waitFor();
  const sent = await plain.page.evaluate(() => navigator.clipboard.readText());
  assert.match(sent, /#mne-plan=1\.[0-9a-f]{3}\.[-ynu]{17}\.20270315$/);
  assert.deepEqual(
    plain.requests.map((r) => r.url()).filter((url) => /kiosk/.test(url)),
    [],
    'the ordinary page never loads the kiosk script',
  );
  await plain.close();

  const visit = await site.openApp('kiosk-slow.html', { deviceScaleFactor: 2 });
  const { page } = visit;
  const mark = visit.mark();
  assert.ok(visit.requests.some((r) => /\/kiosk-[A-Za-z0-9]+\.js$/.test(r.url())), 'the kiosk script loaded');
  await makePlan(page);
  assert.equal(await page.locator('[data-send]').count(), 0, 'no sharing or copying on a shared device');
  assert.equal(await page.locator('[data-remember]').count(), 0, 'no remembering');
  assert.equal(await page.locator('[data-calendar]').count(), 0, 'no download left on the device');
  assert.equal(await page.locator('a[data-booking]').getAttribute('href'), 'https://glow.example/book');
  assert.equal(await page.locator('a[data-phone]').getAttribute('href'), 'tel:+442079460000');
  await page.evaluate(() => {
    window.print = () => {
      window.__e2ePrinted = (window.__e2ePrinted ?? 0) + 1;
    };
  });
  await page.click('[data-print]');
  assert.equal(await page.evaluate(() => window.__e2ePrinted), 1, 'print still works');

  await page.click('[data-take-home] summary');
  const says = await page.locator('[data-take-home-says]').innerText();
  assert.match(says, /link with your concerns, answers and date/);
  assert.match(says, /never kept on a server/);
  const code = page.locator('[data-qr]');
  assert.equal(await code.getAttribute('role'), 'img');
  assert.ok((await code.getAttribute('aria-label')).length > 10, 'the code has a text equivalent');
  const png = PNG.sync.read(await code.locator('svg').screenshot());
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(read, 'a QR decoder reads the code');
  const expected = new URL('./', page.url()).href + new URL(sent).hash;
  assert.equal(read.data, expected, 'the code holds the send link, on the ordinary page');
  assert.equal(read.data, sent, 'the same link "Send to myself" makes');
  await checkA11y(page);
  await visit.assertNoRequestsSince(mark);
  await visit.close();

  // Scanned on a phone, it opens the plan on the ordinary page (no kiosk mode there).
  const phone = await site.open(new URL(read.data).pathname + new URL(read.data).hash);
  await phone.waitForApp();
  await phone.page.locator('[data-notice="restored"]').waitFor();
  assert.equal(await phone.page.inputValue('[data-first-session]'), '2027-03-15');
  assert.equal(await phone.page.locator('[data-start-over]').count(), 0);
  await phone.close();
});

test('kiosk: the ordinary page ignores the setting, with a console warning (boot.js); kiosk.html gives none', async () => {
  const ignoring = (text) => text.startsWith('microneedling-explorer: ignoring kiosk: kiosk mode is kiosk.html');
  const ordinary = await recordedPage(site.browser, site.url);
  const warned = ordinary.page.waitForEvent('console', (m) => m.type() === 'warning' && ignoring(m.text()));
  await ordinary.goto('index-kiosk.html');
  await ordinary.waitForApp();
  assert.match((await warned).text(), /see "Kiosk mode" in the README/);
  assert.equal(await ordinary.page.locator('[data-start-over], [data-idle-warning]').count(), 0, 'no kiosk controls');
  await ordinary.close();

  const kiosk = await recordedPage(site.browser, site.url);
  const warnings = [];
  kiosk.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await kiosk.goto('kiosk-slow.html');
  await kiosk.waitForApp();
  await kiosk.page.locator('.mne-kiosk-bar [data-start-over]').waitFor();
  assert.deepEqual(warnings.filter(ignoring), [], 'kiosk.html is where kiosk mode is');
  await kiosk.close();
});

test('kiosk: an embedded widget ignores the setting, with a console warning', async () => {
  const visit = await recordedPage(site.browser, site.url);
  const warnings = [];
  visit.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await visit.goto('kiosk-embedded.html');
  const widget = visit.page.locator('microneedling-explorer');
  await widget.locator('[data-step]').waitFor({ timeout: 15_000 });
  assert.equal(await widget.locator('[data-start-over]').count(), 0, 'no kiosk controls');
  assert.ok(
    warnings.some((w) => w.startsWith('microneedling-explorer: ignoring kiosk')),
    `no warning: ${warnings.join(' | ')}`,
  );
  assert.equal(
    visit.requests.filter((r) => /kiosk-[A-Za-z0-9]+\.js/.test(r.url())).length,
    0,
    'the kiosk script is not loaded',
  );
  await visit.close();
});

test('kiosk: the service worker keeps the kiosk page and the second build once opened online, then it works offline', async () => {
  const { wasm } = fullFiles(root);
  const visit = await recordedPage(site.browser, site.url);
  const { page, context } = visit;
  await visit.goto('kiosk.html');
  await visit.waitForApp();
  // The first visit installs the worker, which keeps the open kiosk page's files with the rest.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  const kept = await page.evaluate(async (url) => {
    const cache = await caches.open((await caches.keys()).find((key) => key.startsWith('mne-')));
    return Boolean(await cache.match(url));
  }, new URL(wasm, site.url).href);
  assert.ok(kept, `the kiosk build's wasm (${wasm}) is not in the worker's cache`);
  await context.setOffline(true);
  await page.reload();
  await visit.waitForApp();
  assert.equal(await page.locator('[data-start-over]').count() > 0, true, 'kiosk mode runs offline');
  await context.setOffline(false);
  await visit.close();
});
