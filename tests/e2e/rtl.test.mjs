// Right to left and long text, proven without a translator: the whole journey in the test
// pseudo-locales `en-XA` (accented, ~40 % longer) and `ar-XB` (right to left) at 320 px wide,
// with no sideways scroll and no clipped text at any step; in `ar-XB` the layout is mirrored
// (stepper, Back / Next, timeline, pictures) while numbers, dates and the phone number keep their
// digits in order. Then the page shell in Spanish: title, lang, manifest and the offline notice.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PSEUDO_LOCALES, packFiles } from '../../scripts/dist.mjs';
import { DIST, ROOT, checkA11y, startSite } from './harness.mjs';
import { CONCERNS, answerAll, chooseConcerns } from './visitor.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** The iframe page opened on its own: its query is the widget's settings (frame.js). */
const framePage = (lang) =>
  `frame.html?lang=${lang}&clinic-name=Glow%20Skin%20Clinic&phone=%2B44%2020%207946%200000` +
  '&booking-url=https%3A%2F%2Fglow.example%2Fbook';

/**
 * In the page: opens every `<details>` of the widget (a visitor may), then inspects every shown
 * element and SVG label. Returns what it counted and what overflows: the document or the widget
 * scrolling sideways, an element that cuts off or scrolls its content sideways, a text run wider
 * than its own box or leaving the widget, an SVG label outside its drawing.
 */
function layoutProblems() {
  for (const details of document.querySelectorAll('.mne details')) details.open = true;
  const root = document.querySelector('.mne');
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push(`the page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
  if (root.scrollWidth > root.clientWidth) problems.push(`the widget scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  const outer = root.getBoundingClientRect();
  const name = (el) => `${el.localName}${el.className?.baseVal ?? el.className ? `.${String(el.className?.baseVal ?? el.className).split(' ')[0]}` : ''} "${el.textContent.trim().slice(0, 40)}"`;
  let elements = 0;
  let texts = 0;
  let labels = 0;
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('svg') || el.closest('.mne-sr') || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    elements += 1;
    if (/hidden|clip|auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${name(el)} cuts off or scrolls its content: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    const box = el.getBoundingClientRect();
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
      texts += 1;
      const range = document.createRange();
      range.selectNodeContents(node);
      const run = range.getBoundingClientRect();
      if (run.left < box.left - 1 || run.right > box.right + 1) {
        problems.push(`${name(el)}: its text (${Math.round(run.left)}–${Math.round(run.right)}) leaves its box (${Math.round(box.left)}–${Math.round(box.right)})`);
      } else if (run.left < outer.left - 1 || run.right > outer.right + 1) {
        problems.push(`${name(el)}: its text leaves the widget`);
      }
    }
  }
  for (const label of root.querySelectorAll('svg text')) {
    if (!label.getClientRects().length || !label.textContent.trim()) continue;
    labels += 1;
    // A drawing shows what it holds within its box, or within the widget if it lets it overflow.
    const svg = label.closest('svg');
    const frame = getComputedStyle(svg).overflow === 'visible' ? outer : svg.getBoundingClientRect();
    const run = label.getBoundingClientRect();
    if (run.left < frame.left - 1 || run.right > frame.right + 1 || run.top < frame.top - 1) {
      problems.push(`SVG label "${label.textContent.trim()}" is cut off by its drawing's edge`);
    }
  }
  return { problems, elements, texts, labels };
}

/**
 * In the page: every run of digits in the widget's text (and the phone link's whole number)
 * with the x position of each digit on screen, so the test can check they read left to right.
 */
