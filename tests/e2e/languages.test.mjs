// Languages (issue 12): a locale pack loads when its language is chosen (the browser's languages,
// the `lang` setting or the switch), the whole journey reads in Spanish, switching keeps the
// visitor's answers and place, a broken pack falls back to English with a console warning and a
// notice, and Spanish works offline after one visit.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packFiles } from '../../scripts/dist.mjs';
import { DIST, ENGLISH_PACK, ROOT, checkA11y, recordedPage, startSite } from './harness.mjs';
import { chooseConcerns, widgetDate } from './visitor.mjs';

const SPANISH = JSON.parse(readFileSync(join(ROOT, 'locales', 'es.json'), 'utf8'));
/** The English title, compiled into the app. */
const ENGLISH_TITLE = 'Microneedling explorer';
/**
 * Common English words that are not Spanish words: none may show on a Spanish page. (The sources'
 * titles are English publications and the switch names English in English: both are left out.)
 */
const ENGLISH_WORDS = [
  'the', 'and', 'you', 'your', 'with', 'what', 'this', 'that', 'for', 'are', 'when', 'how', 'will',
  'can', 'not', 'skin', 'session', 'sessions', 'next', 'back', 'yes', 'questions', 'answer',
  'before', 'after', 'days', 'week', 'weeks', 'of', 'to', 'is', 'it', 'or', 'see', 'about', 'step',
  'start', 'check', 'result', 'sources', 'treatment', 'clinic', 'choose', 'print', 'calendar',
];

/** The built Spanish pack's address. */
const SPANISH_PACK = /\/locales\/es\.[0-9a-f]+\.json$/;

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Records the page's console warnings. */
function warnings(page) {
  const seen = [];
  page.on('console', (message) => message.type() === 'warning' && seen.push(message.text()));
  return seen;
}

/** The widget's visible text without what is rightly not Spanish (sources, English's own name). */
const visibleText = (page) =>
  page.locator('.mne').evaluate((root) => {
    const copy = root.cloneNode(true);
    for (const skip of copy.querySelectorAll('[data-sources], select [lang]:not([lang="es"])')) skip.remove();
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });

/** Fails if `page` shows any of the English words; returns how many words it checked. */
async function assertNoEnglish(page, where) {
  const text = await visibleText(page);
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.includes(w));
  assert.deepEqual([...new Set(english)], [], `${where}: English on the Spanish page:\n${text}`);
  return words.length;
}

test('the whole journey in Spanish, from the browser\'s language: every step translated, dates by Intl, axe clean', async () => {
  const visit = await site.openApp('', { locale: 'es-ES' });
  const { page } = visit;
  await page.locator('h1', { hasText: SPANISH['ui.app.title'] }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.locator('.mne').getAttribute('lang'), 'es');
  assert.equal(await page.locator('select[data-language]').inputValue(), 'es');
  // A complete pack (the build's own, kiosk mode's rows included) tells the visitor nothing.
  assert.equal(await page.locator('[data-notice="language"]').count(), 0, 'no language notice');
  let words = await assertNoEnglish(page, 'explore');
  await checkA11y(page);

  await chooseConcerns(page, ['acne-scars']);
  await page.locator('[data-concern="acne-scars"]').waitFor();
  words += await assertNoEnglish(page, 'explore, a concern chosen');
  await page.click('[data-go="check"]');
  words += await assertNoEnglish(page, 'check');
  await checkA11y(page);
  for (let guard = 0; guard < 6 && !(await page.locator('[data-outcome]').count()); guard += 1) {
    for (const field of await page.locator('fieldset[data-question]').all()) {
      await field.locator('input[value="no"]').check();
    }
    await page.click('[data-step="check"] [data-nav="next"]');
  }
  assert.equal(await page.locator('[data-outcome]').getAttribute('data-outcome'), 'no-red-flags');
  words += await assertNoEnglish(page, 'result');
  await checkA11y(page);

  await page.click('[data-go="plan"]');
  await page.fill('[data-first-session]', '2027-01-04');
  await page.locator('[data-checklist]').waitFor();
  const plan = await page.locator('[data-step="plan"]').innerText();
  // 4 January 2027 was a Monday: the browser's Spanish date, not an English table's.
  const spanishDate = widgetDate(new Date(Date.UTC(2027, 0, 4)), 'es');
  assert.ok(plan.includes(spanishDate), `the plan shows ${spanishDate}`);
  // Decimals by Intl too: the studied depths for acne scars, 1.5–2.5 mm, with decimal commas.
  assert.ok(plan.includes('1,5–2,5 mm'), 'the depths are written the Spanish way');
  words += await assertNoEnglish(page, 'plan');
  await checkA11y(page);

  await page.click('[data-go="about"]');
  words += await assertNoEnglish(page, 'about');
  await checkA11y(page);
  assert.ok(words > 1500, `only ${words} words checked`);
  await visit.close();
});

