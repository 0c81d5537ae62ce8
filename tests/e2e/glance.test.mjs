// The plan at a glance: the timeline (inline SVG with the same facts in words), the checklist
// grouped by session with the next group open and counts of what is ticked, and the plan
// step's height on a phone (at most four screens with the groups collapsed).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, startSite } from './harness.mjs';
import { addDays, answerAll, chooseConcerns, widgetDate } from './visitor.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const PHONE = { width: 390, height: 844 };
/** Today in the browser's time zone (the page's clock), as a UTC date at midnight. */
const today = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
};
const iso = (date) => date.toISOString().slice(0, 10);

/** A dated plan for acne scars with a cold-sore history, the first session 20 days from today. */
async function datedPlan(options) {
  const visit = await site.open('', options);
  await visit.waitForApp();
  const mark = visit.mark();
  const { page } = visit;
  await chooseConcerns(page, ['acne-scars']);
  await answerAll(page, { 'cold-sore-history': 'yes' });
  await page.click('[data-go="plan"]');
  const first = addDays(today(), 20);
  await page.fill('[data-first-session]', iso(first));
  await page.locator('[data-checklist]').waitFor();
  return { visit, page, mark, first };
}

test('at a glance on a phone: setting, course and next actions first; at most four screens', async () => {
  const { visit, page, mark, first } = await datedPlan({ viewport: PHONE });
  const box = async (selector) => page.locator(selector).first().boundingBox();
  await page.evaluate(() => window.scrollTo(0, 0));
  const step = await box('[data-step="plan"]');
  const screenEnd = step.y + PHONE.height;
  for (const selector of ['.mne-setting', '[data-next]', '[data-course] h3']) {
    const b = await box(selector);
    assert.ok(b.y + (selector === '[data-course] h3' ? b.height : 0) <= screenEnd,
      `${selector} is not on the plan step's first screen (${Math.round(b.y)} > ${Math.round(screenEnd)})`);
  }
  const next = await page.locator('[data-next] li').allInnerTexts();
  assert.equal(next.length, 3, 'three next actions');
  assert.match(next[0], /Have a consultation/);
  assert.match(next[0], new RegExp(widgetDate(addDays(first, -28))));

  // With every group collapsed the whole step is at most four screens tall.
  await page.locator('[data-group][open] > summary').click();
  assert.equal(await page.locator('details[open]').count(), 0);
  const height = (await box('[data-step="plan"]')).height;
  assert.ok(height <= 4 * PHONE.height, `the plan step is ${Math.round(height)} px tall`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

test('the timeline: sessions, preparation, recovery, today and upkeep, drawn and in words', async () => {
  const { visit, page, mark, first } = await datedPlan({ viewport: { width: 320, height: 700 } });
  const svg = page.locator('[data-timeline] svg');
  assert.equal(await svg.getAttribute('role'), 'img');
  assert.match(await svg.getAttribute('aria-label'), /timeline/i);
  const sessions = await page.locator('[data-sessions] li').count();
  assert.equal(await svg.locator('.mne-tl-session').count(), sessions);
  assert.deepEqual(await svg.locator('.mne-tl-number').allTextContents(), ['1', '2', '3']);
  assert.equal(await svg.locator('.mne-tl-prep').count(), sessions);
  assert.equal(await svg.locator('.mne-tl-recovery').count(), sessions);
  assert.equal(await svg.locator('.mne-tl-today').count(), 1, 'today is marked');
  assert.equal(await svg.locator('.mne-tl-upkeep').count(), 1);
  // Bars go left to right in time, inside the drawing.
  const xs = await svg.locator('.mne-tl-session').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('x'))));
  assert.deepEqual([...xs].sort((a, b) => a - b), xs);
  const today = Number(await svg.locator('.mne-tl-today').getAttribute('x1'));
  assert.ok(today < xs[0], 'today comes before the first session');
  const width = await svg.evaluate((el) => el.getBoundingClientRect().width);
  assert.ok(width <= 320, `the drawing is ${width} px wide at 320 px`);

  await page.click('[data-timeline] summary');
  const words = await page.locator('[data-timeline-words] li').allInnerTexts();
  assert.equal(words[0], `Today: ${widgetDate(addDays(first, -20))}`);
  assert.ok(words.includes(`Session 1: ${widgetDate(first)}`), words.join(' | '));
  assert.ok(words.some((w) => w.startsWith(`Prepare for session 1: ${widgetDate(addDays(first, -14))}`)), words.join(' | '));
  assert.ok(words.some((w) => w.startsWith(`Recover from session 1: ${widgetDate(first)}`)), words.join(' | '));
  assert.ok(words.some((w) => w.startsWith('Upkeep, if you choose it')));
  assert.equal(words.length, 1 + 3 * sessions + 1);
  await checkA11y(page);
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

test('the checklist by session: the next group open, counts of what is ticked', async () => {
  const { visit, page, mark } = await datedPlan({ colorScheme: 'dark' });
  const groups = await page.locator('[data-group]').evaluateAll((els) =>
    els.map((e) => ({ id: e.dataset.group, open: e.open })),
  );
  assert.deepEqual(groups, [
    { id: '1', open: true }, { id: '2', open: false }, { id: '3', open: false }, { id: 'later', open: false },
  ]);
  const first = page.locator('[data-group="1"]');
  assert.deepEqual(await first.locator('h5').allInnerTexts(), ['Before each session', 'On the day', 'After each session']);
  const boxes = first.locator('input[type="checkbox"]');
  const count = await boxes.count();
  assert.ok(count >= 10, `${count} items in session 1`);
  assert.equal(await first.locator('[data-group-count]').innerText(), `0 of ${count} done`);
  const total = await page.locator('[data-check]').count();
  for (let i = 0; i < count; i += 1) await boxes.nth(i).check();
  assert.equal(await first.locator('[data-group-count]').innerText(), `${count} of ${count} done`);
  assert.equal(await page.locator('[data-ticked-count]').innerText(), `${count} of ${total} done`);
  // Session 1 done: the next group opens.
  assert.equal(await page.locator('[data-group="2"]').evaluate((e) => e.open), true);
  assert.equal(await page.locator('[data-next] li').first().getAttribute('data-next-step'), '2-avoid-sun');
  await checkA11y(page);
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});
