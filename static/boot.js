// Starts the app without inline script (strict CSP): see "Languages" in ARCHITECTURE.md.
// The kiosk page loads its own script before this one (scripts/build-kiosk.mjs, ARCHITECTURE.md).
const js = document.querySelector('link[data-app-js]');
const wasm = document.querySelector('link[data-app-wasm]');
const root = document.getElementById('microneedling-explorer');
const meta = document.querySelector('meta[name=mne-packs]');
const packs = Object.fromEntries((meta?.content ?? '').split(' ').filter(Boolean).map((e) => e.split('=')));
// The pack loader, as in embed.js: fetch, JSON.parse, pairs as one U+0001-joined string, or the error.
const loadPack = (tag, done) =>
  (packs[tag] ? fetch(packs[tag]) : Promise.reject(new Error(`no locale pack for ${tag}`)))
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.url}: HTTP ${r.status}`))))
    .then((pack) => Object.entries(pack).filter(([, text]) => typeof text === 'string').flat().join('\x01'))
    .then(done, done);

if (!js || !wasm) {
  console.error('microneedling-explorer: the page is missing its app preload links; it cannot start.');
} else {
  try {
    const { default: init, mountEmbedded } = await import(js.href);
    await init({ module_or_path: wasm.href });
    if (root) mountEmbedded(root, root, loadPack);
    // The wasm has run and the app is live: scripts/bench.mjs times this mark.
    performance.mark('mne-app-started');
  } catch (error) {
    console.error('microneedling-explorer: the app could not start.', error);
  }
}

// Kiosk mode is only kiosk.html's (its script, run first, sets the QR drawer).
if (root?.matches('[kiosk],[kiosk-timeout],[data-kiosk],[data-kiosk-timeout]') && !self.microneedlingExplorerQr)
  console.warn('microneedling-explorer: ignoring kiosk: kiosk mode is kiosk.html, see "Kiosk mode" in the README.');
