import { describe, expect, it } from 'vitest';
import { CYCLE_RTOL, detectCycle } from './cycling';
import { LOGISTIC_DAMPED_TWO_CYCLE_ETA as ETA_STAR } from './logistic1d';
import { runMethod } from './methods';
import { getObjective } from '../objectives';
import type { Vec2 } from '../types';

/** Flat iterates of w_{k+1} = next(w_k) for n steps. */
function orbit(w0: Vec2, n: number, next: (w: Vec2, k: number) => Vec2): Float64Array {
  const out = new Float64Array(2 * (n + 1));
  let w = w0;
  for (let k = 0; k <= n; k++) {
    out[2 * k] = w[0];
    out[2 * k + 1] = w[1];
    w = next(w, k);
  }
  return out;
}

describe('detectCycle (docs/panels/damping.md: the cycling status)', () => {
  it('finds an exact 2-cycle and 3-cycle with their periods', () => {
    const two = orbit([1, 0], 30, ([x, y]) => [-x, y]);
    expect(detectCycle(two, 30)).toEqual({ period: 2, window: 12, closeness: 0 });
    const turn = (2 * Math.PI) / 3;
    const three = orbit([1, 0], 30, ([x, y]) => [
      Math.cos(turn) * x - Math.sin(turn) * y,
      Math.sin(turn) * x + Math.cos(turn) * y,
    ]);
    const c = detectCycle(three, 30);
    expect(c?.period).toBe(3);
    expect(c!.closeness).toBeLessThan(1e-12);
  });

  it('does not call monotone or visibly damped oscillating convergence a cycle', () => {
    expect(
      detectCycle(
        orbit([1, 1], 50, ([x, y]) => [0.9 * x, 0.5 * y]),
        50,
      ),
    ).toBeNull();
    // w ↦ −ρw comes back (1 − ρ) of a step short every 2 steps: a cycle only once 1 − ρ ≤ 1%.
    expect(
      detectCycle(
        orbit([1, 0], 50, ([x]) => [-0.95 * x, 0]),
        50,
      ),
    ).toBeNull();
    expect(
      detectCycle(
        orbit([1, 0], 50, ([x]) => [-0.995 * x, 0]),
        50,
      )?.period,
    ).toBe(2);
    expect(1 - 0.995).toBeLessThan(CYCLE_RTOL);
  });

  it('needs 12 steps of evidence, and long steps', () => {
    expect(
      detectCycle(
        orbit([1, 0], 11, ([x]) => [-x, 0]),
        11,
      ),
    ).toBeNull();
    expect(
      detectCycle(
        orbit([1e-12, 0], 30, ([x]) => [-x, 0]),
        30,
      ),
    ).toBeNull();
  });
});

describe('damped Newton on the logistic example cycles exactly below η* from far starts', () => {
  const obj = getObjective('logistic');
  const run = (x0: Vec2, eta: number, maxSteps = 500) =>
    runMethod(obj, 'damped-newton', x0, { lr: 1, eta, maxSteps });

  it('cycles just below η* and converges just above it, from (6, 0.5) and (−40, 30)', () => {
    for (const x0 of [
      [6, 0.5],
      [-40, 30],
    ] as Vec2[]) {
      const below = run(x0, 0.99 * ETA_STAR);
      expect(below.status).toBe('cycling');
      expect(below.cycle?.period).toBe(2);
      expect(run(x0, 1.01 * ETA_STAR).status).toBe('converged');
    }
  });

  it('the issue’s example: η = 0.01 from (2.3, 0.5) cycles with period 2 within 60 steps', () => {
    const r = run([2.3, 0.5], 0.01, 60);
    expect(r).toMatchObject({ status: 'cycling', steps: 60, cycle: { period: 2, window: 12 } });
    expect(r.reason).toMatch(/period 2/);
  });

  it('leaves converging, diverging and slowly progressing runs alone', () => {
    expect(run([2.3, 0.5], 0.1).status).toBe('converged');
    const newton = runMethod(obj, 'newton', [2.3, 0.5], { lr: 1, eta: 0, maxSteps: 60 });
    expect(newton.status).toBe('diverged');
    const gd = runMethod(getObjective('rosenbrock'), 'gd', [-1.2, 1], {
      lr: 1e-3,
      eta: 0,
      maxSteps: 50,
    });
    expect(gd.status).toBe('max-steps');
    expect(gd.cycle).toBeUndefined();
  });
});
