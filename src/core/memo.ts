/**
 * Caching without hidden state: the core keeps nothing between calls. A function that can reuse
 * earlier work (a field, a pretrained scenario, a training context) takes a Memo from its caller,
 * and whoever owns the job runner owns the memo (see worker/runJob).
 *
 * A value must be a pure function of its key, so a warm memo changes how fast an answer comes,
 * never the answer. Values are shared between calls: callers copy arrays into their results
 * instead of handing out (or transferring) the stored ones. Two kinds of value may change after
 * they are stored without breaking that: a cache that fills lazily with answers that are pure
 * functions of its own inputs (DeviationSweepCache), and scratch buffers that every use
 * overwrites before reading (a training context's workspaces).
 */
export interface Memo {
  /** The value stored under `key`, else `compute()`'s, now stored under `key`. */
  get<T>(key: string, compute: () => T): T;
}

/** No caching: every get computes. For one-off calls and for tests of the cold path. */
export const NO_MEMO: Memo = Object.freeze({
  get: <T>(_key: string, compute: () => T) => compute(),
});

export interface MemoLimits {
  maxEntries: number;
  /** Approximate: typed arrays by byteLength, numbers 8 bytes, strings 2 bytes a character. */
  maxBytes: number;
}

/**
 * Comfortably above one panel's working set (the largest, an HF or K-FAC training context, is
 * ~1–2 MB; a 160² field is 200 kB), so two open panels do not evict each other's entries.
 */
export const DEFAULT_MEMO_LIMITS: MemoLimits = Object.freeze({
  maxEntries: 48,
  maxBytes: 32 * 1024 * 1024,
});

interface Entry {
  value: unknown;
  bytes: number;
}

/**
 * A small least-recently-used Memo bounded by entries and approximate bytes. The newest entry is
 * always kept, even when it alone exceeds maxBytes, so a repeated call still hits.
 */
export class LruMemo implements Memo {
  // Map iteration order is insertion order: the first key is the least recently used.
  private readonly entries = new Map<string, Entry>();
  private newest: Entry | null = null;
  private total = 0;

  constructor(private readonly limits: MemoLimits = DEFAULT_MEMO_LIMITS) {}

  get<T>(key: string, compute: () => T): T {
    // A lazily filled value grows while its caller uses it, after get returned: the newest entry
    // is measured again now that that call is over.
    this.remeasureNewest();
    const hit = this.entries.get(key);
    if (hit) {
      // Measured when stored (or just now, if it was the newest): moving it to the end is all.
      this.entries.delete(key);
      this.entries.set(key, hit);
      this.newest = hit;
      return hit.value as T;
    }
    const value = compute();
    this.newest = { value, bytes: approxBytes(value) };
    this.entries.set(key, this.newest);
    this.total += this.newest.bytes;
    this.evict();
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.total;
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  private remeasureNewest() {
    if (!this.newest) return;
    const bytes = approxBytes(this.newest.value);
    this.total += bytes - this.newest.bytes;
    this.newest.bytes = bytes;
  }

  private evict() {
    const { maxEntries, maxBytes } = this.limits;
    while (this.entries.size > 1 && (this.entries.size > maxEntries || this.total > maxBytes)) {
      const [oldest, e] = this.entries.entries().next().value as [string, Entry];
      this.entries.delete(oldest);
      this.total -= e.bytes;
    }
  }
}

/** A value that counts its own bytes (a lazily filled cache whose walk would cost more). */
export interface Sized {
  approxBytes(): number;
}

const isSized = (v: unknown): v is Sized =>
  typeof v === 'object' && v !== null && typeof (v as Partial<Sized>).approxBytes === 'function';

/** Bytes a value holds, roughly; shared buffers and objects count once. */
export function approxBytes(value: unknown): number {
  if (isSized(value)) return value.approxBytes();
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number): number => {
    if (typeof v === 'number') return 8;
    if (typeof v === 'string') return 2 * v.length;
    if (v === null || typeof v !== 'object' || depth > 8 || seen.has(v)) return 0;
    if (ArrayBuffer.isView(v)) {
      if (seen.has(v.buffer)) return 0;
      seen.add(v.buffer);
      return v.buffer.byteLength;
    }
    seen.add(v);
    const items =
      v instanceof Map
        ? [...v.keys(), ...v.values()]
        : v instanceof Set
          ? [...v]
          : Object.values(v);
    let sum = 0;
    for (const x of items) sum += walk(x, depth + 1);
    return sum;
  };
  return walk(value, 0);
}
