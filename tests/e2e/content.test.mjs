// The content a clinician would sign, checked through the page: the everyday blood-thinning
// pills named in the check, a new question for other inflamed skin, outcome summaries that hold
// for every reason (a sunburn means waiting), harms and other options beside the benefits on
// every concern card, the clinical notes' evidence grades, a "not right now" plan that says what
// to do first and books only a talk, the home needle size as a product size, and every source
// with its year. Every state is run through axe-core.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, startSite } from './harness.mjs';
import { CONCERNS, chooseConcerns } from './visitor.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Answers every question (default `no`) page by page and returns on the result step. */
async function answerAll(page, answers) {
  await findQuestion(page, 'active-acne');
  for (let guard = 0; guard < 10; guard += 1) {
    for (const id of await page.locator('fieldset[data-question]').evaluateAll((fs) => fs.map((f) => f.dataset.question))) {
      await page.check(`fieldset[data-question="${id}"] input[value="${answers[id] ?? 'no'}"]`);
    }
    await page.click('[data-step="check"] [data-nav="next"]');
    if (await page.locator('[data-outcome]').count()) return;
  }
  assert.fail('the quiz never reached a result');
}

/** Goes to the check's first page, then pages forward until `id` is on screen; returns its fieldset. */
async function findQuestion(page, id) {
  await page.click('[data-go="check"]');
  const firstPage = page.locator('fieldset[data-question="active-acne"]');
  for (let guard = 0; guard < 10 && !(await firstPage.count()); guard += 1) {
    await page.click('[data-step="check"] [data-nav="back"]');
  }
  const field = page.locator(`fieldset[data-question="${id}"]`);
  for (let guard = 0; guard < 10 && !(await field.count()); guard += 1) {
    await page.click('[data-step="check"] [data-nav="next"]');
  }
  assert.ok(await field.count(), `question ${id} is never shown`);
  return field;
}

const text = (locator) => locator.innerText();

test('blood thinners: the check names aspirin and the other everyday pills; the plan says ask first', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  const mark = visit.mark();
  await chooseConcerns(page, ['fine-lines']);
  const question = await text(await findQuestion(page, 'blood-thinners'));
  for (const pill of ['aspirin', 'ibuprofen', 'naproxen', 'fish oil', 'vitamin E', 'bleeding disorder']) {
    assert.match(question, new RegExp(pill, 'i'), `the question does not name ${pill}`);
  }
  assert.match(question, /pain pills/, 'why we ask says everyday pills count too');
  await checkA11y(page);

  await answerAll(page, { 'blood-thinners': 'yes' });
  assert.equal(await page.locator('[data-outcome]').getAttribute('data-outcome'), 'talk-first');
  assert.match(await text(page.locator('[data-reason="blood-thinners"]')), /Never stop a prescribed medicine on your own/);
  await page.click('[data-go="plan"]');
  const step = await text(page.locator('[data-plan-step="blood-thinners"]'));
  assert.match(step, /aspirin/i);
  assert.match(step, /about a week before/);
  assert.match(step, /Never stop a prescribed medicine on your own/);
  await checkA11y(page);
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

test('other inflamed skin in the area is its own question, and it means not right now', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  await chooseConcerns(page, ['texture']);
  assert.match(await text(await findQuestion(page, 'other-skin-condition')), /inflamed/);
  assert.match(await text(await findQuestion(page, 'cancer-treatment')), /weakens your immune system/);
  await answerAll(page, { 'other-skin-condition': 'yes' });
  assert.equal(await page.locator('[data-outcome]').getAttribute('data-outcome'), 'not-now');
  assert.equal(await page.locator('[data-reason="other-skin-condition"]').getAttribute('data-tier'), 'not-now');
  await checkA11y(page);
  await visit.close();
});

test('a sunburn leads to "prepare first", and the summary says that can mean waiting', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  await chooseConcerns(page, ['acne-scars']);
  await answerAll(page, { 'recent-sun': 'yes' });
  const outcome = page.locator('[data-outcome]');
  assert.equal(await outcome.getAttribute('data-outcome'), 'prepare');
  const summary = await text(outcome.locator('.mne-outcome-summary'));
  assert.match(summary, /sunburn/);
  assert.match(summary, /waiting until your skin has healed/);
  assert.doesNotMatch(summary, /nothing that means you should wait/i);
  assert.match(await text(page.locator('[data-reason="recent-sun"]')), /Wait until a sunburn has healed/);
  assert.match(await text(await findQuestion(page, 'recent-sun')), /a tan you can see/);
  await checkA11y(page);
  await visit.close();
});

