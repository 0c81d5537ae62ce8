// Embedding on clinic websites (issue 5): the <microneedling-explorer> custom element from
// dist/embed.js on a page with hostile CSS, live configuration, teardown, bad attributes, the
// strict-CSP page, iframe mode, the events the host page gets, and lazy loading. The same from
// another origin, and what a misconfigured host gives: tests/e2e/xorigin.test.mjs.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, answerAll, checkA11y, nearnessSettled, recordEvents, recordedPage, startSite } from './harness.mjs';

const STEPS = ['explore', 'check', 'result', 'plan', 'about'];
/** Anything about the visitor's health that must never reach the host page in an event. */
const HEALTH = [
  'acne-scars', 'surgical-scars', 'stretch-marks', 'fine-lines', 'firmness', 'pores', 'pigmentation',
  'texture', 'rosacea', 'product-absorption', 'active-acne', 'isotretinoin', 'pregnancy', 'keloids',
  'not-now', 'talk-first', 'prepare', 'no-red-flags', 'yes', 'unsure', 'clinician-first', 'at-home',
];
/** The wasm-bindgen JS, the wasm and the stylesheet: the widget's own bytes. */
const WIDGET_BYTES = /\/(microneedling-explorer-[0-9a-f]+(_bg\.wasm|\.js)|app-[0-9a-f]+\.css)$/;

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Opens `path` with every mne-* event on the document recorded in `window.__mneEvents`. */
async function openPage(path) {
  const visit = await recordedPage(site.browser, site.url);
  // Record from the very start: the iframe demo boots at once.
  await recordEvents(visit.page);
  await visit.goto(path);
  return visit;
}

/** Scrolls widget `id` into view and waits until its app shows a step. */
async function showWidget(page, id) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.locator(`#${id} [data-step]`).waitFor({ timeout: 15_000 });
}

const widgetRequests = (visit) => visit.requests.map((r) => r.url()).filter((url) => WIDGET_BYTES.test(url));
const recorded = (page) => page.evaluate(() => window.__mneEvents);

test('the loader stays within its budget of 3 KB gzip', () => {
  const size = gzipSync(readFileSync(join(DIST, 'embed.js')), { level: 9 }).length;
  assert.ok(size < 3 * 1024, `dist/embed.js is ${size} B gzip`);
});

test('lazy: no widget bytes until an element nears the viewport, then one shared module load', async () => {
  const visit = await openPage('demo/clinic.html');
  const { page } = visit;
  await nearnessSettled(page, '#explorer-main');
  assert.equal(await page.evaluate(() => document.getElementById('explorer-main').shadowRoot.childNodes.length), 0);
  assert.deepEqual(widgetRequests(visit), [], 'the widget loaded before it neared the viewport');
  await showWidget(page, 'explorer-main');
  await showWidget(page, 'explorer-spa');
  const loaded = widgetRequests(visit);
  assert.equal(loaded.filter((url) => url.endsWith('.wasm')).length, 1, `wasm fetched once: ${loaded}`);
  assert.equal(loaded.filter((url) => url.endsWith('.js')).length, 1, `app module fetched once: ${loaded}`);
  assert.ok(loaded.some((url) => url.endsWith('.css')), 'the stylesheet loads into the shadow root');
  await visit.close();
});

