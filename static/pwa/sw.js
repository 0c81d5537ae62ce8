// microneedling-explorer service worker. scripts/build-sw.mjs writes it to dist/sw.js with BUILD
// filled in: the files the standalone page (index.html) and the iframe page (frame.html) need, each
// with its SHA-256, and a version hashed from all of them and this source.
// - install: fetches every file, checks each against its hash and only then stores them all in
//   one new cache named from the version, so a cache holds one whole build or nothing; it then
//   waits (no skipWaiting) until the page asks for the update or every tab of the old one closed.
// - fetch: answers the build's own files cache-first ("./" is index.html, queries ignored);
//   anything else, e.g. a host page or embed.js, goes to the network untouched.
// - activate: deletes this scope's caches of older builds and takes over open pages.

const BUILD = '%BUILD%';

const SCOPE = new URL(self.registration.scope);
const CACHE = `mne-${BUILD.version}${SCOPE.pathname}`;
/** A cache of another build of this app under this same scope. */
const isOlder = (key) => key !== CACHE && /^mne-[0-9a-f]{12}\//.test(key) && key.slice(16) === SCOPE.pathname;
const urlOf = (path) => new URL(path, SCOPE).href;

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

/** Stores every file of the build in a new cache, or nothing. */
async function precache() {
  const responses = await Promise.all(
    Object.entries(BUILD.files).map(async ([path, sha256]) => [path, await fetchVerified(path, sha256)]),
  );
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(responses.map(([path, response]) => cache.put(urlOf(path), response)));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
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
  event.respondWith(
    caches.match(urlOf(path), { cacheName: CACHE }).then((cached) => cached ?? fetch(request)),
  );
});
