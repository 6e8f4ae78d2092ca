/**
 * Closed forms for the 2-weight linear model z = w₁u + w₂ with x̄ = (u, 1) — the references the
 * sampled estimates are tested against (they share no code with the engine).
 */
import type { Mat2, Vec2 } from '../types';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Gaussian output with variance σ²: G = F = XᵀX / (N σ²), independent of w. */
export function linearGaussianG(u: ArrayLike<number>, sigma: number): Mat2 {
  return weightedGram(u, () => 1 / (sigma * sigma));
}

/** Logistic regression: F = G = Xᵀ diag(p(1 − p)) X / N with p = σ(w₁u + w₂). */
export function logisticFisher(u: ArrayLike<number>, w: Vec2): Mat2 {
  return weightedGram(u, (x) => {
    const p = sigmoid(w[0] * x + w[1]);
    return p * (1 - p);
  });
}

/**
 * Empirical Fisher (1/N) Σ ∇ℓ_n ∇ℓ_nᵀ with the data's labels: the weight of x̄x̄ᵀ is the squared
 * output residual, r²/σ⁴ (Gaussian) or (p − t)² (Bernoulli), instead of its expectation.
 */
export function linearEmpiricalFisher(
  u: ArrayLike<number>,
  t: ArrayLike<number>,
  w: Vec2,
  output: 'gaussian' | 'bernoulli',
  sigma: number,
): Mat2 {
  return weightedGram(u, (x, n) => {
    const z = w[0] * x + w[1];
    const r = output === 'gaussian' ? (z - t[n]) / (sigma * sigma) : sigmoid(z) - t[n];
    return r * r;
  });
}

function weightedGram(u: ArrayLike<number>, weight: (u: number, n: number) => number): Mat2 {
  const N = u.length;
  let a = 0;
  let b = 0;
  let d = 0;
  for (let n = 0; n < N; n++) {
    const c = weight(u[n], n) / N;
    a += c * u[n] * u[n];
    b += c * u[n];
    d += c;
  }
  return [a, b, b, d];
}