test('every concern card: harms, downtime and other options beside the benefits, and its evidence grade', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  const mark = visit.mark();
  assert.match(await text(page.locator('[data-words]')), /practitioner is the person who does the treatment/);
  assert.match(await text(page.locator('[data-words]')), /clinician is a doctor or nurse/);
  await chooseConcerns(page, CONCERNS);
  for (const id of CONCERNS) {
    const card = page.locator(`[data-concern="${id}"]`);
    const harms = await text(card.locator('[data-harms]'));
    for (const harm of [/Redness and swelling/, /up to a week/, /dark marks/, /infection/, /lumps/, /darker skin/, /don't know/]) {
      assert.match(harms, harm, `${id}: harms lack ${harm}`);
    }
    assert.match(await text(card.locator('[data-downtime]')), /1 to 2 days/, `${id}: no downtime`);
    const options = card.locator('[data-options]');
    assert.ok((await text(options)).split(/\s+/).length > 15, `${id}: other options too thin`);
    assert.match(await text(options.locator('[data-option-nothing]')), /Doing nothing/);
    const evidence = card.locator('[data-evidence]');
    assert.ok((await text(evidence)).split(/\s+/).length > 6, `${id}: the grade is not explained`);
  }
  const grade = (id) => page.locator(`[data-concern="${id}"] [data-evidence] .mne-badge`).innerText();
  assert.equal(await grade('acne-scars'), 'Many small studies');
  assert.match(await text(page.locator('[data-concern="acne-scars"] [data-evidence]')), /comparison group/);
  assert.equal(await grade('pigmentation'), 'Moderate to weak');
  assert.equal(await grade('pores'), 'Weak');
  // A figure with its caveat, not "most people".
  const acne = await text(page.locator('[data-concern="acne-scars"]'));
  assert.match(acne, /36 people/);
  assert.match(acne, /no comparison group/);
  assert.doesNotMatch(await text(page.locator('[data-step="explore"]')), /\b(most|many) people\b/i);
  await checkA11y(page);
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

test('a not-right-now plan says what to do first and when to come back, and books only a talk', async () => {
  // frame.html takes clinic settings from its query string (the visitor's answers never go there).
  const visit = await site.openApp('frame.html?clinic-name=Glow&booking-url=https%3A%2F%2Fglow.example%2Fbook');
  const { page } = visit;
  await chooseConcerns(page, ['acne-scars']);
  await answerAll(page, { 'active-acne': 'yes' });
  await page.click('[data-go="plan"]');
  const first = page.locator('[data-wait-first]');
  assert.match(await text(first), /What to do first/);
  assert.match(await text(first.locator('[data-first="active-acne"]')), /Wait until the breakout has calmed down/);
  assert.match(await text(first.locator('[data-come-back]')), /Come back to this plan/);
  assert.equal(await page.locator('[data-first-session]').count(), 0, 'no session date to pick');
  assert.equal(await page.locator('[data-checklist]').count(), 0);
  const booking = page.locator('a[data-booking]');
  assert.match(await text(booking), /Book a consultation with Glow to talk it over/);
  assert.equal(await booking.getAttribute('href'), 'https://glow.example/book');
  await checkA11y(page);
  await visit.close();
});

test('an at-home plan gives the needle size as a product size, with no collagen claim', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  await chooseConcerns(page, ['product-absorption']);
  await answerAll(page, {});
  await page.click('[data-go="plan"]');
  await page.locator('[data-plan-setting="at-home"]').waitFor();
  const needles = await text(page.locator('[data-home-needles]'));
  assert.match(needles, /0\.2–0\.5 mm/);
  assert.match(needles, /0\.25 mm/);
  assert.match(needles, /not a depth tested in studies/);
  const plan = await text(page.locator('[data-step="plan"]'));
  assert.doesNotMatch(plan, /collagen/i);
  assert.doesNotMatch(plan, /used in studies \(your practitioner chooses/);
  await checkA11y(page);
  await visit.close();
});

test('about lists every source with its year and a plain line; upkeep is never a tested schedule', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  const mark = visit.mark();
  await chooseConcerns(page, ['acne-scars']);
  await answerAll(page, {});
  await page.click('[data-go="plan"]');
  // Every sentence about upkeep (step and care titles aside) says it is not a tested schedule.
  const upkeep = await page.locator('[data-step="plan"] p:not(.mne-step-name)').evaluateAll((ps) =>
    ps.map((p) => p.innerText).filter((t) => /top-up|upkeep/i.test(t)),
  );
  assert.ok(upkeep.length >= 2, 'the plan never mentions upkeep');
  for (const line of upkeep) assert.match(line, /not a tested schedule/, line);

  await page.click('[data-go="about"]');
  const sources = page.locator('[data-source]');
  assert.ok((await sources.count()) >= 10, 'fewer than 10 sources');
  for (const source of await sources.all()) {
    const year = await text(source.locator('[data-source-year]'));
    assert.match(year, /^\((\d{4}|no date given)\)$/);
    assert.ok((await source.locator('p').count()) >= 2, 'each source has a plain line on what it is');
  }
  assert.match(await text(page.locator('[data-source="juhasz"]')), /\(2020\)/);
  for (const link of await page.locator('a[data-source-link]').all()) {
    assert.match(await link.getAttribute('href'), /^https?:\/\//);
    assert.equal(await link.getAttribute('target'), '_blank');
  }
  await checkA11y(page);
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});
