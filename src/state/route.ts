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
