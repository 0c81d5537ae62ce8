// Starts the app without inline script (strict CSP): see "Languages" in ARCHITECTURE.md.
// The kiosk page loads its own script before this one (scripts/build-kiosk.mjs, ARCHITECTURE.md).
const js = document.querySelector('link[data-app-js]');
const wasm = document.querySelector('link[data-app-wasm]');
const root = document.getElementById('microneedling-explorer');
// The pack loader (as in embed.js).
const packs = new URLSearchParams(document.querySelector('meta[name=mne-packs]')?.content);
const loadPack = (tag, done) =>
  fetch(packs.get(tag))
    .then((r) => r.json())
    .then((texts) => texts.join('\x01'))
    .then(done, done);

if (!js || !wasm) {
  console.error('microneedling-explorer: the page is missing its app preload links; it cannot start.');
} else {
  try {
    const { default: init, mountEmbedded } = await import(js.href);
    await init({ module_or_path: wasm.href });
    if (root) mountEmbedded(root, root, undefined, loadPack);
    // The wasm has run and the app is live: scripts/bench.mjs times this mark.
    performance.mark('mne-app-started');
  } catch (error) {
    console.error('microneedling-explorer: the app could not start.', error);
  }
}
