/**
 * Registers the service worker (src/sw.ts) where the page may have one, and tells it what to
 * keep for offline use: what this page loaded, and — when the app itself is open, not an embed in
 * someone's notes — the whole site. A registration file, not an inline script, so the app runs
 * under `script-src 'self'`.
 *
 * A sandboxed frame without allow-same-origin (an LMS page, a course site's iframe) has an opaque
 * origin: reading `navigator.serviceWorker` there throws a SecurityError, so even the getter is
 * read inside try/catch.
 */
import type { SwMessage, SwStatus } from '../sw';

function container(): ServiceWorkerContainer | null {
  try {
    return 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  } catch {
    return null;
  }
}

/** Why offline use is unavailable here, or null when it is available. */
export function offlineUnavailable(): string | null {
  if (!container()) return 'this page may not use a service worker (e.g. a sandboxed frame)';
  return null;
}

/** Files this page loaded from its own site (the worker caches them without downloading again). */
function usedUrls(): string[] {
  const here = new URL('./index.html', location.href);
  const own = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => new URL(u).origin === here.origin);
  return [here.href, ...own];
}

async function send(msg: SwMessage): Promise<SwStatus | null> {
  const sw = container();
  if (!sw) return null;
  const reg = await sw.ready;
  const active = reg.active;
  if (!active) return null;
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = (ev: MessageEvent<SwStatus>) => resolve(ev.data);
    active.postMessage(msg, [ch.port2]);
  });
}

/** How much of the site is cached for offline use (null: no service worker here). */
export function offlineStatus(): Promise<SwStatus | null> {
  return send({ type: 'status' });
}

/** Caches the whole site for offline use ("make available offline"). */
export function makeAvailableOffline(): Promise<SwStatus | null> {
  return send({ type: 'cache-all' });
}

/** `whole`: cache the whole site (the app is open); else only what this page used. */
export function startServiceWorker(whole: boolean) {
  const sw = container();
  if (!sw || import.meta.env.DEV) return;
  const start = () => {
    sw.register('./sw.js', { scope: './' })
      .then(() => send({ type: 'cache-used', urls: usedUrls() }))
      .then(() => (whole ? makeAvailableOffline() : null))
      .catch(() => {
        /* no offline copy this time (private mode, storage full): the app works the same */
      });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
