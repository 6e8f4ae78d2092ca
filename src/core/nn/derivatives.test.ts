import { describe, expect, it } from 'vitest';
import { loss, lossAndGradient, perExampleGradients, vjp } from './backward';
import { createWorkspace, forward } from './forward';
import { jvp } from './gauss-newton';
import { hessianVec } from './hessian';
import { ACTIVATIONS, OUTPUT_KINDS, type Activation, type OutputKind } from './mlp';
import { centralDiff, makeProblem, randomVector, relErr } from './testing';

// Central differences with ε = 1e-5 have truncation error O(ε²) ≈ 1e-10 and cancellation error
// ≈ 1e-16/ε ≈ 1e-11, relative; 1e-6 leaves room for conditioning yet catches any wrong term.
const TOL = 1e-6;

interface Case {
  name: string;
  hidden: Activation;
  last: Activation;
  output: OutputKind;
}

const cases: Case[] = [];
for (const hidden of ACTIVATIONS) {
  for (const output of OUTPUT_KINDS)
    cases.push({ name: `${hidden}/${output}`, hidden, last: 'linear', output });
  // A nonlinear last layer exercises φ' and φ'' at the output too.
  cases.push({
    name: `${hidden}/squared-error, ${hidden} output`,
    hidden,
    last: hidden,
    output: 'squared-error',
  });
}

function setup(c: Case, seed: number) {
  return makeProblem([3, 4, 5, 3], [c.hidden, c.hidden, c.last], c.output, 6, seed);
}

describe.each(cases)('derivatives vs central differences: $name', (c) => {
  it('gradient of the mean loss', () => {
    const { ws, params, inputs, targets, layout } = setup(c, 11);
    const grad = new Float64Array(layout.paramCount);
    lossAndGradient(ws, params, inputs, targets, grad);
    const fd = new Float64Array(layout.paramCount);
    const e = new Float64Array(layout.paramCount);
    for (let p = 0; p < layout.paramCount; p++) {
      e[p] = 1;
      fd[p] = centralDiff((w) => [loss(ws, w, inputs, targets)], params, e)[0];
      e[p] = 0;
    }
    expect(relErr(grad, fd)).toBeLessThan(TOL);
  });

  it('JVP (R-op on the forward pass)', () => {
    const { ws, params, inputs, rng, layout } = setup(c, 12);
    const v = randomVector(layout.paramCount, rng);
    forward(ws, params, inputs);
    const jv = jvp(ws, params, v, new Float64Array(ws.batch * layout.outputDim));
    const fd = centralDiff((w) => forward(ws, w, inputs), params, v);
    expect(relErr(jv, fd)).toBeLessThan(TOL);
  });

  it('VJP is the adjoint of the JVP: uᵀ(Jv) = (Jᵀu)ᵀv', () => {
    const { ws, params, inputs, rng, layout } = setup(c, 13);
    const v = randomVector(layout.paramCount, rng);
    const u = randomVector(ws.batch * layout.outputDim, rng);
    forward(ws, params, inputs);
    const jv = jvp(ws, params, v);
    const jtu = vjp(ws, params, u, new Float64Array(layout.paramCount));
    let lhs = 0;
    for (let i = 0; i < u.length; i++) lhs += u[i] * jv[i];
    let rhs = 0;
    for (let i = 0; i < v.length; i++) rhs += jtu[i] * v[i];
    expect(Math.abs(lhs - rhs)).toBeLessThan(1e-12 * (Math.abs(lhs) + 1));
  });

  it('Hessian-vector product (Pearlmutter) vs differences of gradients', () => {
    const { ws, params, inputs, targets, rng, layout } = setup(c, 14);
    const v = randomVector(layout.paramCount, rng);
    const hv = new Float64Array(layout.paramCount);
    forward(ws, params, inputs);
    hessianVec(ws, params, targets, v, hv);
    const g = new Float64Array(layout.paramCount);
    const fd = centralDiff(
      (w) => {
        lossAndGradient(ws, w, inputs, targets, g);
        return g;
      },
      params,
      v,
    );
    expect(relErr(hv, fd)).toBeLessThan(TOL);
  });
});

describe('per-example gradients', () => {
  it.each(OUTPUT_KINDS)(
    'rows are single-example gradients and average to the batch gradient (%s)',
    (output) => {
      const { ws, params, inputs, targets, layout } = makeProblem(
        [2, 5, 3],
        ['tanh', 'linear'],
        output,
        7,
        21,
      );
      const P = layout.paramCount;
      const rows = new Float64Array(ws.batch * P);
      const value = perExampleGradients(ws, params, inputs, targets, rows);
      const grad = new Float64Array(P);
      expect(lossAndGradient(ws, params, inputs, targets, grad)).toBeCloseTo(value, 14);
      const mean = new Float64Array(P);
      for (let n = 0; n < ws.batch; n++)
        for (let p = 0; p < P; p++) mean[p] += rows[n * P + p] / ws.batch;
      expect(relErr(mean, grad)).toBeLessThan(1e-13);
      // Row n against a batch-of-one gradient computed independently.
      const one = createWorkspace(layout, 1);
      const g1 = new Float64Array(P);
      const k = layout.outputDim;
      for (let n = 0; n < ws.batch; n++) {
        lossAndGradient(
          one,
          params,
          inputs.slice(2 * n, 2 * n + 2),
          targets.slice(n * k, n * k + k),
          g1,
        );
        expect(relErr(rows.subarray(n * P, (n + 1) * P), g1)).toBeLessThan(1e-13);
      }
    },
  );

  it('rows differ between examples (not all equal to the mean)', () => {
    const { ws, params, inputs, targets, layout } = makeProblem(
      [2, 3, 1],
      ['tanh', 'linear'],
      'squared-error',
      4,
      22,
    );
    const P = layout.paramCount;
    const rows = new Float64Array(ws.batch * P);
    perExampleGradients(ws, params, inputs, targets, rows);
    expect(relErr(rows.subarray(0, P), rows.subarray(P, 2 * P))).toBeGreaterThan(1e-3);
  });
});

describe('misuse is reported', () => {
  it('curvature products require a forward pass with the same parameters', () => {
    const { ws, params, inputs, layout } = makeProblem(
      [2, 3, 1],
      ['tanh', 'linear'],
      'squared-error',
      4,
      23,
    );
    const v = new Float64Array(layout.paramCount);
    expect(() => jvp(ws, params, v)).toThrow(/forward/);
    forward(ws, params, inputs);
    expect(() => jvp(ws, params.slice(), v)).toThrow(/forward/);
    expect(() => forward(ws, params, inputs.subarray(1))).toThrow(RangeError);
  });
});
