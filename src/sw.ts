/// <reference lib="webworker" />
/**
 * The service worker: offline use without making every reader pay for the whole site.
 *
 * - It caches what a page actually used (the page reports the files it loaded before this worker
 *   controlled it; later ones are cached as they are fetched) — an embedded panel in someone's
 *   notes costs no extra download.
 * - The whole site is cached only when asked: the app itself (not an embed) asks when it opens,
 *   so a lecturer who opened it once can teach offline (`cache-all`).
 * - Pages are served network-first (a new version shows as soon as it is deployed), with the
 *   cached index.html when the network fails; built files, whose names carry a hash, cache-first.
 *
 * `self.__WB_MANIFEST` is the list of built files, injected at build time (vite-plugin-pwa).
 */
declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

export type SwMessage =
  { type: 'cache-used'; urls: string[] } | { type: 'cache-all' } | { type: 'status' };

export interface SwStatus {
  cached: number;
  total: number;
}

const BUILD = self.__WB_MANIFEST;
const urlOf = (path: string) => new URL(path, self.registration.scope).href;
const SITE = new Set(BUILD.map((e) => urlOf(e.url)));
const INDEX = urlOf('index.html');
// One cache per build: its name changes when any file of the site changes.
const CACHE = `curvlab-${hash(BUILD.map((e) => `${e.url}@${e.revision ?? ''}`).join('|'))}`;

self.addEventListener('install', (ev) => {
  ev.waitUntil(carryOver().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (ev) => {
  ev.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('curvlab-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (ev) => {
  const req = ev.request;
  if (req.method !== 'GET') return;
  if (req.mode === 'navigate') {
    ev.respondWith(pageFirstFromNetwork(req));
    return;
  }
  const url = req.url.split('#')[0];
  if (SITE.has(url)) ev.respondWith(fromCacheOrNetwork(url, req));
});

self.addEventListener('message', (ev) => {
  const msg = ev.data as SwMessage;
  const reply = (s: SwStatus) => ev.ports[0]?.postMessage(s);
  const work =
    msg.type === 'cache-used'
      ? cacheMissing(msg.urls.map((u) => u.split('#')[0]).filter((u) => SITE.has(u)))
      : msg.type === 'cache-all'
        ? cacheMissing([...SITE])
        : Promise.resolve();
  ev.waitUntil(work.then(status).then(reply, () => status().then(reply)));
});

async function pageFirstFromNetwork(req: Request): Promise<Response> {
  try {
    const res = await fetch(req);
    if (res.ok) {
      const copy = res.clone();
      void caches.open(CACHE).then((c) => c.put(INDEX, copy));
    }
    return res;
  } catch (e) {
    const hit = await caches.match(INDEX, { cacheName: CACHE });
    if (hit) return hit;
    throw e;
  }
}

async function fromCacheOrNetwork(url: string, req: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(url);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok && res.type === 'basic') void cache.put(url, res.clone());
  return res;
}

/** Fetches the listed files this cache lacks; the browser's HTTP cache usually has them. */
async function cacheMissing(urls: string[]) {
  const cache = await caches.open(CACHE);
  for (const url of urls) {
    if (await cache.match(url)) continue;
    try {
      const res = await fetch(url, { cache: 'force-cache' });
      if (res.ok) await cache.put(url, res);
    } catch {
      /* offline or gone: the next visit tries again */
    }
  }
}

/** Files an older build cached that this build still has unchanged (hashed names) are kept. */
async function carryOver() {
  const cache = await caches.open(CACHE);
  for (const name of await caches.keys()) {
    if (!name.startsWith('curvlab-') || name === CACHE) continue;
    const old = await caches.open(name);
    for (const req of await old.keys()) {
      const entry = BUILD.find((e) => urlOf(e.url) === req.url);
      const res = entry && entry.revision === null ? await old.match(req) : undefined;
      if (res) await cache.put(req, res);
    }
  }
}

async function status(): Promise<SwStatus> {
  const keys = await (await caches.open(CACHE)).keys();
  return { cached: keys.filter((k) => SITE.has(k.url)).length, total: SITE.size };
}

/** A short, stable name for a build (FNV-1a). */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
