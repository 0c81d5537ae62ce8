// What a visitor does, step by step, shared by the end-to-end tests: pick concerns, answer the
// check, and read dates the way the widget writes them.

import assert from 'node:assert/strict';

/** Every concern id, in display order. */
export const CONCERNS = [
  'acne-scars', 'surgical-scars', 'stretch-marks', 'fine-lines', 'firmness',
  'pores', 'pigmentation', 'texture', 'rosacea', 'product-absorption',
];

/** Ticks exactly `concerns` in the Explore step. */
export async function chooseConcerns(page, concerns) {
  await page.click('[data-go="explore"]');
  for (const id of CONCERNS) {
    const box = page.locator(`input[type="checkbox"][value="${id}"]`);
    if ((await box.isChecked()) !== concerns.includes(id)) await box.click();
  }
}

/** Answers every question (default `no`) page by page and returns on the result step. */
export async function answerAll(page, answers) {
  await page.click('[data-go="check"]');
  for (let guard = 0; guard < 16; guard += 1) {
    const shown = await page.locator('fieldset[data-question]').evaluateAll((fields) =>
      fields.map((f) => f.dataset.question),
    );
    assert.ok(shown.length > 0 && shown.length <= 6, `a quiz page shows ${shown.length} questions`);
    for (const id of shown) {
      await page.check(`fieldset[data-question="${id}"] input[value="${answers[id] ?? 'no'}"]`);
    }
    await page.click('[data-step="check"] [data-nav="next"]');
    if (await page.locator('[data-outcome]').count()) return;
  }
  assert.fail('the quiz never reached a result');
}

/**
 * Formats a UTC date like the widget's English dates ("Wed, 16 Dec 2026"): the browser's Intl in
 * British English, as the widget asks it.
 */
export function widgetDate(date, locale = 'en-GB') {
  return date.toLocaleDateString(locale, {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
  });
}

/** `date` moved by `n` days. */
export const addDays = (date, n) => new Date(date.getTime() + n * 86_400_000);
