import * as d3 from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear, scaleLog } from './scale';

/** A deterministic stream of numbers in [0, 1). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const DOMAINS: [number, number][] = [
  [0, 1],
  [-3, 3],
  [2.5, -1.25],
  [0.0013, 0.0097],
  [-1e6, 3e7],
  [5, 5],
  [-0.4, 1.7],
];

describe('scaleLinear', () => {
  it('maps, inverts, clamps, ticks and nices as d3-scale does', () => {
    const r = rng(1);
    for (const d of DOMAINS)
      for (const range of [
        [0, 480],
        [360, 0],
      ])
        for (const clamp of [false, true]) {
          const ours = scaleLinear().domain(d).range(range).clamp(clamp);
          const ref = d3.scaleLinear().domain(d).range(range).clamp(clamp);
          for (let i = 0; i < 50; i++) {
            const x = d[0] + (d[1] - d[0] + 1) * (3 * r() - 1);
            expect(ours(x)).toBe(ref(x));
            const y = range[0] + (range[1] - range[0]) * (3 * r() - 1);
            expect(ours.invert(y)).toBe(ref.invert(y));
          }
          for (const n of [3, 5, 6, 10]) expect(ours.ticks(n)).toEqual(ref.ticks(n));
          expect(ours.domain()).toEqual(ref.domain());
          expect(ours.nice(5).domain()).toEqual(ref.nice(5).domain());
          expect(ours.nice().domain()).toEqual(ref.nice().domain());
        }
  });

  it('maps NaN to undefined, as d3-scale does', () => {
    expect(scaleLinear()(NaN)).toBeUndefined();
    expect(d3.scaleLinear()(NaN)).toBeUndefined();
  });
});

describe('scaleLog', () => {
  it('maps, inverts, clamps and ticks as d3-scale does', () => {
    const r = rng(2);
    const domains: [number, number][] = [
      [1, 10],
      [1e-8, 10],
      [3e-3, 4.2],
      [1e3, 1e-2],
      [0.5, 0.9],
      [1, 1e15],
      [-100, -0.1],
    ];
    for (const d of domains)
      for (const clamp of [false, true]) {
        const ours = scaleLog().domain(d).range([200, 0]).clamp(clamp);
        const ref = d3.scaleLog().domain(d).range([200, 0]).clamp(clamp);
        for (let i = 0; i < 50; i++) {
          const x = d[0] * Math.exp(6 * (r() - 0.3));
          expect(ours(x)).toBe(ref(x));
          const y = 300 * r() - 50;
          expect(ours.invert(y)).toBe(ref.invert(y));
        }
        for (const n of [4, 5, 6, 10]) expect(ours.ticks(n)).toEqual(ref.ticks(n));
      }
  });
});

describe('scaleBand', () => {
  it('lays out bands as d3-scale does', () => {
    for (const names of [['a'], ['a', 'b', 'c'], ['G', 'F', 'H', 'I', 'J']])
      for (const range of [
        [0, 300],
        [240, 10],
      ] as [number, number][])
        for (const p of [0, 0.1, 0.25]) {
          const ours = scaleBand().domain(names).range(range).padding(p);
          const ref = d3.scaleBand().domain(names).range(range).padding(p);
          expect(ours.bandwidth()).toBe(ref.bandwidth());
          for (const n of [...names, 'missing']) expect(ours(n)).toBe(ref(n));
        }
  });
});
