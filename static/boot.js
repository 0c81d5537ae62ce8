// Starts the app without inline script (strict CSP): see "Languages" in ARCHITECTURE.md.
// Kiosk mode (`kiosk` on the mount element) also loads its script first (ARCHITECTURE.md).
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
const kiosk = root?.getAttribute('kiosk') ?? root?.getAttribute('data-kiosk');
const script = document.querySelector('meta[name=mne-kiosk-module]')?.content;
const loadKiosk = () =>
  import(new URL(script, document.baseURI).href).then(
    (module) => {
      globalThis.microneedlingExplorerQr = module.qrSvg;
      module.watchIdle();
    },
    (error) => console.error('microneedling-explorer: the kiosk script could not be loaded.', error),
  );

if (!js || !wasm) {
  console.error('microneedling-explorer: the page is missing its app preload links; it cannot start.');
} else {
  try {
    const kioskOn = kiosk != null && script && !/^\s*(off|false|no|0)\s*$/i.test(kiosk);
    const [{ default: init, mountEmbedded }] = await Promise.all([import(js.href), kioskOn && loadKiosk()]);
    await init({ module_or_path: wasm.href });
    if (root) mountEmbedded(root, root, undefined, loadPack);
    // The wasm has run and the app is live: scripts/bench.mjs times this mark.
    performance.mark('mne-app-started');
  } catch (error) {
    console.error('microneedling-explorer: the app could not start.', error);
  }
}
