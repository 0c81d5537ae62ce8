// The texts beyond the first screen (issue 15): the wasm holds only the first screen's English;
// the rest comes as the English pack (dist/locales/en.<hash>.json), which the app asks its page's
// loader for right after it starts. Until it is in, nothing shows blank: a ticked concern and a
// step that needs it show a short "Loading" line, and their content appears once it arrives. A
// pack that cannot be loaded gives the usual notice and is asked for again after the next move.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGLISH_PACK, LIVE, checkA11y, recordedPage, startSite } from './harness.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/**
 * Opens the standalone page with the English pack's response held until `release()` (or
 * answered by `answer(route)` instead); resolves once the app runs and has asked for it.
 */
async function openHeld(answer = (route) => route.continue()) {
  const visit = await recordedPage(site.browser, site.url);
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  // The page's asks (the service worker's precaching is not one; once it controls the page it
  // may answer an ask from its cache, past this route).
  const asked = {
    get length() {
      return visit.requests.filter((r) => ENGLISH_PACK.test(r.url()) && !r.serviceWorker()).length;
    },
  };
  let first;
  const askedOnce = new Promise((resolve) => {
    first = resolve;
  });
  let routed = 0;
  await visit.context.route(ENGLISH_PACK, async (route) => {
    if (route.request().serviceWorker()) return route.continue();
    routed += 1;
    first();
    await released;
    await answer(route, routed);
  });
  await visit.page.goto(site.url, { waitUntil: 'domcontentloaded' });
  await visit.page.waitForSelector(LIVE, { state: 'attached' });
  await askedOnce;
  return { visit, release, asked };
}

test('a concern ticked before the English pack is in shows a Loading line, then its card with text', async () => {
  const { visit, release, asked } = await openHeld();
  const { page } = visit;
  assert.equal(asked.length, 1, 'the app asked for the English pack right after it started');
  const box = page.locator('input[name="concern"][value="pores"]');
  await box.click();
  assert.ok(await box.isChecked());
  const item = page.locator('li', { has: box });
  await item.locator('[data-loading]').waitFor();
  assert.equal((await item.locator('[data-loading]').innerText()).trim(), 'Loading…');
  assert.equal(await item.locator('[data-concern]').count(), 0, 'no card without its texts');
  await checkA11y(page);
  // A step that needs the texts: its heading and the line, focus on the heading.
  await page.click('[data-nav="next"]');
  await page.locator('.mne-step [data-loading]').waitFor();
  assert.equal((await page.locator('.mne-step-title').innerText()).trim(), 'Check');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'mne-step-title');
  assert.equal(await page.locator('[data-step]').count(), 0);

  release();
  await page.locator('[data-step="check"] fieldset[data-question]').first().waitFor();
  assert.equal(await page.locator('[data-loading]').count(), 0);
  const question = (await page.locator('fieldset[data-question] legend').first().innerText()).trim();
  assert.ok(question.length > 10, `the first question reads: ${question}`);
  await page.click('[data-go="explore"]');
  const card = page.locator('[data-concern="pores"]');
  await card.waitFor();
  const text = (await card.innerText()).trim();
  assert.ok(text.length > 200, `the card reads: ${text}`);
  assert.equal(asked.length, 1, 'asked once');
  await checkA11y(page);
  await visit.close();
});

test('an English pack that cannot be loaded: the notice and a warning, and a new try after the next move', async () => {
  const warnings = [];
  const { visit, release, asked } = await openHeld((route, n) =>
    // Another build's pack (a stale cache, say): the loader refuses it.
    n === 1 ? route.fulfill({ contentType: 'application/json', body: '{"texts":[],"missing":[]}' }) : route.continue(),
  );
  const { page } = visit;
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  release();
  await page.locator('[data-notice="language"]').waitFor();
  assert.ok(warnings.some((w) => /locale pack en could not be loaded/.test(w)), warnings.join('\n'));
  assert.equal(asked.length, 1);
  // Ticking is no move: the card waits behind its line, and nothing is asked for again.
  await page.locator('input[name="concern"][value="texture"]').click();
  await page.locator('[data-loading]').waitFor();
  assert.equal(asked.length, 1);
  // The next move asks again; this time the pack comes.
  await page.click('[data-nav="next"]');
  await page.locator('[data-step="check"] fieldset[data-question]').first().waitFor();
  assert.equal(asked.length, 2);
  await page.click('[data-go="explore"]');
  await page.locator('[data-concern="texture"]').waitFor();
  await visit.close();
});
