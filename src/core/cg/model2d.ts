/**
 * The first view: the quadratic model m(v) = ½vᵀCv + ∇J(w)ᵀv of a 2-D objective at a point w
 * (C the Gauss-Newton matrix, or the Hessian of the quadratic problem, plus damping λI), and GD
 * (best fixed step and exact line search) vs CG on it. Iterates are returned in w-space.
 */
import { contourLevels, sampleGrid } from '../field/grid';
import { symEig } from '../linalg/mat2';
import { getObjective } from '../objectives';
import type { Mat2, Objective2, Vec2 } from '../types';
import type { CustomInfo, CustomRequest, CustomSource } from '../expr/custom';
import { requestObjective } from '../expr/custom';
import { conjugateGradient, type CgStop, type MatVec } from './cg';
import { bestFixedStep, gdOnModel } from './gd';

import type { ModelProblem } from './choices';
export { MODEL_PROBLEMS, type ModelProblem } from './choices';

export interface Model2dRequest extends CustomRequest {
  problem: ModelProblem | 'custom';
  kappa: number;
  w: Vec2;
  damping: number;
  /** GD steps drawn. */
  steps: number;
}

export interface ModelRun {
  /** Flat [x₀, y₀, x₁, y₁, …] in w-space, w itself first. */
  iterates: Float64Array;
  /** m at each iterate. */
  q: Float64Array;
  stop: CgStop | 'target' | 'max-iters' | 'non-finite' | 'negative-curvature' | 'not-run';
  /** The GD step size α (fixed), or per-step exact α's. */
  alpha?: number;
}

export interface Model2dResult {
  /** The typed objective's formula and messages (problem = custom), else null. */
  custom: CustomInfo | null;
  /** Which curvature C is: a typed f(x, y) has no Gauss-Newton structure, so it uses H. */
  curvature: 'gauss-newton' | 'hessian';
  w: Vec2;
  grad: Vec2;
  C: Mat2;
  eig: Vec2;
  /** C ≻ 0 (relative to its scale): the model has a unique minimizer. */
  pd: boolean;
  vStar: Vec2 | null;
  qStar: number | null;
  cg: ModelRun;
  gdFixed: ModelRun;
  gdExact: ModelRun;
  /** ‖x₁(CG) − x₁(GD, exact line search)‖: zero up to rounding — K = 1 CG is that GD step. */
  k1Distance: number;
  domain: readonly [readonly [number, number], readonly [number, number]];
  field: { values: Float64Array; nx: number; ny: number };
  levels: number[];
}

const GRID = 121;

/**
 * q* + (top − q*)·(k/m)²: level sets of a PD quadratic are then equally spaced, similar ellipses,
 * out to `top` (a high quantile of the view, so thin ellipses still fill the picture).
 */
function ellipseLevels(qStar: number, values: Float64Array, m: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const top = sorted[Math.floor(0.9 * (sorted.length - 1))];
  const out: number[] = [];
  for (let k = 1; k <= m; k++) out.push(qStar + (top - qStar) * (k / m) ** 2);
  return out;
}

function curvature(r: Model2dRequest, obj: Objective2): { C: Mat2; g: Vec2 } {
  const base = obj.gaussNewton ? obj.gaussNewton(r.w) : obj.hess(r.w);
  const C: Mat2 = [base[0] + r.damping, base[1], base[2], base[3] + r.damping];
  return { C, g: obj.grad(r.w) };
}

const toW = (w: Vec2, xs: Float64Array[] | undefined) => {
  const out = new Float64Array(2 * (xs?.length ?? 0));
  xs?.forEach((x, i) => {
    out[2 * i] = w[0] + x[0];
    out[2 * i + 1] = w[1] + x[1];
  });
  return out;
};

