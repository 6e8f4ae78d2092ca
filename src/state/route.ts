/** Routes: `#/` (landing), `#/<panel>?…`, `#/embed/<panel>?…`. */
export interface Route {
  panel: string | null;
  embed: boolean;
  query: string;
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const q = h.indexOf('?');
  const path = (q >= 0 ? h.slice(0, q) : h).replace(/^\/+|\/+$/g, '');
  const query = q >= 0 ? h.slice(q + 1) : '';
  const segs = path === '' ? [] : path.split('/');
  if (segs[0] === 'embed') return { panel: segs[1] ?? null, embed: true, query };
  return { panel: segs[0] ?? null, embed: false, query };
}

export function formatHash(route: Route): string {
  if (route.panel === null) return '#/';
  const base = route.embed ? `#/embed/${route.panel}` : `#/${route.panel}`;
  return route.query ? `${base}?${route.query}` : base;
}

/**
 * The address bar is written once the state settles: this long after the last change (ms), on
 * pointer release, before a reader of the address (`flushUrl`) and when the page is hidden.
 * Each write is costly beyond replaceState itself: Chromium treats it as a navigation and
 * fetches and decodes the page's icon again (≈ 7 ms of this thread per write, seen in a trace of
 * key presses), and Safari and Firefox refuse writes past a rate limit (about a hundred in some
 * seconds). Key repeat (30 changes per second) and drags (60) write once per pause instead.
 */
export const URL_SETTLE_MS = 200;
