import { describe, expect, it } from 'vitest';
import { logGrid } from '../newton/dampingPath';
import { PROBLEM_IDS, type Mat2, type Vec2 } from '../types';
import { precondObjective } from './angledQuadratic';
import { deviationSweep, INV_RULES, isDefined, runPair } from './invariance';
import { withCurvatureStructure } from './likelihood';
import { randomInvertible, randomVec } from '../testing';

const DEFAULT_LR = {
  quadratic: 0.15,
  rosenbrock: 0.001,
  logistic: 1,
  saddle: 0.2,
  himmelblau: 0.01,
};
// Starts from which every undamped method converges (the logistic's slide start diverges; below).
const START: Record<(typeof PROBLEM_IDS)[number], Vec2> = {
  quadratic: [-2, 1.5],
  rosenbrock: [-1.2, 1],
  logistic: [2, 0.5],
  saddle: [1.5, 0.25],
  himmelblau: [-0.5, 0.5],
};
const SKEW: Mat2 = [1.6, 0.5, -0.3, 0.7];

function setup(id: (typeof PROBLEM_IDS)[number]) {
  const obj = precondObjective(id, { kappa: 20 });
  return withCurvatureStructure(id, obj).problem;
}

describe('affine invariance (θ = Mφ + c)', () => {
  const genM = randomInvertible(31, 10);
  const genC = randomVec(32, 1);

  it.each(PROBLEM_IDS)('%s: undamped Newton, GN and NGD are invariant to rounding', (id) => {
    const p = setup(id);
    for (let i = 0; i < 20; i++) {
      const T = { A: genM(), c: genC() };
      for (const m of ['H', 'G', 'F'] as const) {
        if (!isDefined(p, m)) continue;
        const r = runPair(p, T, m, START[id], { lr: 1, eta: 0, maxSteps: 50 })!;
        expect(r.theta.status).toBe('converged');
        expect(r.phi.status).toBe('converged');
        expect(Math.abs(r.theta.steps - r.phi.steps)).toBeLessThanOrEqual(1);
        expect(r.deviation.max).toBeLessThan(1e-10 * Math.max(1, r.deviation.travelled));
      }
    }
  });

  it.each(PROBLEM_IDS)('%s: gradient descent is not invariant', (id) => {
    const p = setup(id);
    const r = runPair(p, { A: SKEW, c: [0.2, -0.1] }, 'gd', START[id], {
      lr: DEFAULT_LR[id],
      eta: 0,
      maxSteps: 50,
    })!;
    expect(r.deviation.relative).toBeGreaterThan(0.05);
  });

  it.each(PROBLEM_IDS)('%s: damped Newton is not invariant, more so as η grows', (id) => {
    const p = setup(id);
    const T = { A: SKEW, c: [0.2, -0.1] as Vec2 };
    const dev = (eta: number) =>
      runPair(p, T, 'H', START[id], { lr: 1, eta, maxSteps: 50 })!.deviation.relative;
    expect(dev(0)).toBeLessThan(1e-12);
    expect(dev(1e-6)).toBeGreaterThan(1e3 * dev(0));
    expect(dev(1e-4)).toBeGreaterThan(dev(1e-6));
    expect(dev(1e-2)).toBeGreaterThan(dev(1e-4));
    expect(dev(0.1)).toBeGreaterThan(1e-3);
  });

  it('rotations preserve Euclidean distance: there GD and damped Newton are invariant too', () => {
    const p = setup('rosenbrock');
    const t = 0.7;
    const T = {
      A: [Math.cos(t), -Math.sin(t), Math.sin(t), Math.cos(t)] as Mat2,
      c: [0.3, 0.1] as Vec2,
    };
    for (const [m, eta] of [
      ['gd', 0],
      ['H', 0.5],
      ['G', 3],
    ] as const) {
      const r = runPair(p, T, m, START.rosenbrock, { lr: 0.001, eta, maxSteps: 50 })!;
      expect(r.deviation.max).toBeLessThan(1e-12);
    }
  });

  it('diverging runs diverge at the same step; they are compared before the blow-up', () => {
    const p = setup('logistic');
    for (const m of ['H', 'G', 'F'] as const) {
      const r = runPair(p, { A: SKEW, c: [0, 0] }, m, [2.3, 0.5], { lr: 1, eta: 0, maxSteps: 60 })!;
      expect(r.theta.status).toBe('diverged');
      expect(r.phi.divergedAt).toBe(r.theta.divergedAt);
      expect(r.deviation.compared).toBe(r.theta.divergedAt);
      expect(r.deviation.relative).toBeLessThan(1e-10);
    }
  });

  it('GN and NGD are undefined on the saddle; the sweep is NaN there and flat for GD', () => {
    const p = setup('saddle');
    const T = { A: SKEW, c: [0, 0] as Vec2 };
    expect(runPair(p, T, 'G', START.saddle, { lr: 1, eta: 0, maxSteps: 5 })).toBeNull();
    const etas = logGrid(1e-4, 1e3, 8);
    const opts = { lr: 0.2, maxSteps: 30 };
    expect(
      Array.from(deviationSweep(p, T, 'F', START.saddle, opts, etas)).every(Number.isNaN),
    ).toBe(true);
    const gd = deviationSweep(p, T, 'gd', START.saddle, opts, etas);
    expect(new Set(gd).size).toBe(1);
    const newton = deviationSweep(p, T, 'H', START.saddle, opts, etas);
    expect(newton[0]).toBeLessThan(newton[3]);
    expect(INV_RULES).toEqual(['gd', 'H', 'G', 'F']);
  });
});
