import { describe, expect, it } from 'vitest';
import { transformedField } from '../../core/field/field';
import { getObjective } from '../../core/objectives';
import type { Domain2 } from '../../core/field/domain';
import { createReusedField } from './stableField';

const view: Domain2 = [
  [-1, 1],
  [-1, 1],
];
const obj = getObjective('rosenbrock', { kappa: 10 });

describe('createReusedField', () => {
  it('keeps the sampled field while it covers the view through the new map, then samples anew', () => {
    const place = createReusedField();
    const first = place(transformedField(obj, 'r', { A: [1, 0, 0, 1], c: [0, 0] }, view, 16, 1.3))!;
    expect(first.toView).toEqual({ P: [1, 0, 0, 1], p: [0, 0] });
    const near = transformedField(obj, 'r', { A: [1.05, 0, 0, 1], c: [0.02, 0] }, view, 16, 1.3);
    const second = place(near)!;
    expect(second.field).toBe(first.field); // same object: its contour paths are kept
    expect(second.view).toBe(first.view);
    expect(second.toView.P[0]).toBeCloseTo(1 / 1.05, 12);
    const far = transformedField(obj, 'r', { A: [2, 0, 0, 1], c: [0, 0] }, view, 16, 1.3);
    const third = place(far)!;
    expect(third.field).not.toBe(first.field);
    expect(third.field.values).toBe(far.values);
    expect(third.toView).toEqual({ P: [1, 0, 0, 1], p: [0, 0] });
  });

  it('never reuses a field of another objective', () => {
    const place = createReusedField();
    const T = { A: [1, 0, 0, 1] as const, c: [0, 0] as const };
    const a = place(transformedField(obj, 'a', { A: [...T.A], c: [...T.c] }, view, 16, 1.3))!;
    const b = place(transformedField(obj, 'b', { A: [...T.A], c: [...T.c] }, view, 16, 1.3))!;
    expect(b.field).not.toBe(a.field);
  });
});

describe('createReusedField near its limits', () => {
  const T0 = { A: [1, 0, 0, 1] as [number, number, number, number], c: [0, 0] as [number, number] };

  it('keeps the old field for the frame but asks for a refresh past MAX_STRETCH', () => {
    const place = createReusedField();
    const first = place(transformedField(obj, 'r', T0, view, 16, 1.3))!;
    const stretched = transformedField(obj, 'r', { A: [0.7, 0, 0, 1], c: [0, 0] }, view, 16, 1.3);
    const shown = place(stretched)!;
    expect(shown.field).toBe(first.field);
    expect(shown.due).toBe(true);
    expect(shown.toView.P[0]).toBeCloseTo(1 / 0.7, 12); // a stretch of 1.43
    place.adopt(stretched);
    const after = place(stretched)!;
    expect(after.field.values).toBe(stretched.values);
    expect(after.toView).toEqual({ P: [1, 0, 0, 1], p: [0, 0] });
    expect(after.due).toBe(false);
  });

  it('asks for a refresh when the view nears the edge of the samples', () => {
    const place = createReusedField();
    place(transformedField(obj, 'r', T0, view, 16, 1.3));
    // The samples reach 1.3 on each side: a shift of 0.25 leaves 0.05 of margin (< 10 %).
    const shifted = place(transformedField(obj, 'r', { A: T0.A, c: [0.25, 0] }, view, 16, 1.3))!;
    expect(shifted.due).toBe(true);
    const small = place(transformedField(obj, 'r', { A: T0.A, c: [0.01, 0] }, view, 16, 1.3))!;
    expect(small.due).toBe(false);
  });
});
