import { describe, expect, it } from 'vitest';
import { computeOpt2d, type Opt2dRequest } from './compute';
import { slideRequest } from './testing';

const base: Opt2dRequest = slideRequest({ eta: 0, fieldResolution: 32 });

describe('computeOpt2d', () => {
  it('sends the contour field only when the caller does not hold it', () => {
    const a = computeOpt2d(base);
    expect(a.field?.values.length).toBe(32 * 32);
    const b = computeOpt2d({ ...base, eta: 1, knownFieldKey: a.fieldKey });
    expect(b.field).toBeNull();
    const c = computeOpt2d({ ...base, problem: 'rosenbrock', knownFieldKey: a.fieldKey });
    expect(c.field).not.toBeNull();
  });

  it('reproduces the slide: undamped Newton diverges from (2.3, 0.5), damped converges', () => {
    const out = computeOpt2d({ ...base, eta: 1 });
    expect(out.runs[0].status).toBe('diverged');
    expect(out.runs[1].status).toBe('converged');
    expect(out.endKinds[1]).toBe('min');
  });

  it('analyses iterate k, clamped to the run, with the damped step and damping path', () => {
    const out = computeOpt2d({ ...base, eta: 0.5, k: 999 });
    const last = out.runs[1].steps;
    expect(out.focus.k).toBe(last);
    const at0 = computeOpt2d({ ...base, eta: 0.5, k: 0 });
    expect(at0.focus.w).toEqual([2.3, 0.5]);
    // The damped step at the current η is (H + ηI)⁻¹ applied to −∇J, diagonal here.
    const h = (x: number) => 0.5 / Math.cosh(x / 2) ** 2;
    expect(at0.damping.current![0]).toBeCloseTo(-Math.tanh(1.15) / (h(2.3) + 0.5), 12);
    expect(at0.damping.etas.length * 2).toBe(at0.damping.steps.length);
    // The Taylor model at a convex point is bounded and its minimizer is the Newton iterate.
    expect(at0.taylor.kind).toBe('bounded');
    expect(at0.taylor.minimizer![0]).toBeCloseTo(2.3 - Math.tanh(1.15) / h(2.3), 10);
  });
});
