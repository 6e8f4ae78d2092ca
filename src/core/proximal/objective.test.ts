import { describe, expect, it } from 'vitest';
import { createLayout, createRng, createWorkspace, loss } from '../nn';
import { createProximalObjective } from './objective';
import { relErr, smallObjective, smallProblem } from './testing';

describe('proximal objective', () => {
  const p = smallProblem(3);
  const rng = createRng(9);
  const w = Float64Array.from(p.anchor, (a) => a + 0.3 * rng.normal());

  it.each([
    ['batch', { lambdaFsd: 0.7, lambdaWsd: 0.3 }],
    ['wide', { lambdaFsd: 2.5, lambdaWsd: 0 }],
    ['wide', { lambdaFsd: 0, lambdaWsd: 4 }],
  ] as const)('gradient matches central differences (FSD on %s, %o)', (where, lambdas) => {
    const obj = smallObjective(p, where === 'batch' ? p.inputs : p.wide);
    const grad = new Float64Array(w.length);
    obj.evaluate(w, lambdas, grad);
    const fd = new Float64Array(w.length);
    const eps = 1e-6;
    for (let i = 0; i < w.length; i++) {
      const x = w.slice();
      x[i] += eps;
      const up = obj.evaluate(x, lambdas).total;
      x[i] -= 2 * eps;
      fd[i] = (up - obj.evaluate(x, lambdas).total) / (2 * eps);
    }
    expect(relErr(grad, fd)).toBeLessThan(1e-7);
  });

  it('the optimizer’s valueAndGradient equals evaluate (and skips nothing that matters)', () => {
    const obj = smallObjective(p);
    for (const lambdas of [
      { lambdaFsd: 0, lambdaWsd: 0.4 },
      { lambdaFsd: 1.5, lambdaWsd: 0.4 },
    ]) {
      const g1 = new Float64Array(w.length);
      const g2 = new Float64Array(w.length);
      const total = obj.evaluate(w, lambdas, g1).total;
      expect(obj.valueAndGradient(w, lambdas, g2)).toBeCloseTo(total, 13);
      expect(relErr(g1, g2)).toBeLessThan(1e-14);
    }
  });

  it('terms: the batch loss of the engine, zero FSD and WSD at the anchor, ½‖Δw‖² off it', () => {
    const obj = smallObjective(p);
    const at = obj.evaluate(p.anchor, { lambdaFsd: 5, lambdaWsd: 5 });
    expect(at.fsd).toBe(0);
    expect(at.wsd).toBe(0);
    const ws = createWorkspace(p.layout, p.inputs.length);
    expect(at.total).toBe(loss(ws, p.anchor, p.inputs, p.targets));
    const off = obj.evaluate(w, { lambdaFsd: 2, lambdaWsd: 3 });
    let sq = 0;
    for (let i = 0; i < w.length; i++) sq += (w[i] - p.anchor[i]) ** 2;
    expect(off.wsd).toBeCloseTo(sq / 2, 12);
    expect(off.total).toBeCloseTo(off.loss + 2 * off.fsd + 3 * off.wsd, 12);
  });

  it('FSD of a linear model is ½·mean((Δa·x + Δb)²) in closed form', () => {
    const layout = createLayout({
      sizes: [1, 1],
      activations: ['linear'],
      output: 'squared-error',
    });
    // Layout: W̄ = [a | b] column-major → w = [a, b].
    const anchor = new Float64Array([0.5, -0.2]);
    const xs = new Float64Array([-1, 0, 2]);
    const obj = createProximalObjective(layout, anchor, {
      inputs: new Float64Array([1]),
      targets: new Float64Array([0]),
      fsdInputs: xs,
    });
    const w = new Float64Array([1.5, 0.3]);
    const want = (0.5 * ((-1 + 0.5) ** 2 + 0.5 ** 2 + (2 + 0.5) ** 2)) / 3;
    expect(obj.evaluate(w, { lambdaFsd: 1, lambdaWsd: 0 }).fsd).toBeCloseTo(want, 14);
  });

  it('rejects outputs it has no ρ for and malformed data', () => {
    const ce = createLayout({ sizes: [1, 2], activations: ['linear'], output: 'softmax-ce' });
    const data = {
      inputs: new Float64Array([0]),
      targets: new Float64Array([1, 0]),
      fsdInputs: new Float64Array([0]),
    };
    expect(() => createProximalObjective(ce, new Float64Array(4), data)).toThrow(/squared-error/);
    expect(() =>
      createProximalObjective(p.layout, p.anchor, { ...data, targets: new Float64Array(3) }),
    ).toThrow(/batch/);
  });
});
