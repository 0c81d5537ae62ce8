// End-to-end harness for the tests in tests/e2e/*.test.mjs (run by `node --test tests/e2e/`).
// It serves the release dist/ on 127.0.0.1 (strict CSP header on every response), drives Debian's
// Chromium through playwright-core, and records what a page does that a visitor or clinic would
// mind: console errors, uncaught exceptions, CSP violations and network requests.
//
//   const site = await startSite();               // once per test file (before)
//   const visit = await site.open();              // a fresh, cold browser context + page
//   await visit.waitForApp();
//   ... drive visit.page ...
//   await visit.assertNoRequestsSince(mark);  await checkA11y(visit.page);
//   await visit.close();                          // fails on console errors / page errors / CSP
//   await site.close();                           // once per test file (after)

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CONTROL, launchChromium } from '../../scripts/chromium.mjs';
import { ENGLISH_PACK, ROOT, distDir } from '../../scripts/dist.mjs';
import { startServer } from '../../scripts/serve.mjs';

export { CHROMIUM_ARGS, CONTROL, ROOT, launchChromium };
/**
 * Resolves once the offline shell runs in `target` (a page or frame) that names one in
 * `<meta name="mne-pwa">` (the app's own pages): boot.js loads pwa.js and pwa.css only after the
 * app has started, so a test waits for pwa.js's texts and pwa.css's layout before it looks at the
 * shell or counts the requests after load.
 */
export async function waitForShell(target, timeout = 15_000) {
  await target.waitForFunction(
    () =>
      !document.querySelector('meta[name=mne-pwa]') ||
      (document.querySelector('[data-pwa-install]')?.textContent &&
        getComputedStyle(document.querySelector('.pwa-bar')).display === 'flex'),
    null,
    { timeout },
  );
}

/**
 * The standalone (and iframe) page's mount element once the app runs there (static/boot.js):
 * before, it may hold the build's pre-render, whose controls show but do not act yet.
 */
export const LIVE = '#microneedling-explorer[data-mne-live]';
/** The built site under test: dist/, or E2E_DIST to test another build. */
export const DIST = distDir(process.env.E2E_DIST);

