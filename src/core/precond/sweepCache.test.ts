import { describe, expect, it } from 'vitest';
import { precondObjective } from './angledQuadratic';
import { SWEEP_ETAS } from './computeInvariance';
import { deviationSweep, INV_RULES } from './invariance';
import { withCurvatureStructure } from './likelihood';
import { DeviationSweepCache, truncateRun } from './sweepCache';
import { randomInvertible, randomVec } from '../testing';
import { PROBLEM_IDS, type Vec2 } from '../types';

const START: Record<(typeof PROBLEM_IDS)[number], Vec2> = {
  quadratic: [-2, 1.5],
  rosenbrock: [-1.2, 1],
  logistic: [2.3, 0.5], // undamped Newton diverges from here: the cut must respect it
  saddle: [1.5, 0.25],
  himmelblau: [-0.5, 0.5],
};

describe('deviation sweep, incremental in the step budget', () => {
  it('answers every budget exactly as a direct computation would', () => {
    const M = randomInvertible(7, 8);
    const c = randomVec(8, 0.3);
    for (const id of PROBLEM_IDS) {
      const problem = withCurvatureStructure(id, precondObjective(id, { kappa: 20 })).problem;
      const T = { A: M(), c: c() };
      const lr = id === 'rosenbrock' ? 0.001 : id === 'himmelblau' ? 0.01 : 0.1;
      const cache = new DeviationSweepCache(
        { problem, T, theta0: START[id], lr, etas: SWEEP_ETAS },
        120,
      );
      // Up (the horizon doubles), down, and jumps, as a slider drag and clicks would ask.
      for (const steps of [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 120, 60, 7, 1, 99]) {
        for (const m of INV_RULES) {
          const direct = deviationSweep(
            problem,
            T,
            m,
            START[id],
            { lr, maxSteps: steps },
            SWEEP_ETAS,
          );
          expect(Array.from(cache.relative(m, steps)), `${id} ${m} steps=${steps}`).toEqual(
            Array.from(direct),
          );
        }
      }
    }
  });

  it('cuts a longer run as a shorter budget would have stopped it', () => {
    const run = {
      status: 'converged' as const,
      steps: 4,
      iterates: Float64Array.from({ length: 10 }, (_, i) => i),
      loss: Float64Array.from({ length: 5 }, (_, i) => i),
      reason: 'done',
    };
    expect(truncateRun(run, 2)).toMatchObject({ status: 'max-steps', steps: 2 });
    expect(truncateRun(run, 2)!.iterates).toHaveLength(6);
    expect(truncateRun(run, 6)).toBe(run); // stopped before the budget binds: the same run
    expect(truncateRun(run, 4)).toBeNull(); // stopped exactly at the budget: cannot be told
    expect(truncateRun({ ...run, status: 'max-steps' }, 4)).toMatchObject({ steps: 4 });
  });
});
