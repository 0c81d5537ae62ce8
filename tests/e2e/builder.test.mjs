// The embed builder (issue 14, dist/builder.html), through the real page: settings go through
// the widget's own parser (a bad value is warned beside its field, tied to it for screen readers,
// and left out of the snippet), the preview is the real element, the snippet copied to the
// clipboard and pasted into a blank host page gives the same widget (element and iframe), the
// copy falls back to selecting the text, the page is accessible at 320 px, and it works offline.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP } from '../../scripts/serve.mjs';
import { DIST, checkA11y, startSite } from './harness.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** The address of a built file, as the snippet names it (the builder's own host). */
const at = (file) => new URL(file, site.url).href;
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

/**
 * Opens the builder and waits for its language list (the parser has loaded) and, unless
 * `preview` is false (a narrow screen puts it far below), the preview widget.
 */
async function openBuilder(context = CLIPBOARD, { preview = true } = {}) {
  const visit = await site.open('builder.html', context);
  const warnings = [];
  visit.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  if (preview) await visit.page.locator('#preview [data-step]').waitFor({ timeout: 15_000 });
  await visit.page.locator('#f-lang option').first().waitFor({ state: 'attached' });
  return { visit, page: visit.page, warnings };
}

/** Waits until the snippet the builder shows holds every one of `needles`, and returns it. */
async function snippetWith(page, needles) {
  await page
    .waitForFunction((needles) => needles.every((n) => document.querySelector('[data-snippet]').value.includes(n)), needles, { timeout: 5000 })
    .catch(async () => assert.fail(`the snippet never held ${needles.join(', ')}:\n${await page.inputValue('[data-snippet]')}`));
  return page.inputValue('[data-snippet]');
}

/**
 * What a visitor sees of a widget in `scope` (a locator of the element, or a frame): the clinic
 * name, the steps in the stepper, the concerns offered and the accent as the app received it.
 */
async function looks(scope) {
  await scope.locator('[data-step]').first().waitFor({ timeout: 15_000 });
  return {
    clinic: await scope.locator('[data-clinic-name]').innerText(),
    step: await scope.locator('[data-step]').first().getAttribute('data-step'),
    stepper: await scope.locator('.mne-stepper [data-go]').evaluateAll((buttons) => buttons.map((b) => b.dataset.go)),
    concerns: await scope.locator('input[name="concern"]').evaluateAll((boxes) => boxes.map((b) => b.value)),
    accent: await scope.locator('.mne').evaluate((app) => getComputedStyle(app).getPropertyValue('--mne-a').trim()),
  };
}

