/**
 * Keeps the hash and the store in step. Loading a hash validates every value (bad ones become
 * defaults plus a visible notice); store changes rewrite the hash with replaceState (no
 * history entries) once they settle, so the address bar is a permalink of what is shown. The
 * panels' schemas come in as a lookup, so the URL layer does not depend on the panels.
 */
import { parseParams, serializeParams } from '../params/codec';
import type { PanelId } from '../params/panelIds';
import type { SchemaLookup } from '../params/registry';
import type { AnyParams } from '../params/spec';
import { formatHash, parseHash, URL_SETTLE_MS } from './route';
import { useStore } from './store';

export function loadFromHash(hash: string, lookup: SchemaLookup) {
  const route = parseHash(hash);
  const st = useStore.getState();
  st.clearNotices();
  if (route.panel === null || route.panel === '') {
    st.setRoute(null, false);
    return;
  }
  const meta = lookup(route.panel);
  if (!meta) {
    st.notify('warning', `There is no panel “${route.panel}”. Here is the list of panels.`);
    st.setRoute(null, false);
    return;
  }
  const { params, notices } = parseParams<AnyParams>(meta.schema, route.query);
  const given = new Set<string>();
  try {
    for (const k of new URLSearchParams(route.query).keys()) given.add(k);
  } catch {
    /* parseParams already reported it */
  }
  const resolved = meta.resolve ? meta.resolve(params, given) : params;
  st.loadParams(meta.id, resolved);
  st.setRoute(meta.id, route.embed);
  for (const n of notices) st.notify('warning', n);
  // The address bar always shows the validated state, so copying it gives a clean permalink.
  const clean = hashFor(meta.id, route.embed, lookup);
  if (clean !== window.location.hash) history.replaceState(null, '', clean);
}

/** The hash for a panel's current parameters (inputs only: derived values stay out). */
export function hashFor(panel: PanelId, embed: boolean, lookup: SchemaLookup): string {
  const meta = lookup(panel);
  const params = useStore.getState().params[panel];
  if (!meta || !params) return formatHash({ panel, embed, query: '' });
  const skip = new Set(meta.derived?.(params) ?? []);
  return formatHash({ panel, embed, query: serializeParams(meta.schema, params, skip) });
}

let flushPending = () => {};
/** Writes a pending change now: for code that reads the address (export, print). */
export function flushUrl() {
  flushPending();
}

export function startUrlSync(lookup: SchemaLookup): () => void {
  const onHash = () => loadFromHash(window.location.hash, lookup);
  window.addEventListener('hashchange', onHash);
  onHash();
  let last = window.location.hash;
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending !== null && pending !== window.location.hash)
      history.replaceState(null, '', pending);
    pending = null;
  };
  flushPending = write;
  const onHidden = () => document.visibilityState === 'hidden' && write();
  window.addEventListener('pointerup', write, true);
  window.addEventListener('pointercancel', write, true);
  window.addEventListener('pagehide', write);
  document.addEventListener('visibilitychange', onHidden);
  const unsub = useStore.subscribe((s, prev) => {
    if (s.panel === null) return;
    if (s.params[s.panel] === prev.params[s.panel] && s.panel === prev.panel) return;
    const h = hashFor(s.panel, s.embed, lookup);
    if (h === last) return;
    last = h;
    pending = h;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, URL_SETTLE_MS);
  });
  return () => {
    write();
    flushPending = () => {};
    window.removeEventListener('hashchange', onHash);
    window.removeEventListener('pointerup', write, true);
    window.removeEventListener('pointercancel', write, true);
    window.removeEventListener('pagehide', write);
    document.removeEventListener('visibilitychange', onHidden);
    unsub();
  };
}

/** The address's parameters, written out for a figure's caption ("eta=0.1, steps=20"). */
export function addressParams(): string {
  flushUrl();
  return decodeURIComponent(window.location.hash.split('?')[1] ?? '').replace(/&/g, ', ');
}
