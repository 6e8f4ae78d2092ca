/** The default custom objective: two minima and a saddle between them, all inside the view. */
export const DEFAULT_CUSTOM_F = 'x^4/4 - x^2 + 2*y^2 + x*y';

/**
 * Whether contour levels read better log-spaced: when most of the plotted range sits near the
 * minimum and a few regions shoot far above (Rosenbrock-like valleys), linear levels would put
 * every line in the steep walls.
 */
export function prefersLogLevels(values: Float64Array): boolean {
  const f: number[] = [];
  for (const v of values) if (Number.isFinite(v)) f.push(v);
  if (f.length < 16) return false;
  f.sort((a, b) => a - b);
  const lo = f[0];
  const q = (p: number) => f[Math.min(f.length - 1, Math.floor(p * f.length))] - lo;
  return q(0.98) > 25 * Math.max(q(0.5), 1e-300);
}
