import { describe, expect, it } from 'vitest';
import { approxBytes, LruMemo, NO_MEMO } from './memo';

/** A memo that records which keys it had to compute. */
function counting(memo: LruMemo) {
  const computed: string[] = [];
  const get = (key: string, value: unknown = key) =>
    memo.get(key, () => {
      computed.push(key);
      return value;
    });
  return { get, computed };
}

describe('LruMemo', () => {
  it('computes a key once and evicts the least recently used entry first', () => {
    const memo = new LruMemo({ maxEntries: 3, maxBytes: Infinity });
    const { get, computed } = counting(memo);
    get('a');
    get('b');
    get('c');
    get('a'); // a is now the most recent: b is the oldest
    get('d');
    expect(memo.keys()).toEqual(['c', 'a', 'd']);
    get('b');
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'b']);
    expect(memo.size).toBe(3);
  });

  it('is bounded by approximate bytes and always keeps the newest entry', () => {
    const memo = new LruMemo({ maxEntries: 100, maxBytes: 3000 });
    const { get, computed } = counting(memo);
    get('x', new Float64Array(100)); // 800 bytes
    get('y', new Float64Array(100));
    get('z', new Float64Array(100));
    expect(memo.bytes).toBe(2400);
    get('w', new Float64Array(100));
    expect(memo.keys()).toEqual(['y', 'z', 'w']);
    get('huge', new Float64Array(1000)); // over the budget alone: kept, everything else goes
    expect(memo.keys()).toEqual(['huge']);
    get('huge');
    expect(computed.filter((k) => k === 'huge')).toEqual(['huge']);
  });

  it('measures a value that grew after it was stored when the next call comes', () => {
    const memo = new LruMemo({ maxEntries: 100, maxBytes: 2000 });
    const { get } = counting(memo);
    get('small', new Float64Array(10));
    const grows: Float64Array[] = [];
    get('lazy', grows);
    grows.push(new Float64Array(300)); // 2400 bytes, filled in after get returned
    get('next', 1);
    expect(memo.keys()).toEqual(['next']);
  });

  it('a value that counts its own bytes is asked, and a hit is not measured again', () => {
    const memo = new LruMemo({ maxEntries: 100, maxBytes: 1000 });
    let asked = 0;
    const sized = { approxBytes: () => (++asked, 600), big: new Float64Array(1000) };
    memo.get('sized', () => sized);
    expect(memo.bytes).toBe(600); // its own count, not the 8000 bytes a walk would find
    memo.get('other', () => 1); // the newest (sized) is measured again: it may have grown
    const before = asked;
    expect(memo.get('other', () => 2)).toBe(1);
    expect(memo.get('other', () => 3)).toBe(1);
    expect(asked).toBe(before); // hits on a number measure nothing
    expect(memo.bytes).toBe(608);
  });

  it('NO_MEMO computes every time', () => {
    let n = 0;
    NO_MEMO.get('k', () => ++n);
    expect(NO_MEMO.get('k', () => ++n)).toBe(2);
  });
});

describe('approxBytes', () => {
  it('counts typed arrays by buffer once, numbers, strings and nested containers', () => {
    const a = new Float64Array(16);
    expect(approxBytes(a)).toBe(128);
    expect(approxBytes({ a, view: a.subarray(4), n: 1, s: 'ab' })).toBe(128 + 8 + 4);
    expect(approxBytes(new Map([['k', [a, 2]]]))).toBe(2 + 128 + 8);
    const cyclic: { self?: unknown; x: number } = { x: 1 };
    cyclic.self = cyclic;
    expect(approxBytes(cyclic)).toBe(8);
  });
});
