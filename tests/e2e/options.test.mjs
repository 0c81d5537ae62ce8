// Options clinics ask for (issue 14), through the real page: `concerns` (the subset a clinic
// treats) on the standalone page and on the custom element, live; bad values warn and fall back.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerAll, checkA11y, recordedPage, startSite } from './harness.mjs';
import { CONCERNS } from './visitor.mjs';
import { ATTRS } from '../../static/embed/attrs.js';
import { camel, optionPairs, settingText } from '../../static/embed/options.js';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

// The embed loader maps an options object's keys to the attribute names and turns its values into
// attribute text (static/embed/options.js); embed.js writes them onto the app's element, whose
// attributes the wasm parses.
// These rules need no browser.
test('options.js: values become attribute text as the properties write them; other types are null', () => {
  const texts = [
    [true, 'on'], [false, 'off'], ['Skin Studio', 'Skin Studio'], ['', ''], [120, '120'], [-0, '0'],
    [99.5, '99.5'], [99.555, '99.555'], [NaN, 'NaN'], [120n, '120'], ['a\nb', 'a\nb'],
    [['explore', undefined, 'check'], 'explore check'], [[], ''], [['a', ['b', 'c']], 'a b c'],
    [[, 'pores'], 'pores'], // a hole is unset
  ];
  for (const [value, text] of texts) assert.equal(settingText(value), text, String(value));
  const wrong = [{ r: 1 }, new Map(), () => 1, Symbol('x'), ['explore', {}, 'check'], [[Symbol('y')]]];
  wrong.forEach((value, i) => assert.equal(settingText(value), null, `wrong[${i}]`));
  assert.equal(settingText(null), undefined);
  assert.equal(settingText(undefined), undefined);
  assert.equal(texts.length + wrong.length, 15 + 6, 'every case was checked');
});

/** optionPairs' pairs, flattened, and the problems it warned about, as [attribute, value, message]. */
const pairs = (options) => {
  const problems = [];
  const text = optionPairs(options, (p) => problems.push([p.attribute, p.value, p.message]));
  return { fields: text?.flat(), problems };
};

test('options.js: keys become the attribute names of attrs.js, in order; unset values are left out', () => {
  const all = Object.fromEntries(ATTRS.map((name, i) => [camel(name), `v${i}`]));
  assert.deepEqual(pairs(all), { fields: ATTRS.flatMap((name, i) => [name, `v${i}`]), problems: [] });
  assert.ok(ATTRS.includes('clinic-name') && camel('clinic-name') === 'clinicName' && camel('lang') === 'lang');
  assert.deepEqual(pairs({}), { fields: [], problems: [] });
  assert.deepEqual(pairs(undefined), { fields: undefined, problems: [] });
  assert.deepEqual(pairs(null), { fields: undefined, problems: [] });
  assert.deepEqual(
    pairs({ clinicName: 'A', disclosure: null, atHome: false, price: 99.5, sections: ['explore', 'about'], typo: undefined }).fields,
    ['clinic-name', 'A', 'at-home', 'off', 'price', '99.5', 'sections', 'explore about'],
  );
  // A Map, or any iterable of [key, value] pairs, is an object of settings too.
  const map = new Map([['clinicName', 'From a Map'], ['price', 120n]]);
  assert.deepEqual(pairs(map), { fields: ['clinic-name', 'From a Map', 'price', '120'], problems: [] });
});

