// Starts the app without inline script, so the page works under a strict Content-Security-Policy.
// Trunk names the hashed wasm-bindgen JS and .wasm files in two preload links (see Trunk.toml);
// scripts/build-locales.mjs names this build's locale packs in <meta name="mne-packs">.
const js = document.querySelector('link[data-app-js]');
const wasm = document.querySelector('link[data-app-wasm]');
const root = document.getElementById('microneedling-explorer');
/** The locale packs: `{ tag: url }`. */
const packs = Object.fromEntries(
  (document.querySelector('meta[name=mne-packs]')?.content ?? '').split(' ').filter(Boolean).map((e) => e.split('=')),
);
/**
 * The app's pack loader (as in static/embed/embed.js): fetches a pack, parses it with the browser's
 * JSON parser and calls `done` with its string pairs as one string (key, text, … joined by U+0001),
 * or with the error.
 */
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
    // The app lives as long as the page, so its handle is not needed.
    if (root) mountEmbedded(root, root, loadPack);
  } catch (error) {
    console.error('microneedling-explorer: the app could not start.', error);
  }
}
