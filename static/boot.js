// Starts the app without inline script, so the page works under a strict Content-Security-Policy.
// Trunk names the hashed wasm-bindgen JS and .wasm files in two preload links (see Trunk.toml).
// Kiosk mode (`kiosk` on the mount element) also loads its script first (ARCHITECTURE.md).
const js = document.querySelector('link[data-app-js]');
const wasm = document.querySelector('link[data-app-wasm]');
const mount = document.getElementById('microneedling-explorer');
const kiosk = mount?.getAttribute('kiosk') ?? mount?.getAttribute('data-kiosk');
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
    const [{ default: init }] = await Promise.all([import(js.href), kioskOn && loadKiosk()]);
    await init({ module_or_path: wasm.href });
    // The wasm has run and the app is live: scripts/bench.mjs times this mark.
    performance.mark('mne-app-started');
  } catch (error) {
    console.error('microneedling-explorer: the app could not start.', error);
  }
}
