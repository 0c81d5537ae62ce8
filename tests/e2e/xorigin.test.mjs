// Embedding from another origin, as clinics do (issue 16): the widget's files come from
// http://localhost:<port> (scripts/serve.mjs with the headers a CDN sends), the clinic's page from
// http://127.0.0.1:<another port>. To Chromium those are different origins and different sites
// (a host name and an IP address never share one), as a CDN and a clinic's domain are. Then a
// host that sends the wrong headers: one clear console error and a notice in the element.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSP, crossOrigin, startServer } from '../../scripts/serve.mjs';
import {
  DIST, answerAll, checkA11y, launchChromium, nearnessSettled, recordEvents, recordedPage,
} from './harness.mjs';

/** The wasm-bindgen JS, the wasm and the stylesheet: the widget's own bytes. */
const WIDGET_BYTES = /\/(microneedling-explorer-[0-9a-f]+(_bg\.wasm|\.js)|app-[0-9a-f]+\.css)$/;
/** What the visitor reads in the element when the widget's files cannot be used. */
const NOTICE = /could not load/;

let browser;
let widget; // dist/ with the CDN's headers, on localhost
let third; // a third origin, for messages that must be ignored
let host; // the clinic's pages, on 127.0.0.1 under a strict CSP naming the widget's origin
let openHost; // the same pages with no CSP at all
let dir;
/** `http://localhost:<port>` of a server started on 127.0.0.1. */
const onLocalhost = (server) => `http://localhost:${server.port}`;

/** A clinic's page embedding the custom element from `origin`, below the fold. */
const elementPage = (origin) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A clinic on another origin</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="host.css"><script src="${origin}/embed.js" defer></script></head>
<body><main><h1>A clinic on another origin</h1><p class="spacer">About us.</p>
<microneedling-explorer id="explorer-far" clinic-name="Far Clinic" booking-url="https://far.example/book">
</microneedling-explorer></main></body></html>`;

/** The strict policy of the clinic's page, with `origin` allowed where the README says. */
const hostCsp = (origin) =>
  CSP.replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' ${origin}`)
    .replace("style-src 'self'", `style-src 'self' ${origin}`)
    .replace("connect-src 'self'", `connect-src 'self' ${origin}`);

