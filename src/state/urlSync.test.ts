import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SchemaLookup } from '../params/registry';
import { defineParams, specList } from '../params/spec';
import { URL_SETTLE_MS } from './route';
import { useStore } from './store';
import { addressParams, flushUrl, startUrlSync } from './urlSync';

/** Just enough of a page for the URL layer: an address, history writes and event targets. */
function fakePage(hash: string) {
  const writes: string[] = [];
  const on = new Map<string, Set<() => void>>();
  const target = {
    addEventListener: (t: string, f: () => void) => on.set(t, (on.get(t) ?? new Set()).add(f)),
    removeEventListener: (t: string, f: () => void) => on.get(t)?.delete(f),
  };
  const location = { hash };
  const doc = { ...target, visibilityState: 'visible' };
  vi.stubGlobal('window', { ...target, location });
  vi.stubGlobal('document', doc);
  vi.stubGlobal('history', {
    replaceState: (_s: unknown, _t: string, url: string) => {
      writes.push(url);
      location.hash = url;
    },
  });
  const fire = (t: string) => on.get(t)?.forEach((f) => f());
  return { writes, location, doc, fire };
}

// A panel of one parameter: the URL layer knows panels only through such a lookup.
const ETA = defineParams({
  eta: { kind: 'number', label: 'η', help: 'Damping.', min: 0, max: 10, default: 0.1 },
});
const panelMeta: SchemaLookup = (id) =>
  id === 'damping' ? { id: 'damping', schema: specList(ETA) } : undefined;

const setEta = (eta: number) => useStore.getState().setParams('damping', { eta });

describe('URL sync writes the address once a change settles', () => {
  let stop = () => {};
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes a burst of changes once, URL_SETTLE_MS after the last', () => {
    const page = fakePage('#/damping?eta=0.1');
    stop = startUrlSync(panelMeta);
    const before = page.writes.length; // loading may write the validated address
    for (let i = 1; i <= 30; i++) {
      setEta(0.1 + i / 100);
      vi.advanceTimersByTime(33); // key repeat
    }
    expect(page.writes.length).toBe(before);
    vi.advanceTimersByTime(URL_SETTLE_MS);
    expect(page.writes.length).toBe(before + 1);
    expect(new URLSearchParams(page.location.hash.split('?')[1]).get('eta')).toBe('0.4');
  });

  it('writes at once on pointer release, when hidden, and for a reader of the address', () => {
    const page = fakePage('#/damping?eta=0.1');
    stop = startUrlSync(panelMeta);
    setEta(0.25);
    page.fire('pointerup');
    expect(page.location.hash).toContain('eta=0.25');
    setEta(0.3);
    page.doc.visibilityState = 'hidden';
    page.fire('visibilitychange');
    expect(page.location.hash).toContain('eta=0.3');
    setEta(0.35);
    expect(addressParams()).toContain('eta=0.35');
    setEta(0.4);
    flushUrl();
    expect(page.location.hash).toContain('eta=0.4');
    const n = page.writes.length;
    vi.advanceTimersByTime(10 * URL_SETTLE_MS);
    expect(page.writes.length).toBe(n); // nothing left to write
  });

  it('writes a pending change when the sync stops (the page is left)', () => {
    const page = fakePage('#/damping?eta=0.1');
    stop = startUrlSync(panelMeta);
    setEta(0.5);
    stop();
    stop = () => {};
    expect(page.location.hash).toContain('eta=0.5');
  });
});