function digitRuns() {
  const root = document.querySelector('.mne');
  const runs = [];
  const positions = (node, start, end) => {
    const xs = [];
    for (let i = start; i < end; i += 1) {
      if (!/[0-9\u0660-\u0669]/.test(node.textContent[i])) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      if (rect.width) xs.push(rect.left);
    }
    return xs;
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent.closest('.mne-sr') || !parent.getClientRects().length) continue;
    for (const match of node.textContent.matchAll(/[0-9\u0660-\u0669]{2,}/g)) {
      const xs = positions(node, match.index, match.index + match[0].length);
      if (xs.length > 1) runs.push({ text: match[0], xs });
    }
  }
  const phone = root.querySelector('a[data-phone]');
  const phoneText = phone?.firstChild;
  const phoneRun = phoneText && { text: phoneText.textContent, xs: positions(phoneText, 0, phoneText.textContent.length) };
  return { runs, phone: phoneRun };
}

/** `xs` strictly increases: the digits are drawn left to right, in reading order. */
const inOrder = (xs) => xs.every((x, i) => i === 0 || x > xs[i - 1]);

/** Walks the whole journey at 320 px in `lang`, checking the layout at each step; returns the page. */
async function journey(lang, onStep = async () => {}) {
  const visit = await site.openApp(framePage(lang), { viewport: { width: 320, height: 640 } });
  const { page } = visit;
  // English shows until the language's pack is in.
  await page.locator(`.mne[lang="${lang}"]`).waitFor();
  const totals = { steps: 0, elements: 0, texts: 0, labels: 0 };
  const check = async (step) => {
    await page.locator(`[data-step="${step}"]`).waitFor();
    const found = await page.evaluate(layoutProblems);
    assert.deepEqual(found.problems, [], `${lang}, ${step} step at 320 px`);
    totals.steps += 1;
    totals.elements += found.elements;
    totals.texts += found.texts;
    totals.labels += found.labels;
    await onStep(page, step);
  };
  await check('explore');
  await chooseConcerns(page, CONCERNS);
  await check('explore');
  await answerAll(page, {});
  await check('result');
  await page.click('[data-step="result"] [data-nav="next"]');
  await page.fill('[data-first-session]', '2027-01-03');
  await page.locator('[data-timeline]').waitFor();
  await check('plan');
  await page.click('[data-go="about"]');
  await check('about');
  // Counted, so the checks cannot pass by finding nothing to inspect.
  assert.equal(totals.steps, 5);
  assert.ok(totals.elements > 500, `only ${totals.elements} elements inspected`);
  assert.ok(totals.texts > 300, `only ${totals.texts} text runs inspected`);
  assert.ok(totals.labels > 20, `only ${totals.labels} picture labels inspected`);
  return visit;
}

test('en-XA at 320 px: the whole journey with no sideways scroll and no clipped text', async () => {
  const visit = await journey('en-XA');
  await visit.close();
});

test('ar-XB at 320 px: right to left, the whole journey fits, digits read in order', async () => {
  let dates = 0;
  const visit = await journey('ar-XB', async (page, step) => {
    const { runs, phone } = await page.evaluate(digitRuns);
    for (const run of runs) assert.ok(inOrder(run.xs), `${step}: the digits of ${run.text} are drawn out of order`);
    dates += runs.filter((run) => /^(19|20)\d\d$/.test(run.text)).length;
    if (step === 'plan') {
      assert.ok(phone && phone.xs.length === 12, `the phone number's 12 digits: ${phone?.xs.length}`);
      assert.ok(inOrder(phone.xs), `the phone number reads out of order: ${phone.text}`);
    }
  });
  const { page } = visit;
  assert.equal(await page.locator('.mne').getAttribute('dir'), 'rtl');
  // The app's own page (here the iframe page) takes its language and direction (pwa.js).
  assert.deepEqual(
    await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ['ar-XB', 'rtl'],
  );
  assert.ok(dates > 10, `only ${dates} dated years checked`);
  await visit.close();
});

/** The horizontal middle of each element `selector` matches, in document order. */
const middles = (page, selector) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      return box.left + box.width / 2;
    }),
  );

/** Strictly decreasing: the later ones are further left. */
const leftward = (xs) => xs.length > 1 && xs.every((x, i) => i === 0 || x < xs[i - 1]);

