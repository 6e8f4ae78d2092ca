/**
 * Conjugate gradient on q(x) = ½xᵀAx + gᵀx for an SPD operator given only as a matrix-vector
 * product (MVP), as Hessian-free optimization uses it: A is never formed, every iteration costs
 * exactly one MVP, and q is tracked from the residual at the price of one dot product.
 *
 * Follows Martens (2010) and his HF code (docs/math.md#hessian-free-optimization): his
 * relative-progress stopping rule, iterates saved on a ×1.3 grid for backtracking, and a stop on
 * non-positive curvature pᵀAp ≤ 0. With a diagonal preconditioner M it is preconditioned CG
 * (PCG, [NW] Alg. 5.3): the same iteration on M^{-1/2} A M^{-1/2}, at no extra MVP.
 */

/** out ← A v. Must not keep references to v or out. */
export type MatVec = (v: Float64Array, out: Float64Array) => void;

/** Martens' ε in the stopping rule. */
export const MARTENS_EPS = 5e-4;

export type CgStop =
  'martens' | 'target' | 'residual' | 'max-iters' | 'negative-curvature' | 'non-finite';

export interface CgOptions {
  maxIters: number;
  /** Warm start x₀ (copied); zero when absent. A non-zero x₀ costs one extra MVP. */
  x0?: Float64Array;
  /** Use Martens' stopping rule with this ε (MARTENS_EPS in HF). */
  martensEps?: number;
  /** Stop once q(x_i) ≤ qTarget (the scaling view: a known optimum plus a tolerance). */
  qTarget?: number;
  /** Stop once ‖r_i‖ ≤ residualTol · ‖g‖. */
  residualTol?: number;
  /** Keep every iterate (2-D pictures). */
  recordIterates?: boolean;
  /** Keep iterates on Martens' backtracking grid i = 5, 7, 9, 11, 15, … plus the last one. */
  saveForBacktracking?: boolean;
  /**
   * The diagonal of a positive preconditioner M (PCG: z = M⁻¹r); absent = plain CG, with the
   * very same floating-point operations as before preconditioning existed.
   */
  preconditioner?: Float64Array;
}

