/**
 * How large an inner learning rate GD on Q can take. Near w⁽ᵏ⁾ the Hessian of Q is (up to the
 * loss's own second-order term) G_B + λ_FSD G_FSD + λ_WSD I, and GD on a quadratic is stable
 * for α < 2/L with L its largest eigenvalue — which is how "FSD prevents large steps in
 * high-sensitivity directions" shows up in the numbers. A guide for the slider, not a guarantee:
 * the curvature changes as w moves.
 */
import type { ProximalObjective } from './objective';
import { dot } from './vec';

/** Largest eigenvalue of G_B + λ_FSD G_FSD by power iteration (G's are PSD, so it converges). */
export function topCurvature(obj: ProximalObjective, lambdaFsd: number, iterations = 20): number {
  const P = obj.layout.paramCount;
  // A fixed, non-special start vector keeps the estimate deterministic.
  let v = Float64Array.from({ length: P }, (_, i) => Math.cos(1 + 0.7 * i));
  const a = new Float64Array(P);
  const b = new Float64Array(P);
  let nu = 0;
  for (let k = 0; k < iterations; k++) {
    const n = Math.sqrt(dot(v, v));
    if (!(n > 0)) return 0;
    for (let i = 0; i < P; i++) v[i] /= n;
    obj.lossCurvatureVec(v, a);
    if (lambdaFsd > 0) {
      obj.fsdCurvatureVec(v, b);
      for (let i = 0; i < P; i++) a[i] += lambdaFsd * b[i];
    }
    nu = dot(v, a);
    v = a.slice();
  }
  return nu;
}