test('ar-XB is mirrored: stepper, Back / Next, timeline and pictures run right to left', async () => {
  const visit = await site.openApp(framePage('ar-XB'), { viewport: { width: 800, height: 900 } });
  const { page } = visit;
  const ltr = await site.openApp(framePage('en-XA'), { viewport: { width: 800, height: 900 } });
  await page.locator('.mne[lang="ar-XB"]').waitFor();
  await ltr.page.locator('.mne[lang="en-XA"]').waitFor();
  for (const p of [page, ltr.page]) {
    await chooseConcerns(p, ['acne-scars', 'texture']);
    await answerAll(p, {});
  }

  // The stepper: the first step on the right; in en-XA on the left.
  const steps = await middles(page, '.mne-stepper-button');
  assert.equal(steps.length, 5);
  assert.ok(leftward(steps), `the stepper is not mirrored: ${steps}`);
  assert.ok(leftward((await middles(ltr.page, '.mne-stepper-button')).reverse()));

  // Back / Next on one row: Next (the primary) is left of Back.
  const back = await page.locator('[data-step="result"] [data-nav="back"]').boundingBox();
  const next = await page.locator('[data-step="result"] [data-nav="next"]').boundingBox();
  assert.equal(Math.round(back.y), Math.round(next.y), 'Back and Next are not on one row at 800 px');
  assert.ok(next.x + next.width <= back.x, `Next (${next.x}) is not left of Back (${back.x})`);
  const ltrBack = await ltr.page.locator('[data-step="result"] [data-nav="back"]').boundingBox();
  const ltrNext = await ltr.page.locator('[data-step="result"] [data-nav="next"]').boundingBox();
  assert.ok(ltrBack.x + ltrBack.width <= ltrNext.x, 'in en-XA Back is not left of Next');

  // The timeline: session 1 on the right, later sessions and months further left.
  for (const p of [page, ltr.page]) {
    await p.click('[data-step="result"] [data-nav="next"]');
    await p.fill('[data-first-session]', '2027-01-03');
    await p.locator('[data-timeline]').waitFor();
  }
  const sessions = await middles(page, '[data-timeline] .mne-tl-number');
  assert.ok(sessions.length >= 3 && leftward(sessions), `timeline sessions not mirrored: ${sessions}`);
  assert.ok(leftward(await middles(page, '[data-timeline] .mne-tl-month')), 'timeline months not mirrored');
  assert.ok(leftward((await middles(ltr.page, '[data-timeline] .mne-tl-number')).reverse()));

  // The healing picture: day 0 (the session) on the right, day 7 on the left; labels readable
  // (not drawn mirrored: each label's own flip undoes the picture's).
  await page.evaluate(() => document.querySelectorAll('.mne details').forEach((d) => (d.open = true)));
  const axis = await page.locator('[data-figure="healing"] svg.mne-chart text').evaluateAll((labels) =>
    labels
      .filter((l) => /^\d$/.test(l.textContent.trim()))
      .map((l) => ({ day: Number(l.textContent), x: l.getBoundingClientRect().left, m: new DOMMatrix(getComputedStyle(l).transform) })),
  );
  assert.equal(axis.length, 8, 'the healing picture has no day axis');
  assert.ok(leftward(axis.sort((a, b) => a.day - b.day).map((a) => a.x)), 'the healing picture is not mirrored');
  const flips = await page.locator('[data-figure="healing"] svg.mne-chart').evaluate((svg) => {
    const picture = new DOMMatrix(getComputedStyle(svg).transform).a;
    const label = new DOMMatrix(getComputedStyle(svg.querySelector('text')).transform).a;
    return picture * label;
  });
  assert.equal(flips, 1, 'the labels are drawn mirrored');
  await checkA11y(page);
  await visit.close();
  await ltr.close();
});