test('the switch changes the language mid-journey and keeps every answer and the step; each language is named in itself', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  const packRequests = () => visit.requests.filter((r) => SPANISH_PACK.test(r.url())).length;
  const loaderRequests = () => visit.requests.filter((r) => /\/locales\/packs\.[0-9a-f]+\.js$/.test(r.url())).length;
  const englishRequests = () => visit.requests.filter((r) => ENGLISH_PACK.test(r.url())).length;
  assert.equal(packRequests(), 0, 'English needs no Spanish pack');
  // English's texts beyond the first screen come as its own pack, right after start.
  assert.equal(englishRequests(), 1, 'the English pack, once');
  assert.equal(loaderRequests(), 1, 'the pack loader, once');
  const options = await page.locator('select[data-language] option').evaluateAll((all) =>
    all.map((o) => `${o.value}|${o.lang}|${o.textContent}`),
  );
  assert.deepEqual(options, ['en|en|English', 'es|es|Español'], 'no pseudo-locale is offered');
  const label = page.locator('label:has(select[data-language])');
  assert.match(await label.innerText(), /Language/);
  const box = await page.locator('select[data-language]').boundingBox();
  assert.ok(box.width >= 24 && box.height >= 24, `the switch is ${box.width}x${box.height}`);

  await chooseConcerns(page, ['acne-scars', 'pores']);
  await page.click('[data-go="check"]');
  const first = await page.locator('fieldset[data-question]').evaluateAll((f) => f.map((x) => x.dataset.question));
  await page.check(`fieldset[data-question="${first[0]}"] input[value="yes"]`);
  await page.check(`fieldset[data-question="${first[1]}"] input[value="unsure"]`);

  // Keyboard: focus the switch and pick Español with the arrow keys.
  await page.locator('select[data-language]').focus();
  await page.locator('select[data-language]').selectOption('es');
  await page.locator('h1', { hasText: SPANISH['ui.app.title'] }).waitFor();
  assert.equal(packRequests(), 1, 'the Spanish pack was fetched once');
  assert.equal(loaderRequests(), 1, 'the pack loader was fetched once');
  assert.equal(await page.locator('[data-step="check"]').count(), 1, 'still on the check');
  assert.ok(await page.isChecked(`fieldset[data-question="${first[0]}"] input[value="yes"]`));
  assert.ok(await page.isChecked(`fieldset[data-question="${first[1]}"] input[value="unsure"]`));
  assert.match(await label.innerText(), new RegExp(SPANISH['ui.language.label']));
  await checkA11y(page);

  await page.click('[data-go="explore"]');
  for (const id of ['acne-scars', 'pores']) {
    assert.ok(await page.isChecked(`input[type="checkbox"][value="${id}"]`), `${id} still chosen`);
  }
  await page.locator('select[data-language]').selectOption('en');
  await page.locator('h1', { hasText: ENGLISH_TITLE }).waitFor();
  await page.locator('select[data-language]').selectOption('es');
  await page.locator('h1', { hasText: SPANISH['ui.app.title'] }).waitFor();
  assert.equal(packRequests(), 1, 'a pack loads once per page');
  assert.equal(englishRequests(), 1, 'the English pack too');
  await visit.close();
});

test('lang on the element and the host page\'s language choose the pack; pseudo-locales load but are never offered', async () => {
  for (const [path, lang, dir] of [
    ['frame.html?lang=es', 'es', 'ltr'],
    ['frame.html?lang=en-XA', 'en-XA', 'ltr'],
    ['frame.html?lang=ar-XB', 'ar-XB', 'rtl'],
  ]) {
    const visit = await site.openApp(path, { locale: 'en-GB' });
    const { page } = visit;
    await page.waitForFunction((lang) => document.querySelector('.mne')?.lang === lang, lang);
    assert.equal(await page.locator('.mne').getAttribute('dir'), dir, path);
    assert.notEqual(await page.locator('h1').innerText(), ENGLISH_TITLE, `${path} is translated`);
    assert.equal(await page.locator('select[data-language] option').count(), 2);
    await visit.close();
  }
  // Embedded, the clinic page's <html lang> counts when the element sets none.
  const visit = await recordedPage(site.browser, site.url, { locale: 'en-GB' });
  const { page } = visit;
  await visit.context.route('**/demo/clinic.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<html lang="en">', '<html lang="es-MX">');
    await route.fulfill({ response, body });
  });
  await visit.goto('demo/clinic.html');
  const widget = page.locator('microneedling-explorer').first();
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('h1', { hasText: SPANISH['ui.app.title'] }).waitFor();
  await visit.close();
});

/**
 * Opens the app for a Spanish visitor with the responses to `url` replaced by `body`, and checks
 * what a pack that cannot be used gives: English, the notice, and a console warning naming the
 * pack. Resolves to the visit and the notice.
 */
