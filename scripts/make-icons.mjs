// Draws the app's icons (static/pwa/icons/*.png, committed) with no image library: a teal tile
// with a 4 x 4 grid of white dots, the tips of a microneedling head seen from above.
//   icon-{192,512}.png      purpose "any": a rounded tile on a transparent background
//   maskable-{192,512}.png  purpose "maskable": full-bleed teal, the dots inside the central
//                           80 % circle that every platform's mask keeps
// Re-run after changing the drawing: node scripts/make-icons.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'static', 'pwa', 'icons');
const TEAL = [0x0c, 0x6b, 0x60];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // per axis: 16 samples per pixel smooth the edges

/** Coverage test of the rounded tile, in units of the icon's side (0..1). */
function inTile(x, y, { inset, radius }) {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
}

/** Whether (x, y) falls on one of the 4 x 4 dots spread over `span` around the centre. */
function inDot(x, y, span) {
  const step = span / 3;
  const r = step * 0.28;
  for (let i = 0; i < 4; i += 1) {
    for (let j = 0; j < 4; j += 1) {
      const cx = 0.5 - span / 2 + i * step;
      const cy = 0.5 - span / 2 + j * step;
      if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
    }
  }
  return false;
}

/** RGBA pixels of one icon: `tile` null for full bleed. */
function draw(size, { tile, span }) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let covered = 0;
      let dots = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (tile && !inTile(x, y, tile)) continue;
          covered += 1;
          if (inDot(x, y, span)) dots += 1;
        }
      }
      const at = (py * size + px) * 4;
      const share = covered ? dots / covered : 0;
      for (let c = 0; c < 3; c += 1) pixels[at + c] = Math.round(TEAL[c] + (WHITE[c] - TEAL[c]) * share);
      pixels[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG of `pixels`. */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of [192, 512]) {
  const tile = { inset: 0.04, radius: 0.2 };
  writeFileSync(join(OUT, `icon-${size}.png`), png(size, draw(size, { tile, span: 0.5 })));
  // The dots' outer edge stays within 0.27 of the centre, well inside the 0.4 safe-zone radius.
  writeFileSync(join(OUT, `maskable-${size}.png`), png(size, draw(size, { tile: null, span: 0.36 })));
}
console.log(`make-icons: icon-192/512.png and maskable-192/512.png written to ${OUT}`);