test('hostile CSS: both widgets render as designed and keep their own configuration and state', async () => {
  const visit = await openPage('demo/clinic.html');
  const { page } = visit;
  await showWidget(page, 'explorer-main');
  await showWidget(page, 'explorer-spa');
  const main = page.locator('#explorer-main');
  const spa = page.locator('#explorer-spa');

  const looks = (id) =>
    page.evaluate((id) => {
      const root = document.getElementById(id).shadowRoot;
      const css = (selector) => getComputedStyle(root.querySelector(selector));
      const button = css('.mne-stepper-button');
      return {
        host: getComputedStyle(document.getElementById(id)).display,
        shadowMode: root.mode,
        stage: css('.mne-stage').display,
        step: css('.mne-step').display,
        app: css('.mne').textTransform + ' ' + css('.mne').letterSpacing + ' ' + css('.mne').textAlign,
        buttonBackground: button.backgroundColor,
        buttonBorder: button.borderTopStyle,
        buttonFont: button.fontStyle + ' ' + button.fontFamily,
        current: css('.mne-stepper-button.is-current .mne-stepper-number').backgroundColor,
        width: root.querySelector('.mne').getBoundingClientRect().width,
      };
    }, id);
  for (const [id, accent] of [['explorer-main', 'rgb(122, 31, 162)'], ['explorer-spa', 'rgb(230, 170, 20)']]) {
    const seen = await looks(id);
    assert.equal(seen.host, 'block');
    assert.equal(seen.shadowMode, 'open');
    assert.equal(seen.stage, 'block', 'the host div { display: flex !important } leaked in');
    assert.equal(seen.step, 'grid');
    assert.equal(seen.app, 'none normal start', 'inherited host text styles leaked in');
    assert.equal(seen.buttonBackground, 'rgba(0, 0, 0, 0)', 'host button rules leaked in');
    assert.notEqual(seen.buttonBorder, 'dashed');
    assert.match(seen.buttonFont, /^normal Georgia/, 'the --mne-font custom property crosses in');
    assert.equal(seen.current, accent, `${id} shows its own accent`);
    assert.ok(seen.width > 600, `${id} is laid out at full width (${seen.width}px)`);
  }
  assert.equal(await main.locator('[data-clinic-name]').innerText(), 'Glow Skin Clinic');
  assert.equal(await spa.locator('[data-clinic-name]').innerText(), 'Harbour Spa');

  // State is per widget.
  await main.locator('input[value="product-absorption"]').check();
  await main.locator('[data-go="check"]').click();
  await main.locator('[data-step="check"]').waitFor();
  assert.equal(await spa.locator('[data-step]').getAttribute('data-step'), 'explore');
  assert.equal(await spa.locator('input[type="checkbox"]:checked').count(), 0);
  // Configuration is per widget: at-home is off for the clinic, on for the spa.
  await spa.locator('input[value="product-absorption"]').check();
  await answerAll(spa, 'no');
  await answerAll(main, 'no');
  await spa.locator('[data-go="plan"]').click();
  await main.locator('[data-go="plan"]').click();
  assert.equal(await spa.locator('[data-plan-setting]').getAttribute('data-plan-setting'), 'at-home');
  assert.equal(await main.locator('[data-plan-setting]').getAttribute('data-plan-setting'), 'professional');
  assert.equal(await main.locator('a[data-booking]').getAttribute('href'), 'https://glow.example/book');
  assert.equal(await spa.locator('a[data-booking]').count(), 0);
  await visit.close();
});

test('accessibility of embedded widgets (axe-core inside the shadow roots)', async () => {
  // axe-core injects inline <style> elements while it walks shadow roots, which the strict CSP
  // (rightly) blocks; CSP is covered by the strict-CSP test, so this context bypasses it.
  const visit = await site.open('demo/clinic.html', { bypassCSP: true });
  const { page } = visit;
  await showWidget(page, 'explorer-main');
  await showWidget(page, 'explorer-spa');
  const main = page.locator('#explorer-main');
  await checkA11y(page, { include: '#explorer-main' });
  await main.locator('input[value="acne-scars"]').check();
  await answerAll(main, 'no');
  await checkA11y(page, { include: '#explorer-main' });
  await main.locator('[data-go="plan"]').click();
  await checkA11y(page, { include: '#explorer-main' });
  await checkA11y(page, { include: '#explorer-spa' });
  await visit.close();
});

