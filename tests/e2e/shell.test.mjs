// The standalone page as a visitor loads it: the release dist/ under the strict CSP.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTROL, DIST, checkA11y, startSite } from './harness.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

test('dist/index.html has no inline script, inline style or style attribute', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  assert.ok(scripts.length > 0, 'the page loads no script at all');
  for (const tag of scripts) assert.match(tag, /\ssrc=/i, `inline script: ${tag}`);
  assert.doesNotMatch(html, /<style\b/i, 'inline <style> element');
  assert.doesNotMatch(html, /\sstyle\s*=/i, 'style="" attribute');
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'inline event handler attribute');
});

test('the app starts under the strict CSP with no console error', async () => {
  const visit = await site.open();
  await visit.waitForApp();
  assert.ok(await visit.page.locator(CONTROL).count(), 'no control rendered');
  await visit.close();
});

test('loads only from its own origin, wasm as application/wasm, each file once', async () => {
  const visit = await site.open();
  await visit.waitForApp();
  const urls = visit.requests.map((r) => r.url());
  for (const url of urls) assert.ok(url.startsWith(site.url), `request to another origin: ${url}`);
  assert.equal(new Set(urls).size, urls.length, `a file was fetched twice:\n${urls.join('\n')}`);

  const wasm = visit.requests.filter((r) => new URL(r.url()).pathname.endsWith('.wasm'));
  assert.equal(wasm.length, 1, 'expected exactly one .wasm download');
  const response = await wasm[0].response();
  assert.equal(response.headers()['content-type'], 'application/wasm');
  await visit.close();
});

test('using the keyboard makes no network request after load', async () => {
  const visit = await site.open();
  await visit.waitForApp();
  const mark = visit.mark();
  const firstControl = visit.page.locator(CONTROL).first();
  await firstControl.focus();
  for (let i = 0; i < 5; i += 1) await visit.page.keyboard.press('Tab');
  await firstControl.focus();
  await visit.page.keyboard.press('Enter');
  await visit.page.keyboard.press('Space');
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

test('the first screen has no axe-core accessibility violation', async () => {
  const visit = await site.open();
  await visit.waitForApp();
  await checkA11y(visit.page);
  await visit.close();
});

test('fits a 320 px wide screen without sideways scrolling', async () => {
  const visit = await site.open('', { viewport: { width: 320, height: 640 } });
  await visit.waitForApp();
  const overflow = await visit.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the 320px screen`);
  await visit.close();
});
