import { describe, expect, it } from 'vitest';
import { createWorkspace, forward, gaussNewtonMatrix } from '../nn';
import { symmetricEigenvalues } from '../nn/testing';
import { createProximalObjective } from './objective';
import { topCurvature } from './stability';
import { smallProblem } from './testing';

describe('the stable-step estimate 2/L', () => {
  it('L is the top eigenvalue of G_B + λ_FSD G_FSD at w⁽ᵏ⁾ (dense engine matrices)', () => {
    const p = smallProblem(21);
    const P = p.layout.paramCount;
    const obj = createProximalObjective(p.layout, p.anchor, {
      inputs: p.inputs,
      targets: p.targets,
      fsdInputs: p.wide,
    });
    const dense = (x: Float64Array) => {
      const ws = createWorkspace(p.layout, x.length);
      forward(ws, p.anchor, x);
      return gaussNewtonMatrix(ws, p.anchor, new Float64Array(P * P));
    };
    const gb = dense(p.inputs);
    const gf = dense(p.wide);
    for (const lam of [0, 0.5, 7]) {
      const m = gb.map((x, i) => x + lam * gf[i]);
      const top = symmetricEigenvalues(m, P).at(-1)!;
      expect(topCurvature(obj, lam, 200)).toBeCloseTo(top, 6);
    }
  });
});