test('attributes and properties apply live and keep the visitor\'s place', async () => {
  const visit = await openPage('demo/clinic.html');
  const { page } = visit;
  await showWidget(page, 'explorer-main');
  const main = page.locator('#explorer-main');
  await main.locator('input[value="fine-lines"]').check();
  await page.evaluate(() => {
    const el = document.getElementById('explorer-main');
    el.setAttribute('clinic-name', 'Glow Clinic Downtown');
    el.accentColor = '#005f73';
  });
  await assert.doesNotReject(
    main.locator('[data-clinic-name]', { hasText: 'Glow Clinic Downtown' }).waitFor({ timeout: 5000 }),
  );
  const accent = await main
    .locator('.mne-stepper-button.is-current .mne-stepper-number')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(accent, 'rgb(0, 95, 115)');
  assert.ok(await main.locator('input[value="fine-lines"]').isChecked(), 'the visitor lost their choice');

  await page.evaluate(() => {
    const el = document.getElementById('explorer-main');
    el.atHome = true;
    el.bookingUrl = null;
    el.clinicName = null;
  });
  assert.equal(await main.getAttribute('at-home'), 'on');
  await main.locator('[data-clinic-name]').waitFor({ state: 'detached', timeout: 5000 });
  await main.locator('[data-go="plan"]').click();
  assert.equal(await main.locator('a[data-booking]').count(), 0, 'removing booking-url removes the button');
  // The clinic's default accent comes back when the attribute goes.
  await page.evaluate(() => document.getElementById('explorer-main').removeAttribute('accent-color'));
  await page.waitForFunction(() => {
    const root = document.getElementById('explorer-main').shadowRoot.querySelector('.mne-host');
    return root.style.getPropertyValue('--mne-accent') === '';
  });
  await visit.close();
});

test('removing an element tears its app down; moving keeps it; re-adding starts fresh', async () => {
  const visit = await openPage('demo/clinic.html');
  const { page } = visit;
  await showWidget(page, 'explorer-main');
  await showWidget(page, 'explorer-spa');
  const main = page.locator('#explorer-main');
  await main.locator('input[value="pores"]').check();

  // A move within one task keeps the app and the visitor's place. Teardown is decided in a
  // microtask after the removal: one task later it has been.
  await page.evaluate(async () => {
    const el = document.getElementById('explorer-main');
    el.parentElement.append(el);
    await new Promise((done) => setTimeout(done));
  });
  assert.equal(await main.locator('.mne').count(), 1, 'the move tore the app down');
  assert.ok(await main.locator('input[value="pores"]').isChecked());

  await page.evaluate(() => {
    window.__removed = document.getElementById('explorer-main');
    window.__removed.remove();
  });
  await page.waitForFunction(() => window.__removed.shadowRoot.childNodes.length === 0);
  // The other widget is untouched and still works.
  const spa = page.locator('#explorer-spa');
  await spa.locator('[data-go="about"]').click();
  await spa.locator('[data-step="about"]').waitFor();

  const before = widgetRequests(visit).length;
  await page.evaluate(() => document.querySelector('.widgets').prepend(window.__removed));
  await showWidget(page, 'explorer-main');
  assert.equal(await main.locator('[data-step]').getAttribute('data-step'), 'explore');
  assert.equal(await main.locator('input[type="checkbox"]:checked').count(), 0, 're-added app starts fresh');
  assert.equal(await main.locator('.mne').count(), 1, 'exactly one app in the element');
  assert.ok(
    widgetRequests(visit).slice(before).every((url) => url.endsWith('.css')),
    'the module is not loaded again',
  );
  // It still works after re-adding.
  await main.locator('input[value="pores"]').check();
  await main.locator('[data-go="check"]').click();
  await main.locator('[data-step="check"]').waitFor();
  await visit.close();
});

