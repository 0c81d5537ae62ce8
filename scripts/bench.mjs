// Benchmark of the release standalone page (dist/, built by scripts/bench.sh):
//  1. every file a visitor downloads on first load (what the page fetches for the app to start:
//     everything but what the app asks for once it runs), raw / gzip / brotli bytes, and the total,
//     beside the 90 KB gzip budget; then what the app fetched after it started (the English pack,
//     the texts beyond the first screen, and its loader module), what the server sent after load
//     for the service worker's precache, and the embed loader beside its 3 KB budget;
//  2. timings, median of BENCH_RUNS (default 7, at least 5) cold loads in headless Chromium at 4x
//     CPU throttling, alternating the widget with the yardstick, an empty Yew app built the same
//     way (bench/fixture/, built by scripts/bench.sh into target/bench-fixture-dist): first
//     contentful paint, first usable control (the first frame that paints one visible), and
//     "started" (boot.js's `mne-app-started` mark: the wasm has run, so the page is hydrated),
//     with the widget ÷ empty-app ratios and the aims beside them;
//  3. on the widget, from ticking a concern and from answering a question to the next paint.
// Not a test: it reports figures and always exits 0 unless it cannot measure.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { CONTROL, launchChromium } from './chromium.mjs';
import { ENGLISH_PACK, ROOT, distDir } from './dist.mjs';
import { startServer } from './serve.mjs';

const DIST = distDir();
const FIXTURE = join(ROOT, 'target', 'bench-fixture-dist');

const BUDGET_GZIP_BYTES = 90 * 1024;
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 7);
const CPU_SLOWDOWN = 4;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const num = (n) => n.toLocaleString('en-US');

/** Median of a list of numbers, leaving out any a run could not measure (NaN). */
const median = (values) => {
  const v = values.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

/**
 * One cold load of `url`: a new browser, throttled CPU. `control` selects what counts as the first
 * usable control; `interact`, if given, runs after load and returns interaction timings.
 * Resolves to the files fetched, the timings (ms since navigation start) and what was sent later.
 */
async function coldLoad(url, { control, serviceWorker = false, interact, wantsEnglish = false } = {}) {
  sent.length = 0;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const responses = [];
    page.on('response', (r) => responses.push(r));

    // Notes the moment the first control is on screen, and (for `interact`) the time from each
    // click to the paint after it: a capturing listener runs before the app's own, and a message
    // posted from the next animation frame is handled after that frame has been painted. A
    // control counts once a frame has painted it visible: the parser inserts a pre-rendered one
    // long before the first paint (render-blocking styles and scripts), and a stale pre-render
    // is in the page but hidden (static/early.js), so neither its insertion nor its presence is
    // the moment a visitor can use it.
    await page.addInitScript((selector) => {
      const afterPaint = (then) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = then;
          channel.port2.postMessage(0);
        });
      // Tells the benchmark (a console message: nothing injected) once both figures are in.
      const done = () =>
        window.__firstControlAt &&
        performance.getEntriesByName('mne-app-started')[0] &&
        console.debug('bench: measured');
      new PerformanceObserver(done).observe({ type: 'mark' });
      let waiting = false;
      const seen = () => {
        const control = !window.__firstControlAt && !waiting && document.querySelector(selector);
        if (!control) return;
        waiting = true;
        afterPaint(() => {
          waiting = false;
          if (control.isConnected && control.checkVisibility({ visibilityProperty: true })) {
            window.__firstControlAt = performance.now();
            done();
          } else {
            seen();
          }
        });
      };
      // Nodes coming in, and the attributes that show a hidden pre-render (static/early.js).
      new MutationObserver(seen).observe(document, {
        childList: true,
        subtree: true,
        attributeFilter: ['data-mne-live', 'data-mne-stale', 'hidden'],
      });
      window.__paints = [];
      document.addEventListener('click', (event) => {
        const from = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__paints.push(performance.now() - from);
          channel.port2.postMessage(0);
        });
      }, true);
    }, control);
    // Waits for the page's word rather than polling it: Playwright's waitForFunction injects its
    // selector engine (~100 ms of parsing at 4x throttle) into the page while it is starting.
    const measured = page.waitForEvent('console', {
      predicate: (message) => message.text() === 'bench: measured',
      timeout: 60_000,
    });
    // The widget's English pack, asked for right after the app starts (the fixture has none).
    const english = wantsEnglish && page.waitForResponse((r) => ENGLISH_PACK.test(r.url()), { timeout: 60_000 });
    await page.goto(url, { waitUntil: 'load' });
    await measured;
    await english;
    // The first contentful paint's entry can come a moment after the frame that painted the first
    // control (the empty app paints both at once): wait for it, up to a second.
    const fcp = await page.evaluate(
      () =>
        new Promise((resolve) => {
          setTimeout(() => resolve(NaN), 1000);
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    const { firstControl, started, starts, wasmIn } = await page.evaluate(() => ({
      firstControl: window.__firstControlAt,
      started: performance.getEntriesByName('mne-app-started')[0].startTime,
      starts: Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])),
      wasmIn: Math.max(...performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).map((e) => e.responseEnd)),
    }));
    if (errors.length) throw new Error(`the page reported errors:\n  ${errors.join('\n  ')}`);
    // A file counts as first load unless the app asked for it once it ran: a fetch begun after
    // the wasm was in (the app cannot run before; the page itself has no resource entry). Those
    // (the English pack and its loader module) are listed apart. A Spanish visitor's pack and
    // loader, which boot.js fetches beside the wasm, count as first load.
    const files = [];
    for (const r of responses) {
      const afterStart = (starts[r.url()] ?? 0) > wasmIn;
      files.push({ url: r.url(), status: r.status(), body: await r.body(), afterStart });
    }
    let afterLoad = [];
    if (serviceWorker) {
      // After load the service worker installs and precaches the build (from the HTTP cache where
      // it can): what the server sent beyond the page's own downloads was for that.
      // `ready` resolves once a worker is active, i.e. after its install fetched the whole build;
      // the server notes each response as it sends it, so `sent` is complete by then.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      afterLoad = sent.splice(0);
      for (const { url } of files) {
        const path = new URL(url).pathname + new URL(url).search;
        const at = afterLoad.findIndex((r) => r.path === path && r.status === 200);
        if (at >= 0) afterLoad.splice(at, 1);
      }
    }
    const interactions = interact ? await interact(page) : {};
    return { files, fcp, firstControl, started, afterLoad, interactions };
  } finally {
    await browser.close();
  }
}

