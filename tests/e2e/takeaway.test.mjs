// Taking the plan away: the calendar file, checked with a real iCalendar parser (ical.js)
// against the dated checklist the page shows; the printed page, made by Chromium's print to
// PDF and read back with pdftotext (poppler-utils). Nothing may be requested after load.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { checkA11y, startSite } from './harness.mjs';
import { addDays, answerAll, chooseConcerns, widgetDate } from './visitor.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** A visitor with acne scars (and by default a cold-sore history), on a plan dated from 2026-12-30. */
async function datedPlan(path = '', answers = { 'cold-sore-history': 'yes' }) {
  const visit = await site.open(path);
  await visit.waitForApp();
  const mark = visit.mark();
  const { page } = visit;
  await chooseConcerns(page, ['acne-scars']);
  await answerAll(page, answers);
  await page.click('[data-go="plan"]');
  await page.fill('[data-first-session]', '2026-12-30');
  await page.locator('[data-checklist]').waitFor();
  return { visit, page, mark };
}

/** Parses an ICAL.Time DATE as a UTC Date. */
const utc = (time) => new Date(Date.UTC(time.year, time.month - 1, time.day));

test('add to calendar: an RFC 5545 file whose every date matches the checklist', async () => {
  const { visit, page, mark } = await datedPlan('frame.html?clinic-name=Glow%2C%20Skin');
  assert.equal(await page.locator('[data-calendar]').count(), 1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-calendar]')]);
  assert.equal(download.suggestedFilename(), 'microneedling-plan.ics');
  const raw = await readFile(await download.path(), 'utf8');

  // The wire format: CRLF only, no physical line over 75 octets.
  assert.ok(raw.endsWith('\r\n'));
  assert.doesNotMatch(raw.replaceAll('\r\n', ''), /[\r\n]/, 'a bare CR or LF');
  for (const line of raw.split('\r\n')) {
    assert.ok(Buffer.byteLength(line) <= 75, `line over 75 octets: ${line}`);
  }

  const calendar = new ICAL.Component(ICAL.parse(raw));
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.match(calendar.getFirstPropertyValue('prodid'), /microneedling-explorer/);
  const events = calendar.getAllSubcomponents('vevent');
  const sessionTexts = await page.locator('[data-sessions] li').allInnerTexts();
  let sessions = 0;
  let steps = 0;
  for (const vevent of events) {
    const event = new ICAL.Event(vevent);
    assert.equal(vevent.getFirstPropertyValue('status'), 'TENTATIVE');
    assert.ok(vevent.getFirstPropertyValue('dtstamp'), 'DTSTAMP');
    assert.ok(event.startDate.isDate, `${event.uid} is all-day`);
    const start = utc(event.startDate);
    const last = addDays(utc(event.endDate), -1);
    const session = event.uid.match(/^session-(\d+)-20261230@/);
    if (session) {
      sessions += 1;
      const n = Number(session[1]);
      assert.match(sessionTexts[n - 1], new RegExp(`^Session ${n}: ${widgetDate(start)}`));
      assert.match(event.summary, new RegExp(`session ${n}`));
      assert.match(event.description, /confirm the date with Glow, Skin\./);
      if (n > 1) {
        const window = `from ${event.startDate} to ${addDays(start, 14 * (n - 1)).toISOString().slice(0, 10)}`;
        assert.ok(event.description.includes(window), `session ${n}: ${event.description}`);
      }
      continue;
    }
    const step = event.uid.match(/^(\d+-[a-z-]+)-20261230@/);
    assert.ok(step, `unexpected UID ${event.uid}`);
    steps += 1;
    // textContent: later sessions are collapsed, and their text still counts.
    const item = await page.locator(`label:has([data-check="${step[1]}"])`).textContent();
    const span = start.getTime() === last.getTime()
      ? widgetDate(start) : `${widgetDate(start)} to ${widgetDate(last)}`;
    assert.ok(item.includes(span), `${step[1]}: "${span}" not in "${item}"`);
    assert.equal(vevent.getAllSubcomponents('valarm').length, 1, `${step[1]} has a reminder`);
    assert.ok(item.includes(event.summary), `${step[1]}: title ${event.summary}`);
  }
  assert.equal(sessions, sessionTexts.length, 'every session is in the file');
  // The consultation, then sun, actives and antiviral before each of the 3 sessions.
  assert.ok(steps >= 1 + 3 * 3, `only ${steps} preparation steps in the file`);
  assert.ok(events.some((e) => e.getFirstPropertyValue('uid') === '1-antiviral-20261230@microneedling-explorer'));
  await checkA11y(page);
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

/** Collapses white space, so text laid out in lines compares with the page's text. */
const flat = (text) => text.replace(/\s+/g, ' ').trim();

test('print: a consultation sheet, no controls, no card cut across pages (A4 and Letter)', async () => {
  const answers = { 'cold-sore-history': 'yes', 'retinoids-acids': 'unsure', 'recent-sun': 'yes' };
  const { visit, page, mark } = await datedPlan('frame.html?clinic-name=Glow%20Skin', answers);
  assert.equal(await page.locator('[data-print-sheet]').isVisible(), false, 'the sheet is for paper only');
  await page.check('[data-check="1-pause-actives"]');
  const labels = await page
    .locator('#microneedling-explorer :is(button, a.mne-button)')
    .evaluateAll((els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean));
  assert.ok(labels.includes('Print or save as PDF') && labels.includes('Add to my calendar'), labels.join(', '));

  await page.emulateMedia({ media: 'print' });
  const cards = await page
    .locator('.mne-steps > li, .mne-reason, .mne-check-item, .mne-questions > li')
    .evaluateAll((els) => els.filter((e) => e.getClientRects().length).map((e) => e.innerText));
  const asked = await page.locator('[data-ask] li').allInnerTexts();
  assert.equal(await page.locator('[data-print-sheet] [data-reason]').count(), 3, 'every reason is printed');
  const reasonTexts = await page.locator('[data-print-sheet] .mne-reason-what').allTextContents();
  assert.equal(reasonTexts.length, 3);
  assert.ok(asked.length >= 3 + 4, `${asked.length} questions to ask`);
  assert.ok(asked.some((q) => /cold sores/.test(q)) && asked.some((q) => /pause/.test(q)));
  assert.ok(cards.length > 40, `only ${cards.length} cards to check`);

  const dir = await mkdtemp(join(tmpdir(), 'mne-print-'));
  try {
    for (const format of ['A4', 'Letter']) {
      const file = join(dir, `${format}.pdf`);
      await writeFile(file, await page.pdf({ format }));
      const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
        .split('\f')
        .filter((p) => p.trim());
      assert.ok(pages.length >= 2, `${format}: ${pages.length} page(s)`);
      const text = flat(pages.join(' '));
      assert.match(pages[0], /Bring this to your consultation at Glow Skin/);
      assert.match(text, /Content last checked: \w{3}, \d+ \w{3} 20\d\d\./);
      assert.match(text, /Your concerns Acne scars/);
      assert.match(text, /Your result: Prepare first|Your result: Talk to a clinician first/);
      for (const reason of reasonTexts) {
        assert.ok(text.includes(flat(reason)), `${format}: reason "${reason}" printed`);
      }
      for (const question of asked) assert.ok(text.includes(flat(question)), `${format}: ${question}`);
      // No control's label stands on its own line.
      const lines = new Set(pages.flatMap((p) => p.split('\n').map((l) => l.trim())));
      for (const label of labels) assert.ok(!lines.has(label), `${format}: the button "${label}" was printed`);
      // Every card sits whole on one page.
      const flatPages = pages.map(flat);
      let whole = 0;
      for (const card of cards) {
        assert.ok(flatPages.some((p) => p.includes(flat(card))), `${format}: a card is cut or missing: ${flat(card)}`);
        whole += 1;
      }
      assert.equal(whole, cards.length);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await page.emulateMedia({ media: 'screen' });
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

/** The dated checklist as the visitor reads it. */
const checklistTexts = (page) => page.locator('[data-checklist] li').allTextContents();

test('send to myself: a link in the fragment restores the same plan, then leaves the address bar', async () => {
  const answers = { pregnancy: 'unsure', 'cold-sore-history': 'yes' };
  const visit = await site.open('', { permissions: ['clipboard-read', 'clipboard-write'] });
  await visit.waitForApp();
  const mark = visit.mark();
  const { page } = visit;
  await chooseConcerns(page, ['acne-scars', 'texture']);
  await answerAll(page, answers);
  await page.click('[data-go="plan"]');
  await page.fill('[data-first-session]', '2027-03-15');
  await page.locator('[data-checklist]').waitFor();
  const setting = await page.locator('[data-plan-setting]').getAttribute('data-plan-setting');
  const checklist = await checklistTexts(page);
  assert.ok(checklist.length > 10, `${checklist.length} checklist items`);

  // Made only on request, behind a plain warning.
  assert.equal(await page.locator('[data-send-warning]').isVisible(), false);
  await page.click('[data-send] summary');
  assert.match(await page.locator('[data-send-warning]').innerText(), /health answers/);
  await checkA11y(page);
  await page.click('[data-send-link]');
  await page.locator('[data-notice="copied"]').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#mne-plan=1\.[0-9a-f]{3}\.[-ynu]{17}\.20270315$/);
  assert.doesNotMatch(page.url(), /#/, 'making the link does not touch the address bar');
  await visit.assertNoRequestsSince(mark);
  await visit.close();

  const opened = await site.open(new URL(link).pathname + new URL(link).hash);
  await opened.waitForApp();
  const restoredMark = opened.mark();
  const restored = opened.page;
  await restored.locator('[data-notice="restored"]').waitFor();
  assert.equal(await restored.locator('[data-step="plan"]').count(), 1, 'the plan step is shown');
  assert.equal(await restored.locator('[data-plan-setting]').getAttribute('data-plan-setting'), setting);
  assert.equal(await restored.inputValue('[data-first-session]'), '2027-03-15');
  assert.deepEqual(await checklistTexts(restored), checklist);
  assert.equal(new URL(restored.url()).hash, '', 'the fragment was cleared from the address bar');
  await restored.click('[data-go="result"]');
  const reasons = await restored.locator('[data-step="result"] [data-reason]').evaluateAll((els) =>
    els.map((e) => e.dataset.reason),
  );
  assert.deepEqual(reasons.sort(), ['cold-sore-history', 'pregnancy'], 'the answers came back');
  await restored.click('[data-go="explore"]');
  assert.ok(await restored.isChecked('input[type="checkbox"][value="texture"]'));
  await opened.assertNoRequestsSince(restoredMark);
  await opened.close();
});

test('send to myself: where the browser has the Web Share API, the link goes to the share sheet', async () => {
  const visit = await site.open();
  // Headless Chromium on Linux has no share sheet: stand one in that records what it is given.
  await visit.page.addInitScript(() => {
    navigator.share = async (data) => {
      window.__shared = { url: data.url, title: data.title, text: data.text ?? null };
    };
  });
  await visit.goto('index.html');
  await visit.waitForApp();
  const mark = visit.mark();
  const { page } = visit;
  await chooseConcerns(page, ['fine-lines']);
  await page.click('[data-go="plan"]');
  await page.click('[data-send] summary');
  await page.click('[data-send-link]');
  await page.locator('[data-notice="shared"]').waitFor();
  const shared = await page.evaluate(() => window.__shared);
  assert.match(shared.url, /\/index\.html#mne-plan=1\.008\.-{17}$/);
  assert.equal(shared.title, 'My microneedling plan');
  assert.equal(shared.text, null, 'nothing but the link and a title');
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

test('send to myself: a broken or hostile link is refused with a notice, never a crash', async () => {
  const hostile = [
    'mne-plan=2.000.----------------',
    'mne-plan=1.fff.yyyyyyyyyyyyyyyy',
    'mne-plan=1.001.nnnnnnnnnnnnnnnn.20261331',
    'mne-plan=1.<img src=x onerror=alert(1)>',
    `mne-plan=${'9'.repeat(5000)}`,
    'mne-plan=%00%ff%fe',
    'mne-plan=1.001.nnnnnnnnnnnnnnnn.20270101.extra',
  ];
  let refused = 0;
  for (const fragment of hostile) {
    const visit = await site.open();
    await visit.waitForApp();
    const warnings = [];
    visit.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await visit.goto(`index.html#${fragment}`);
    await visit.waitForApp();
    const mark = visit.mark();
    const { page } = visit;
    await page.locator('[data-notice="refused"]').waitFor();
    assert.ok(
      warnings.some((w) => w.startsWith('microneedling-explorer: ignoring the plan link')),
      `${fragment}: no console warning (${warnings.join(' | ')})`,
    );
    assert.equal(await page.locator('[data-step="explore"]').count(), 1, `${fragment}: starts afresh`);
    assert.equal(new URL(page.url()).hash, '', `${fragment}: the fragment was cleared`);
    await checkA11y(page);
    await visit.assertNoRequestsSince(mark);
    await visit.close();
    refused += 1;
  }
  assert.equal(refused, hostile.length);

  // An ordinary in-page anchor is not a plan link: no notice, and it stays.
  const anchor = await site.open('#top');
  await anchor.waitForApp();
  assert.equal(await anchor.page.locator('[data-notice]').count(), 0);
  assert.equal(new URL(anchor.page.url()).hash, '#top');
  await anchor.close();
});

test('send to myself: embedded (custom element or iframe), links are neither read nor offered', async () => {
  const link = '#mne-plan=1.001.nnnnnnnnnnnnnnnn';
  const visit = await site.open(`demo/clinic.html${link}`);
  const { page } = visit;
  const main = page.locator('#explorer-main');
  await main.scrollIntoViewIfNeeded();
  await main.locator('[data-step="explore"]').waitFor({ timeout: 15_000 });
  assert.equal(await main.locator('[data-notice]').count(), 0, 'the link was not read');
  assert.equal(await main.locator('input[type="checkbox"]:checked').count(), 0, 'nothing restored');
  await main.locator('[data-go="plan"]').click();
  assert.equal(await main.locator('[data-print]').count(), 1);
  assert.equal(await main.locator('[data-send]').count(), 0, 'no link offered on a clinic page');
  assert.equal(new URL(page.url()).hash, link, "the clinic page's address is left alone");
  await visit.close();

  const framed = await site.open('demo/iframe.html');
  await framed.page.locator('#explorer-frame').scrollIntoViewIfNeeded();
  const frame = framed.page.frameLocator('#explorer-frame');
  await frame.locator('[data-go="plan"]').click({ timeout: 15_000 });
  assert.equal(await frame.locator('[data-print]').count(), 1);
  assert.equal(await frame.locator('[data-send]').count(), 0, 'no link offered in a frame');
  await framed.close();
});

test('booking with consent: concern ids join the link only after the tick; answers never', async () => {
  const template = 'https://glow.example/book?src=widget&c={concerns}';
  const { visit, page, mark } = await datedPlan(
    `frame.html?clinic-name=Glow&booking-url=${encodeURIComponent(template)}`,
    { pregnancy: 'unsure', 'cold-sore-history': 'yes' },
  );
  const link = page.locator('a[data-booking]');
  const consent = page.locator('[data-booking-consent]');
  assert.equal(await link.getAttribute('href'), 'https://glow.example/book?src=widget', 'placeholder dropped');
  assert.equal(await consent.isChecked(), false, 'off until the visitor ticks it');
  const said = await page.locator('label:has([data-booking-consent])').innerText();
  assert.match(said, /Add my concerns to the booking link/);
  assert.match(said, /tell Glow: Acne scars\./, 'says exactly what will be sent');
  assert.match(said, /answers to the check are never sent/);

  await consent.check();
  const href = await link.getAttribute('href');
  assert.equal(href, 'https://glow.example/book?src=widget&c=acne-scars');
  assert.doesNotMatch(href, /pregnan|cold|unsure|yes/, 'no screening answer in the link');
  await consent.uncheck();
  assert.equal(await link.getAttribute('href'), 'https://glow.example/book?src=widget');
  await checkA11y(page);
  await visit.assertNoRequestsSince(mark);
  await visit.close();

  // A link without the placeholder asks nothing.
  const plain = await datedPlan('frame.html?booking-url=https%3A%2F%2Fglow.example%2Fbook');
  assert.equal(await plain.page.locator('[data-booking-consent]').count(), 0);
  assert.equal(await plain.page.locator('a[data-booking]').getAttribute('href'), 'https://glow.example/book');
  await plain.visit.close();
});

/** Everything the page keeps in Web Storage. */
const stored = (page) =>
  page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: sessionStorage.length,
  }));

test('remember on this device: nothing stored until ticked; back after a reload; forget empties it', async () => {
  const visit = await site.open();
  const warnings = [];
  visit.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await visit.waitForApp();
  const mark = visit.mark();
  const { page } = visit;
  await chooseConcerns(page, ['pores']);
  await answerAll(page, { keloids: 'unsure' });
  await page.click('[data-go="plan"]');
  await page.fill('[data-first-session]', '2027-05-01');
  await page.locator('[data-checklist]').waitFor();
  await page.click('[data-group="2"] summary');
  await page.check('[data-check="2-avoid-sun"]');
  assert.deepEqual(await stored(page), { local: {}, session: 0 }, 'stored before being asked');
  assert.equal(await page.isChecked('[data-remember]'), false, 'off until ticked');
  assert.equal(await page.locator('[data-forget]').count(), 0);

  await page.check('[data-remember]');
  await page.locator('[data-forget]').waitFor();
  const saved = (await stored(page)).local['microneedling-explorer'];
  assert.match(saved, /^v1\|mne-plan=1\.020\.[-ynu]{17}\.20270501\|2-avoid-sun$/);
  await checkA11y(page);
  await visit.assertNoRequestsSince(mark);
  const checklist = await checklistTexts(page);

  await visit.goto('');
  await visit.waitForApp();
  await page.locator('[data-notice="remembered"]').waitFor();
  assert.deepEqual(await checklistTexts(page), checklist, 'the same plan, with its tick');
  assert.ok(await page.isChecked('[data-check="2-avoid-sun"]'));
  assert.ok(await page.isChecked('[data-remember]'));

  await page.click('[data-forget]');
  await page.locator('[data-notice="forgotten"]').waitFor();
  assert.deepEqual(await stored(page), { local: {}, session: 0 }, 'forget left something behind');
  assert.equal(await page.isChecked('[data-remember]'), false);
  await page.check('[data-check="1-avoid-sun"]');
  assert.deepEqual((await stored(page)).local, {}, 'saved again after forgetting');
  assert.deepEqual(warnings, []);

  // Old or corrupt data is ignored with a console warning; the widget starts afresh.
  for (const bad of ['v9|mne-plan=1.020.----------------|', '{"version":1}', 'v1|mne-plan=1.zz|', 'v1|mne-plan=1.020.----------------|1-nope']) {
    await page.evaluate((value) => localStorage.setItem('microneedling-explorer', value), bad);
    await visit.goto('');
    await visit.waitForApp();
    assert.equal(await page.locator('[data-step="explore"]').count(), 1, `${bad}: starts afresh`);
    assert.equal(await page.locator('input[type="checkbox"]:checked').count(), 0);
    assert.ok(warnings.some((w) => w.includes('ignoring the answers saved on this device')), bad);
    warnings.length = 0;
  }
  await visit.close();
});

test('remember on this device: never offered when embedded, and nothing is stored there', async () => {
  const visit = await site.open('demo/clinic.html');
  const { page } = visit;
  const main = page.locator('#explorer-main');
  await main.scrollIntoViewIfNeeded();
  await main.locator('input[value="texture"]').check({ timeout: 15_000 });
  await main.locator('[data-go="check"]').click();
  while (!(await main.locator('[data-outcome]').count())) {
    for (const field of await main.locator('fieldset[data-question]').all()) {
      await field.locator('input[value="no"]').check();
    }
    await main.locator('[data-step="check"] [data-nav="next"]').click();
  }
  await main.locator('[data-go="plan"]').click();
  await main.locator('[data-first-session]').fill('2027-01-10');
  await main.locator('[data-checklist]').waitFor();
  await main.locator('[data-checklist] input').first().check();
  assert.equal(await main.locator('[data-remember]').count(), 0, 'offered on a clinic page');
  assert.deepEqual(await stored(page), { local: {}, session: 0 });
  await visit.close();

  const framed = await site.open('demo/iframe.html');
  await framed.page.locator('#explorer-frame').scrollIntoViewIfNeeded();
  const frame = framed.page.frameLocator('#explorer-frame');
  await frame.locator('[data-go="plan"]').click({ timeout: 15_000 });
  assert.equal(await frame.locator('[data-remember]').count(), 0, 'offered in a frame');
  const inFrame = await framed.page.frames()[1].evaluate(() => localStorage.length + sessionStorage.length);
  assert.equal(inFrame, 0);
  await framed.close();
});
