import { describe, expect, it } from 'vitest';
import { createWorkspace, lossAndGradient } from '../nn';
import { minimizeProximal } from './inner';
import { relErr, smallObjective, smallProblem } from './testing';

const p = smallProblem(5);
const obj = smallObjective(p);

describe('K steps on the proximal objective', () => {
  it('with λ_FSD = λ_WSD = 0 it is exactly K GD steps on the batch loss', () => {
    const K = 37;
    const lr = 0.1;
    const run = minimizeProximal(
      obj,
      { lambdaFsd: 0, lambdaWsd: 0 },
      { method: 'gd', steps: K, lr },
    );
    const ws = createWorkspace(p.layout, p.inputs.length);
    const w = p.anchor.slice();
    const g = new Float64Array(w.length);
    const losses = [lossAndGradient(ws, w, p.inputs, p.targets, g)];
    for (let k = 0; k < K; k++) {
      for (let i = 0; i < w.length; i++) w[i] -= lr * g[i];
      losses.push(lossAndGradient(ws, w, p.inputs, p.targets, g));
    }
    expect(Array.from(run.w)).toEqual(Array.from(w));
    expect(Array.from(run.objective)).toEqual(losses);
    expect(run.status).toBe('ok');
    expect(losses[K]).toBeLessThan(losses[0]);
  });

  it('as λ_WSD → ∞ the network does not move: w − w⁽ᵏ⁾ → −∇L(w⁽ᵏ⁾)/λ_WSD', () => {
    const g = new Float64Array(p.anchor.length);
    obj.lossGradient(p.anchor, g);
    let prevNorm = Infinity;
    for (const lam of [1e2, 1e4, 1e6]) {
      // α = 1/(2λ): stable for any λ ≫ the loss curvature, contracts the WSD term by ½ per step.
      const run = minimizeProximal(
        obj,
        { lambdaFsd: 0.5, lambdaWsd: lam },
        {
          method: 'gd',
          steps: 200,
          lr: 0.5 / lam,
        },
      );
      const d = run.w.map((x, i) => x - p.anchor[i]);
      const scaled = d.map((x) => x * lam);
      // First-order closed form; the remainder is O(1/λ).
      expect(
        relErr(
          scaled,
          g.map((x) => -x),
        ),
      ).toBeLessThan(30 / lam);
      const n = Math.hypot(...d);
      expect(n).toBeLessThan(prevNorm / 50);
      prevNorm = n;
    }
    expect(prevNorm).toBeLessThan(1e-5);
  });

  it('Adam also decreases Q and stays near w⁽ᵏ⁾ when λ_WSD is huge', () => {
    const lambdas = { lambdaFsd: 1, lambdaWsd: 0.1 };
    const run = minimizeProximal(obj, lambdas, { method: 'adam', steps: 200, lr: 0.05 });
    const ref = minimizeProximal(obj, lambdas, { method: 'gd', steps: 20000, lr: 0.05 });
    expect(ref.gradNorm).toBeLessThan(1e-5);
    expect(run.objective[0]).toBeGreaterThan(1.2 * ref.terms.total);
    expect(run.terms.total).toBeLessThan(1.01 * ref.terms.total);
    const stiff = minimizeProximal(
      obj,
      { lambdaFsd: 0, lambdaWsd: 1e8 },
      {
        method: 'adam',
        steps: 200,
        lr: 0.01,
      },
    );
    // Adam's steps are ≈ α per coordinate whatever the scale, so it hovers within ~α of w⁽ᵏ⁾.
    expect(Math.sqrt(2 * stiff.terms.wsd)).toBeLessThan(0.01 * Math.sqrt(p.anchor.length));
  });

  it('divergence is a state: too large a step stops with the last finite iterate', () => {
    const run = minimizeProximal(
      obj,
      { lambdaFsd: 0, lambdaWsd: 100 },
      {
        method: 'gd',
        steps: 500,
        lr: 0.5,
      },
    );
    expect(run.status).toBe('diverged');
    expect(run.divergedAt).toBeGreaterThan(1);
    expect(run.objective.length).toBe(run.divergedAt);
    expect(run.w.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(run.terms.total)).toBe(true);
  });

  it('rejects bad options', () => {
    const l = { lambdaFsd: 0, lambdaWsd: 0 };
    expect(() => minimizeProximal(obj, l, { method: 'gd', steps: -1, lr: 0.1 })).toThrow();
    expect(() => minimizeProximal(obj, l, { method: 'gd', steps: 3, lr: NaN })).toThrow();
    expect(() =>
      minimizeProximal(obj, { lambdaFsd: -1, lambdaWsd: 0 }, { method: 'gd', steps: 3, lr: 0.1 }),
    ).toThrow();
  });
});
