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
    const item = await page.locator(`label:has([data-check="${step[1]}"])`).innerText();
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
  visit.assertNoRequestsSince(mark);
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
      assert.match(text, /Content last checked: \w{3} \d+ \w{3} 20\d\d\./);
      assert.match(text, /Your concerns Acne scars/);
      assert.match(text, /Your result: Prepare first|Your result: Talk to a clinician first/);
      for (const reason of ['Have you ever had cold sores?', 'Have you had a tan or a sunburn']) {
        assert.ok(text.includes(reason), `${format}: reason "${reason}" printed`);
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
  visit.assertNoRequestsSince(mark);
  await visit.close();
});
