/**
 * Helpers shared by the nn tests (not exported from index.ts): random problems, finite
 * differences, norms and a small Jacobi eigensolver. Kept free of engine internals so that the
 * references the tests compare against do not share code paths with what they test.
 */
import { createWorkspace, type Workspace } from './forward';
import { createLayout, type Activation, type MlpLayout, type OutputKind } from './mlp';
import { createRng, type Rng } from './rng';
import { mat, symEig } from '../linalg';

export interface Problem {
  layout: MlpLayout;
  ws: Workspace;
  params: Float64Array;
  inputs: Float64Array;
  targets: Float64Array;
  rng: Rng;
}

/** A random net with random (non-zero) biases, random inputs and targets valid for the loss. */
export function makeProblem(
  sizes: number[],
  activations: Activation[],
  output: OutputKind,
  batch: number,
  seed: number,
  variance?: number,
): Problem {
  const rng = createRng(seed);
  const layout = createLayout({ sizes, activations, output, variance });
  const params = randomVector(layout.paramCount, rng, 0.8);
  const inputs = randomVector(batch * sizes[0], rng, 1);
  const k = sizes[sizes.length - 1];
  const targets = new Float64Array(batch * k);
  for (let n = 0; n < batch; n++) {
    if (output === 'softmax-ce') targets[n * k + rng.int(k)] = 1;
    else
      for (let c = 0; c < k; c++) {
        targets[n * k + c] = output === 'bernoulli' ? rng.uniform() : rng.normal();
      }
  }
  return { layout, ws: createWorkspace(layout, batch), params, inputs, targets, rng };
}

export function randomVector(n: number, rng: Rng, scale = 1): Float64Array {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = scale * rng.normal();
  return v;
}

export function norm(a: ArrayLike<number>): number {
  let acc = 0;
  for (let i = 0; i < a.length; i++) acc += a[i] * a[i];
  return Math.sqrt(acc);
}

/** ‖a − b‖ / max(‖a‖, ‖b‖, floor): symmetric, and defined when both are zero. */
export function relErr(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-300): number {
  if (a.length !== b.length) throw new Error(`relErr: lengths ${a.length} ≠ ${b.length}`);
  let acc = 0;
  for (let i = 0; i < a.length; i++) acc += (a[i] - b[i]) ** 2;
  return Math.sqrt(acc) / Math.max(norm(a), norm(b), floor);
}

/** (f(w + εv) − f(w − εv)) / 2ε for a vector-valued f; w is restored afterwards. */
export function centralDiff(
  f: (w: Float64Array) => ArrayLike<number>,
  w: Float64Array,
  v: Float64Array,
  eps = 1e-5,
): Float64Array {
  const w0 = w.slice();
  for (let i = 0; i < w.length; i++) w[i] = w0[i] + eps * v[i];
  const plus = Float64Array.from(f(w));
  for (let i = 0; i < w.length; i++) w[i] = w0[i] - eps * v[i];
  const minus = Float64Array.from(f(w));
  w.set(w0);
  const out = new Float64Array(plus.length);
  for (let i = 0; i < out.length; i++) out[i] = (plus[i] - minus[i]) / (2 * eps);
  return out;
}

/** Row-major (m × p) · (p × q). */
export function matMul(a: Float64Array, b: Float64Array, m: number, p: number, q: number) {
  const out = new Float64Array(m * q);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < p; k++) {
      const aik = a[i * p + k];
      for (let j = 0; j < q; j++) out[i * q + j] += aik * b[k * q + j];
    }
  }
  return out;
}

export function transpose(a: Float64Array, m: number, n: number): Float64Array {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[j * m + i] = a[i * n + j];
  return out;
}

/** Eigenvalues of a symmetric n × n matrix, ascending (the core's Jacobi solver). */
export function symmetricEigenvalues(matrix: Float64Array, n: number): number[] {
  return Array.from(symEig(mat(n, n, matrix)).values);
}
