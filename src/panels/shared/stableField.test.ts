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
