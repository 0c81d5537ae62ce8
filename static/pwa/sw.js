// microneedling-explorer service worker. scripts/build-sw.mjs writes it to dist/sw.js with BUILD
// filled in: the app's files, each with its SHA-256, the pages on the second build (kiosk.html,
// builder.html) with the files each needs beyond the standalone page's, and a version hashed from
// all of them and this source.
// - install: fetches the files of the standalone page (index.html) and the iframe page
//   (frame.html), and those of each second-build page this device uses (an open window shows it,
//   or an older build's cache holds it), checks each against its hash and only then stores them
//   all in one new cache named from the version, so a cache holds one whole build or nothing; it
//   then waits (no skipWaiting) until the page asks for the update or every tab of the old one
//   closed. A standalone visitor so never downloads the second build (~160 KB gzip).
// - fetch: answers the build's own files cache-first ("./" is index.html, queries ignored);
//   anything else, e.g. a host page or embed.js, goes to the network untouched. Opening a page on
//   the second build keeps its files (verified, all or nothing), so it works offline from then on.
// - activate: deletes this scope's caches of older builds and takes over open pages.

const BUILD = '%BUILD%';

const SCOPE = new URL(self.registration.scope);
const CACHE = `mne-${BUILD.version}${SCOPE.pathname}`;
/** A cache of another build of this app under this same scope. */
const isOlder = (key) => key !== CACHE && /^mne-[0-9a-f]{12}\//.test(key) && key.slice(16) === SCOPE.pathname;
const urlOf = (path) => new URL(path, SCOPE).href;

/** The files kept only with their second-build page, and those precached for every visitor. */
const later = new Set(Object.values(BUILD.pages).flat());
const precached = Object.keys(BUILD.files).filter((path) => !later.has(path));

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The response for `path` if its bytes are the build's. The page has just loaded most files, so
 * the browser's HTTP cache is tried first; a stale copy there (e.g. the previous build's
 * index.html) is refetched from the server, and a server still holding other bytes fails it.
 */
async function fetchVerified(path, sha256) {
  let problem;
  for (const cache of ['force-cache', 'reload']) {
    const response = await fetch(urlOf(path), { cache });
    const digest = hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
    if (response.ok && digest === sha256) return response;
    problem = response.ok ? 'is not the file of this build' : `answered HTTP ${response.status}`;
  }
  throw new Error(`${path} ${problem} (build ${BUILD.version})`);
}

/** Second-build files being fetched for the cache: path → its verified response, for the page too. */
const pending = new Map();

/** Fetches and verifies `paths`, then stores them all in this build's cache, or none. */
async function store(paths) {
  for (const path of paths) {
    if (!pending.has(path)) pending.set(path, fetchVerified(path, BUILD.files[path]));
  }
  try {
    const responses = await Promise.all(paths.map(async (path) => [path, (await pending.get(path)).clone()]));
    const cache = await caches.open(CACHE);
    await Promise.all(responses.map(([path, response]) => cache.put(urlOf(path), response)));
  } finally {
    for (const path of paths) pending.delete(path);
  }
}

/** The second-build pages this device uses: shown in a window, or kept by an older build. */
async function pagesInUse() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const older = (await caches.keys()).filter(isOlder);
  const used = [];
  for (const page of Object.keys(BUILD.pages)) {
    const url = urlOf(page);
    const shown = windows.some((client) => client.url.split(/[?#]/)[0] === url);
    const kept = await Promise.all(older.map(async (key) => (await caches.open(key)).match(url)));
    if (shown || kept.some(Boolean)) used.push(page);
  }
  return used;
}

/** Stores the standalone page's files and those of the second-build pages in use, or nothing. */
async function precache() {
  const pages = await pagesInUse();
  try {
    await store([...new Set([...precached, ...pages.flatMap((page) => BUILD.pages[page])])]);
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

/** Keeps the files of the second-build page `page` that this build's cache lacks. */
async function keep(page) {
  const cache = await caches.open(CACHE);
  const missing = [];
  for (const path of BUILD.pages[page]) {
    if (!(await cache.match(urlOf(path)))) missing.push(path);
  }
  if (missing.length) await store(missing);
}

self.addEventListener('install', (event) => event.waitUntil(precache()));

self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter(isOlder).map((key) => caches.delete(key)));
      await self.clients.claim();
    })(),
  ),
);

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  let path = url.pathname.slice(SCOPE.pathname.length);
  if (path === '' && request.mode === 'navigate') path = 'index.html';
  if (!Object.hasOwn(BUILD.files, path)) return;
  // A second-build file being kept answers the page with the same response: one download.
  const kept = () => pending.get(path)?.then((response) => response.clone(), () => undefined);
  event.respondWith(
    caches
      .match(urlOf(path), { cacheName: CACHE })
      .then(async (cached) => cached ?? (await kept()) ?? fetch(request)),
  );
  if (Object.hasOwn(BUILD.pages, path)) event.waitUntil(keep(path).catch(() => {}));
});
