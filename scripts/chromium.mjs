// Shared by the end-to-end harness (tests/e2e/harness.mjs) and the benchmark (scripts/bench.mjs):
// how to start Debian's Chromium through playwright-core, and what counts as the widget's first
// control.

import { chromium } from 'playwright-core';

/** The browser flags the team guide prescribes for headless Chromium here. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Selector for anything a visitor can operate inside the widget on the standalone page. */
export const CONTROL =
  '#microneedling-explorer :is(button, input, select, textarea, a[href], [tabindex="0"])';

/** Launches Chromium (CHROMIUM env var, else /usr/bin/chromium). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}
