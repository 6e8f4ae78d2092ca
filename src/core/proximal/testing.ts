/** Test-only helpers for the proximal tests (not exported from index.ts). */
import { createLayout, createRng, initParams, type MlpLayout } from '../nn';
import type { ProximalRequest } from './compute';
import { createProximalObjective } from './objective';
import type { SameComputeRequest } from './sameCompute';

export interface SmallProblem {
  layout: MlpLayout;
  anchor: Float64Array;
  inputs: Float64Array;
  targets: Float64Array;
  wide: Float64Array;
}

/** A 1-5-4-1 tanh net at a random anchor, a batch of 6 and 11 wider FSD inputs. */
export function smallProblem(seed: number, hidden: [number, number] = [5, 4]): SmallProblem {
  const rng = createRng(seed);
  const layout = createLayout({
    sizes: [1, ...hidden, 1],
    activations: ['tanh', 'tanh', 'linear'],
    output: 'squared-error',
  });
  const anchor = initParams(layout, rng, { biasStd: 0.3 });
  const inputs = Float64Array.from({ length: 6 }, () => 2 * rng.uniform() - 1);
  const targets = Float64Array.from(inputs, (x) => Math.sin(3 * x) + 0.3 * rng.normal());
  const wide = Float64Array.from({ length: 11 }, (_, i) => -1.5 + (3 * i) / 10);
  return { layout, anchor, inputs, targets, wide };
}

/** The proximal objective of a small problem on its batch, FSD on `fsdInputs` (default: wide). */
export function smallObjective(p: SmallProblem, fsdInputs: Float64Array = p.wide) {
  return createProximalObjective(p.layout, p.anchor, {
    inputs: p.inputs,
    targets: p.targets,
    fsdInputs,
  });
}

/** The settings the proximal and same-compute tests vary around (the panel's defaults). */
const BASE_SHARED: Omit<ProximalRequest, 'batchCenter'> = {
  seed: 1,
  batchSize: 8,
  fsdOn: 'wide',
  lambdaFsd: 3,
  lambdaWsd: 3,
  steps: 100,
  lr: 0.02,
  method: 'gd',
};
export const BASE_PROXIMAL: ProximalRequest = { ...BASE_SHARED, batchCenter: 1.8 };
export const BASE_SAME_COMPUTE: SameComputeRequest = { ...BASE_SHARED, pool: 0 };

/** Solves the dense n × n system A x = b (row-major) by Gaussian elimination with pivoting. */
export function denseSolve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const m = a.slice();
  const x = b.slice();
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r * n + c]) > Math.abs(m[piv * n + c])) piv = r;
    for (let k = 0; k < n; k++) [m[c * n + k], m[piv * n + k]] = [m[piv * n + k], m[c * n + k]];
    [x[c], x[piv]] = [x[piv], x[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r * n + c] / m[c * n + c];
      for (let k = c; k < n; k++) m[r * n + k] -= f * m[c * n + k];
      x[r] -= f * x[c];
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let acc = x[r];
    for (let k = r + 1; k < n; k++) acc -= m[r * n + k] * x[k];
    x[r] = acc / m[r * n + r];
  }
  return x;
}

export function relErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += (a[i] - b[i]) ** 2;
    na += a[i] ** 2;
    nb += b[i] ** 2;
  }
  return Math.sqrt(d) / Math.max(Math.sqrt(na), Math.sqrt(nb), 1e-300);
}
