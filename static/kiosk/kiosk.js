// Kiosk mode's script (issue 17), bundled by scripts/build-kiosk.mjs into dist/kiosk-<hash>.js and
// loaded only by dist/kiosk.html (its own module script, run before static/boot.js starts the app),
// so an ordinary page never fetches it and its wasm carries no kiosk timers. Two parts:
// - `qrSvg`: the app (src/ui/kiosk.rs) calls it with the plan's "send to myself" link and shows
//   the SVG; the code is drawn here from uqr's module matrix, with no request.
// - `watchIdle`: the idle clock. Input anywhere restarts it; after the timeout it opens the
//   app's warning dialog (`showModal`) and counts its seconds down; when they run out, or the
//   page is left (`pagehide`, or shown again from the back/forward cache), it presses the app's
//   "Start over", which forgets everything. Closing the dialog ("I'm still here", Escape)
//   restarts the wait. The timings come from the dialog's data-timeout and data-grace, which the
//   app parsed from the page's settings.

import { encode } from 'uqr';

/**
 * The QR code of `text` as an SVG string: one black path on a white square, with the 4-module
 * quiet zone the standard asks for, colours as attributes (no inline style, for a strict CSP).
 * Error correction M: a screen is clean, so a smaller code with bigger modules scans better.
 */
export function qrSvg(text) {
  const { size, data } = encode(String(text), { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; ) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      let run = 1;
      while (row[x + run]) run += 1;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" ` +
    `shape-rendering="crispEdges" aria-hidden="true" focusable="false">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}

/** The events that count as someone using the app. */
const INPUT = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'scroll', 'input'];

/** Starts the idle clock for the app on this page (see the top of this file). */
export function watchIdle() {
  let lastInput = Date.now();
  let warnedAt = null;
  const restart = () => {
    lastInput = Date.now();
    warnedAt = null;
  };
  // Capture phase: input anywhere counts, even where a handler stops it. Once the warning is
  // open, only closing it counts.
  const input = () => warnedAt === null && (lastInput = Date.now());
  for (const name of INPUT) addEventListener(name, input, { capture: true, passive: true });
  const startOver = () => document.querySelector('.mne-kiosk-bar [data-start-over]')?.click();
  addEventListener('pagehide', startOver);
  addEventListener('pageshow', (event) => event.persisted && startOver());
  // Every "Start over" closes the warning first, so the browser's return of focus does not fight
  // the app's move to the start heading.
  addEventListener(
    'click',
    (event) => {
      if (event.target.closest?.('[data-start-over]')) {
        const dialog = document.querySelector('[data-idle-warning]');
        if (dialog?.open) dialog.close();
        restart();
      }
    },
    { capture: true },
  );
  let watched = null;
  setInterval(() => {
    const dialog = document.querySelector('[data-idle-warning]');
    if (!dialog) return;
    if (dialog !== watched) {
      dialog.addEventListener('close', restart);
      watched = dialog;
    }
    const now = Date.now();
    if (warnedAt === null) {
      if (now - lastInput < Number(dialog.dataset.timeout) * 1000) return;
      warnedAt = now;
      dialog.showModal();
    }
    const left = Math.ceil((Number(dialog.dataset.grace) * 1000 - (now - warnedAt)) / 1000);
    if (left > 0) {
      dialog.querySelector('[data-idle-seconds]').textContent = String(left);
    } else {
      startOver();
    }
  }, 1000);
}

// Run on load, before the app starts (the kiosk page lists this module before static/boot.js):
// the app finds the QR drawer here, and the clock waits for the app's dialog.
globalThis.microneedlingExplorerQr = qrSvg;
watchIdle();
