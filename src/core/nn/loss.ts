/**
 * The output layer's loss ℓ(z, t), its gradient ∇_z ℓ, its Hessian H_z, and the model's predictive
 * distribution — everything that depends on the output kind and nothing that depends on the
 * network. Arrays are N × k row-major (k = n_L); `row` offsets address one example.
 *
 * Softmax-CE and Bernoulli work on logits with log-sum-exp and softplus so that |z| in the
 * hundreds gives finite losses and exact-looking gradients (naive log(1 + eᶻ) is ∞ at z = 800).
 */
import { sigmoid, softplus } from './activations';
import type { MlpLayout } from './mlp';
import type { Rng } from './rng';

/** ℓ(z_n, t_n) for one example; the row starts at index `o` in both arrays. */
function exampleLoss(layout: MlpLayout, z: Float64Array, t: Float64Array, o: number): number {
  const k = layout.outputDim;
  switch (layout.spec.output) {
    case 'squared-error': {
      let acc = 0;
      for (let c = 0; c < k; c++) acc += (z[o + c] - t[o + c]) ** 2;
      return acc / (2 * layout.variance);
    }
    case 'softmax-ce': {
      const lse = logSumExp(z, o, k);
      let acc = 0;
      for (let c = 0; c < k; c++) if (t[o + c] !== 0) acc += t[o + c] * (lse - z[o + c]);
      return acc;
    }
    case 'bernoulli': {
      let acc = 0;
      for (let c = 0; c < k; c++) acc += softplus(z[o + c]) - t[o + c] * z[o + c];
      return acc;
    }
  }
}

/** The mean loss (1/N) Σ_n ℓ(z_n, t_n). */
export function meanLoss(layout: MlpLayout, z: Float64Array, t: Float64Array, n: number): number {
  const k = layout.outputDim;
  let acc = 0;
  for (let i = 0; i < n; i++) acc += exampleLoss(layout, z, t, i * k);
  return acc / n;
}

/**
 * out_n = ∇_z ℓ(z_n, t_n) for every example — per example, without the 1/N of the mean — and
 * returns the mean loss (it falls out of the same pass).
 */
export function outputGradient(
  layout: MlpLayout,
  z: Float64Array,
  t: Float64Array,
  n: number,
  out: Float64Array,
): number {
  const k = layout.outputDim;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const o = i * k;
    total += exampleLoss(layout, z, t, o);
    switch (layout.spec.output) {
      case 'squared-error':
        for (let c = 0; c < k; c++) out[o + c] = (z[o + c] - t[o + c]) / layout.variance;
        break;
      case 'softmax-ce': {
        // ∂/∂z [Σ t_c (lse − z_c)] = (Σ t) p − t; Σ t = 1 for labels, kept general for soft ones.
        const lse = logSumExp(z, o, k);
        let tSum = 0;
        for (let c = 0; c < k; c++) tSum += t[o + c];
        for (let c = 0; c < k; c++) out[o + c] = tSum * Math.exp(z[o + c] - lse) - t[o + c];
        break;
      }
      case 'bernoulli':
        for (let c = 0; c < k; c++) out[o + c] = sigmoid(z[o + c]) - t[o + c];
        break;
    }
  }
  return total / n;
}

/**
 * out[oo…] = H_z(z_n) u for one example (z row at zo, u row at uo). H_z is the exact Hessian of ℓ
 * in z, which for these three losses does not depend on the target:
 * squared error I/σ²; softmax-CE diag(p) − ppᵀ; Bernoulli diag(σ(1 − σ)).
 * `out` may alias `u` (same offset): each entry is read before it is written.
 */
