// Benchmark of the release standalone page (dist/, built by scripts/bench.sh):
//  1. every file a visitor downloads on first load, raw / gzip / brotli bytes, and the total,
//     beside the 90 KB gzip budget; then what the server sent after load for the service worker's
//     precache, and the embed loader beside its 3 KB budget;
//  2. the time from navigation to the first interactive control of the widget, median of
//     BENCH_RUNS (default 7, at least 5) cold loads in headless Chromium at 4x CPU throttling.
// Not a test: it reports figures and always exits 0 unless it cannot measure.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { CONTROL, launchChromium } from './chromium.mjs';
import { distDir } from './dist.mjs';
import { startServer } from './serve.mjs';

const DIST = distDir();

const BUDGET_GZIP_BYTES = 90 * 1024;
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 7);
const CPU_SLOWDOWN = 4;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const num = (n) => n.toLocaleString('en-US');

/** One cold load: a new browser, throttled CPU; resolves to the files fetched and the timings. */
async function coldLoad(url) {
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

    // Notes the moment (ms since navigation start) the first control appears in the widget.
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          window.__firstControlAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, CONTROL);
    await page.goto(url, { waitUntil: 'load' });
    const firstControl = await (
      await page.waitForFunction(() => window.__firstControlAt, null, { timeout: 60_000 })
    ).jsonValue();
    if (errors.length) throw new Error(`the page reported errors:\n  ${errors.join('\n  ')}`);
    const files = [];
    for (const r of responses) files.push({ url: r.url(), status: r.status(), body: await r.body() });
    // After load the service worker installs and precaches the build (from the HTTP cache where
    // it can): what the server sent beyond the page's own downloads was for that.
    // `ready` resolves once a worker is active, i.e. after its install fetched the whole build;
    // the server notes each response as it sends it, so `sent` is complete by then.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const afterLoad = sent.splice(0);
    for (const { url } of files) {
      const path = new URL(url).pathname + new URL(url).search;
      const at = afterLoad.findIndex((r) => r.path === path && r.status === 200);
      if (at >= 0) afterLoad.splice(at, 1);
    }
    return { files, firstControl, afterLoad };
  } finally {
    await browser.close();
  }
}

/** What the server sent ({ path, status, bytes }), reset by each load once its first control shows. */
const sent = [];
const server = await startServer({ root: DIST, onSend: (response) => sent.push(response) });
try {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await coldLoad(server.url));

  // Sizes of what the first run downloaded, compressed here at the highest levels.
  const rows = runs[0].files.map(({ url, status, body }) => {
    if (status !== 200 || !url.startsWith(server.url)) {
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
  const total = rows.reduce(
    (sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );

  const width = Math.max(24, ...rows.map((r) => r.path.length)) + 2;
  const line = (name, raw, gzip, brotli) =>
    `${name.padEnd(width)}${raw.padStart(10)}${gzip.padStart(10)}${brotli.padStart(10)}`;
  console.log('\nFirst load of the standalone page (bytes)');
  console.log(line('file', 'raw', 'gzip', 'brotli'));
  for (const r of rows) console.log(line(r.path, num(r.raw), num(r.gzip), num(r.brotli)));
  console.log(line(`total (${rows.length} files)`, num(total.raw), num(total.gzip), num(total.brotli)));
  const within = total.gzip <= BUDGET_GZIP_BYTES;
  console.log(
    `gzip total ${kb(total.gzip)} vs budget ${kb(BUDGET_GZIP_BYTES)} (${num(BUDGET_GZIP_BYTES)} B): ` +
      (within ? `within, ${kb(BUDGET_GZIP_BYTES - total.gzip)} to spare` : `OVER by ${kb(total.gzip - BUDGET_GZIP_BYTES)}`),
  );

  // What the server sent after the first control: the service worker's precache for offline use
  // (the app's own files; nothing about the visitor), less what the HTTP cache already held.
  const later = runs[0].afterLoad;
  const full = later.filter((r) => r.status === 200);
  const laterBytes = full.reduce((sum, r) => sum + r.bytes, 0);
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

  const times = runs.map((r) => r.firstControl).sort((a, b) => a - b);
  const median =
    times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
  console.log(
    `\nNavigation to first interactive control, headless Chromium, ${CPU_SLOWDOWN}x CPU throttling, ` +
      `${RUNS} cold loads:`,
  );
  console.log(
    `median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}; ` +
      `runs: ${runs.map((r) => r.firstControl.toFixed(0)).join(', ')} ms)`,
  );
} finally {
  await server.close();
}
