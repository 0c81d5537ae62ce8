// Starts the app without inline script, so the page works under a strict Content-Security-Policy.
// Trunk names the hashed wasm-bindgen JS and .wasm files in two preload links (see Trunk.toml).
const js = document.querySelector('link[data-app-js]');
const wasm = document.querySelector('link[data-app-wasm]');

if (!js || !wasm) {
  console.error('microneedling-explorer: the page is missing its app preload links; it cannot start.');
} else {
  try {
    const { default: init } = await import(js.href);
    await init({ module_or_path: wasm.href });
    // The wasm has run and the app is live: scripts/bench.mjs times this mark.
    performance.mark('mne-app-started');
  } catch (error) {
    console.error('microneedling-explorer: the app could not start.', error);
  }
}
