/**
 * Element-wise nonlinearities φ and their first two derivatives.
 *
 * φ' and φ'' take both the pre-activation s and the activation a = φ(s): for tanh and sigmoid the
 * derivatives are cheap polynomials in a (no second exp/tanh call), while ReLU needs the sign of s.
 * φ'' is only used by the exact Hessian-vector product (Pearlmutter's R-op on the backward pass);
 * the Gauss-Newton product never needs it, which is one reason G is cheaper and always PSD.
 */
import type { Activation } from './mlp';

/** a[k] = φ(s[k]) for k < len (s and a may be the same array for 'linear'). */
export function activate(kind: Activation, s: Float64Array, a: Float64Array, len: number): void {
  switch (kind) {
    case 'tanh':
      for (let k = 0; k < len; k++) a[k] = Math.tanh(s[k]);
      return;
    case 'relu':
      for (let k = 0; k < len; k++) a[k] = s[k] > 0 ? s[k] : 0;
      return;
    case 'sigmoid':
      for (let k = 0; k < len; k++) a[k] = sigmoid(s[k]);
      return;
    case 'linear':
      if (a !== s) for (let k = 0; k < len; k++) a[k] = s[k];
      return;
  }
}

/** x[k] *= φ'(s[k]) — the chain-rule step of both backprop (Ds) and the R-op (Rs → Ra). */
export function mulDerivative(
  kind: Activation,
  s: Float64Array,
  a: Float64Array,
  x: Float64Array,
  len: number,
): void {
  switch (kind) {
    case 'tanh':
      for (let k = 0; k < len; k++) x[k] *= 1 - a[k] * a[k];
      return;
    case 'relu':
      // The kink at s = 0 gets derivative 0 (the subgradient convention of most frameworks).
      for (let k = 0; k < len; k++) if (!(s[k] > 0)) x[k] = 0;
      return;
    case 'sigmoid':
      for (let k = 0; k < len; k++) x[k] *= a[k] * (1 - a[k]);
      return;
    case 'linear':
      return;
  }
}

/** φ'(s) given s and a = φ(s). */
export function derivative(kind: Activation, s: number, a: number): number {
  switch (kind) {
    case 'tanh':
      return 1 - a * a;
    case 'relu':
      return s > 0 ? 1 : 0;
    case 'sigmoid':
      return a * (1 - a);
    case 'linear':
      return 1;
  }
}

/** φ''(s) given s and a = φ(s); zero for the piecewise-linear activations. */
export function secondDerivative(kind: Activation, _s: number, a: number): number {
  switch (kind) {
    case 'tanh':
      return -2 * a * (1 - a * a);
    case 'sigmoid':
      return a * (1 - a) * (1 - 2 * a);
    case 'relu':
    case 'linear':
      return 0;
  }
}

/** Whether φ'' vanishes identically, so the Hessian R-op can skip the second-order term. */
export function isPiecewiseLinear(kind: Activation): boolean {
  return kind === 'relu' || kind === 'linear';
}

/** σ(x) = 1/(1 + e^{−x}) without overflow for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** softplus(x) = log(1 + eˣ), stable: max(x, 0) + log1p(e^{−|x|}). */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}