test('options.js: an unknown key, a value of no usable type and options that are no object are warned by name', () => {
  const { fields, problems } = pairs({
    clinicname: 'a typo',
    'clinic-name': 'kebab',
    clinicName: 'kept',
    accentColor: { r: 1 },
    concerns: ['pores', {}],
    phone: () => 1,
  });
  assert.deepEqual(fields, ['clinic-name', 'kept']);
  assert.deepEqual(problems.map(([attribute, value]) => [attribute, value]), [
    ['options', 'clinicname'],
    ['options', 'clinic-name'],
    ['accent-color', '(object)'],
    ['concerns', '(a list holding a wrong type)'],
    ['phone', '(function)'],
  ]);
  const [typo, , accent, , phone] = problems.map(([, , message]) => message);
  assert.match(typo, /^microneedling-explorer: ignoring options\.clinicname, no such setting; accepted: .*\bclinicName, bookingUrl\b/);
  assert.match(accent, /^microneedling-explorer: ignoring options\.accentColor \(accent-color\), a value of the wrong type \(object\); accepted: text, a number/);
  assert.match(phone, /options\.phone \(phone\), a value of the wrong type \(function\)/);
  for (const [whole, shown] of [['clinic-name=x', 'clinic-name=x'], [7, '(number)'], [() => 1, '(function)'], [['clinicName', 'x'], '(a list)']]) {
    const { fields: none, problems: [problem, ...more] } = pairs(whole);
    assert.equal(none, undefined, String(whole));
    assert.deepEqual([problem[0], problem[1], more.length], ['options', shown, 0]);
    assert.match(problem[2], new RegExp(`^microneedling-explorer: ignoring options="${shown.replace(/[()]/g, '\\$&')}"; accepted: an object such as`));
  }
});

/**
 * Opens the standalone page with `attributes` set on its mount element, as a clinic hosting the
 * page would write them; collects console warnings.
 */
async function openStandalone(attributes) {
  const visit = await recordedPage(site.browser, site.url);
  const warnings = [];
  visit.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await visit.page.route(/\/(index\.html)?$/, async (route) => {
    const response = await route.fetch();
    const set = Object.entries(attributes)
      .map(([name, value]) => ` data-${name}="${value.replace(/"/g, '&quot;')}"`)
      .join('');
    // The built page is minified: the id may be unquoted.
    const body = (await response.text()).replace(/<div id="?microneedling-explorer"?/, `$&${set}`);
    await route.fulfill({ response, body: body.includes(set) ? body : 'mount element not found' });
  });
  await visit.goto('');
  await visit.waitForApp();
  return { visit, warnings };
}

/** The concern ids the picker in `scope` offers, in order. */
const offered = (scope) =>
  scope.locator('input[name="concern"]').evaluateAll((boxes) => boxes.map((b) => b.value));

test('standalone page: concerns limits the picker; unknown ids warn and are ignored', async () => {
  const { visit, warnings } = await openStandalone({ concerns: 'Stretch-marks, moles acne-scars' });
  const { page } = visit;
  assert.deepEqual(await offered(page), ['acne-scars', 'stretch-marks'], 'kept in display order');
  const warning = warnings.find((w) => w.includes('concerns="moles"'));
  assert.ok(warning, `no warning for the unknown id; got:\n${warnings.join('\n')}`);
  assert.ok(warning.includes('acne-scars'), `the warning lists the accepted ids: ${warning}`);
  await page.check('input[value="stretch-marks"]');
  await checkA11y(page);
  await visit.close();
});

test('standalone page: no known concern (or none at all) shows every concern, with a warning', async () => {
  for (const value of ['moles, freckles', '']) {
    const { visit, warnings } = await openStandalone({ concerns: value });
    assert.deepEqual(await offered(visit.page), CONCERNS, `concerns="${value}"`);
    assert.ok(
      warnings.some((w) => w.includes('concerns=') && w.includes('showing all')),
      `no fallback warning for concerns="${value}"; got:\n${warnings.join('\n')}`,
    );
    await visit.close();
  }
});

