/**
 * Seeded n-dimensional SPD test problems A = Q diag(λ) Qᵀ with a chosen condition number and
 * eigenvalue distribution, Q a random orthogonal matrix (Gram–Schmidt on a Gaussian matrix).
 * Knowing the spectrum gives the model's exact minimum q* = −½ Σ (Qᵀg)ᵢ²/λᵢ, so convergence can
 * be measured as the gap q(x) − q*.
 */
import type { Memo } from '../memo';
import { createRng, type Rng } from '../nn';
import type { MatVec } from './cg';

import type { Spectrum } from './choices';
export { SPECTRA, type Spectrum } from './choices';

/**
 * n eigenvalues in [1, κ], ascending, always including 1 and κ.
 * uniform: evenly spaced. clustered: `groups` tight clusters (±1 % relative spread) at
 * log-spaced centres. few-distinct: exactly `groups` distinct values, log-spaced.
 */
export function eigenvalues(
  n: number,
  kappa: number,
  spectrum: Spectrum,
  groups: number,
): Float64Array {
  const out = new Float64Array(n);
  if (n === 1) {
    out[0] = 1;
    return out;
  }
  const m = Math.max(1, Math.min(groups, n));
  const centre = (c: number) => (m === 1 ? 1 : Math.pow(kappa, c / (m - 1)));
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    if (spectrum === 'uniform') out[i] = 1 + (kappa - 1) * t;
    // Quantiles of the arcsine density on [1, κ] = the Chebyshev extreme points cos(πt) mapped
    // there: dense at both ends, where the Chebyshev polynomial of CG's bound is extremal.
    else if (spectrum === 'chebyshev') out[i] = 1 + ((kappa - 1) * (1 - Math.cos(Math.PI * t))) / 2;
    else {
      const c = Math.min(m - 1, Math.floor((i * m) / n));
      if (spectrum === 'few-distinct') out[i] = centre(c);
      else {
        // Position within the cluster in [−1, 1]; clusters stay inside [1, κ].
        const first = Math.ceil((c * n) / m);
        const last = Math.ceil(((c + 1) * n) / m) - 1;
        const u = last > first ? (2 * (i - first)) / (last - first) - 1 : 0;
        out[i] = Math.min(kappa, Math.max(1, centre(c) * (1 + 0.01 * u)));
      }
    }
  }
  out[0] = 1;
  if (spectrum !== 'few-distinct' || m > 1) out[n - 1] = kappa;
  return out.sort();
}

/** Number of distinct values (exact equality) in an ascending array. */
export function countDistinct(sorted: ArrayLike<number>): number {
  let c = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) c++;
  return c;
}

/** A Haar-ish random orthogonal matrix, row-major, by modified Gram–Schmidt (twice, for accuracy). */
export function randomOrthogonal(n: number, rng: Rng): Float64Array {
  const Q = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) Q[i] = rng.normal();
  // Columns q_j = Q[·, j]; orthonormalize column by column.
  for (let j = 0; j < n; j++) {
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < j; k++) {
        let d = 0;
        for (let i = 0; i < n; i++) d += Q[i * n + k] * Q[i * n + j];
        for (let i = 0; i < n; i++) Q[i * n + j] -= d * Q[i * n + k];
      }
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += Q[i * n + j] ** 2;
    s = Math.sqrt(s);
    for (let i = 0; i < n; i++) Q[i * n + j] /= s;
  }
  return Q;
}

export interface SpdProblem {
  n: number;
  lambda: Float64Array;
  /** Dense A = Q diag(λ) Qᵀ, row-major (only when built with dense: true). */
  A?: Float64Array;
  /** The linear term g = Q·gEig (only when dense). */
  g: Float64Array;
  /** Exact minimum of q(x) = ½xᵀAx + gᵀx. */
  qStar: number;
  /** The same problem in the eigenbasis: A = diag(λ), g = Qᵀg (identical CG/GD counts). */
  gEig: Float64Array;
}

export interface SpdOptions {
  n: number;
  kappa: number;
  spectrum: Spectrum;
  /** Clusters / distinct values for the non-uniform spectra. */
  groups: number;
  seed: number;
  /** Build the rotated dense matrix (O(n³)); otherwise only the eigenbasis form. */
  dense?: boolean;
}

/** `memo` keeps Q, which depends only on (n, seed): dragging κ does not redo Gram–Schmidt. */
export function makeSpdProblem(o: SpdOptions, memo: Memo): SpdProblem {
  const { n } = o;
  const rng = createRng(o.seed);
  const lambda = eigenvalues(n, o.kappa, o.spectrum, o.groups);
  // Equal weight on every eigen-direction (random signs) so no eigenvalue is left out by chance.
  const gEig = new Float64Array(n);
  for (let k = 0; k < n; k++) gEig[k] = (rng.uniform() < 0.5 ? -1 : 1) / Math.sqrt(n);
  let qStar = 0;
  for (let k = 0; k < n; k++) qStar -= (0.5 * gEig[k] ** 2) / lambda[k];
  if (!o.dense) return { n, lambda, g: gEig, qStar, gEig };
  const Q = memo.get(`spd-q|${n}|${o.seed}`, () =>
    randomOrthogonal(n, createRng(o.seed * 7919 + 1)),
  );
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += Q[i * n + k] * lambda[k] * Q[j * n + k];
      A[i * n + j] = s;
      A[j * n + i] = s;
    }
  }
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += Q[i * n + k] * gEig[k];
    g[i] = s;
  }
  return { n, lambda, A, g, qStar, gEig };
}

export function denseMatVec(A: Float64Array, n: number): MatVec {
  return (v, out) => {
    for (let i = 0; i < n; i++) {
      let s = 0;
      const row = i * n;
      for (let j = 0; j < n; j++) s += A[row + j] * v[j];
      out[i] = s;
    }
  };
}

export function diagMatVec(d: Float64Array): MatVec {
  return (v, out) => {
    for (let i = 0; i < d.length; i++) out[i] = d[i] * v[i];
  };
}
