// The offline app shell of the standalone page (index.html) and the iframe page (frame.html);
// embed.js never loads it. Once the page has loaded it registers ./sw.js (relative, so any folder
// works). On the standalone page it also offers the update when a new build has installed beside
// the running one, and shows an install button when the browser offers installation. Inside an
// iframe it shows neither: a new build there applies on the next visit. It sends nothing anywhere.

const status = document.querySelector('[data-pwa-status]');
const updateButton = document.querySelector('[data-pwa-update]');
const installButton = document.querySelector('[data-pwa-install]');
const framed = window.parent !== window;

/** Shows the update offer; the role="status" text is announced. */
function offerUpdate() {
  if (framed) return;
  status.textContent = 'A new version of this app is ready.';
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
      if (!status.textContent) status.textContent = 'This page now works offline. Your answers are saved only if you ask.';
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
