// The visitor's journey on the standalone page, as a visitor does it: explore concerns, answer the
// check, read the result, see the plan, date it, change answers. Every state is run through axe-core,
// and no state may make a network request after the initial load.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, startSite } from './harness.mjs';
import { addDays, answerAll, chooseConcerns, CONCERNS, widgetDate } from './visitor.mjs';

/** Screening question ids in quiz order, by the tier a `yes` triggers (from the issue). */
const TIERS = {
  'not-now': [
    'active-acne', 'rosacea-flare', 'eczema-psoriasis', 'other-skin-condition', 'open-wounds', 'active-cold-sore',
    'cancer-treatment',
  ],
  'talk-first': ['isotretinoin', 'keloids', 'autoimmune', 'blood-thinners', 'rosacea', 'pregnancy'],
  prepare: ['cold-sore-history', 'recent-sun', 'retinoids-acids', 'expectations'],
};
const QUESTIONS = Object.values(TIERS).flat();
const SEVERITY = ['no-red-flags', 'prepare', 'talk-first', 'not-now'];
/** Concerns for which at-home needling may be suggested (product absorption, mild texture). */
const AT_HOME_OK = new Set(['product-absorption', 'texture']);
/** Words that would read as clearance; the widget must never show them. */
const CLEARANCE = /\b(you are|you're) (cleared|safe)\b|\bcleared for\b|\bsafe for you\b/i;

/** The outcome the rules give: the worst tier any answer (or the rosacea concern) triggers. */
function expectedOutcome(answers, concerns) {
  let worst = 0;
  for (const [tier, ids] of Object.entries(TIERS)) {
    for (const id of ids) {
      const answer = answers[id] ?? 'no';
      const level =
        answer === 'yes' ? SEVERITY.indexOf(tier)
        : answer === 'unsure' ? Math.max(SEVERITY.indexOf(tier), SEVERITY.indexOf('talk-first'))
        : 0;
      worst = Math.max(worst, level);
    }
  }
  if (concerns.includes('rosacea')) worst = Math.max(worst, SEVERITY.indexOf('talk-first'));
  return SEVERITY[worst];
}

/** The plan setting the rules give for these concerns and outcome (at-home allowed). */
function expectedSetting(concerns, outcome) {
  if (outcome === 'not-now' || outcome === 'talk-first') return 'clinician-first';
  if (concerns.length && concerns.every((c) => AT_HOME_OK.has(c))) return 'at-home';
  return 'professional';
}

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Reads the result: the outcome id, the reasons' ids and the visible text. */
async function readResult(page) {
  const result = page.locator('[data-outcome]');
  await result.waitFor();
  return {
    outcome: await result.getAttribute('data-outcome'),
    reasons: (await page.locator('[data-reason]').evaluateAll((els) => els.map((e) => e.dataset.reason))).sort(),
    text: await page.locator('[data-step="result"]').innerText(),
  };
}

const CASES = [
  {
    name: 'a healthy visitor with acne scars: no red flags, professional plan',
    concerns: ['acne-scars'],
    answers: {},
  },
  {
    name: 'recent tan and retinoids: prepare first',
    concerns: ['fine-lines'],
    answers: { 'recent-sun': 'yes', 'retinoids-acids': 'yes' },
  },
  {
    name: 'isotretinoin this year and unsure about pregnancy: talk to a clinician first',
    concerns: ['stretch-marks'],
    answers: { isotretinoin: 'yes', pregnancy: 'unsure', 'cold-sore-history': 'yes' },
  },
  {
    name: 'an acne breakout and a cold sore: not right now',
    concerns: ['acne-scars', 'pores'],
    answers: { 'active-acne': 'yes', 'active-cold-sore': 'yes', keloids: 'yes' },
  },
  {
    name: 'only the rosacea concern, every answer no: talk first because of the concern',
    concerns: ['rosacea'],
    answers: {},
  },
  {
    name: 'product absorption with nothing to report: at-home is offered',
    concerns: ['product-absorption'],
    answers: {},
  },
];

for (const c of CASES) {
  test(`outcome: ${c.name}`, async () => {
    const visit = await site.openApp();
    const { page } = visit;
    const mark = visit.mark();
    await chooseConcerns(page, c.concerns);
    await checkA11y(page);
    await answerAll(page, c.answers);

    const outcome = expectedOutcome(c.answers, c.concerns);
    const result = await readResult(page);
    assert.equal(result.outcome, outcome);
    const flagged = Object.entries(c.answers)
      .filter(([, a]) => a !== 'no')
      .map(([id]) => id);
    if (c.concerns.includes('rosacea')) flagged.push('rosacea');
    assert.deepEqual(result.reasons, flagged.sort(), 'the reasons shown are exactly the flagged answers');
    assert.doesNotMatch(result.text, CLEARANCE);
    for (const reason of await page.locator('[data-reason]').all()) {
      assert.ok((await reason.innerText()).trim().length > 20, 'each reason says what to do about it');
    }
    // The result is announced: the live region holds the outcome's title once the result is shown.
    const title = (await page.locator('[data-outcome] :is(h2, h3, h4)').first().innerText()).trim();
    await page.waitForFunction(
      (t) => document.querySelector('[data-announce]')?.textContent.includes(t),
      title,
    );
    await checkA11y(page);

    await page.click('[data-go="plan"]');
    const plan = page.locator('[data-plan-setting]');
    assert.equal(await plan.getAttribute('data-plan-setting'), expectedSetting(c.concerns, outcome));
    assert.doesNotMatch(await page.locator('[data-step="plan"]').innerText(), CLEARANCE);
    await checkA11y(page);
    await visit.assertNoRequestsSince(mark);
    await visit.close();
  });
}

test('plan for every concern on its own (answers kept while the concern changes)', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  const mark = visit.mark();
  await chooseConcerns(page, ['acne-scars']);
  await answerAll(page, {});
  for (const concern of CONCERNS) {
    await chooseConcerns(page, [concern]);
    // The explanation for the chosen concern opens, with its evidence and fitting setting.
    const card = page.locator(`[data-concern="${concern}"]`);
    await card.waitFor();
    assert.match(await card.locator('[data-evidence]').getAttribute('data-evidence'), /^(many-small-studies|small-trials|moderate-to-weak|weak|not-graded)$/);
    assert.ok(await card.locator('[data-setting-fit]').count(), `${concern}: no fitting setting shown`);
    if (concern === 'rosacea') {
      assert.ok(await card.locator('[data-caution]').count(), 'rosacea shows its caution up front');
    }
    await page.click('[data-go="plan"]');
    const setting = await page.locator('[data-plan-setting]').getAttribute('data-plan-setting');
    const outcome = expectedOutcome({}, [concern]);
    assert.equal(setting, expectedSetting([concern], outcome), `plan setting for ${concern}`);
    if (['acne-scars', 'surgical-scars', 'stretch-marks', 'fine-lines'].includes(concern)) {
      assert.notEqual(setting, 'at-home', `${concern} must never get an at-home plan`);
    }
    for (const untied of ['upkeep', 'home-replace', 'home-routine']) {
      const step = page.locator(`[data-plan-step="${untied}"]`);
      if (await step.count()) {
        assert.doesNotMatch(await step.innerText(), /On the day/, `${untied} is not tied to a session day`);
      }
    }
    const steps = await page.locator('[data-plan-step]').count();
    assert.ok(steps >= 3, `${concern}: the plan lists only ${steps} steps`);
    assert.ok(await page.locator('[data-care]').count(), `${concern}: no long-term care`);
  }
  await checkA11y(page);
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

test('a first-session date turns the plan into a dated checklist (across a year end)', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  const mark = visit.mark();
  await chooseConcerns(page, ['acne-scars']);
  await answerAll(page, { 'retinoids-acids': 'yes' });
  await page.click('[data-go="plan"]');
  assert.equal(await page.locator('[data-checklist]').count(), 0, 'no checklist before a date is set');

  const first = new Date(Date.UTC(2027, 0, 3));
  await page.fill('[data-first-session]', '2027-01-03');
  await page.locator('[data-checklist]').waitFor();

  const itemText = async (id) => page.locator(`label:has([data-check="${id}"])`).innerText();
  // Stop retinoids and acids 5 days before; avoid the sun from 14 days before (both in 2026).
  assert.match(await itemText('1-pause-actives'), new RegExp(widgetDate(addDays(first, -5))));
  assert.match(await itemText('1-avoid-sun'), new RegExp(widgetDate(addDays(first, -14))));
  // The day itself.
  assert.match(await itemText('1-treatment'), new RegExp(widgetDate(first)));
  // The second session falls 4 to 6 weeks after the first.
  const sessions = await page.locator('[data-sessions] li').allInnerTexts();
  assert.ok(sessions.length >= 3, `only ${sessions.length} sessions dated`);
  assert.match(sessions[1], new RegExp(`${widgetDate(addDays(first, 28))}.*${widgetDate(addDays(first, 42))}`));

  // Ticking an item marks it done; nothing is stored or sent.
  await page.check('[data-check="1-pause-actives"]');
  assert.ok(await page.isChecked('[data-check="1-pause-actives"]'));
  await checkA11y(page);
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
  assert.equal(stored, 0, 'the widget stored something without being asked');
  assert.doesNotMatch(page.url(), /2027|retinoid|acne/, 'answers leaked into the URL');
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

test('changing an answer after seeing the result updates the result and the plan', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  await chooseConcerns(page, ['texture']);
  await answerAll(page, {});
  assert.equal((await readResult(page)).outcome, 'no-red-flags');
  await page.click('[data-go="plan"]');
  assert.equal(await page.locator('[data-plan-setting]').getAttribute('data-plan-setting'), 'at-home');

  // Back to the check: the earlier answers are all still there.
  await page.click('[data-go="check"]');
  const checked = await page.locator('fieldset[data-question] input:checked').count();
  const shown = await page.locator('fieldset[data-question]').count();
  assert.equal(checked, shown, 'going back lost answers');
  // Page back to the first question (Back keeps every answer), then change it.
  const first = page.locator('fieldset[data-question="active-acne"]');
  for (let guard = 0; guard < 6 && !(await first.count()); guard += 1) {
    await page.click('[data-step="check"] [data-nav="back"]');
    assert.equal(
      await page.locator('fieldset[data-question] input:checked').count(),
      await page.locator('fieldset[data-question]').count(),
      'paging back lost answers',
    );
  }
  await page.check('fieldset[data-question="active-acne"] input[value="unsure"]');
  await page.click('[data-go="result"]');
  const result = await readResult(page);
  assert.equal(result.outcome, 'not-now', 'unsure on a not-now question keeps the not-now tier');
  assert.deepEqual(result.reasons, ['active-acne']);
  await page.click('[data-go="plan"]');
  assert.equal(await page.locator('[data-plan-setting]').getAttribute('data-plan-setting'), 'clinician-first');
  await visit.close();
});

test('the whole journey with the keyboard only; focus follows each step', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  const press = (key) => page.keyboard.press(key);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.tagName, type: el?.type, value: el?.value, text: el?.textContent?.trim() ?? '',
        nav: el?.dataset?.nav, go: el?.dataset?.go };
    });
  /** Tabs forward until `match(focused)` holds. */
  async function tabTo(match, what) {
    for (let i = 0; i < 120; i += 1) {
      await press('Tab');
      if (match(await focused())) return;
    }
    assert.fail(`could not reach ${what} with Tab`);
  }

  await tabTo((f) => f.type === 'checkbox' && f.value === 'fine-lines', 'the fine-lines checkbox');
  await press('Space');
  assert.ok(await page.isChecked('input[value="fine-lines"]'));
  await tabTo((f) => f.nav === 'next', 'the Next button of Explore');
  await press('Enter');
  // Focus moves to the new step's heading.
  await page.waitForFunction(() => document.activeElement?.matches('[data-step="check"] h2, [data-step="check"] h3'));

  const handled = [];
  for (let guard = 0; guard < 10 && !(await page.locator('[data-outcome]').count()); guard += 1) {
    const ids = await page.locator('fieldset[data-question]').evaluateAll((fs) => fs.map((f) => f.dataset.question));
    for (const id of ids) {
      // Tab into the radio group, then arrow to "no" (yes → no) and select it.
      await tabTo((f) => f.type === 'radio', `a radio of ${id}`);
      const name = await page.evaluate(() => document.activeElement.name);
      assert.equal(name, `q-${id}`, 'radio groups are reached in order');
      if (await page.evaluate(() => document.activeElement.value) !== 'no') {
        await press('ArrowDown');
      }
      await page.waitForFunction((q) => document.querySelector(`fieldset[data-question="${q}"] input[value="no"]`).checked, id);
      handled.push(id);
    }
    await tabTo((f) => f.nav === 'next', 'the Next button of the quiz page');
    await press('Enter');
  }
  assert.deepEqual(handled, QUESTIONS, 'every question was answered by keyboard, in order');
  const result = await readResult(page);
  assert.equal(result.outcome, 'no-red-flags');
  assert.ok(
    await page.evaluate(() => document.activeElement?.closest('[data-step="result"]') !== null),
    'focus moved into the result',
  );
  await tabTo((f) => f.nav === 'next', 'the way on to the plan');
  await press('Enter');
  await page.locator('[data-plan-setting="professional"]').waitFor();
  await tabTo((f) => f.type === 'date', 'the first-session date field');
  await page.keyboard.type('03032027');
  await page.locator('[data-checklist]').waitFor();
  await visit.close();
});