test('invalid attributes warn (attribute, value, accepted) and fall back; clinic strings are text', async () => {
  const visit = await openPage('demo/clinic.html');
  const { page } = visit;
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const html = '<img src=x onerror="alert(1)"><b>Bold</b> & Co';
  await page.evaluate((html) => {
    const el = document.createElement('microneedling-explorer');
    el.id = 'explorer-bad';
    el.setAttribute('clinic-name', html);
    el.setAttribute('disclosure', `<script>alert(1)</script>${html}`);
    el.setAttribute('booking-url', 'javascript:alert(1)');
    el.setAttribute('accent-color', 'red; background: url(x)');
    el.setAttribute('lang', 'xx');
    el.setAttribute('at-home', 'maybe');
    el.setAttribute('phone', 'call us');
    el.setAttribute('sections', 'plan');
    el.setAttribute('start', 'result');
    document.querySelector('.widgets').prepend(el);
  }, html);
  await showWidget(page, 'explorer-bad');
  const bad = page.locator('#explorer-bad');
  for (const [attribute, value, accepted] of [
    ['booking-url', 'javascript:alert(1)', 'https://'],
    ['accent-color', 'red; background: url(x)', '#rrggbb'],
    ['lang', 'xx', 'language'],
    ['at-home', 'maybe', 'on or off'],
    ['phone', 'call us', 'digits'],
    ['sections', 'plan', 'plan needs both'],
    ['start', 'result', 'explore, check or about'],
  ]) {
    const warning = warnings.find((w) => w.includes(`${attribute}="${value}"`));
    assert.ok(warning, `no warning for ${attribute}; got:\n${warnings.join('\n')}`);
    assert.ok(warning.includes(accepted), `the ${attribute} warning says what is accepted: ${warning}`);
  }
  // Defaults: every step, starting on Explore, default accent, English, at-home allowed, and no
  // booking or phone link at all.
  assert.deepEqual(await bad.locator('[data-go]').evaluateAll((els) => els.map((e) => e.dataset.go)), STEPS);
  assert.equal(await bad.locator('[data-step]').getAttribute('data-step'), 'explore');
  const app = await bad.locator('.mne').evaluate((el) => ({
    lang: el.getAttribute('lang'),
    accent: getComputedStyle(el).getPropertyValue('--mne-a').trim(),
  }));
  assert.equal(app.lang, 'en');
  assert.match(app.accent, /^#(0c6b60|5ccfbb)$/);
  assert.equal(await bad.locator('[data-clinic-name]').textContent(), html.trim());
  await bad.locator('input[value="product-absorption"]').check();
  await answerAll(bad, 'no');
  await bad.locator('[data-go="plan"]').click();
  assert.equal(await bad.locator('[data-plan-setting]').getAttribute('data-plan-setting'), 'at-home');
  assert.equal(await bad.locator('a[data-booking]').count(), 0, 'a javascript: booking link was shown');
  assert.equal(await bad.locator('a[data-phone]').count(), 0, 'a bad phone number was offered');
  assert.equal(await bad.locator('a[href^="javascript" i]').count(), 0);
  await bad.locator('[data-go="about"]').click();
  assert.ok((await bad.locator('[data-disclosure]').textContent()).includes('<script>alert(1)</script>'));
  assert.equal(await bad.locator('img, b, script').count(), 0, 'clinic text was parsed as HTML');
  assert.ok(!visit.requests.some((r) => /\/x$/.test(r.url())), 'the injected image was fetched');
  await visit.close();
});

test('phone, sections and start: a quiz-only widget with a call link; sections change live', async () => {
  const visit = await openPage('demo/clinic.html');
  const { page } = visit;
  // Keep the tel: link from asking the system to place a call.
  await page.evaluate(() =>
    document.addEventListener('click', (event) => {
      if (event.composedPath()[0].closest?.('a[data-phone]')) event.preventDefault();
    }, true),
  );
  await page.evaluate(() => {
    const el = document.createElement('microneedling-explorer');
    el.id = 'explorer-quiz';
    el.setAttribute('clinic-name', 'Glow Skin Clinic');
    el.setAttribute('sections', 'check, result, plan');
    el.start = 'check';
    el.phone = '+44 (20) 7946-0000';
    document.querySelector('.widgets').prepend(el);
  });
  await showWidget(page, 'explorer-quiz');
  const quiz = page.locator('#explorer-quiz');
  const shown = () => quiz.locator('[data-go]').evaluateAll((els) => els.map((e) => e.dataset.go));
  assert.deepEqual(await shown(), ['check', 'result', 'plan', 'about']);
  assert.equal(await quiz.locator('[data-step]').getAttribute('data-step'), 'check');
  assert.equal(await quiz.locator('[data-nav="back"]').count(), 0, 'Back would lead to the hidden Explore');
  // The visitor can still go the whole way: answer, result, plan with the clinic's phone.
  await answerAll(quiz, 'no');
  await quiz.locator('[data-go="plan"]').click();
  const call = quiz.locator('a[data-phone]');
  assert.equal(await call.getAttribute('href'), 'tel:+442079460000');
  assert.equal(await call.innerText(), 'Call Glow Skin Clinic: +44\u00a0(20)\u00a07946-0000');
  await call.click();
  await page.waitForFunction(() => window.__mneEvents.some((e) => e.type === 'mne-call'));
  const events = (await recorded(page)).filter((e) => e.target === 'explorer-quiz');
  assert.deepEqual(events.map((e) => e.type).slice(-1), ['mne-call']);
  assert.deepEqual(events.at(-1).detail, {});

  // Live: the clinic narrows the widget to the explainer; the hidden plan gives way to Explore.
  await page.evaluate(() => (document.getElementById('explorer-quiz').sections = 'explore'));
  await quiz.locator('[data-step="explore"]').waitFor({ timeout: 5000 });
  assert.deepEqual(await shown(), ['explore', 'about']);
  assert.equal(await quiz.locator('[data-step="explore"] [data-nav="next"]').count(), 0);
  await quiz.locator('[data-go="about"]').click();
  await quiz.locator('[data-step="about"] [data-nav="back"]').click();
  await quiz.locator('[data-step="explore"]').waitFor();
  await visit.close();
});

test('strict CSP page: the whole journey with zero securitypolicyviolation events', async () => {
  const visit = await openPage('demo/csp.html');
  const { page } = visit;
  await page.evaluate(() => {
    window.__violations = 0;
    document.addEventListener('securitypolicyviolation', () => (window.__violations += 1));
  });
  await showWidget(page, 'explorer-csp');
  const widget = page.locator('#explorer-csp');
  await widget.locator('input[value="acne-scars"]').check();
  await answerAll(widget, 'no');
  for (const step of ['plan', 'about', 'explore']) {
    await widget.locator(`[data-go="${step}"]`).click();
    await widget.locator(`[data-step="${step}"]`).waitFor();
  }
  assert.equal(await page.evaluate(() => window.__violations), 0);
  assert.deepEqual(visit.problems.filter((p) => p.startsWith('CSP')), []);
  await visit.close();
});

test('events: ready, step, finished, booking in order, bubbling and composed, with no health data', async () => {
  const visit = await openPage('demo/clinic.html');
  const { page } = visit;
  await showWidget(page, 'explorer-main');
  await showWidget(page, 'explorer-spa');
  // Keep the booking link from opening a tab to the example clinic.
  await page.evaluate(() =>
    document.addEventListener('click', (event) => {
      if (event.composedPath()[0].closest?.('a[data-booking]')) event.preventDefault();
    }, true),
  );
  const main = page.locator('#explorer-main');
  await main.locator('input[value="rosacea"]').check();
  await main.locator('input[value="acne-scars"]').check();
  await answerAll(main, 'unsure');
  await main.locator('[data-go="plan"]').click();
  await main.locator('a[data-booking]').click();
  await main.locator('[data-go="about"]').click();
  await main.locator('[data-go="result"]').click();
  await page.waitForFunction(() => window.__mneEvents.filter((e) => e.detail?.step === 'result').length === 2);

  const events = await recorded(page);
  const sequence = (id) =>
    events.filter((e) => e.target === id).map((e) => `${e.type}${e.detail?.step ? `:${e.detail.step}` : ''}`);
  assert.deepEqual(sequence('explorer-main'), [
    'mne-ready:explore',
    'mne-step:check',
    'mne-step:result',
    'mne-finished',
    'mne-step:plan',
    'mne-booking',
    'mne-step:about',
    'mne-step:result',
  ]);
  assert.deepEqual(sequence('explorer-spa'), ['mne-ready:explore']);
  for (const event of events) {
    assert.ok(event.bubbles && event.composed, `${event.type} must bubble and be composed`);
    const keys = Object.keys(event.detail ?? {});
    assert.ok(keys.every((k) => k === 'step'), `${event.type} carries ${keys}`);
    if (event.detail?.step) assert.ok(STEPS.includes(event.detail.step));
  }
  const text = JSON.stringify(events);
  for (const word of HEALTH) assert.ok(!text.includes(`"${word}"`), `an event carried "${word}"`);
  await visit.close();
});

test('iframe mode: the frame follows its content height and mirrors events without health data', async () => {
  const visit = await openPage('demo/iframe.html');
  const { page } = visit;
  const frameElement = page.locator('#explorer-frame');
  await frameElement.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#explorer-frame');
  await frame.locator('[data-step="explore"]').waitFor({ timeout: 15_000 });
  assert.equal(await frame.locator('[data-clinic-name]').innerText(), 'Harbour Spa');

  /**
   * Waits until the iframe is exactly as tall as its content, shows no inner scrollbar and, if
   * `than` is given, has grown (`than` > 0) or shrunk (`than` < 0) past abs(`than`) px.
   */
  const fitted = async (than = 0) => {
    const handle = await frameElement.elementHandle();
    await page.waitForFunction(
      ([iframe, than]) => {
        const doc = iframe.contentDocument.documentElement;
        const content = Math.ceil(doc.getBoundingClientRect().height);
        const moved = than > 0 ? iframe.clientHeight > than : than < 0 ? iframe.clientHeight < -than : true;
        return moved && Math.abs(iframe.clientHeight - content) <= 1 && doc.scrollHeight <= doc.clientHeight;
      },
      [handle, than],
      { timeout: 5000 },
    );
    return frameElement.evaluate((iframe) => iframe.clientHeight);
  };
  const start = await fitted();
  assert.ok(start > 600, `the frame grew to its content (${start}px)`);
  await frame.locator('input[value="acne-scars"]').check();
  await frame.locator('input[value="stretch-marks"]').check();
  const taller = await fitted(start + 100);
  assert.ok(taller > start + 100, `opening concern cards grows the frame (${start} -> ${taller})`);
  await frame.locator('[data-go="about"]').click();
  await frame.locator('[data-step="about"]').waitFor();
  const about = await fitted(-taller);
  assert.ok(about < taller, `a shorter step shrinks the frame (${taller} -> ${about})`);
  await frame.locator('[data-go="check"]').click();
  await frame.locator('[data-step="check"]').waitFor();
  await fitted();

  await page.waitForFunction(() => window.__mneEvents.length >= 3);
  const events = await recorded(page);
  assert.deepEqual(
    events.map((e) => `${e.target}:${e.type}:${e.detail?.step ?? ''}`),
    ['explorer-frame:mne-ready:explore', 'explorer-frame:mne-step:about', 'explorer-frame:mne-step:check'],
  );
  const text = JSON.stringify(events);
  for (const word of HEALTH) assert.ok(!text.includes(`"${word}"`), `an event carried "${word}"`);
  await checkA11y(page);
  await visit.close();
});
