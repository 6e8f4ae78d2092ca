/**
 * Everything the Newton and Damping panels draw for one parameter state, computed in one pass
 * so the worker answers a slider move with a single message of typed arrays.
 */
import { getObjective } from '../objectives';
import { runMethod, stepInfo, classifyPoint } from './methods';
import { taylorModel } from './taylor';
import { dampingPath, logGrid } from './dampingPath';
import { newtonSlice } from './slice1d';
import { logisticCobweb, type Cobweb } from './cobweb';
import type { CustomInfo, CustomSource, RunRequest2 } from '../expr/custom';
import { requestObjective } from '../expr/custom';
import { buildField, fieldKey, type Field } from '../field/field';
import { sampleGrid } from '../field/grid';
import type { Mat2, MethodId, Run2, Vec2 } from '../types';

export interface Opt2dRequest extends RunRequest2 {
  methods: readonly MethodId[];
  /** The method whose iterate k is analysed (Taylor model, eigenvalues, formula). */
  focus: MethodId;
  /** Iterate index to analyse; clamped to the focus run's length. */
  k: number;
  /** The field the caller already holds; when it matches, the field is not recomputed or sent. */
  knownFieldKey: string | null;
  fieldResolution: number;
}

export interface FocusInfo {
  method: MethodId;
  k: number;
  w: Vec2;
  loss: number;
  grad: Vec2;
  hess: Mat2;
  hessEigenvalues: Vec2;
  hessEigenvectors: readonly [Vec2, Vec2];
  curvature: Mat2 | null;
  dampedPD: boolean;
  step: Vec2 | null;
  directional: number;
  isDescent: boolean;
  pointKind: 'min' | 'saddle' | 'max' | 'degenerate';
}

export interface Opt2dResult {
  fieldKey: string;
  custom: CustomInfo | null;
  field: Field | null;
  runs: Run2[];
  /** Kind of stationary point each converged run reached (same order as runs). */
  endKinds: ('min' | 'saddle' | 'max' | 'degenerate' | null)[];
  focus: FocusInfo;
  taylor: {
    /** Equal keys mean an identical model (same objective and iterate): no need to redraw. */
    key: string;
    values: Float64Array;
    nx: number;
    ny: number;
    levels: number[];
    minimizer: Vec2 | null;
    kind: 'bounded' | 'unbounded' | 'degenerate';
  };
  damping: { etas: Float64Array; steps: Float64Array; current: Vec2 | null };
  slice: { t: Float64Array; phi: Float64Array; phi0: number; slope: number; root: number } | null;
  /**
   * The positive definite C of `pd-newton`: the problem's Gauss-Newton matrix, or |H| (saddle-free
   * Newton, beyond the lecture) where the problem has none.
   */
  pdCurvature: 'gauss-newton' | 'abs-hessian';
  /** The per-coordinate map of the logistic example (null on the other problems). */
  cobweb: Cobweb | null;
}

const TAYLOR_RES = 64;

/**
 * `custom` carries the already-parsed objective and its grid evaluator when problem = custom
 * (parsing needs mathjs, which stays outside the pure core).
 */
export function computeOpt2d(req: Opt2dRequest, custom?: CustomSource): Opt2dResult {
  const obj = requestObjective(req.problem, custom, (id) => getObjective(id, { kappa: req.kappa }));
  const key = fieldKey(req, custom?.info);
  const field =
    req.knownFieldKey === key ? null : buildField(obj, key, req.fieldResolution, custom?.grid);

  const opts = { lr: req.lr, eta: req.eta, maxSteps: req.steps };
  const runs = req.methods.map((m) => runMethod(obj, m, req.x0, opts));
  const endKinds = runs.map((r) => {
    if (r.status !== 'converged') return null;
    const n = r.iterates.length / 2 - 1;
    return classifyPoint(obj, [r.iterates[2 * n], r.iterates[2 * n + 1]]);
  });

  const focusRun = runs[req.methods.indexOf(req.focus)] ?? runMethod(obj, req.focus, req.x0, opts);
  const k = Math.max(0, Math.min(Math.round(req.k), focusRun.iterates.length / 2 - 1));
  const w: Vec2 = [focusRun.iterates[2 * k], focusRun.iterates[2 * k + 1]];
  const info = stepInfo(obj, req.focus, w, opts);

  const model = taylorModel(obj, w);
  const tv = sampleGrid(model.valueXY, obj.domain, TAYLOR_RES, TAYLOR_RES);
  const j0 = obj.value(w);
  const taylorLevels = taylorLevelsAround(j0, info.grad, info.hessEig.values);

  const etas = logGrid(1e-4, 1e4, 81);
  const path = dampingPath(obj, w, etas);
  const current = stepInfo(obj, 'damped-newton', w, opts).step;

  return {
    fieldKey: key,
    custom: custom?.info ?? null,
    field,
    runs,
    endKinds,
    focus: {
      method: req.focus,
      k,
      w,
      loss: j0,
      grad: info.grad,
      hess: info.hess,
      hessEigenvalues: info.hessEig.values,
      hessEigenvectors: info.hessEig.vectors,
      curvature: info.curvature,
      dampedPD: info.dampedPD,
      step: info.step,
      directional: info.directional,
      isDescent: info.isDescent,
      pointKind: classifyPoint(obj, w),
    },
    taylor: {
      key: `${key}|${w[0]},${w[1]}`,
      values: tv,
      nx: TAYLOR_RES,
      ny: TAYLOR_RES,
      levels: taylorLevels,
      minimizer: model.minimizer,
      kind: model.kind,
    },
    damping: { etas: path.etas, steps: path.steps, current },
    slice: newtonSlice(obj, w),
    pdCurvature: obj.gaussNewton ? 'gauss-newton' : 'abs-hessian',
    // The staircase follows the analysed method: Newton and PD Newton (|H| = H on this convex J)
    // use the undamped map; damped Newton (and GD, which has no map here) the damped one.
    cobweb:
      req.problem === 'logistic'
        ? logisticCobweb(
            req.x0,
            req.eta,
            req.steps,
            req.focus === 'newton' || req.focus === 'pd-newton' ? 'undamped' : 'damped',
          )
        : null,
  };
}

/** Levels of the model J₀ + δ for a few δ scaled to the local curvature, so ellipses read at any zoom. */
function taylorLevelsAround(j0: number, g: Vec2, eig: Vec2): number[] {
  const gn = Math.hypot(g[0], g[1]);
  const scale = Math.max(1e-12, (gn * gn) / Math.max(Math.abs(eig[0]), Math.abs(eig[1]), 1e-12));
  return [-8, -4, -2, -1, -0.5, -0.25, 0.25, 0.5, 1, 2, 4].map((m) => j0 + m * scale);
}
