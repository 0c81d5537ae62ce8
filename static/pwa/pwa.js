// The offline app shell of the standalone page (index.html) and the iframe page (frame.html);
// embed.js never loads it. Once the page has loaded it registers ./sw.js (relative, so any folder
// works). On the standalone page it also offers the update when a new build has installed beside
// the running one, and shows an install button when the browser offers installation. Inside an
// iframe it shows neither: a new build there applies on the next visit. It sends nothing anywhere.
//
// It holds no text: the app writes the shell's texts in the visitor's language, with the
// language's tag, onto the bar's data-* attributes (src/ui/shell.rs) whenever the language
// changes, and this script shows them, keeping the page's title and manifest in step. A notice
// already shown changes language with the app.

const bar = document.getElementById('mne-shell');
const status = bar.querySelector('[data-pwa-status]');
const updateButton = bar.querySelector('[data-pwa-update]');
const installButton = bar.querySelector('[data-pwa-install]');
const manifest = document.querySelector('link[rel="manifest"]');
const framed = window.parent !== window;
/** The manifest the page links as written (index.html), and its language. */
const page = { lang: manifest.hreflang, manifest: manifest.getAttribute('href') };

/** The notice shown in the status line: the name of the bar's attribute holding its text. */
let notice = '';

/** Sets `object[property]` to `value` unless it holds it already (a live region rewritten with
 * the same words would be read again). */
function put(object, property, value) {
  if (object[property] !== value) object[property] = value;
}

/** Shows the bar's current texts, and gives the page the app's title and manifest. */
function render() {
  const text = (name) => bar.getAttribute(name) ?? '';
  put(status, 'textContent', notice && text(notice));
  put(updateButton, 'textContent', text('data-update'));
  put(installButton, 'textContent', text('data-install'));
  const lang = bar.lang;
  if (!lang) return;
  put(document, 'title', text('data-title'));
  // One manifest per language (scripts/build-manifests.mjs); the page's own is its language's.
  put(manifest, 'href', new URL(lang === page.lang ? page.manifest : `manifest.${lang}.webmanifest`, location).href);
}

/** Shows the notice whose text the bar holds in attribute `name`; role="status" announces it. */
function say(name) {
  notice = name;
  render();
}

new MutationObserver(render).observe(bar, { attributes: true });
render();

/** Shows the update offer. */
function offerUpdate() {
  if (framed) return;
  say('data-update-ready');
  updateButton.hidden = false;
}

async function startOffline() {
  let registration;
  try {
    registration = await navigator.serviceWorker.register('./sw.js');
  } catch (error) {
    console.warn('microneedling-explorer: offline use is unavailable here.', error);
    return;
  }
  const container = navigator.serviceWorker;
  // A new build that installed while this page runs the old one waits until asked for.
  const hasOld = () => container.controller !== null;
  // The first visit: say once, when the files are stored, that the page now works offline.
  if (!hasOld() && !framed) {
    container.ready.then(() => {
      if (!notice) say('data-offline');
    });
  }
  if (registration.waiting && hasOld()) offerUpdate();
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && hasOld()) offerUpdate();
    });
  });

  let asked = false;
  updateButton.addEventListener('click', () => {
    asked = true;
    updateButton.disabled = true;
    // No waiting worker: another tab already switched to the new build; this page just reloads.
    if (registration.waiting) registration.waiting.postMessage({ type: 'skip-waiting' });
    else location.reload();
  });
  // The new build took over: reload this page into it when asked; a page that did not ask (another
  // tab, mid-journey) keeps running its own build, whose files it has all loaded, and offers it.
  let controlled = hasOld();
  container.addEventListener('controllerchange', () => {
    if (asked) location.reload();
    else if (controlled) offerUpdate();
    controlled = true;
  });
}

function offerInstall() {
  let deferred = null;
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event;
    installButton.hidden = false;
  });
  installButton.addEventListener('click', async () => {
    installButton.hidden = true;
    const event = deferred;
    deferred = null;
    await event?.prompt();
  });
  addEventListener('appinstalled', () => {
    installButton.hidden = true;
    deferred = null;
  });
}

if ('serviceWorker' in navigator) {
  if (document.readyState === 'complete') startOffline();
  else addEventListener('load', startOffline, { once: true });
}
if (!framed) offerInstall();
