import { describe, expect, it } from 'vitest';
import { CodecOverflow, decode, encodeInto } from './codec';
import { computeOpt2d } from '../core/newton/compute';

const roundTrip = (v: unknown, buffer: ArrayBufferLike = new ArrayBuffer(1 << 22)) => {
  const out = new Uint8Array(buffer);
  const n = encodeInto(v, out);
  return decode(new Uint8Array(out.slice(0, n)));
};

describe('lane codec', () => {
  it('round-trips plain values, including NaN, ±∞, −0, unicode and undefined fields', () => {
    const v = {
      a: [1, -0, NaN, Infinity, -Infinity, 1e-310, Number.MAX_VALUE],
      s: 'κ(H̃) = 1 — ∇f',
      b: [true, false, null],
      nested: { deeper: { list: [[1, 2], [], {}] } },
      u: undefined,
    };
    const r = roundTrip(v) as typeof v;
    expect(r).toEqual(v);
    expect(Object.is(r.a[1], -0)).toBe(true);
    expect('u' in r).toBe(true);
  });

  it('round-trips typed arrays at odd offsets, as owned copies', () => {
    const base = new Float64Array([1.5, NaN, -2, 3]);
    const v = {
      s: 'x', // an odd number of bytes before the array, so alignment padding is exercised
      f: base.subarray(1, 3),
      i: new Int32Array([-7, 8]),
      u: new Uint8Array([1, 2, 3]),
      g: new Float32Array([0.5]),
    };
    const r = roundTrip(v) as typeof v;
    expect(r.f).toBeInstanceOf(Float64Array);
    expect(Array.from(r.f)).toEqual([NaN, -2]);
    expect(r.f.buffer.byteLength).toBe(16);
    expect(Array.from(r.i)).toEqual([-7, 8]);
    expect(Array.from(r.u)).toEqual([1, 2, 3]);
    expect(Array.from(r.g)).toEqual([0.5]);
  });

  it('writes into shared memory and reads a real job result back identically', () => {
    const req = {
      problem: 'rosenbrock' as const,
      kappa: 10,
      x0: [-1.2, 1] as const,
      lr: 0.001,
      eta: 1,
      steps: 50,
      methods: ['gd', 'newton', 'damped-newton', 'pd-newton'] as const,
      focus: 'newton' as const,
      k: 3,
      knownFieldKey: null,
      fieldResolution: 64,
    };
    const result = computeOpt2d(req);
    expect(roundTrip(result, new SharedArrayBuffer(1 << 22))).toEqual(result);
  });

  it('keeps "__proto__" keys as data, and reports values that do not fit', () => {
    const evil = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    const r = roundTrip(evil) as Record<string, unknown>;
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(r)).toEqual(['__proto__']);
    expect(() => encodeInto(new Float64Array(100), new Uint8Array(64))).toThrow(CodecOverflow);
  });
});
