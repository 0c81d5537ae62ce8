// "What matters to you" and the two pictures, through the real page: the values exercise changes
// which options fit and leaves the check result untouched; the needle-depth picture and the
// healing timeline say in words exactly what they draw; all of it passes axe in light and dark,
// keeps keyboard focus, and fits 320 px without sideways scrolling.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, startSite } from './harness.mjs';
import { answerAll, chooseConcerns } from './visitor.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** The result as a visitor and a screen reader meet it. */
async function readResult(page) {
  await page.locator('[data-outcome]').waitFor();
  return {
    outcome: await page.locator('[data-outcome]').getAttribute('data-outcome'),
    reasons: await page.locator('[data-reason]').evaluateAll((els) => els.map((e) => e.dataset.reason)),
    text: await page.locator('[data-step="result"]').innerText(),
    announced: await page.locator('[data-announce]').innerText(),
  };
}

/** Each option's verdict, by id. */
async function verdicts(page) {
  const rows = await page.locator('[data-choice]').evaluateAll((els) =>
    els.map((e) => [e.dataset.choice, e.dataset.fit]),
  );
  return Object.fromEntries(rows);
}

/** Checks the live count says what the list shows. */
async function assertCountMatches(page) {
  const fits = Object.values(await verdicts(page));
  const n = (v) => fits.filter((f) => f === v).length;
  const said = await page.locator('[data-values-count]').innerText();
  assert.equal(said, `Fits: ${n('fits')}. Ask about: ${n('ask')}. Does not fit: ${n('no-fit')}.`);
}

test('what matters to you: answers change which options fit, the check result stays the same', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  const mark = visit.mark();
  await chooseConcerns(page, ['acne-scars']);
  await answerAll(page, { 'retinoids-acids': 'yes', pregnancy: 'unsure' });
  const before = await readResult(page);
  assert.equal(before.outcome, 'talk-first');

  await page.click('[data-go="explore"]');
  const values = page.locator('[data-values]');
  await values.locator('summary').click();
  assert.equal(
    await page.locator('[data-values-count]').innerText(),
    'Answer any question to see which options fit.',
  );
  const start = await verdicts(page);
  assert.ok(Object.keys(start).length >= 5, `only ${Object.keys(start).length} options`);
  assert.ok(Object.values(start).every((v) => v === 'fits'), 'no answer rules nothing out');
  assert.ok(!('at-home' in start), 'home needling is never an option for scars');
  for (const id of ['clinic', 'subcision', 'nothing']) assert.ok(id in start, id);
  assert.equal(await page.locator('[data-value] legend').count(), 5);

  // No clinic visits: the clinic course no longer fits, doing nothing still does.
  await page.locator('[data-value="visits"] label', { hasText: 'None' }).click();
  let now = await verdicts(page);
  assert.equal(now.clinic, 'no-fit');
  assert.equal(now.nothing, 'fits');
  assert.match(await page.locator('[data-choice="clinic"]').innerText(), /Does not fit: visits/);
  await assertCountMatches(page);

  // By keyboard: arrow through the change group; focus stays on the radio that was chosen.
  const any = page.locator('[data-value="change"] input[value="any"]');
  await any.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.value), '2');
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'v-change');
  now = await verdicts(page);
  assert.equal(now.nothing, 'no-fit', 'doing nothing cannot bring a clear change');
  assert.equal(now.subcision, 'no-fit', 'still needs visits');
  await assertCountMatches(page);
  await checkA11y(page);

  // Back to "does not matter" everywhere: everything fits again.
  for (const group of ['visits', 'change']) {
    await page.check(`[data-value="${group}"] input[value="any"]`);
  }
  assert.ok(Object.values(await verdicts(page)).every((v) => v === 'fits'));
  await page.locator('[data-value="cost"] input[value="0"]').check();

  await page.click('[data-go="result"]');
  const after = await readResult(page);
  assert.deepEqual(after, before, 'the values exercise must not change the result');
  await visit.assertNoRequestsSince(mark);
  await visit.close();
});

/** Reads a picture: its bars (solid/dashed ends in axis units, from the drawing), ticks and facts. */
async function readFigure(page, id) {
  const figure = page.locator(`[data-figure="${id}"]`);
  await figure.waitFor();
  return figure.evaluate((fig) => {
    const ticks = [...fig.querySelectorAll('[data-tick]')].map((g) => ({
      value: Number(g.dataset.tick),
      x: Number(g.querySelector('line').getAttribute('x1')),
    }));
    const first = ticks[0];
    const last = ticks[ticks.length - 1];
    // Axis units back from SVG x, through the ticks (so the test reads the drawing itself).
    const unit = (x) => Math.round(first.value + ((x - first.x) * (last.value - first.value)) / (last.x - first.x));
    const bars = [...fig.querySelectorAll('[data-bar]')].map((g) => {
      const part = (cls) => {
        const r = g.querySelector(`rect.${cls}`);
        if (!r) return null;
        const x = Number(r.getAttribute('x'));
        return [unit(x), unit(x + Number(r.getAttribute('width')))];
      };
      return { id: g.dataset.bar, label: g.querySelector('text').textContent, solid: part('mne-chart-bar'), dashed: part('mne-chart-range') };
    });
    const svg = fig.querySelector('svg[role="img"]');
    const name = document.getElementById(svg.getAttribute('aria-labelledby'))?.textContent ?? '';
    const described = document.getElementById(svg.getAttribute('aria-describedby'));
    const facts = Object.fromEntries(
      [...described.querySelectorAll('[data-fact]')].map((li) => [li.dataset.fact, li.textContent]),
    );
    return { ticks, bars, name, facts, describedIsVisible: described.offsetHeight > 0 };
  });
}