test('every step passes axe in dark mode at 320 px wide', async () => {
  const visit = await site.openApp('', { colorScheme: 'dark', viewport: { width: 320, height: 640 } });
  const { page } = visit;
  await chooseConcerns(page, ['rosacea', 'pigmentation']);
  await checkA11y(page);
  await page.click('[data-go="check"]');
  await checkA11y(page);
  await answerAll(page, { pregnancy: 'unsure' });
  await checkA11y(page);
  await page.click('[data-go="plan"]');
  await page.fill('[data-first-session]', '2028-02-20');
  await checkA11y(page);
  await page.click('[data-go="about"]');
  await checkA11y(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320 px`);
  await visit.close();
});

test('about: sources, content date, review policy and "education, not medical advice"', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  await page.click('[data-go="about"]');
  const about = page.locator('[data-step="about"]');
  assert.ok(await about.locator('[data-sources] li').count() >= 3, 'fewer than 3 sources');
  assert.match(await about.locator('[data-content-date]').getAttribute('data-content-date'), /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(await about.locator('[data-not-advice]').count(), 'no "not medical advice" notice');
  await checkA11y(page);
  await visit.close();
});

test('every control is a target of at least 24 by 24 px, in every step', async () => {
  const visit = await site.openApp('', { viewport: { width: 320, height: 640 } });
  const { page } = visit;
  await chooseConcerns(page, ['acne-scars']);
  // Nothing to report, so the plan offers its first-session date field.
  await answerAll(page, {});
  const small = [];
  for (const step of ['explore', 'check', 'result', 'plan', 'about']) {
    await page.click(`[data-go="${step}"]`);
    if (step === 'plan') await page.fill('[data-first-session]', '2027-05-01');
    small.push(
      ...(await page.evaluate((stepId) => {
        const found = [];
        for (const el of document.querySelectorAll('.mne :is(button, input, select, a[href], summary)')) {
          // A control wrapped in its label is operated through the whole label.
          const target = el.closest('label') ?? el;
          const box = target.getBoundingClientRect();
          if (box.width && (box.width < 24 || box.height < 24)) {
            found.push(`${stepId}: ${el.outerHTML.slice(0, 80)} is ${box.width}x${box.height}`);
          }
        }
        return found;
      }, step)),
    );
  }
  assert.deepEqual(small, []);
  await visit.close();
});
