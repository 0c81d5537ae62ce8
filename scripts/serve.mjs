// A small static file server for dist/ on 127.0.0.1, used by scripts/serve.sh, the end-to-end
// tests and the benchmark. Every response carries the strict Content-Security-Policy the widget
// must live under, so a page that breaks it fails here as it would on a clinic's site. It sends
// what a CDN for the widget would: the right content types (application/wasm for the wasm) and
// `Access-Control-Allow-Origin: *` on the files a clinic's page on another origin loads (see
// `crossOrigin`), so `http://localhost:8080/embed.js` works from a page on any other origin.
//
//   node scripts/serve.mjs [dir] [--port N]     (port 0 picks a free one; default 8080)

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy every page is served with (issue 4/5: no inline script or style). */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Whether a file is one a page on another origin fetches with CORS and so gets
 * `Access-Control-Allow-Origin: *`: the app's JS (a module `import()`), its wasm (`fetch`), its
 * CSS, and the locale packs (`locales/*.json`). Pages, the manifest and the worker are
 * same-origin only and get none.
 */
export const crossOrigin = (urlPath) => /\.(m?js|wasm|css)$|(^|\/)locales\/[^/]+\.json$/.test(urlPath);

/** The file a URL path names inside `root`, or null when it would leave `root`. */
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0: a free port) with `headers` added to every response;
 * `onSend({ path, status, bytes })`, if given, hears of every response (the benchmark counts with it).
 * `csp` replaces the policy (false: none, as on a clinic's page without one). The end-to-end
 * tests break it as a misconfigured host would: `cors(urlPath)` picks the files that get
 * `Access-Control-Allow-Origin: *` (default `crossOrigin`), `types` overrides content types by
 * extension (`{ '.wasm': 'application/octet-stream' }`).
 * Resolves to `{ url, port, close, setRoot }` once listening; `setRoot(dir)` serves another folder
 * from then on (the end-to-end tests deploy a new build on the same origin with it).
 */
export async function startServer({ root, port = 0, headers = {}, onSend, csp = CSP, cors = crossOrigin, types = {} } = {}) {
  let base = resolve(root);
  const common = {
    ...(csp ? { 'Content-Security-Policy': csp } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    ...headers,
  };
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...common, Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = fileFor(base, req.url ?? '/');
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!file) throw new Error('outside root');
      const body = await readFile(file);
      const ext = extname(file).toLowerCase();
      const type = types[ext] ?? TYPES[ext] ?? 'application/octet-stream';
      const shared = cors(file.slice(base.length).split(sep).join('/'))
        ? { 'Access-Control-Allow-Origin': '*' }
        : {};
      // A strong validator, as real web servers send, so `no-cache` revalidation (the browser's,
      // and the service worker's precache) costs a 304 instead of the file again.
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const known = (req.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim());
      if (known.includes(etag) || known.includes('*')) {
        res.writeHead(304, { ...common, ...shared, ETag: etag }).end();
        onSend?.({ path: req.url, status: 304, bytes: 0 });
        return;
      }
      res.writeHead(200, { ...common, ...shared, 'Content-Type': type, 'Content-Length': body.length, ETag: etag });
      res.end(req.method === 'HEAD' ? undefined : body);
      onSend?.({ path: req.url, status: 200, bytes: req.method === 'HEAD' ? 0 : body.length });
    } catch {
      res.writeHead(404, { ...common, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () => new Promise((ok) => server.close(() => ok())),
    setRoot: (dir) => {
      base = resolve(dir);
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args.splice(portAt, 2)[1]) : 8080;
  const root = args[0] ?? 'dist';
  try {
    const { url } = await startServer({ root, port });
    const { readdir } = await import('node:fs/promises');
    const pages = (await readdir(resolve(root), { recursive: true }))
      .filter((name) => name.endsWith('.html'))
      .sort();
    console.log(`Serving ${resolve(root)} at ${url}  (Ctrl+C to stop)`);
    for (const page of pages) console.log(`  ${url}${page === 'index.html' ? '' : page}`);
  } catch (error) {
    console.error(`serve: cannot listen on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
  }
}