export interface CgResult {
  x: Float64Array;
  /** CG iterations taken (x_i after i iterations). */
  iterations: number;
  /** Matrix-vector products used, including the warm start's. */
  mvps: number;
  /** q(x_i) for i = 0 … iterations. */
  q: Float64Array;
  /** ‖r_i‖ = ‖Ax_i + g‖ for i = 0 … iterations. */
  residual: Float64Array;
  stop: CgStop;
  /** Every iterate when recordIterates, x₀ first. */
  iterates?: Float64Array[];
  /** Saved iterates (ascending i) when saveForBacktracking; the last one is always x. */
  saved?: { iter: number; x: Float64Array }[];
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

/** Martens' grid of saved iterates: ⌈5·1.3ᵏ⌉ with duplicates collapsed → 5, 7, 9, 11, 15, 19, 25, … */
export function backtrackGrid(maxIters: number): number[] {
  const out: number[] = [];
  for (let next = 5; Math.ceil(next) <= maxIters; next *= 1.3) {
    const i = Math.ceil(next);
    if (out[out.length - 1] !== i) out.push(i);
  }
  return out;
}

/**
 * Martens' rule: with k = max(10, ⌈0.1 i⌉), stop when i > k, q_{i−k} < 0 and
 * (q_i − q_{i−k}) / q_i < k·ε — the last k iterations bought too little relative progress.
 */
export function martensShouldStop(q: ArrayLike<number>, i: number, eps: number): boolean {
  const k = Math.max(10, Math.ceil(0.1 * i));
  if (i <= k) return false;
  const prev = q[i - k];
  return prev < 0 && (q[i] - prev) / q[i] < k * eps;
}

/** Runs CG from x₀ (or 0) on q(x) = ½xᵀAx + gᵀx, i.e. solves Ax = −g. */
export function conjugateGradient(A: MatVec, g: Float64Array, o: CgOptions): CgResult {
  const n = g.length;
  const x = o.x0 ? Float64Array.from(o.x0) : new Float64Array(n);
  const r = new Float64Array(n);
  const Ap = new Float64Array(n);
  let mvps = 0;
  if (o.x0) {
    A(x, r);
    mvps++;
    for (let j = 0; j < n; j++) r[j] += g[j];
  } else r.set(g);
  // z = M⁻¹r; without a preconditioner z IS r, so rᵀz = rᵀr and the iteration is plain CG.
  const pre = o.preconditioner;
  const z = pre ? new Float64Array(n) : r;
  const applyPre = () => {
    if (pre) for (let j = 0; j < n; j++) z[j] = r[j] / pre[j];
  };
  applyPre();
  const p = new Float64Array(n);
  for (let j = 0; j < n; j++) p[j] = -z[j];
  const gNorm = Math.sqrt(dot(g, g));
  // q(x) = ½xᵀ(Ax) + gᵀx = ½xᵀ(r + g) since Ax = r − g: no extra MVP.
  const qOf = () => {
    let s = 0;
    for (let j = 0; j < n; j++) s += x[j] * (r[j] + g[j]);
    return 0.5 * s;
  };
  const qs = [qOf()];
  const res = [Math.sqrt(dot(r, r))];
  const iterates = o.recordIterates ? [Float64Array.from(x)] : undefined;
  const grid = o.saveForBacktracking ? new Set(backtrackGrid(o.maxIters)) : null;
  const saved: { iter: number; x: Float64Array }[] = [];
  let rr = dot(r, r);
  let rz = pre ? dot(r, z) : rr;
  let stop: CgStop = 'max-iters';
  let i = 0;
  const done = () =>
    (o.qTarget !== undefined && qs[i] <= o.qTarget) ||
    (o.residualTol !== undefined && res[i] <= o.residualTol * gNorm) ||
    rr === 0;
  if (done()) stop = o.qTarget !== undefined && qs[0] <= o.qTarget ? 'target' : 'residual';
  else {
    while (i < o.maxIters) {
      A(p, Ap);
      mvps++;
      const curv = dot(p, Ap);
      if (!Number.isFinite(curv)) {
        stop = 'non-finite';
        break;
      }
      if (curv <= 0) {
        stop = 'negative-curvature';
        break;
      }
      const alpha = rz / curv;
      for (let j = 0; j < n; j++) {
        x[j] += alpha * p[j];
        r[j] += alpha * Ap[j];
      }
      applyPre();
      rr = dot(r, r);
      const rzNew = pre ? dot(r, z) : rr;
      const beta = rzNew / rz;
      rz = rzNew;
      for (let j = 0; j < n; j++) p[j] = -z[j] + beta * p[j];
      i++;
      qs.push(qOf());
      res.push(Math.sqrt(rr));
      iterates?.push(Float64Array.from(x));
      if (grid?.has(i)) saved.push({ iter: i, x: Float64Array.from(x) });
      if (o.qTarget !== undefined && qs[i] <= o.qTarget) {
        stop = 'target';
        break;
      }
      if ((o.residualTol !== undefined && res[i] <= o.residualTol * gNorm) || rr === 0) {
        stop = 'residual';
        break;
      }
      if (o.martensEps !== undefined && martensShouldStop(qs, i, o.martensEps)) {
        stop = 'martens';
        break;
      }
    }
  }
  if (grid && saved[saved.length - 1]?.iter !== i) saved.push({ iter: i, x: Float64Array.from(x) });
  return {
    x,
    iterations: i,
    mvps,
    q: Float64Array.from(qs),
    residual: Float64Array.from(res),
    stop,
    iterates,
    saved: grid ? saved : undefined,
  };
}

/**
 * Martens' CG backtracking: starting from the last saved iterate, step back to earlier ones
 * while the true objective keeps improving; returns the index into `saved` and its loss.
 */
export function backtrack(
  saved: readonly { iter: number; x: Float64Array }[],
  objective: (x: Float64Array) => number,
): { index: number; loss: number; evaluations: number } {
  let index = saved.length - 1;
  let loss = objective(saved[index].x);
  let evaluations = 1;
  while (index > 0) {
    const prev = objective(saved[index - 1].x);
    evaluations++;
    if (!(prev < loss)) break;
    index--;
    loss = prev;
  }
  return { index, loss, evaluations };
}