const mm = (tenths) => (tenths / 10).toFixed(1);

test('the needle-depth picture draws what its words say, per chosen concern', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  assert.equal(await page.locator('[data-figure]').count(), 0, 'no picture before a concern is chosen');
  await chooseConcerns(page, ['acne-scars', 'pigmentation', 'texture']);
  const fig = await readFigure(page, 'depth');
  assert.equal(fig.name, 'How deep the needles go');
  assert.ok(fig.describedIsVisible, 'the text equivalent is on screen');
  assert.deepEqual(fig.bars.map((b) => b.id), ['home', 'acne-scars', 'pigmentation']);
  assert.deepEqual(Object.keys(fig.facts), ['home', 'acne-scars', 'pigmentation', 'texture']);
  let checked = 0;
  for (const bar of fig.bars) {
    const from = bar.solid ? bar.solid[1] : bar.dashed[0];
    const to = bar.dashed ? bar.dashed[1] : bar.solid[1];
    const words = from === to ? `${mm(to)} mm` : `${mm(from)}–${mm(to)} mm`;
    assert.ok(fig.facts[bar.id].includes(words), `${bar.id}: "${fig.facts[bar.id]}" lacks ${words}`);
    assert.ok(bar.label.includes(words), `${bar.id} label`);
    checked += 1;
  }
  assert.equal(checked, 3);
  assert.deepEqual(fig.bars[0].solid, [0, 2]);
  assert.deepEqual(fig.bars[0].dashed, [2, 5], 'home needles: 0.2 to 0.5 mm, dashed as a range');
  assert.match(fig.facts.home, /not a range from studies/);
  assert.match(fig.facts.texture, /no needle depth/);
  await checkA11y(page);
  await chooseConcerns(page, ['rosacea']);
  const alone = await readFigure(page, 'depth');
  assert.deepEqual(alone.bars.map((b) => b.id), ['home']);
  await visit.close();
});

test('the healing timeline draws the plan’s aftercare days and says them in words', async () => {
  const visit = await site.openApp();
  const { page } = visit;
  await chooseConcerns(page, ['acne-scars']);
  await answerAll(page, {});
  await page.click('[data-go="plan"]');
  const fig = await readFigure(page, 'healing');
  assert.equal(fig.name, 'The days after a clinic session');
  assert.deepEqual(fig.ticks.map((t) => t.value), [0, 1, 2, 3, 4, 5, 6, 7]);
  const byId = Object.fromEntries(fig.bars.map((b) => [b.id, b]));
  assert.deepEqual(Object.keys(byId), ['redness', 'flaking', 'makeup', 'actives']);
  assert.deepEqual([byId.redness.solid, byId.redness.dashed], [[0, 2], [2, 7]]);
  assert.deepEqual([byId.flaking.solid, byId.flaking.dashed], [null, [2, 7]]);
  assert.deepEqual([byId.makeup.solid, byId.makeup.dashed], [[0, 1], null]);
  assert.deepEqual([byId.actives.solid, byId.actives.dashed], [[0, 3], [3, 5]]);
  for (const bar of fig.bars) {
    const ends = [bar.solid?.[1], bar.dashed?.[1], bar.dashed?.[0]].filter((d) => d !== undefined && d > 0);
    for (const day of ends) {
      assert.ok(fig.facts[bar.id].includes(`day ${day}`), `${bar.id}: "${fig.facts[bar.id]}" lacks day ${day}`);
    }
  }
  assert.match(fig.facts.redness, /Usually from day 0 to day 2\. Sometimes until day 7\./);
  assert.match(fig.facts.makeup, /mineral makeup/);
  await checkA11y(page);

  // An at-home plan has no clinic aftercare, so no timeline.
  await chooseConcerns(page, ['texture']);
  await page.click('[data-go="plan"]');
  await page.locator('[data-plan-setting="at-home"]').waitFor();
  assert.equal(await page.locator('[data-figure="healing"]').count(), 0);
  await visit.close();
});

test('pictures and the exercise in dark mode at 320 px: axe clean, no sideways scroll, themed', async () => {
  const themes = {};
  for (const colorScheme of ['light', 'dark']) {
    const visit = await site.openApp('', { colorScheme, viewport: { width: 320, height: 640 } });
    const { page } = visit;
    await chooseConcerns(page, ['acne-scars', 'pigmentation']);
    await page.locator('[data-values] summary').click();
    await page.locator('[data-value="home"] input[value="0"]').check();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok((await overflow()) <= 0, `${colorScheme}: explore scrolls sideways by ${await overflow()}px`);
    const box = await page.locator('[data-figure="depth"] svg[role="img"]').boundingBox();
    assert.ok(box.width <= 320 && box.width > 200, `${colorScheme}: the picture is ${box.width}px wide`);
    await checkA11y(page);
    themes[colorScheme] = await page.locator('[data-figure="depth"] svg text').first().evaluate((t) => getComputedStyle(t).fill);
    await answerAll(page, {});
    await page.click('[data-go="plan"]');
    await page.locator('[data-figure="healing"]').waitFor();
    assert.ok((await overflow()) <= 0, `${colorScheme}: the plan scrolls sideways by ${await overflow()}px`);
    await checkA11y(page);
    await visit.close();
  }
  assert.notEqual(themes.light, themes.dark, 'the picture’s text follows the theme');
});
