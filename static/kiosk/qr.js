// Kiosk mode's QR code (issue 17), bundled by scripts/build-kiosk.mjs into dist/kiosk-<hash>.js
// and loaded by static/boot.js only when the page's mount element has `kiosk`, so a normal first
// load never fetches it. The app (src/ui/kiosk.rs) calls `qrSvg` with the plan's "send to
// myself" link and shows the SVG; nothing is requested: the code is drawn here, from uqr's
// module matrix.

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
