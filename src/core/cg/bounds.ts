/**
 * The worst-case iteration counts of GD (best fixed step) and CG on a quadratic whose Hessian has
 * eigenvalues in [1, κ], to bring the relative gap (q − q*)/(q(0) − q*) below ε
 * (docs/math.md#conjugate-gradient; [NW] §3.3 and Thm 5.5 / eq. 5.36; [Shewchuk 1994] §9–10):
 *
 *   GD:  gap_k ≤ ((κ − 1)/(κ + 1))^{2k}          → k_GD = ⌈ln(1/ε) / (2 ln((κ + 1)/(κ − 1)))⌉ ∝ κ,
 *   CG:  gap_k ≤ 4 ((√κ − 1)/(√κ + 1))^{2k}      → k_CG = ⌈ln(4/ε) / (2 ln((√κ + 1)/(√κ − 1)))⌉ ∝ √κ.
 *
 * The CG bound comes from the Chebyshev polynomial on [1, κ]; it is nearly attained when the
 * eigenvalues follow the arcsine (Chebyshev) density, and CG beats it on other spectra.
 */

/** Iterations k with ρ^{2k}·c ≤ ε for a contraction ρ ∈ [0, 1); 1 when ρ = 0 (κ = 1). */
function itersFor(rho: number, c: number, eps: number): number {
  if (!(rho > 0)) return 1;
  return Math.max(1, Math.ceil(Math.log(c / eps) / (2 * Math.log(1 / rho))));
}

/** GD with the best fixed step 2/(λmin + λmax): MVPs its worst case needs to reach gap ε. */
export const gdBoundIters = (kappa: number, eps: number) =>
  itersFor((kappa - 1) / (kappa + 1), 1, eps);

/** CG: MVPs its Chebyshev bound needs to guarantee gap ε (finite termination aside). */
export const cgBoundIters = (kappa: number, eps: number) => {
  const s = Math.sqrt(kappa);
  return itersFor((s - 1) / (s + 1), 4, eps);
};