async function spanishFallsBack(url, contentType, body) {
  const visit = await recordedPage(site.browser, site.url, { locale: 'es-ES' });
  const seen = warnings(visit.page);
  await visit.context.route(url, (route) => route.fulfill({ status: 200, contentType, body }));
  await visit.goto('');
  await visit.waitForApp();
  const notice = visit.page.locator('[data-notice="language"]');
  await notice.waitFor();
  assert.equal(await visit.page.locator('h1').innerText(), ENGLISH_TITLE);
  assert.ok(seen.some((w) => /locale pack es could not be loaded/.test(w)), seen.join('\n'));
  return { visit, notice };
}

test('a broken or incomplete pack falls back to English, with a console warning naming it and a notice', async () => {
  // Corrupt JSON: nothing arrives, English shows.
  const { visit, notice } = await spanishFallsBack(SPANISH_PACK, 'application/json', '{"answer.no": "No", ');
  const { page } = visit;
  assert.match(await notice.innerText(), /in English/);
  assert.equal(await notice.getAttribute('role'), 'status');
  await checkA11y(page);
  await visit.close();

  // A pack of another length than this build's (say, a stale file; here one text short, so every
  // row would be off by one): not installed at all, English, the warning and the notice.
  const { texts } = JSON.parse(readFileSync(join(DIST, packFiles(DIST).es), 'utf8'));
  const stale = JSON.stringify({ texts: texts.slice(1), missing: [] });
  await (await spanishFallsBack(SPANISH_PACK, 'application/json', stale)).visit.close();

  // The pack loader (its own module, dist/locales/packs.<hash>.js) is broken (a truncated file)
  // and cannot be loaded: English, a warning naming the pack and the notice, as for a broken pack.
  const loader = /\/locales\/packs\.[0-9a-f]+\.js$/;
  await (await spanishFallsBack(loader, 'text/javascript', 'export default (')).visit.close();

  // A pack missing keys: Spanish for what it has, English for the rest, and the keys named. The
  // built pack holds its texts in the English rows' order and the names of the keys it lacks:
  // these two rows become null and are named, as scripts/build-locales.mjs writes a key the
  // translation lacks.
  const partial = await recordedPage(site.browser, site.url, { locale: 'es-ES' });
  const partialSeen = warnings(partial.page);
  const built = JSON.parse(readFileSync(join(DIST, packFiles(DIST).es), 'utf8'));
  for (const key of ['ui.app.tagline', 'ui.nav.back']) {
    const rows = built.texts.flatMap((text, row) => (text === SPANISH[key] ? [row] : []));
    assert.equal(rows.length, 1, `the built pack holds ${key}'s text once`);
    built.texts[rows[0]] = null;
    built.missing.push(key);
  }
  await partial.context.route(SPANISH_PACK, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(built) }),
  );
  await partial.goto('');
  await partial.waitForApp();
  await partial.page.locator('h1', { hasText: SPANISH['ui.app.title'] }).waitFor();
  await partial.page.locator('[data-notice="language"]').waitFor();
  assert.match(await partial.page.locator('.mne-tagline').innerText(), /See how microneedling could help/);
  const warning = partialSeen.find((w) => /locale pack es lacks 2 texts/.test(w));
  assert.ok(warning?.includes('ui.app.tagline') && warning.includes('ui.nav.back'), partialSeen.join('\n'));
  // The notice goes with the next move; the app stays usable.
  await partial.page.click('[data-go="check"]');
  assert.equal(await partial.page.locator('[data-notice="language"]').count(), 0);
  await partial.close();
});

test('offline: after one visit in Spanish, the page opens in Spanish with no network', async () => {
  const visit = await site.open('', { locale: 'es-ES' });
  const { page, context } = visit;
  await visit.waitForApp();
  await page.locator('h1', { hasText: SPANISH['ui.app.title'] }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  // The worker has cached every file of the build once the page says it works offline.
  await page.waitForFunction(() => document.querySelector('[data-pwa-status]').textContent !== '');
  await context.setOffline(true);
  const mark = visit.mark();
  await page.reload({ waitUntil: 'load' });
  await visit.waitForApp();
  await page.locator('h1', { hasText: SPANISH['ui.app.title'] }).waitFor();
  await chooseConcerns(page, ['pores']);
  await page.click('[data-go="check"]');
  await assertNoEnglish(page, 'offline check');
  const offline = visit.requests.slice(mark);
  assert.ok(offline.some((r) => /\/locales\/es\./.test(r.url())), 'the pack was requested offline');
  for (const request of offline) {
    const response = await request.response();
    assert.ok(response?.fromServiceWorker(), `${request.url()} was not answered by the service worker`);
    assert.equal(response.status(), 200, request.url());
  }
  await visit.close();
});