test('the page shell in the visitor\'s language: Spanish title, lang, manifest and offline notice', async () => {
  const visit = await site.open('', { locale: 'es-ES', viewport: { width: 320, height: 640 } });
  const { page } = visit;
  await visit.waitForApp();
  const spanish = JSON.parse(readFileSync(join(ROOT, 'locales', 'es.json'), 'utf8'));
  await page.locator('.mne[lang="es"]').waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.equal(await page.title(), spanish['ui.app.title']);
  // The first visit: once the service worker has stored the app, the notice says so in Spanish
  // (in English first if it came before the Spanish pack: it follows the app's language).
  await page.waitForFunction(
    (text) => document.querySelector('[data-pwa-status]').textContent === text,
    spanish['ui.shell.offline'],
  );
  // The page links the Spanish manifest: the app's name and tagline from the Spanish pack.
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  assert.equal(href, new URL('manifest.es.webmanifest', page.url()).href);
  const manifest = await (await page.request.get(href)).json();
  assert.equal(manifest.lang, 'es');
  assert.equal(manifest.name, spanish['ui.app.title']);
  assert.equal(manifest.description, spanish['ui.app.tagline']);
  assert.equal(manifest.start_url, './');
  // The buttons pwa.js shows are labelled in Spanish too.
  assert.equal(await page.locator('[data-pwa-update]').textContent(), spanish['ui.shell.update']);
  assert.equal(await page.locator('[data-pwa-install]').textContent(), spanish['ui.shell.install']);
  await checkA11y(page);
  await visit.close();
});

test('one manifest per language pack; the offered languages\' are precached', () => {
  const packs = Object.keys(packFiles(DIST));
  assert.ok(packs.includes('es') && packs.includes('ar-XB'), `packs: ${packs}`);
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  // English's pack holds only the texts beyond the first screen: the page's own manifest is English's.
  for (const tag of packs.filter((tag) => tag !== 'en')) {
    const manifest = JSON.parse(readFileSync(join(DIST, `manifest.${tag}.webmanifest`), 'utf8'));
    assert.equal(manifest.lang, tag);
    assert.equal(manifest.dir, tag === 'ar-XB' ? 'rtl' : 'ltr');
    // The test pseudo-locales are never offered, so their files are not stored for offline use.
    const cached = sw.includes(`"manifest.${tag}.webmanifest"`);
    assert.equal(cached, !PSEUDO_LOCALES.includes(tag), `manifest.${tag}.webmanifest precached: ${cached}`);
  }
});

test('the Spanish demo page: the element follows the page\'s lang, the iframe its lang=es', async () => {
  const visit = await site.open('demo/es.html');
  const { page } = visit;
  const element = page.locator('#explorer-es');
  await element.scrollIntoViewIfNeeded();
  await element.locator('.mne[lang="es"]').waitFor();
  const frame = page.frameLocator('#explorer-frame-es');
  await frame.locator('.mne[lang="es"]').waitFor();
  // The iframe page takes the app's language and its name as its title.
  const inner = page.frames().find((f) => f.url().includes('frame.html'));
  await inner.waitForFunction(() => document.documentElement.lang === 'es');
  assert.equal(await inner.title(), 'Explorador de microagujas');
  // Nothing on the host page or in either widget is left in English.
  const spanish = JSON.parse(readFileSync(join(ROOT, 'locales', 'es.json'), 'utf8'));
  assert.equal(await element.locator('.mne-title').innerText(), spanish['ui.app.title']);
  assert.equal(await frame.locator('.mne-title').innerText(), spanish['ui.app.title']);
  assert.doesNotMatch(await page.locator('main').innerText(), /\b(the|and|page|events|widget)\b/i);
  await visit.close();

  // axe-core injects inline styles inside shadow roots, which the strict CSP blocks (see
  // embed.test.mjs): the accessibility check runs in a context that bypasses it.
  const checked = await site.open('demo/es.html', { bypassCSP: true });
  await checked.page.locator('#explorer-es').scrollIntoViewIfNeeded();
  await checked.page.locator('#explorer-es .mne[lang="es"]').waitFor();
  await checked.page.frameLocator('#explorer-frame-es').locator('.mne[lang="es"]').waitFor();
  await checkA11y(checked.page);
  await checked.close();
});