/** Clicks `selector` and resolves to the time from that click to the next paint. */
async function clickToPaint(page, selector) {
  const before = await page.evaluate(() => window.__paints.length);
  await page.click(selector);
  return (await page.waitForFunction((n) => window.__paints[n], before)).jsonValue();
}

/** The widget's two measured interactions: ticking a concern, answering a question. */
async function widgetInteractions(page) {
  await page.click('[data-go="explore"]');
  const tick = await clickToPaint(page, 'input[type="checkbox"][value="acne-scars"]');
  await page.click('[data-go="check"]');
  const answer = await clickToPaint(page, 'fieldset[data-question] input[value="no"]');
  return { tick, answer };
}

/** Sizes of what a load downloaded from `origin`, compressed here at the highest levels. */
function sizes(files, origin) {
  return files.map(({ url, status, body }) => {
    if (status !== 200 || !url.startsWith(origin)) {
      throw new Error(`unexpected download: ${status} ${url}`);
    }
    let path = new URL(url).pathname.slice(1);
    if (path === '' || path.endsWith('/')) path += 'index.html';
    return {
      path,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    };
  });
}

const total = (rows) =>
  rows.reduce(
    (sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );

/** What the server sent ({ path, status, bytes }), reset by each load once its first control shows. */
const sent = [];
const server = await startServer({ root: DIST, onSend: (response) => sent.push(response) });
const fixture = await startServer({ root: FIXTURE });
try {
  // Alternating cold loads, so both see the same machine load.
  const runs = [];
  const empty = [];
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(
      await coldLoad(server.url, {
        control: CONTROL,
        serviceWorker: true,
        interact: widgetInteractions,
        wantsEnglish: true,
      }),
    );
    empty.push(await coldLoad(fixture.url, { control: 'button' }));
  }

  const rows = sizes(runs[0].files.filter((f) => !f.afterStart), server.url);
  const afterStart = sizes(runs[0].files.filter((f) => f.afterStart), server.url);
  const sum = total(rows);
  const emptySum = total(sizes(empty[0].files, fixture.url));

  const width = Math.max(24, ...[...rows, ...afterStart].map((r) => r.path.length)) + 2;
  const line = (name, raw, gzip, brotli) =>
    `${name.padEnd(width)}${raw.padStart(10)}${gzip.padStart(10)}${brotli.padStart(10)}`;
  console.log('\nFirst load of the standalone page (bytes): what it fetched for the app to start');
  console.log(line('file', 'raw', 'gzip', 'brotli'));
  for (const r of rows) console.log(line(r.path, num(r.raw), num(r.gzip), num(r.brotli)));
  console.log(line(`total (${rows.length} files)`, num(sum.raw), num(sum.gzip), num(sum.brotli)));
  console.log(line('empty Yew app (yardstick)', num(emptySum.raw), num(emptySum.gzip), num(emptySum.brotli)));
  const within = sum.gzip <= BUDGET_GZIP_BYTES;
  console.log(
    `gzip total ${kb(sum.gzip)} vs budget ${kb(BUDGET_GZIP_BYTES)} (${num(BUDGET_GZIP_BYTES)} B): ` +
      (within ? `within, ${kb(BUDGET_GZIP_BYTES - sum.gzip)} to spare` : `OVER by ${kb(sum.gzip - BUDGET_GZIP_BYTES)}`),
  );

  // What the app fetched once it had started: the English texts beyond the first screen (the
  // first screen is whole without them) and the pack loader module.
  const afterSum = total(afterStart);
  console.log('\nFetched right after the app started, at its ask (bytes)');
  for (const r of afterStart) console.log(line(r.path, num(r.raw), num(r.gzip), num(r.brotli)));
  console.log(line(`total (${afterStart.length} files)`, num(afterSum.raw), num(afterSum.gzip), num(afterSum.brotli)));
  console.log(`first load and after start together: ${kb(sum.gzip + afterSum.gzip)} gzip`);

  // What the server sent after the first control: the service worker's precache for offline use
  // (the app's own files; nothing about the visitor), less what the HTTP cache already held.
  const later = runs[0].afterLoad;
  const full = later.filter((r) => r.status === 200);
  const laterBytes = full.reduce((s, r) => s + r.bytes, 0);
  console.log(
    `after load (service worker precache): ${later.length} responses, ${full.length} with a body ` +
      `(${num(laterBytes)} B raw: ${full.map((r) => r.path).join(' ')}), ` +
      `${later.length - full.length} not modified; the rest came from the HTTP cache`,
  );

  // The embed loader a clinic page downloads first (dist/embed.js; budget 3 KB gzip).
  const loader = readFileSync(join(DIST, 'embed.js'));
  const loaderGzip = gzipSync(loader, { level: 9 }).length;
  const loaderBrotli = brotliCompressSync(loader, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(line('embed.js (loader)', num(loader.length), num(loaderGzip), num(loaderBrotli)));
  console.log(`embed.js gzip ${kb(loaderGzip)} vs budget 3.0 KB: ${loaderGzip <= 3072 ? 'within' : 'OVER'}`);

  console.log(
    `\nTimings, headless Chromium, ${CPU_SLOWDOWN}x CPU throttling, ${RUNS} cold loads each, alternating ` +
      '(median ms since navigation start):',
  );
  const ms = (v) => `${v.toFixed(0)} ms`;
  const row = (name, widget, yardstick, aim) =>
    console.log(
      `${name.padEnd(34)}${ms(widget).padStart(9)}${ms(yardstick).padStart(9)}` +
        `${(widget / yardstick).toFixed(2).padStart(8)}x  ${aim}`,
    );
  console.log(`${''.padEnd(34)}${'widget'.padStart(9)}${'empty'.padStart(9)}${'ratio'.padStart(9)}  aim`);
  const m = (list, key) => median(list.map((r) => r[key]));
  console.log(
    `${'first-load bytes (gzip)'.padEnd(34)}${kb(sum.gzip).padStart(9)}${kb(emptySum.gzip).padStart(9)}` +
      `${(sum.gzip / emptySum.gzip).toFixed(2).padStart(8)}x  at most ${kb(BUDGET_GZIP_BYTES)}`,
  );
  row('first contentful paint', m(runs, 'fcp'), m(empty, 'fcp'), '');
  const firstRender = m(empty, 'firstControl');
  row('first usable control', m(runs, 'firstControl'), firstRender,
    `at most 0.5x the empty app's first render (${ms(firstRender / 2)})`);
  row('started (wasm ran: hydrated)', m(runs, 'started'), m(empty, 'started'), 'at most 1.3x');
  console.log(`widget first control, runs: ${runs.map((r) => r.firstControl.toFixed(0)).join(', ')} ms`);
  console.log(`empty app first render, runs: ${empty.map((r) => r.firstControl.toFixed(0)).join(', ')} ms`);

  console.log('\nFrom a click to the next paint on the widget (median; aim under 100 ms):');
  for (const [name, key] of [['tick a concern', 'tick'], ['answer a question', 'answer']]) {
    const values = runs.map((r) => r.interactions[key]);
    console.log(`${name.padEnd(34)}${ms(median(values)).padStart(9)}  (runs: ${values.map((v) => v.toFixed(0)).join(', ')} ms)`);
  }
} finally {
  await server.close();
  await fixture.close();
}