before(async () => {
  browser = await launchChromium();
  widget = await startServer({ root: DIST });
  const W = onLocalhost(widget);
  dir = mkdtempSync(join(tmpdir(), 'mne-xorigin-'));
  third = await startServer({ root: dir });
  const T = third.url.replace(/\/$/, '');
  writeFileSync(join(dir, 'host.css'), '.spacer { min-height: 2400px; }\n');
  writeFileSync(join(dir, 'element.html'), elementPage(W));
  writeFileSync(
    join(dir, 'frame.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A spa on another origin</title>
<link rel="icon" href="data:,"><script src="${W}/embed-frame.js" defer></script></head>
<body><main><h1>A spa on another origin</h1>
<iframe id="explorer-frame" data-mne-frame title="Microneedling explorer"
  src="${W}/frame.html?clinic-name=Far%20Spa&amp;at-home=off"></iframe>
<iframe id="decoy" title="Someone else's frame" src="${T}/decoy.html"></iframe></main></body></html>`,
  );
  // A frame of another origin that pretends to be the widget.
  writeFileSync(
    join(dir, 'decoy.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Decoy</title>' +
      '<script src="decoy.js"></script></head><body></body></html>',
  );
  writeFileSync(
    join(dir, 'decoy.js'),
    "for (const message of [{ type: 'mne-height', height: 7 }, { type: 'mne-step', step: 'plan' }, " +
      "{ type: 'mne-booking' }, { type: 'decoy-done' }]) parent.postMessage(message, '*');\n",
  );
  host = await startServer({ root: dir, csp: `${hostCsp(W)}; frame-src 'self' ${W} ${T}` });
  openHost = await startServer({ root: dir, csp: false });
});
after(async () => {
  await browser?.close();
  for (const server of [widget, third, host, openHost]) await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens `path` on `server` with the widget's events recorded. */
async function openOn(server, path) {
  const visit = await recordedPage(browser, server.url);
  const events = await recordEvents(visit.page);
  await visit.goto(path);
  return { visit, page: visit.page, events };
}

for (const [policy, server] of [['no CSP', () => openHost], ['a strict CSP naming the widget origin', () => host]]) {
  test(`custom element from another origin (${policy}): lazy, renders, live attributes, events`, async () => {
    const W = onLocalhost(widget);
    const { visit, page, events } = await openOn(server(), 'element.html');
    assert.notEqual(new URL(visit.page.url()).origin, W);
    const far = page.locator('#explorer-far');
    const widgetRequests = () => visit.requests.map((r) => r.url()).filter((url) => WIDGET_BYTES.test(url));

    // Lazy: below the fold, nothing of the app is fetched.
    await nearnessSettled(page, '#explorer-far');
    assert.equal(await far.evaluate((el) => el.shadowRoot.childNodes.length), 0, 'it started off-screen');
    assert.deepEqual(widgetRequests(), []);
    await far.scrollIntoViewIfNeeded();
    await far.locator('[data-step="explore"]').waitFor({ timeout: 15_000 });
    const mark = visit.mark();

    // Renders, styled, with every file from the widget's origin, each once, with the CDN's headers.
    assert.equal(await far.locator('[data-clinic-name]').innerText(), 'Far Clinic');
    assert.equal(await far.locator('.mne-step').evaluate((el) => getComputedStyle(el).display), 'grid');
    const fetched = visit.requests.filter((r) => WIDGET_BYTES.test(r.url()));
    assert.equal(fetched.length, 3, `${fetched.map((r) => r.url())}`);
    for (const request of fetched) {
      assert.ok(request.url().startsWith(`${W}/`), request.url());
      const headers = (await request.response()).headers();
      assert.equal(headers['access-control-allow-origin'], '*', request.url());
      if (request.url().endsWith('.wasm')) assert.equal(headers['content-type'], 'application/wasm');
    }

    // Live attribute and property changes keep the visitor's place.
    await far.locator('input[value="fine-lines"]').check();
    await page.evaluate(() => {
      const el = document.getElementById('explorer-far');
      el.setAttribute('clinic-name', 'Far Clinic Downtown');
      el.accentColor = '#005f73';
    });
    await far.locator('[data-clinic-name]', { hasText: 'Far Clinic Downtown' }).waitFor({ timeout: 5000 });
    const accent = await far
      .locator('.mne-stepper-button.is-current .mne-stepper-number')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(accent, 'rgb(0, 95, 115)');
    assert.ok(await far.locator('input[value="fine-lines"]').isChecked(), 'the visitor lost their choice');

    // Events reach the clinic's page.
    await page.evaluate(() =>
      document.addEventListener('click', (event) => {
        if (event.composedPath()[0].closest?.('a[data-booking]')) event.preventDefault();
      }, true),
    );
    await answerAll(far, 'no');
    await far.locator('[data-go="plan"]').click();
    await far.locator('a[data-booking]').click();
    await page.waitForFunction(() => window.__mneEvents.some((e) => e.type === 'mne-booking'));
    assert.deepEqual(
      (await events()).map((e) => `${e.target}:${e.type}${e.detail?.step ? `:${e.detail.step}` : ''}`),
      [
        'explorer-far:mne-ready:explore',
        'explorer-far:mne-step:check',
        'explorer-far:mne-step:result',
        'explorer-far:mne-finished',
        'explorer-far:mne-step:plan',
        'explorer-far:mne-booking',
      ],
    );
    // Nothing was fetched once the app showed, from any origin.
    await visit.assertNoRequestsSince(mark, { origins: [W] });
    await visit.close(); // no console error, no CSP violation
  });
}

test('iframe mode from another origin: auto height, events, and messages from other origins ignored', async () => {
  const W = onLocalhost(widget);
  const { visit, page, events } = await openOn(host, 'frame.html');
  await page.evaluate(() => {
    window.__messages = [];
    addEventListener('message', (event) => window.__messages.push({ origin: event.origin, type: event.data?.type }));
  });
  const frameElement = page.locator('#explorer-frame');
  const frame = page.frameLocator('#explorer-frame');
  await frame.locator('[data-step="explore"]').waitFor({ timeout: 15_000 });
  assert.equal(await frame.locator('[data-clinic-name]').innerText(), 'Far Spa');
  assert.equal(new URL(await frameElement.getAttribute('src')).origin, W);

  /**
   * Waits, frame by frame, until the iframe is exactly as tall as its content (which it cannot
   * read: the frame is of another origin), the content does not scroll and, if `than` is given,
   * the height has grown past it (`than` > 0) or shrunk below -`than`; returns the height.
   */
  const fitted = async (than = 0) => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const inside = await frame.locator('html').evaluate((html) => ({
        content: Math.ceil(html.getBoundingClientRect().height),
        scrolls: html.scrollHeight > html.clientHeight,
      }));
      const height = await frameElement.evaluate((iframe) => iframe.clientHeight);
      const moved = than > 0 ? height > than : than < 0 ? height < -than : true;
      if (moved && Math.abs(height - inside.content) <= 1 && !inside.scrolls) return height;
      if (Date.now() > deadline) {
        assert.fail(`the frame is ${height}px for ${inside.content}px of content (wanted past ${than})`);
      }
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    }
  };
  const start = await fitted();
  assert.ok(start > 600, `the frame grew to its content (${start}px)`);
  await frame.locator('input[value="acne-scars"]').check();
  await frame.locator('input[value="stretch-marks"]').check();
  const taller = await fitted(start + 100);
  await frame.locator('[data-go="about"]').click();
  await frame.locator('[data-step="about"]').waitFor();
  const about = await fitted(-taller);
  await page.waitForFunction(() => window.__mneEvents.length >= 2);
  const seen = ['explorer-frame:mne-ready:explore', 'explorer-frame:mne-step:about'];
  const sequence = async () => (await events()).map((e) => `${e.target}:${e.type}:${e.detail?.step ?? ''}`);
  assert.deepEqual(await sequence(), seen);

  // Messages in the widget's format from anyone but the frame's own window and origin do nothing:
  // a frame of a third origin, the clinic's page itself, and the widget's frame once navigated to
  // another origin. Each sends `decoy-done` last; once the page has received it, the widget's
  // listener has handled (and ignored) everything before it.
  const decoys = (origin) =>
    page.waitForFunction(
      (origin) => window.__messages.some((m) => m.type === 'decoy-done' && m.origin === origin),
      origin,
    );
  const T = third.url.replace(/\/$/, '');
  const H = host.url.replace(/\/$/, '');
  await page.evaluate(() => {
    const decoy = document.getElementById('decoy');
    decoy.src = decoy.src; // loads it again, now that the page listens
  });
  await decoys(T);
  await page.evaluate(() => {
    for (const message of [{ type: 'mne-height', height: 7 }, { type: 'mne-step', step: 'plan' }, { type: 'decoy-done' }]) {
      postMessage(message, '*');
    }
  });
  await decoys(H);
  assert.equal(await frameElement.evaluate((iframe) => iframe.clientHeight), about);
  assert.deepEqual(await sequence(), seen);
  await page.evaluate((url) => {
    window.__messages = [];
    document.getElementById('explorer-frame').contentWindow.location.href = url;
  }, `${H}/decoy.html`);
  await decoys(H);
  assert.equal(await frameElement.evaluate((iframe) => iframe.clientHeight), about, 'a navigated frame resized it');
  assert.deepEqual(await sequence(), seen);
  await visit.close();
});

/**
 * Serves dist/ as a misconfigured widget host would (`options` for startServer) on localhost, and
 * the clinic's page on 127.0.0.1, with no CSP or (`strict`) the strict one naming that origin.
 * Resolves to `{ W, visit, page, far, close }` once the page is open and the element scrolled
 * into view; `close()` closes the page (checking it reported nothing more) and both servers.
 */
async function misconfiguredHost(options, { strict }) {
  const bad = await startServer({ root: DIST, ...options });
  const W = onLocalhost(bad);
  const page = `broken-${bad.port}.html`;
  writeFileSync(join(dir, page), elementPage(W));
  const clinic = await startServer({ root: dir, csp: strict ? hostCsp(W) : false });
  const opened = await openOn(clinic, page);
  const far = opened.page.locator('#explorer-far');
  await far.scrollIntoViewIfNeeded();
  return {
    W,
    ...opened,
    far,
    async close() {
      try {
        await opened.visit.close();
      } finally {
        await clinic.close();
        await bad.close();
      }
    },
  };
}

/**
 * Waits for the notice in the element and checks it: text, not an empty box, no app; then that
 * the loader logged its one console error naming `W` and the headers, and that everything else
 * the page reported is the browser's own report of the refused file (`broken`), which it clears.
 */
async function expectNotice({ W, visit, far }, broken) {
  const notice = far.locator('[role="alert"]');
  await notice.waitFor({ timeout: 15_000 });
  assert.match(await notice.innerText(), NOTICE);
  const box = await far.boundingBox();
  assert.ok(box.height > 20, `the element is an empty box (${box.height}px)`);
  assert.equal(await far.locator('.mne').count(), 0);

  // Every report of the refused load is in by the time a later request is (they come in order).
  await visit.settle();
  const ours = visit.problems.filter((p) => p.includes('microneedling-explorer:'));
  assert.equal(ours.length, 1, `expected one console error from the loader:\n${visit.problems.join('\n')}`);
  assert.ok(ours[0].includes(`could not load its files from ${W}.`), ours[0]);
  assert.match(ours[0], /Access-Control-Allow-Origin/);
  assert.match(ours[0], /application\/wasm/);
  const file = visit.requests.map((r) => r.url()).find((url) => broken.test(url));
  assert.ok(file, `the page never asked for the ${broken} file`);
  const others = visit.problems.filter((p) => !ours.includes(p));
  assert.ok(others.length > 0, 'the browser reported nothing about the refused file');
  for (const problem of others) assert.ok(problem.includes(file), `unexpected: ${problem}`);
  visit.problems.length = 0; // all expected: close() checks that nothing more is reported
}

test('no CORS header at all: one console error and a notice in the element, never an empty box', async () => {
  const host = await misconfiguredHost({ cors: () => false }, { strict: true });
  try {
    await expectNotice(host, /microneedling-explorer-[0-9a-f]+\.js$/);
  } finally {
    await host.close();
  }
});

test('no CORS header on the wasm alone: the same notice, in the page\'s text style, accessible', async () => {
  const host = await misconfiguredHost(
    { cors: (path) => crossOrigin(path) && !path.endsWith('.wasm') },
    { strict: false }, // axe-core adds inline styles as it runs, which a strict CSP blocks
  );
  try {
    await expectNotice(host, /_bg\.wasm$/);
    // Written in the page's own text style, so it is as readable as the page around it.
    const styles = await host.far.evaluate((el) => {
      const notice = getComputedStyle(el.shadowRoot.querySelector('[role="alert"]'));
      const page = getComputedStyle(document.querySelector('h1'));
      return [notice.color, notice.fontFamily, page.color, page.fontFamily];
    });
    assert.deepEqual(styles.slice(0, 2), styles.slice(2));
    await checkA11y(host.page, { include: '#explorer-far' });
  } finally {
    await host.close();
  }
});

test('wasm served as application/octet-stream: the widget still starts, slower, and the console says why', async () => {
  // wasm-bindgen's glue falls back from streaming compilation to compiling the downloaded bytes,
  // with a warning that names the content type; nothing breaks for the visitor.
  const host = await misconfiguredHost({ types: { '.wasm': 'application/octet-stream' } }, { strict: true });
  try {
    const warnings = [];
    host.page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await host.far.locator('[data-step="explore"]').waitFor({ timeout: 15_000 });
    const wasm = host.visit.requests.find((r) => r.url().endsWith('.wasm'));
    assert.equal((await wasm.response()).headers()['content-type'], 'application/octet-stream');
    assert.ok(
      warnings.some((w) => w.includes('application/wasm')),
      `no warning named application/wasm:\n${warnings.join('\n')}`,
    );
  } finally {
    await host.close();
  }
});
