/*
 * BCOS Simulator service worker. vite.config.ts (serviceWorkerPlugin) fills in VERSION and FILES at build
 * time and emits this as dist/sw.js; it is never bundled, so it has no imports and its URL never changes.
 * Every path is relative to the worker's directory, so the build works from any sub-path.
 *
 * - install: caches every file (the app works offline from the first visit on);
 * - activate: drops the caches of older builds and takes over open pages;
 * - fetch: same-origin GETs inside the scope come from the cache first; navigations ignore the query
 *   (?embed=1&view=gantt, share links) and fall back to index.html; anything else fetched is cached too.
 */
const VERSION = /*VERSION*/ 'dev';
const CACHE = `bcos-${VERSION}`;
const FILES = /*FILES*/ [];
const scope = () => self.registration.scope;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new URL(f, scope()).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('bcos-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(scope())) return;
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  const navigate = request.mode === 'navigate';
  const hit =
    (await cache.match(request, { ignoreSearch: navigate, ignoreVary: true })) ||
    (navigate && (await cache.match(new URL('index.html', scope()).href, { ignoreVary: true })));
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}