/** Serves `body` as a blank page of the harness's origin, under the same strict CSP. */
async function hostPage(visit, body) {
  const path = 'e2e-host.html';
  await visit.page.route(`**/${path}`, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title></head><body><main><h1>Our clinic</h1>${body}</main></body></html>`,
    }),
  );
  await visit.goto(path);
}

test('builder: settings go through the Rust parser; the copied snippet gives the same widget on a blank page', async () => {
  const { visit, page } = await openBuilder();

  // A bad price: the parser's warning beside the field, tied to it, and no price in the snippet.
  await page.fill('#f-clinic-name', 'Harbour Skin');
  await page.fill('#f-price', '£120');
  await page.fill('#f-currency', 'eur');
  const priceMessage = page.locator('[data-msg="price"]');
  await priceMessage.filter({ hasText: '£120' }).waitFor({ timeout: 5000 });
  assert.match(await priceMessage.innerText(), /a number above 0 such as 120 or 99\.50, with no symbol/);
  assert.equal(await page.getAttribute('#f-price', 'aria-invalid'), 'true');
  const describedBy = (await page.getAttribute('#f-price', 'aria-describedby')).split(' ');
  assert.ok(describedBy.includes(await priceMessage.getAttribute('id')), 'the warning describes the field');
  assert.match(await page.locator('[data-summary]').innerText(), /1 setting is not used/);
  let snippet = await snippetWith(page, ['Harbour Skin']);
  assert.doesNotMatch(snippet, /price=|currency=/, 'a rejected price stays out of the snippet');

  // A pale accent: contrast advice (the colour is still used).
  await page.fill('#f-accent-color', '#ffee00');
  await page.locator('[data-msg="accent-color"]').filter({ hasText: 'light theme' }).waitFor({ timeout: 5000 });
  assert.match(await page.locator('[data-msg="accent-color"]').innerText(), /1\.\d:1 .* under the 3:1/);

  // Good values everywhere.
  await page.fill('#f-price', '99.5');
  await page.fill('#f-accent-color', 'rgb(0, 95, 115)');
  await page.fill('#f-booking-url', 'https://harbour.example/book');
  await page.fill('#f-phone', '+44 20 7946 0000');
  await page.uncheck('#f-at-home');
  await page.uncheck('#s-plan');
  await page.fill('#f-disclosure', 'We sell microneedling.');
  for (const id of ['surgical-scars', 'stretch-marks', 'fine-lines', 'firmness', 'pigmentation', 'texture', 'rosacea', 'product-absorption']) {
    await page.uncheck(`#c-${id}`);
  }
  snippet = await snippetWith(page, ['concerns="acne-scars pores"', 'price="99.50"']);
  assert.equal(await priceMessage.textContent(), '', 'the price warning went away');
  assert.equal(await page.getAttribute('#f-price', 'aria-invalid'), null);
  const expected = [
    'clinic-name="Harbour Skin"',
    'booking-url="https://harbour.example/book"',
    'accent-color="rgb(0, 95, 115)"',
    'at-home="off"',
    'phone="+44 20 7946 0000"',
    'sections="explore check result about"',
    'concerns="acne-scars pores"',
    'price="99.50"',
    'currency="EUR"',
    'disclosure="We sell microneedling."',
  ];
  for (const attribute of expected) assert.ok(snippet.includes(attribute), `${attribute} missing:\n${snippet}`);
  assert.ok(snippet.startsWith(`<script src="${at('embed.js')}" defer></script>\n<microneedling-explorer `), snippet);

  // The preview is the element with exactly those settings.
  const preview = page.locator('#preview');
  const attributes = await preview.evaluate((el) => [...el.attributes].map((a) => `${a.name}="${a.value}"`));
  assert.deepEqual(attributes.filter((a) => !a.startsWith('id=')).sort(), [...expected].sort());
  const shown = await looks(preview);
  assert.deepEqual(shown.stepper, ['explore', 'check', 'result', 'about']);
  assert.deepEqual(shown.concerns, ['acne-scars', 'pores']);
  assert.equal(shown.clinic, 'Harbour Skin');
  assert.equal(shown.accent, 'rgb(0, 95, 115)');

  // Copy: the clipboard holds the snippet.
  await page.click('#copy');
  await page.locator('[data-copied]').filter({ hasText: 'Copied' }).waitFor({ timeout: 5000 });
  const pasted = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(pasted, snippet);

  // Pasted into a blank page of a clinic: the same widget.
  await hostPage(visit, pasted);
  const hosted = await looks(page.locator('microneedling-explorer'));
  assert.deepEqual(hosted, shown, 'the pasted widget differs from the preview');
  // About there: the clinic's disclosure, and no link to the builder (a clinic's page).
  const widget = page.locator('microneedling-explorer');
  await widget.locator('[data-go="about"]').first().click();
  await widget.locator('[data-step="about"]').waitFor();
  assert.match(await widget.locator('[data-disclosure]').innerText(), /We sell microneedling\./);
  assert.equal(await widget.locator('[data-builder-link]').count(), 0, 'no builder link on a clinic\'s page');
  await visit.close();
});

test('builder: the iframe snippet gives the same widget through frame.html', async () => {
  const { visit, page } = await openBuilder();
  await page.fill('#f-clinic-name', 'Harbour & Co "Skin"');
  await page.uncheck('#c-rosacea');
  await page.check('#mode-iframe');
  const snippet = await snippetWith(page, ['<iframe', 'Harbour', 'concerns=']);
  const start = `<script src="${at('embed-frame.js')}" defer></script>\n<iframe data-mne-frame title="Microneedling explorer" src="${at('frame.html')}?`;
  assert.ok(snippet.startsWith(start), snippet);
  assert.ok(snippet.includes('clinic-name=Harbour+%26+Co+%22Skin%22&amp;concerns='), snippet);
  const shown = await looks(page.locator('#preview'));
  await page.click('#copy');
  await page.locator('[data-copied]').filter({ hasText: 'Copied' }).waitFor({ timeout: 5000 });
  await hostPage(visit, await page.evaluate(() => navigator.clipboard.readText()));
  const frame = await (await page.waitForSelector('iframe[data-mne-frame]')).contentFrame();
  const inside = await looks(frame);
  assert.equal(inside.clinic, 'Harbour & Co "Skin"');
  assert.equal(inside.concerns.length, 9);
  assert.deepEqual(inside, shown, 'the framed widget differs from the preview');
  await visit.close();
});

