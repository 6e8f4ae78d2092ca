import { describe, expect, it } from 'vitest';
import { ETA_DECL } from '../params/testing';
import { formatValue, LOG_NOTCHES, sliderMapping, spokenValue } from './sliderMapping';

const eta = ETA_DECL;

describe('declared slider mapping', () => {
  it('a log slider with a zero meaning has an exact-zero notch left of min', () => {
    const m = sliderMapping(eta);
    expect([m.lo, m.hi, m.step]).toEqual([-1, LOG_NOTCHES, 1]);
    expect(m.fromPos(-1)).toBe(0);
    expect(m.toPos(0)).toBe(-1);
    expect(m.fromPos(0)).toBe(1e-4);
    expect(m.fromPos(LOG_NOTCHES)).toBe(1e3);
    // Equal ratios: the middle notch is the geometric mean (values keep 3 significant digits).
    expect(m.fromPos(LOG_NOTCHES / 2) / Math.sqrt(1e-4 * 1e3)).toBeCloseTo(1, 2);
    for (const v of [1e-3, 0.1, 1, 42]) expect(m.fromPos(m.toPos(v)) / v).toBeCloseTo(1, 1);
  });

  it('a log slider without a zero meaning starts at min; linear sliders use the value', () => {
    expect(sliderMapping({ ...eta, zero: undefined }).toPos(0)).toBe(0);
    const lin = sliderMapping({ min: 1, max: 500, integer: true });
    expect([lin.lo, lin.hi, lin.step, lin.toPos(17)]).toEqual([1, 500, 1, 17]);
    expect(sliderMapping({ min: 0, max: 2 }).step).toBe(0.01);
  });

  it('shows integers exactly and other values to three digits', () => {
    expect(formatValue(1234, true)).toBe('1234');
    expect(formatValue(1234)).toBe('1230');
    expect(formatValue(0.000123)).toBe('1.23e-4');
  });

  it('speaks the value with its meaning and scale', () => {
    expect(spokenValue(eta, 0.1)).toBe('η = 0.1, log scale, 0 means undamped');
    expect(spokenValue(eta, 0)).toBe('η = 0 (undamped), log scale');
    expect(
      spokenValue(
        { kind: 'number', label: 'Budget', min: 1, max: 60, unit: 's', default: 5, help: '' },
        5,
      ),
    ).toBe('Budget = 5 s');
  });

  it('shows integers exactly (iteration counts, seeds), other values to 3 digits', () => {
    expect(formatValue(1234, true)).toBe('1234');
    expect(formatValue(1234.5)).toBe('1230');
    expect(formatValue(0.012345)).toBe('0.0123');
    expect(formatValue(20000)).toBe('2.00e+4');
  });
});