test('custom element: concerns applies live; a hidden concern leaves the plan too', async () => {
  const visit = await recordedPage(site.browser, site.url);
  const { page } = visit;
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await visit.goto('demo/clinic.html');
  await page.evaluate(() => {
    const el = document.createElement('microneedling-explorer');
    el.id = 'explorer-some';
    el.setAttribute('concerns', 'rosacea pores');
    document.querySelector('.widgets').prepend(el);
  });
  const widget = page.locator('#explorer-some');
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-step]').waitFor({ timeout: 15_000 });
  assert.deepEqual(await offered(widget), ['pores', 'rosacea']);
  await widget.locator('input[value="pores"]').check();
  await widget.locator('[data-go="plan"]').click();
  assert.equal(await widget.locator('[data-no-concerns]').count(), 0, 'pores was chosen');

  // The clinic stops offering pores: it is gone from the picker and from the plan.
  await page.evaluate(() => (document.getElementById('explorer-some').concerns = 'acne-scars'));
  await widget.locator('[data-no-concerns]').waitFor({ timeout: 5000 });
  await widget.locator('[data-go="explore"]').click();
  assert.deepEqual(await offered(widget), ['acne-scars']);

  // A list with no known id falls back to every concern, with a warning.
  await page.evaluate(() => document.getElementById('explorer-some').setAttribute('data-concerns', 'warts'));
  await page.waitForFunction(
    () => document.getElementById('explorer-some').shadowRoot.querySelectorAll('input[name="concern"]').length === 10,
  );
  assert.ok(warnings.some((w) => w.includes('concerns="warts"')), warnings.join('\n'));
  await visit.close();
});

/** Chooses `concern` on Explore and goes to the Plan step of the widget in `scope`. */
async function planFor(scope, concern) {
  await scope.locator('[data-go="explore"]').click();
  await scope.locator(`input[value="${concern}"]`).check();
  await scope.locator('[data-go="plan"]').click();
  await scope.locator('[data-step="plan"]').waitFor();
}

test('standalone page: price and currency give an estimated course cost beside the course', async () => {
  const { visit, warnings } = await openStandalone({ price: '120', currency: 'gbp' });
  const { page } = visit;
  await planFor(page, 'acne-scars');
  const cost = page.locator('[data-course] [data-cost]');
  const text = await cost.innerText();
  // The course is 3 to 6 sessions: 3 × £120 to 6 × £120.
  assert.match(text, /£360\D+£720/, text);
  assert.match(text, /£120 a session/, text);
  assert.match(text, /estimate from the clinic/i, text);
  assert.match(text, /not a quote/, text);
  assert.deepEqual(warnings.filter((w) => w.includes('microneedling-explorer')), []);
  await checkA11y(page);
  await visit.close();
});

test('standalone page: no price, no cost; a bad price or currency warns and shows none', async () => {
  const cases = [
    [{}, null],
    [{ price: '£120', currency: 'GBP' }, 'price="£120"'],
    [{ price: '120' }, 'price="120"'],
    [{ price: '120', currency: 'pounds' }, 'currency="pounds"'],
    [{ price: '120', currency: 'XYZ' }, 'currency="XYZ"'],
  ];
  for (const [attributes, warned] of cases) {
    const { visit, warnings } = await openStandalone(attributes);
    await planFor(visit.page, 'pores');
    assert.equal(await visit.page.locator('[data-course]').count(), 1, 'the course is shown');
    assert.equal(await visit.page.locator('[data-cost]').count(), 0, JSON.stringify(attributes));
    if (warned) {
      assert.ok(warnings.some((w) => w.includes(warned)), `no warning for ${warned}:\n${warnings.join('\n')}`);
    }
    await visit.close();
  }
});

test('custom element: price and currency apply live and keep the visitor\'s place', async () => {
  const visit = await recordedPage(site.browser, site.url);
  const { page } = visit;
  await visit.goto('demo/clinic.html');
  await page.evaluate(() => {
    const el = document.createElement('microneedling-explorer');
    el.id = 'explorer-priced';
    document.querySelector('.widgets').prepend(el);
  });
  const widget = page.locator('#explorer-priced');
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-step]').waitFor({ timeout: 15_000 });
  await planFor(widget, 'stretch-marks');
  assert.equal(await widget.locator('[data-cost]').count(), 0, 'no price by default');
  await page.evaluate(() => {
    const el = document.getElementById('explorer-priced');
    el.price = '80';
    el.currency = 'EUR';
  });
  const cost = widget.locator('[data-cost]');
  await cost.waitFor({ timeout: 5000 });
  assert.match(await cost.innerText(), /€240\D+€480/);
  assert.equal(await widget.locator('[data-step]').getAttribute('data-step'), 'plan', 'the visitor stayed');
  await page.evaluate(() => (document.getElementById('explorer-priced').price = null));
  await cost.waitFor({ state: 'detached', timeout: 5000 });
  await visit.close();
});