/** Starts the static server on dist/ and Chromium; `open()` gives a recorded page. */
export async function startSite({ root = DIST } = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: build first (trunk build --release --offline)`);
  }
  const server = await startServer({ root });
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    /** Opens `path` (default the standalone page) in a new context; `context` options pass on. */
    async open(path = '', context = {}) {
      const visit = await recordedPage(browser, server.url, context);
      await visit.goto(path);
      return visit;
    },
    /** Like `open`, then waits until the app has rendered. */
    async openApp(path = '', context = {}) {
      const visit = await this.open(path, context);
      await visit.waitForApp();
      return visit;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export { ENGLISH_PACK };
/**
 * Whether the standalone page's app will not ask for its English pack: it shows another language,
 * or has told the visitor it could not get a pack (a broken loader). A function, not a string:
 * the page's CSP forbids eval.
 */
const noEnglishNeeded = () =>
  document.querySelector('#microneedling-explorer > section.mne')?.lang !== 'en' ||
  !!document.querySelector('[data-notice="language"]');

/** The query of the marker request `settle()` sends. */
const SETTLE = '?e2e-settle';

/** A new context and page whose console, errors, CSP violations and requests are recorded. */
export async function recordedPage(browser, origin, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  // Where the requests of the page last opened with `goto` start.
  let loaded = 0;

  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url;
    problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.stack || error}`));
  page.on('crash', () => problems.push('page crashed'));
  page.on('request', (request) => request.url().endsWith(SETTLE) || requests.push(request));
  page.on('requestfailed', (request) => {
    const why = request.failure()?.errorText;
    // What the app fetches once it runs (the English pack and the pack loader, right after start;
    // the offline shell, boot.js): a test that goes on to another page at once cuts that short,
    // as any visitor leaving would. (A pack that fails otherwise shows the visitor a notice, which
    // the tests check; any other failure of these counts.)
    const later = /\/locales\/(en\.[0-9a-f]{8}\.json|packs\.[0-9a-f]{8}\.js)$|\/pwa-[0-9a-f]+\.(js|css)$/;
    if (why === 'net::ERR_ABORTED' && later.test(request.url())) return;
    problems.push(`request failed: ${request.url()} (${why})`);
  });
  await page.exposeFunction('__e2eCspViolation', (text) =>
    problems.push(`CSP violation: ${text}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__e2eCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ` +
          `at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });

  return {
    page,
    context,
    problems,
    requests,
    /** Navigates to `path` under the server and waits for the load event. */
    async goto(path = '') {
      loaded = requests.length;
      const response = await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
      if (!response || !response.ok()) {
        throw new Error(`GET ${path || '/'} answered ${response?.status()}`);
      }
      return response;
    },
    /**
     * Waits until the app runs and shows its first control, and, when it shows English, has the
     * English pack (the texts beyond the first screen, asked for right after start) and a frame
     * after it, and its page's shell has loaded: what a test does next needs no request.
     */
    async waitForApp(timeout = 15_000) {
      await page.waitForSelector(LIVE, { state: 'attached', timeout });
      await page.waitForSelector(CONTROL, { state: 'visible', timeout });
      // Polled from here, from the recorded requests: a test's paused clock stops the page's
      // timers and frames (so waitForFunction's polling) and hides its resource timings.
      for (const end = Date.now() + timeout; ; ) {
        const pack = requests.slice(loaded).find((r) => ENGLISH_PACK.test(r.url()));
        if (pack) {
          await (await pack.response())?.finished();
          break;
        }
        if (await page.evaluate(noEnglishNeeded)) break;
        if (Date.now() > end) throw new Error('waitForApp: the app never asked for its English pack');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // The loader parses it and the app renders with it a task or two later (tasks, not frames or
      // timers: a test's paused clock stops those).
      await page.evaluate(async () => {
        for (let i = 0; i < 2; i += 1) {
          await new Promise((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = resolve;
            channel.port2.postMessage(0);
          });
        }
      });
      await waitForShell(page, timeout);
    },
    /** How many requests were made so far: pass it to `assertNoRequestsSince` later. */
    mark() {
      return requests.length;
    },
    /**
     * Resolves once every request the page started before the call is in `requests`. The browser
     * reports requests in the order they start, so it sends a marker request (a HEAD of this
     * page, left out of `requests`) and waits for it to be reported.
     */
    async settle() {
      const reported = page.waitForRequest((r) => r.url().endsWith(SETTLE));
      await page.evaluate(async (query) => {
        await (await fetch(location.pathname + query, { method: 'HEAD', cache: 'no-store' })).arrayBuffer();
      }, SETTLE);
      await reported;
    },
    /**
     * Fails if any request left the page after `mark`, or if any request ever left the origin
     * (and `origins`, e.g. the widget's on a clinic's page); it first settles, so a request the
     * page has started but the browser not yet reported counts.
     */
    async assertNoRequestsSince(mark, { origins = [] } = {}) {
      await this.settle();
      const allowed = [origin, ...origins.map((o) => `${o}/`), 'data:'];
      const foreign = requests.filter((r) => !allowed.some((prefix) => r.url().startsWith(prefix)));
      if (foreign.length) {
        throw new Error(`requests to other origins:\n  ${foreign.map((r) => r.url()).join('\n  ')}`);
      }
      const later = requests.slice(mark);
      if (later.length) {
        throw new Error(
          `requests after load:\n  ${later.map((r) => `${r.method()} ${r.url()}`).join('\n  ')}`,
        );
      }
    },
    /** Fails if the page logged a console error, threw, crashed or broke the CSP. */
    assertClean() {
      if (problems.length) throw new Error(`the page reported problems:\n  ${problems.join('\n  ')}`);
    },
    /** Checks the page stayed clean, then closes its context. */
    async close() {
      try {
        this.assertClean();
      } finally {
        await context.close();
      }
    },
  };
}

/** The events the widget sends to its host page (README, "Events"). */
export const EVENTS = ['mne-ready', 'mne-step', 'mne-finished', 'mne-booking', 'mne-call'];

/**
 * Answers every quiz question of the widget in `scope` (a page, or a locator of one widget) with
 * `value` (`yes`, `no` or `unsure`), page by page, until the result shows.
 */
export async function answerAll(scope, value) {
  await scope.locator('[data-go="check"]').click();
  for (let guard = 0; guard < 20; guard += 1) {
    for (const field of await scope.locator('fieldset[data-question]').all()) {
      await field.locator(`input[value="${value}"]`).check();
    }
    await scope.locator('[data-step="check"] [data-nav="next"]').click();
    if (await scope.locator('[data-outcome]').count()) return;
  }
  throw new Error('the quiz never reached a result');
}

/**
 * Records, from before the page's own scripts run, every widget event that reaches the document
 * (`{ type, target: id, bubbles, composed, detail }`); resolves to a function that reads them.
 */
export async function recordEvents(page) {
  await page.addInitScript((types) => {
    window.__mneEvents = [];
    for (const type of types) {
      document.addEventListener(type, (event) =>
        window.__mneEvents.push({
          type,
          target: event.target.id,
          bubbles: event.bubbles,
          composed: event.composed,
          detail: JSON.parse(JSON.stringify(event.detail ?? null)),
        }),
      );
    }
  }, EVENTS);
  return () => page.evaluate(() => window.__mneEvents);
}

/**
 * Resolves once `page` has evaluated, with the widget's own 200 px margin, whether the element
 * `selector` is near the viewport: an IntersectionObserver made after the element's observer
 * reports its first entry, and the browser delivers every observer's pending entries in that
 * one task. A widget that was going to start would have started by then.
 */
export async function nearnessSettled(page, selector) {
  await page.evaluate(async (selector) => {
    await customElements.whenDefined('microneedling-explorer');
    await new Promise((done) => {
      const observer = new IntersectionObserver(() => {
        observer.disconnect();
        done();
      }, { rootMargin: '200px' });
      observer.observe(document.querySelector(selector));
    });
  }, selector);
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** The rule sets checked: WCAG 2.0-2.2 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core (from node_modules; evaluated through the DevTools protocol, so the page's CSP
 * needs no exception) on `include` (default the whole page) and fails on any violation.
 */
export async function checkA11y(page, { include = 'html', tags = AXE_TAGS } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(
    async ({ include, tags }) => {
      const result = await window.axe.run(include, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
      }));
    },
    { include, tags },
  );
  if (violations.length) {
    const text = violations
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`)
      .join('\n  ');
    throw new Error(`axe found ${violations.length} accessibility violation(s):\n  ${text}`);
  }
}