/** `custom` is the parsed objective when problem = custom (see worker/customObjective). */
export function computeModel2d(r: Model2dRequest, custom?: CustomSource): Model2dResult {
  const obj = requestObjective(r.problem, custom, (id: ModelProblem) => getObjective(id, r));
  const { C, g } = curvature(r, obj);
  const e = symEig(C);
  const [l0, l1] = e.values;
  const pd = l0 > 1e-10 * Math.max(Math.abs(l1), 1e-300) && Number.isFinite(l1);
  const A: MatVec = (v, out) => {
    out[0] = C[0] * v[0] + C[1] * v[1];
    out[1] = C[2] * v[0] + C[3] * v[1];
  };
  const gv = Float64Array.from(g);
  const q = (x: number, y: number) =>
    0.5 * (x * (C[0] * x + C[1] * y) + y * (C[2] * x + C[3] * y)) + g[0] * x + g[1] * y;
  const cg = conjugateGradient(A, gv, { maxIters: 2, residualTol: 1e-14, recordIterates: true });
  const notRun: ModelRun = {
    iterates: Float64Array.from(r.w),
    q: new Float64Array([0]),
    stop: 'not-run',
  };
  let gdFixed = notRun;
  let vStar: Vec2 | null = null;
  if (pd) {
    const alpha = bestFixedStep(l0, l1);
    const f = gdOnModel(
      A,
      gv,
      { kind: 'fixed', alpha },
      { maxIters: r.steps, recordIterates: true },
    );
    gdFixed = { iterates: toW(r.w, f.iterates), q: f.q, stop: f.stop, alpha };
    const d = C[0] * C[3] - C[1] * C[2];
    vStar = [-(C[3] * g[0] - C[1] * g[1]) / d, -(-C[2] * g[0] + C[0] * g[1]) / d];
  }
  const x = gdOnModel(A, gv, { kind: 'exact' }, { maxIters: r.steps, recordIterates: true });
  const gdExact: ModelRun = { iterates: toW(r.w, x.iterates), q: x.q, stop: x.stop };
  const cgRun: ModelRun = { iterates: toW(r.w, cg.iterates), q: cg.q, stop: cg.stop };
  const k1Distance =
    cg.iterates && cg.iterates.length > 1 && x.iterates && x.iterates.length > 1
      ? Math.hypot(cg.iterates[1][0] - x.iterates[1][0], cg.iterates[1][1] - x.iterates[1][1])
      : NaN;

  // A square view (so right angles look right) around the minimizer, just large enough for w and
  // every iterate drawn: the interesting part, not the whole long sublevel ellipse.
  let cx = r.w[0];
  let cy = r.w[1];
  let half: number;
  if (vStar) {
    cx += vStar[0];
    cy += vStar[1];
    let reach = Math.hypot(vStar[0], vStar[1]);
    for (const run of [cgRun, gdFixed, gdExact]) {
      for (let i = 0; i < run.iterates.length; i += 2) {
        const d = Math.max(Math.abs(run.iterates[i] - cx), Math.abs(run.iterates[i + 1] - cy));
        if (Number.isFinite(d)) reach = Math.max(reach, d);
      }
    }
    half = 1.2 * reach;
  } else {
    half = 1.5 * Math.max(1, Math.hypot(g[0], g[1]) / Math.max(Math.abs(l1), 1e-12));
  }
  if (!(half > 0 && Number.isFinite(half))) half = 1;
  const domain = [
    [cx - half, cx + half],
    [cy - half, cy + half],
  ] as const;
  const values = sampleGrid((a, b) => q(a - r.w[0], b - r.w[1]), domain, GRID, GRID);
  return {
    custom: custom?.info ?? null,
    curvature: obj.gaussNewton ? 'gauss-newton' : 'hessian',
    w: r.w,
    grad: g,
    C,
    eig: [l0, l1],
    pd,
    vStar,
    qStar: vStar ? q(vStar[0], vStar[1]) : null,
    cg: cgRun,
    gdFixed,
    gdExact,
    k1Distance,
    domain,
    field: { values, nx: GRID, ny: GRID },
    levels: vStar
      ? ellipseLevels(q(vStar[0], vStar[1]), values, 16)
      : contourLevels(values, 14, false),
  };
}