/**
 * Opens the hostile-CSS demo page, puts a widget made by `make` (run in the page, given the
 * `.widgets` section) into view and waits for it; collects console warnings.
 */
async function openMade(make) {
  const visit = await recordedPage(site.browser, site.url);
  const { page } = visit;
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await visit.goto('demo/clinic.html');
  await page.evaluate(`(${make})(document.querySelector('.widgets'))`);
  const widget = page.locator('#made');
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-step]').waitFor({ timeout: 15_000 });
  return { visit, page, widget, warnings };
}

test('options object: good values applied (numbers, switches, lists), over the attributes', async () => {
  const { visit, page, widget, warnings } = await openMade((parent) => {
    const el = document.createElement('microneedling-explorer');
    el.id = 'made';
    el.setAttribute('clinic-name', 'From the attribute');
    el.setAttribute('phone', '+44 20 7946 0000');
    el.options = {
      clinicName: 'From options',
      accentColor: '#005f73',
      bookingUrl: 'https://harbour.example/book',
      atHome: false,
      concerns: ['texture', 'pores'],
      sections: ['explore', 'check', 'result', 'plan'],
      price: 99.5,
      currency: 'eur',
    };
    parent.prepend(el);
  });
  assert.equal(await widget.locator('[data-clinic-name]').innerText(), 'From options', 'options win');
  assert.deepEqual(await offered(widget), ['pores', 'texture']);
  const accent = await widget.locator('.mne').evaluate((app) => getComputedStyle(app).getPropertyValue('--mne-a').trim());
  assert.equal(accent, '#005f73');
  await widget.locator('input[value="texture"]').check();
  await answerAll(widget, 'no');
  await widget.locator('[data-go="plan"]').click();
  // at-home off: texture alone with no red flags would otherwise give a home plan.
  assert.equal(await widget.locator('[data-plan-setting]').getAttribute('data-plan-setting'), 'professional');
  assert.match(await widget.locator('[data-cost]').innerText(), /€298\.50\D+€597/);
  assert.equal(await widget.locator('a[data-booking]').getAttribute('href'), 'https://harbour.example/book');
  assert.equal(await widget.locator('a[data-phone]').count(), 1, 'the attribute still counts');
  assert.deepEqual(warnings.filter((w) => w.includes('microneedling-explorer')), []);
  assert.deepEqual(await page.evaluate(() => document.getElementById('made').options.concerns), ['texture', 'pores']);
  await visit.close();
});

