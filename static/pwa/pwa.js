// The offline app shell of the standalone page (index.html) and the iframe page (frame.html);
// embed.js never loads it. Once the page has loaded it registers ./sw.js (relative, so any folder
// works). On the standalone page it also offers the update when a new build has installed beside
// the running one, and shows an install button when the browser offers installation. Inside an
// iframe it shows neither: a new build there applies on the next visit. It sends nothing anywhere.
//
// It holds no text. The app renders its language's shell texts onto its root element (the
// `data-shell-*` attributes of `section.mne`, beside its `lang`, `dir` and `aria-label`, the app's
// name), and this script shows them whenever they change, giving the page the app's language,
// direction, title (the app's name only) and manifest. A notice already shown changes language
// with the app.

// Its styles first (boot.js loads this script once the app has started; the page names both in
// <meta name="mne-pwa">; strict CSP allows a stylesheet from 'self').
document.head.append(
  Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: document.querySelector('meta[name=mne-pwa]').content.split(' ')[1],
  }),
);

const mount = document.getElementById('microneedling-explorer');
// The shell bar, made here rather than in the page (no part of its first load), right after the
// widget so what appears in it never moves the widget: a status line (a live region, in place
// before any text arrives) and the two buttons, hidden until needed.
const bar = document.createElement('div');
bar.className = 'pwa-bar';
bar.innerHTML =
  '<p class="pwa-status" role="status" data-pwa-status></p>' +
  '<button type="button" class="pwa-button" data-pwa-update hidden></button>' +
  '<button type="button" class="pwa-button" data-pwa-install hidden></button>';
mount.after(bar);
const [status, updateButton, installButton] = bar.children;
const manifest = document.querySelector('link[rel="manifest"]');
const framed = window.parent !== window;
/** The manifest the page links as written (index.html), and its language. */
const page = { lang: manifest.hreflang, manifest: manifest.getAttribute('href') };

/** The notice shown in the status line: the app's attribute holding its text. */
let notice = '';

/** Sets `object[property]` to `value` unless it holds it already (a live region rewritten with
 * the same words would be read again). */
function put(object, property, value) {
  if (object[property] !== value) object[property] = value;
}

/** Shows the app's current shell texts, and gives the page its language, title and manifest. */
function render() {
  const app = mount.querySelector('.mne');
  if (!app) return;
  const text = (name) => app.getAttribute(name) ?? '';
  put(status, 'textContent', notice && text(notice));
  put(updateButton, 'textContent', text('data-shell-update'));
  put(installButton, 'textContent', text('data-shell-install'));
  const root = document.documentElement;
  put(root, 'lang', app.lang);
  put(root, 'dir', app.dir);
  put(document, 'title', text('aria-label'));
  // One manifest per language (scripts/build-manifests.mjs); the page's own is its language's.
  const href = app.lang === page.lang ? page.manifest : `manifest.${app.lang}.webmanifest`;
  put(manifest, 'href', new URL(href, location).href);
}

/** Shows the notice whose text the app holds in attribute `name`; role="status" announces it. */
function say(name) {
  notice = name;
  render();
}

// The app's root appears once the wasm runs; its language changes with the visitor's choice.
new MutationObserver(render).observe(mount, { childList: true, subtree: true, attributeFilter: ['lang'] });
render();

/** Shows the update offer. */
function offerUpdate() {
  if (framed) return;
  say('data-shell-update-ready');
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
      if (!notice) say('data-shell-offline');
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