export function outputHessianVecRow(
  layout: MlpLayout,
  z: Float64Array,
  zo: number,
  u: Float64Array,
  uo: number,
  out: Float64Array,
  oo: number,
): void {
  const k = layout.outputDim;
  switch (layout.spec.output) {
    case 'squared-error': {
      const inv = 1 / layout.variance;
      for (let c = 0; c < k; c++) out[oo + c] = u[uo + c] * inv;
      return;
    }
    case 'softmax-ce': {
      // p ⊙ u − p (pᵀu): two passes over the row, no temporary.
      const lse = logSumExp(z, zo, k);
      let pu = 0;
      for (let c = 0; c < k; c++) pu += Math.exp(z[zo + c] - lse) * u[uo + c];
      for (let c = 0; c < k; c++) out[oo + c] = Math.exp(z[zo + c] - lse) * (u[uo + c] - pu);
      return;
    }
    case 'bernoulli':
      for (let c = 0; c < k; c++) {
        const p = sigmoid(z[zo + c]);
        out[oo + c] = p * (1 - p) * u[uo + c];
      }
      return;
  }
}

/** out_n = H_z(z_n) u_n for every example (no 1/N). `out` may be `u`. */
export function outputHessianVec(
  layout: MlpLayout,
  z: Float64Array,
  u: Float64Array,
  n: number,
  out: Float64Array,
): void {
  const k = layout.outputDim;
  for (let i = 0; i < n; i++) outputHessianVecRow(layout, z, i * k, u, i * k, out, i * k);
}

/**
 * Draw targets ỹ_n ~ p(· | z_n) from the model's predictive distribution:
 * Gaussian N(z, σ² I); Categorical(softmax z) written one-hot; independent Bernoulli(σ(z_c)) in
 * {0, 1}. With these, ∇_z ℓ(z, ỹ) has mean 0 and covariance H_z — the "true Fisher" targets, as
 * opposed to the data's labels (empirical Fisher); docs/math.md#pullback-sampling.
 */
export function sampleTargets(
  layout: MlpLayout,
  z: Float64Array,
  n: number,
  rng: Rng,
  out: Float64Array,
): void {
  const k = layout.outputDim;
  switch (layout.spec.output) {
    case 'squared-error': {
      const sd = Math.sqrt(layout.variance);
      for (let i = 0; i < n * k; i++) out[i] = z[i] + sd * rng.normal();
      return;
    }
    case 'softmax-ce':
      for (let i = 0; i < n; i++) {
        const o = i * k;
        // Unnormalised weights e^{z − max} straight into the output row, then overwrite one-hot.
        const m = rowMax(z, o, k);
        for (let c = 0; c < k; c++) out[o + c] = Math.exp(z[o + c] - m);
        const y = rng.categorical(out, o, k);
        for (let c = 0; c < k; c++) out[o + c] = c === y ? 1 : 0;
      }
      return;
    case 'bernoulli':
      for (let i = 0; i < n * k; i++) out[i] = rng.uniform() < sigmoid(z[i]) ? 1 : 0;
      return;
  }
}

/** The predictive mean E[ỹ | z] per example: z, softmax(z) or σ(z). */
export function predictiveMean(
  layout: MlpLayout,
  z: Float64Array,
  n: number,
  out: Float64Array,
): void {
  const k = layout.outputDim;
  switch (layout.spec.output) {
    case 'squared-error':
      for (let i = 0; i < n * k; i++) out[i] = z[i];
      return;
    case 'softmax-ce':
      for (let i = 0; i < n; i++) {
        const lse = logSumExp(z, i * k, k);
        for (let c = 0; c < k; c++) out[i * k + c] = Math.exp(z[i * k + c] - lse);
      }
      return;
    case 'bernoulli':
      for (let i = 0; i < n * k; i++) out[i] = sigmoid(z[i]);
      return;
  }
}

/** log Σ_c e^{z_c} over one row, shifted by the maximum so no term overflows. */
export function logSumExp(z: Float64Array, o: number, k: number): number {
  const m = rowMax(z, o, k);
  if (m === Infinity) return Infinity;
  let acc = 0;
  for (let c = 0; c < k; c++) acc += Math.exp(z[o + c] - m);
  return m + Math.log(acc);
}

function rowMax(z: Float64Array, o: number, k: number): number {
  let m = -Infinity;
  for (let c = 0; c < k; c++) if (z[o + c] > m) m = z[o + c];
  return m;
}