test('options object: bad values warned with the defaults, like the attributes; changes apply live', async () => {
  const { visit, page, widget, warnings } = await openMade((parent) => {
    const el = document.createElement('microneedling-explorer');
    el.id = 'made';
    el.options = {
      clinicName: 'Harbour Skin',
      bookingUrl: 'javascript:alert(1)',
      accentColor: { r: 1 },
      concerns: 'moles',
      price: 120,
      clinicname: 'a typo',
    };
    parent.prepend(el);
  });
  const expected = [
    'booking-url="javascript:alert(1)"',
    'options.accentColor (accent-color), a value of the wrong type (object)',
    'concerns="moles"',
    'price="120"',
    'options.clinicname, no such setting',
  ];
  for (const text of expected) {
    assert.ok(warnings.some((w) => w.includes(text)), `no warning with ${text}:\n${warnings.join('\n')}`);
  }
  assert.equal(await widget.locator('[data-clinic-name]').innerText(), 'Harbour Skin');
  assert.deepEqual(await offered(widget), CONCERNS, 'no known concern: every concern');
  await planFor(widget, 'pores');
  assert.equal(await widget.locator('a[data-booking]').count(), 0);
  assert.equal(await widget.locator('[data-cost]').count(), 0);

  // A new object applies at once and keeps the visitor's place; null clears the options.
  await page.evaluate(() => {
    const el = document.getElementById('made');
    el.options = { ...el.options, bookingUrl: 'https://harbour.example/book', currency: 'GBP', clinicname: undefined };
  });
  await widget.locator('[data-cost]').waitFor({ timeout: 5000 });
  assert.match(await widget.locator('[data-cost]').innerText(), /£360\D+£720/);
  assert.equal(await widget.locator('[data-step]').getAttribute('data-step'), 'plan', 'the visitor stayed');
  await widget.locator('a[data-booking]').waitFor();
  await page.evaluate(() => (document.getElementById('made').options = null));
  await widget.locator('[data-cost]').waitFor({ state: 'detached', timeout: 5000 });
  assert.equal(await widget.locator('[data-clinic-name]').count(), 0);

  // Not an object at all: one warning, and the attributes alone.
  const warned = page.waitForEvent('console', (m) => m.text().includes('options="clinic-name=x"'));
  await page.evaluate(() => (document.getElementById('made').options = 'clinic-name=x'));
  assert.match((await warned).text(), /accepted: an object such as/);
  await visit.close();
});

test('mount(): MicroneedlingExplorer.mount(target, options) makes a configured element', async () => {
  const { visit, page, widget, warnings } = await openMade((parent) => {
    const holder = document.createElement('div');
    holder.id = 'holder';
    parent.prepend(holder);
    const el = window.MicroneedlingExplorer.mount('#holder', { clinicName: 'Mounted', atHome: 'maybe', start: 'about' });
    el.id = 'made';
  });
  assert.equal(await widget.locator('[data-clinic-name]').innerText(), 'Mounted');
  assert.equal(await widget.locator('[data-step]').getAttribute('data-step'), 'about', 'start from options');
  assert.ok(warnings.some((w) => w.includes('at-home="maybe"')), warnings.join('\n'));
  const shape = await page.evaluate(() => {
    const made = document.getElementById('made');
    let thrown = '';
    try {
      window.MicroneedlingExplorer.mount('#nowhere', {});
    } catch (error) {
      thrown = error.message;
    }
    return {
      parent: made.parentElement.id,
      tag: made.localName,
      options: made.options,
      frozen: Object.isFrozen(window.MicroneedlingExplorer),
      thrown,
    };
  });
  assert.deepEqual(shape, {
    parent: 'holder',
    tag: 'microneedling-explorer',
    options: { clinicName: 'Mounted', atHome: 'maybe', start: 'about' },
    frozen: true,
    thrown: 'microneedling-explorer: mount() needs an element or a selector that finds one',
  });
  // Removing the element unmounts it: its shadow root is emptied.
  const emptied = await page.evaluate(async () => {
    const made = document.getElementById('made');
    made.remove();
    await new Promise((done) => queueMicrotask(done));
    return made.shadowRoot.childNodes.length;
  });
  assert.equal(emptied, 0);
  await visit.close();
});

test('check(): what the widget makes of options, for the builder', async () => {
  const visit = await recordedPage(site.browser, site.url);
  const { page } = visit;
  await visit.goto('demo/clinic.html');
  const result = await page.evaluate(() =>
    window.MicroneedlingExplorer.check({ clinicName: ' Harbour ', price: '£5', sections: ['check', 'result'], accentColor: '#fff', clinicname: 'x' }),
  );
  assert.deepEqual(result.attributes, [['clinic-name', 'Harbour'], ['accent-color', '#fff'], ['sections', 'check result about']]);
  assert.deepEqual(result.warnings.map((w) => [w.attribute, w.value]), [['price', '£5'], ['options', 'clinicname']]);
  assert.match(result.warnings[0].message, /^microneedling-explorer: ignoring price="£5"; accepted: /);
  assert.equal(result.advice.length, 1);
  assert.ok(result.languages.includes('en'));
  await visit.close();
});
