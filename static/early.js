// Runs in <head> before the first paint (a classic script: the strict CSP allows no inline one).
// The page may hold a build-time pre-render of the app's first screen (examples/prerender.rs),
// described by <meta name="mne-prerender" content="<lang> [detect=<offered,…>] [query]">. When
// this visitor's app will show something else (another language, a plan link in the address,
// answers remembered on this device, settings from the address), it marks <html> with
// data-mne-stale="<the language wanted>", so app.css hides the pre-render until the app has
// rendered over it (static/boot.js sets data-mne-live) and never shows it first. It also marks
// <html> with data-mne-detected, the language this visitor gets when the page sets none.
(() => {
  const meta = document.querySelector('meta[name=mne-prerender]');
  if (!meta) return;
  const [made, ...flags] = meta.content.split(' ');
  // Without a lang attribute the app takes the first of the browser's languages it offers (by
  // primary subtag), else English: detected here, and handed to the app by boot.js as its
  // data-mne-detected (ui/config `DETECTED`).
  const offered = flags.find((flag) => flag.startsWith('detect='))?.split(/[=,]/);
  const wanted = offered ? (navigator.languages.map((tag) => tag.split('-')[0].toLowerCase()).find((tag) => offered.includes(tag)) ?? 'en') : made;
  document.documentElement.dataset.mneDetected = wanted;
  let remembered = null;
  try {
    // ui/saved.rs `KEY`.
    remembered = localStorage.getItem('microneedling-explorer');
  } catch {
    // Storage blocked: nothing remembered.
  }
  const settings = flags.includes('query') && location.search.length > 1;
  if (wanted !== made || location.hash.includes('mne-plan=') || remembered !== null || settings) {
    document.documentElement.setAttribute('data-mne-stale', wanted);
  }
})();
