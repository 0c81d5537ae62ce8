// Starts the app without inline script (strict CSP): see "Languages" in ARCHITECTURE.md.
// The kiosk page loads its own script before this one (scripts/build-kiosk.mjs, ARCHITECTURE.md).
const js = document.querySelector('link[data-app-js]');
const wasm = document.querySelector('link[data-app-wasm]');
const root = document.getElementById('microneedling-explorer');
// The pack loader is its own module (static/packs.js, built into dist/locales/ by
// scripts/build-locales.mjs, which writes its hashed name here), imported when the app first asks
// for a pack (an English visitor's right after start: the texts beyond the first screen), or at
// once when the language shown first is not English. Once in, the app calls it directly, so a
// pack already in is handed over at once (ui/language.rs load).
let loader;
const loadPack = (tag, done) =>
  loader
    ? loader(tag, done)
    : import('./locales/packs.js').then(
        (module) => (loader = module.default)(tag, done),
        (error) => done(error, console.warn(`microneedling-explorer: the locale pack ${tag} could not be loaded; showing English.`, error)),
      );
// The language early.js picked for this visitor (the pre-render's, unless the page sets none and
// the browser asks for another), which the app shows first unless its element sets another: the
// loader and its pack are fetched beside the wasm, so the app starts in it.
const detected = document.documentElement.dataset.mneDetected;
const early = detected && detected != 'en' && loadPack(detected, () => {});
// A pre-render (examples/prerender.rs) the visitor used before the app ran: the app renders
// afresh over it and keeps its ticked concern boxes itself; the open guide sections and the
// focused control are put back here once it has.
const KEYS = ['guide', 'option', 'go', 'nav', 'language'];
const named = (el) => KEYS.filter((k) => el.dataset[k] !== undefined).map((k) => `[data-${k}="${el.dataset[k]}"]`)[0];
const selector = (el) =>
  el.name ? `[name="${el.name}"][value="${el.value}"]` : el.matches('summary') ? `${named(el.parentElement)}>summary` : named(el);

// The offline shell (static/pwa/: the offline notice, the update offer, the install button), once
// the app has rendered (or could not start): no part of the first load. scripts/minify-app-js.mjs
// names its script and stylesheet in <meta name="mne-pwa">; the script adds the stylesheet.
const shell = () => {
  const script = document.querySelector('meta[name=mne-pwa]')?.content.split(' ')[0];
  if (script) import(script).catch(console.warn);
};

if (!js || !wasm) {
  console.error('microneedling-explorer: the page is missing its app preload links; it cannot start.');
} else {
  try {
    const { default: init, mountEmbedded } = await import(js.href);
    await init({ module_or_path: wasm.href });
    await early;
    const used = root?.hasAttribute('data-mne-prerender');
    const opened = used ? [...root.querySelectorAll('details[open]')].map(named) : [];
    const focused = used && root.contains(document.activeElement) ? selector(document.activeElement) : undefined;
    // The detected language, for the app to use when the page sets none (from_id of
    // "undefined", without one, finds none: English).
    if (root) {
      root.dataset.mneDetected = detected;
      mountEmbedded(root, root, loadPack);
    }
    // Yew renders in a microtask (over the pre-render, if any): a task later the app is live.
    // Tests wait for data-mne-live; scripts/bench.mjs times the mark.
    // A task (a message, not a timer: a test's paused clock stops timers).
    await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    });
    shell();
    for (const open of opened) if (open) root.querySelector(open)?.setAttribute('open', '');
    if (focused) root.querySelector(focused)?.focus();
    root?.setAttribute('data-mne-live', '');
    performance.mark('mne-app-started');
    // A page's first Intl formatter loads the browser's locale data (~150 ms at 4x CPU
    // throttle): do it while idle, not on the visitor's first tick (the depth picture's numbers).
    (self.requestIdleCallback ?? setTimeout)(() => new Intl.NumberFormat(root?.firstElementChild?.lang).format(0));
  } catch (error) {
    shell();
    console.error('microneedling-explorer: the app could not start.', error);
  }
}

// Kiosk mode is only kiosk.html's (its script, run first, sets the QR drawer).
if (root?.matches('[kiosk],[kiosk-timeout],[data-kiosk],[data-kiosk-timeout]') && !self.microneedlingExplorerQr)
  console.warn('microneedling-explorer: ignoring kiosk: kiosk mode is kiosk.html, see "Kiosk mode" in the README.');
