// The demo clinic landing page (demo/landing.html, issue 14): under the strict CSP with no
// request to another origin, the widget configured as the page writes it, light and dark themes
// that differ, no sideways scrolling at 320 px, and axe-clean.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, startSite } from './harness.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Opens the landing page in `colorScheme`, brings the widget into view and waits for it. */
async function openLanding(colorScheme, context = {}) {
  const visit = await site.open('demo/landing.html', { colorScheme, ...context });
  const widget = visit.page.locator('microneedling-explorer');
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-step]').waitFor({ timeout: 15_000 });
  return { visit, page: visit.page, widget };
}

test('demo landing page: the widget as the clinic set it up, nothing from other origins', async () => {
  const { visit, page, widget } = await openLanding('light');
  assert.equal(await widget.locator('[data-clinic-name]').innerText(), 'Harbour Skin Clinic');
  assert.equal(await widget.locator('input[name="concern"]').count(), 7);
  for (const id of ['treatments', 'explorer', 'team', 'contact']) {
    assert.equal(await page.locator(`section#${id} > h2`).count(), 1, `no ${id} section`);
  }
  // Every picture is inline SVG: no image, font or stylesheet from anywhere else.
  await visit.assertNoRequestsSince(visit.mark());
  assert.deepEqual(visit.requests.filter((r) => ['image', 'font'].includes(r.resourceType())).map((r) => r.url()), []);
  await visit.close();
});

test('demo landing page: light and dark themes differ, page and widget; 320 px without sideways scrolling', async () => {
  const colours = {};
  for (const scheme of ['light', 'dark']) {
    const { visit, page, widget } = await openLanding(scheme, { viewport: { width: 320, height: 700 } });
    colours[scheme] = {
      page: await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
      widget: await widget.locator('.mne').evaluate((app) => getComputedStyle(app).backgroundColor),
    };
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${scheme}: the page scrolls sideways by ${overflow}px at 320 px`);
    await visit.close();
  }
  assert.notEqual(colours.light.page, colours.dark.page);
  assert.notEqual(colours.light.widget, colours.dark.widget);
});

// axe-core injects inline <style> elements while it walks the widget's shadow root, which the
// strict CSP (rightly) blocks; the tests above hold the page to the CSP, so these bypass it.
test('demo landing page: accessible (axe) in both themes', async () => {
  for (const scheme of ['light', 'dark']) {
    const { visit, page } = await openLanding(scheme, { bypassCSP: true });
    await checkA11y(page);
    await visit.close();
  }
});
