/**
 * Keeps the hash and the store in step. Loading a hash validates every value (bad ones become
 * defaults plus a visible notice); store changes rewrite the hash with replaceState so the
 * address bar is always a permalink without flooding the history (during a pointer drag a few
 * times per second, and on release). The panels' schemas come in as a lookup, so the URL layer
 * does not depend on the panels.
 */
import { parseParams, serializeParams } from '../params/codec';
import type { PanelId } from '../params/panelIds';
import type { SchemaLookup } from '../params/registry';
import type { AnyParams } from '../params/spec';
import { formatHash, parseHash } from './route';
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

/** While a pointer drags, the address bar is updated at most this often (ms). */
export const DRAG_WRITE_MS = 200;

export function startUrlSync(lookup: SchemaLookup): () => void {
  const onHash = () => loadFromHash(window.location.hash, lookup);
  window.addEventListener('hashchange', onHash);
  onHash();
  let last = window.location.hash;
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dragging = false;
  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending !== null && pending !== window.location.hash)
      history.replaceState(null, '', pending);
    pending = null;
  };
  // replaceState costs a few milliseconds (the browser process is told): during a drag it would
  // take most of each frame's budget, so drags write the address bar a few times per second and
  // once more when the pointer is released; every other change (a key press, a click) is written
  // right after the frame that shows its result, not before it.
  let afterFrame = 0;
  const writeAfterFrame = () => {
    if (afterFrame || timer !== null) return;
    afterFrame = requestAnimationFrame(() => {
      afterFrame = 0;
      timer = setTimeout(write, 0);
    });
  };
  // Leaving the page (or hiding it) must not lose the last change.
  const flush = () => {
    cancelAnimationFrame(afterFrame);
    afterFrame = 0;
    write();
  };
  const onDown = () => {
    dragging = true;
  };
  const onUp = () => {
    dragging = false;
    write();
  };
  window.addEventListener('pointerdown', onDown, true);
  window.addEventListener('pointerup', onUp, true);
  window.addEventListener('pointercancel', onUp, true);
  window.addEventListener('pagehide', flush);
  const unsub = useStore.subscribe((s, prev) => {
    if (s.panel === null) return;
    if (s.params[s.panel] === prev.params[s.panel] && s.panel === prev.panel) return;
    const h = hashFor(s.panel, s.embed, lookup);
    if (h === last) return;
    last = h;
    pending = h;
    if (!dragging) writeAfterFrame();
    else timer ??= setTimeout(write, DRAG_WRITE_MS);
  });
  return () => {
    flush();
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('hashchange', onHash);
    window.removeEventListener('pointerdown', onDown, true);
    window.removeEventListener('pointerup', onUp, true);
    window.removeEventListener('pointercancel', onUp, true);
    unsub();
  };
}
