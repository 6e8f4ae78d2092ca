import { describe, expect, it } from 'vitest';
import { contourLevels, objectiveXY, sampleGrid } from './grid';
import { getObjective } from '../objectives';
import { randomPoints } from '../testing';
import { PROBLEM_IDS } from '../types';

describe('sampleGrid', () => {
  it('is row-major with x fastest and row 0 at y_min, edges included', () => {
    const v = sampleGrid(
      (x, y) => x + 1000 * y,
      [
        [-1, 2],
        [10, 20],
      ],
      4,
      3,
    );
    expect(Array.from(v)).toEqual([
      9999, 10000, 10001, 10002, 14999, 15000, 15001, 15002, 19999, 20000, 20001, 20002,
    ]);
  });

  it('reuses an output buffer', () => {
    const out = new Float64Array(6);
    expect(
      sampleGrid(
        () => 1,
        [
          [0, 1],
          [0, 1],
        ],
        3,
        2,
        out,
      ),
    ).toBe(out);
    expect(() =>
      sampleGrid(
        () => 1,
        [
          [0, 1],
          [0, 1],
        ],
        3,
        3,
        out,
      ),
    ).toThrow(RangeError);
  });

  it('objectiveXY evaluates the objective', () => {
    for (const id of PROBLEM_IDS) {
      const obj = getObjective(id);
      const f = objectiveXY(obj);
      for (const w of randomPoints(obj, 5, 2)) expect(f(w[0], w[1])).toBe(obj.value(w));
    }
  });
});

describe('contourLevels', () => {
  it('gives log-spaced levels above the minimum for Rosenbrock, spanning decades', () => {
    const obj = getObjective('rosenbrock');
    const v = sampleGrid(objectiveXY(obj), obj.domain, 128, 128);
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of v) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    const levels = contourLevels(v, 12, true);
    expect(levels.length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThan(levels[i - 1]);
    expect(levels[0]).toBeGreaterThan(lo);
    expect(levels.at(-1)!).toBeLessThan(hi);
    // Log spacing: the gaps above the minimum grow geometrically, over ≥ 3 decades.
    expect((levels.at(-1)! - lo) / (levels[0] - lo)).toBeGreaterThan(1e3);
    const r1 = (levels[2] - lo) / (levels[1] - lo);
    const r2 = (levels[9] - lo) / (levels[8] - lo);
    expect(Math.abs(Math.log(r1 / r2))).toBeLessThan(0.2);
  });

  it('gives evenly spaced round levels for linear mode', () => {
    const obj = getObjective('quadratic');
    const v = sampleGrid(objectiveXY(obj), obj.domain, 64, 64);
    const levels = contourLevels(v, 10, false);
    expect(levels.length).toBeGreaterThanOrEqual(4);
    expect(levels.length).toBeLessThanOrEqual(11);
    const step = levels[1] - levels[0];
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeCloseTo(step, 9);
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    expect([1, 2, 2.5, 5]).toContainEqual(expect.closeTo(mantissa, 9));
  });

  it('ignores non-finite values', () => {
    const clean = Float64Array.from({ length: 100 }, (_, i) => i * i);
    const dirty = Float64Array.from([...clean, NaN, Infinity, -Infinity]);
    for (const log of [true, false]) {
      expect(contourLevels(dirty, 8, log)).toEqual(contourLevels(clean, 8, log));
      expect(contourLevels(dirty, 8, log).every(Number.isFinite)).toBe(true);
    }
    expect(contourLevels([NaN, NaN], 5, true)).toEqual([]);
  });
});