test('builder: without clipboard access the snippet is selected for the keyboard', async () => {
  const visit = await site.open('builder.html');
  const { page } = visit;
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
    });
  });
  await page.locator('#preview [data-step]').waitFor({ timeout: 15_000 });
  await page.fill('#f-clinic-name', 'Fallback Clinic');
  const snippet = await snippetWith(page, ['Fallback Clinic']);
  await page.click('#copy');
  await page.locator('[data-copied]').filter({ hasText: 'Ctrl+C' }).waitFor({ timeout: 5000 });
  const selected = await page.evaluate(() => {
    const area = document.querySelector('[data-snippet]');
    return document.activeElement === area && area.value.slice(area.selectionStart, area.selectionEnd);
  });
  assert.equal(selected, snippet, 'the whole snippet is selected and focused');
  await visit.close();
});

// axe-core injects inline <style> elements while it walks the preview's shadow root, which the
// strict CSP (rightly) blocks; the tests above hold the builder to the CSP, so these bypass it.
test('builder: accessible (axe) with warnings and advice shown beside their fields', async () => {
  const { visit, page } = await openBuilder({ bypassCSP: true });
  await checkA11y(page);
  await page.fill('#f-price', '£120');
  await page.fill('#f-phone', '12');
  await page.fill('#f-accent-color', '#ffee00');
  await page.locator('[data-msg="accent-color"]').filter({ hasText: 'light theme' }).waitFor({ timeout: 5000 });
  await page.locator('[data-msg="phone"]').filter({ hasText: '12' }).waitFor({ timeout: 5000 });
  assert.match(await page.locator('[data-summary]').innerText(), /2 settings are not used/);
  for (const field of ['price', 'phone']) {
    assert.equal(await page.getAttribute(`#f-${field}`, 'aria-invalid'), 'true', field);
  }
  // The preview's buttons ease into the new accent (a 120 ms transition): check contrast once
  // they show it, not halfway between the old background and the new ink.
  await page.waitForFunction(() => {
    const button = document.getElementById('preview')?.shadowRoot?.querySelector('.mne-button');
    return button && getComputedStyle(button).backgroundColor === 'rgb(255, 238, 0)';
  }, null, { timeout: 5000 });
  await checkA11y(page);
  await visit.close();
});

test('builder: every language the widget speaks is offered; 320 px wide without sideways scrolling', async () => {
  const { visit, page } = await openBuilder({ viewport: { width: 320, height: 700 }, bypassCSP: true }, { preview: false });
  const offered = await page.locator('#f-lang option').evaluateAll((options) => options.map((o) => o.value));
  assert.ok(offered.includes('en'), `languages: ${offered}`);
  assert.equal(new Set(offered).size, offered.length);
  // Every language offered is one the parser accepts: picking it warns of nothing.
  for (const lang of offered) {
    await page.selectOption('#f-lang', lang);
    assert.equal(await page.locator('[data-msg="lang"]').innerText(), '', lang);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the builder scrolls sideways by ${overflow}px at 320 px`);
  await checkA11y(page);
  await visit.close();
});

test('the standalone page\'s About links clinics to the builder', async () => {
  const visit = await site.openApp('');
  const { page } = visit;
  await page.click('[data-go="about"]');
  const link = page.locator('[data-builder-link] a');
  assert.equal(await link.getAttribute('href'), 'builder.html');
  await link.click();
  await page.locator('#preview [data-step]').waitFor({ timeout: 15_000 });
  assert.equal(await page.title(), 'Embed builder · Microneedling explorer');
  await visit.close();
});

test('builder: kept by the service worker when first opened (not with the standalone page), then works offline', async () => {
  const build = JSON.parse(readFileSync(join(DIST, 'sw.js'), 'utf8').match(/^const BUILD = (\{[\s\S]*?\n\});$/m)[1]);
  const files = build.pages['builder.html'];
  for (const file of ['builder.html', 'builder.js', 'builder.css']) {
    assert.ok(files.includes(file), `sw.js does not keep ${file} with the builder`);
  }
  const visit = await site.openApp('');
  const { page, context } = visit;
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  // Once, online: the worker keeps the builder's files (and the second build, for check()).
  await visit.goto('builder.html');
  await page.locator('#preview [data-step]').waitFor({ timeout: 15_000 });
  await page.waitForFunction(
    async (urls) => {
      const cache = await caches.open((await caches.keys()).find((key) => key.startsWith('mne-')));
      return (await Promise.all(urls.map((url) => cache.match(url)))).every(Boolean);
    },
    files.map(at),
    { timeout: 15_000, polling: 100 },
  );
  await context.setOffline(true);
  await page.reload();
  await page.locator('#preview [data-step]').waitFor({ timeout: 15_000 });
  await page.fill('#f-clinic-name', 'Offline Clinic');
  await snippetWith(page, ['Offline Clinic']);
  await context.setOffline(false);
  await visit.close();
});
