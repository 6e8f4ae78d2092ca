/**
 * Everything the Preconditioning panel draws for one parameter state, in one worker message:
 * preconditioned GD computed directly and through w̃, the w̃ view, H̃ = RᵀHR at the analysed
 * iterate, and for the quadratic the step counts before/after and the diagonal-vs-rotated sweep.
 */
import type { CustomInfo, CustomRequest, CustomSource } from '../expr/custom';
import { requestObjective } from '../expr/custom';
import type { Memo } from '../memo';
import { precondFieldKey } from './fieldKey';
import { condPD, congruence, matTvec, singularValues, solve, symEig } from '../linalg/mat2';
import { clampKappa } from '../objectives';
import type { Mat2, ProblemId, Vec2 } from '../types';
import { type Affine2 } from './affine';
import { precondObjective } from './angledQuadratic';
import {
  objectiveField,
  transformedField,
  type Field,
  type TransformedField,
} from '../field/field';
import { nearDomain, squareAround } from '../field/view';
import {
  maxStepMismatch,
  runGdInMovingTilde,
  runGdInTilde,
  runPreconditionedGd,
  type RAt,
} from './precondRun';
import { presetAt, presetCurvature, type PresetId } from './presets';
import { jacobiKappa, jacobiSweep, quadraticGd, type QuadraticGd } from './quadRate';
import { iterateAt, type Deviation, type Trace } from './trace';
import { runDeviation } from './invariance';

export interface PrecondRequest extends CustomRequest {
  problem: ProblemId | 'custom';
  kappa: number;
  /** Rotation of the quadratic's eigenvectors in degrees (30 = the shared quadratic). */
  angle: number;
  x0: Vec2;
  /** Learning rate α, the same for GD in w̃ and for the preconditioned update in w. */
  lr: number;
  steps: number;
  /** The analysed iterate. */
  k: number;
  /**
   * R of w = Rw̃ + b set by hand (preset = custom). A named preset builds R here from the
   * curvature at the start point, so the URL holds inputs only.
   */
  R: Mat2;
  b: Vec2;
  /** The preset R follows when follow = true (custom R cannot follow). */
  preset: PresetId | 'custom';
  /** Damping η of the damped preset. */
  eta: number;
  /** R = preset(curvature at each iterate) instead of a fixed R. */
  follow: boolean;
  /** Also run plain GD (R = I) with the same α, for comparison. */
  plainGd: boolean;
  knownFieldKey: string | null;
  fieldResolution: number;
  tildeResolution: number;
}

export interface PrecondPoint {
  k: number;
  w: Vec2;
  H: Mat2;
  /** The R in use at this iterate. */
  R: Mat2;
  /** H̃ = RᵀHR. */
  Ht: Mat2;
  eigH: ReturnType<typeof symEig>;
  eigHt: ReturnType<typeof symEig>;
  /** Condition numbers; null where the matrix is not positive definite. */
  kappaH: number | null;
  kappaHt: number | null;
  /** Whether the preset used |H| because H is not positive definite here. */
  replaced: boolean;
}

/** How far the w̃ field is sampled beyond its view (1.3: 15 % on each side). */
export const TILDE_PAD = 1.3;

export interface TildeView extends TransformedField {
  /** The w̃ iterate k and the next one, in w̃ coordinates (the step drawn in follow mode). */
  at: Vec2;
  next: Vec2 | null;
}

export interface PrecondResult {
  fieldKey: string;
  /** The typed objective's formula, view and messages (problem = custom), else null. */
  custom: CustomInfo | null;
  /** The curvature the presets are built from at the start point (H, or |H| if not PD). */
  start: { C: Mat2; replaced: boolean };
  /** The R in use when it does not follow the iterate (the preset's or the dragged one). */
  fixedR: Mat2;
  field: Field | null;
  levels: number[];
  /** Why there is no w̃ space (R singular), or null. */
  singular: string | null;
  /** w ← w − α RRᵀ∇J computed in w. */
  direct: Trace;
  /** GD in w̃, iterates mapped back to w; null when R is singular. */
  viaTilde: Trace | null;
  /** The same GD iterates in w̃ coordinates (fixed R only). */
  tildeIterates: Float64Array | null;
  plainGd: Trace | null;
  /** Distance between direct and viaTilde, iterate by iterate. */
  distance: Deviation | null;
  /** Largest ‖one w̃ step from w_k − w_{k+1}‖/(1 + ‖w_{k+1}‖) along the direct run. */
  stepMismatch: number | null;
  point: PrecondPoint;
  tilde: TildeView | null;
  /** The quadratic only: GD at its best step size before (H) and after (H̃) preconditioning. */
  quad: { tol: number; before: QuadraticGd; after: QuadraticGd | null } | null;
  /** The quadratic only: κ after the Jacobi preset as the quadratic rotates 0…90°. */
  jacobi: {
    angles: Float64Array;
    after: Float64Array;
    kappa: number;
    atAngle: { angle: number; before: number; after: number | null }[];
  } | null;
}

/** R with a condition number beyond this has no usable inverse (the w̃ plot would be noise). */
export const R_COND_MAX = 1e10;
export const QUAD_TOL = 1e-6;

function rCondition(R: Mat2): string | null {
  const [s1, s2] = singularValues(R);
  if (!(s2 > 0) || !Number.isFinite(s1) || s1 / s2 > R_COND_MAX) {
    return 'R is singular (its columns are parallel or zero): there is no w̃ space. Drag a column apart.';
  }
  return null;
}

/** `custom` is the parsed objective when problem = custom (see worker/customObjective). */
/** `memo` keeps the field of J, which R does not change. */
export function computePrecond(
  request: PrecondRequest,
  memo: Memo,
  custom?: CustomSource,
): PrecondResult {
  const obj = requestObjective(request.problem, custom, (id) => precondObjective(id, request));
  const fixedR: Mat2 =
    request.preset !== 'custom'
      ? (presetAt(obj, request.x0, request.preset, request.eta).R ?? [1, 0, 0, 1])
      : request.R;
  const req: PrecondRequest = { ...request, R: fixedR };
  const key = precondFieldKey(req, custom?.info);
  const wField = objectiveField(memo, obj, key, req.fieldResolution, custom?.grid);
  const opts = { lr: req.lr, maxSteps: req.steps };
  const follow = req.follow && req.preset !== 'custom';
  const preset = req.preset === 'custom' ? 'identity' : req.preset;
  const start = presetCurvature(obj.hess(req.x0));
  const rAt: RAt = follow ? (w) => presetAt(obj, w, preset, req.eta).R : () => req.R;

  const direct = runPreconditionedGd(obj, req.x0, rAt, opts);
  const singular = follow ? null : rCondition(req.R);
  let viaTilde: Trace | null = null;
  let tildeIterates: Float64Array | null = null;
  if (follow) {
    viaTilde = runGdInMovingTilde(obj, rAt, req.b, req.x0, opts);
  } else if (!singular) {
    const r = runGdInTilde(obj, { A: req.R, c: req.b }, req.x0, opts);
    if (r) {
      viaTilde = { ...r.tilde, iterates: r.mapped };
      tildeIterates = r.tilde.iterates;
    }
  }
  const distance = viaTilde ? runDeviation(direct, viaTilde.iterates, viaTilde) : null;
  const stepMismatch = viaTilde ? maxStepMismatch(obj, direct, rAt, req.b, req.lr) : null;
  const plainGd = req.plainGd ? runPreconditionedGd(obj, req.x0, () => [1, 0, 0, 1], opts) : null;

  // The analysed iterate of the direct run.
  const k = Math.max(0, Math.min(Math.round(req.k), direct.steps));
  const w = iterateAt(direct.iterates, k);
  const H = obj.hess(w);
  const R = rAt(w) ?? req.R;
  const Ht = congruence(H, R);
  const point: PrecondPoint = {
    k,
    w,
    H,
    R,
    Ht,
    eigH: symEig(H),
    eigHt: symEig(Ht),
    kappaH: condPD(H),
    kappaHt: condPD(Ht),
    replaced: presetCurvature(H).replaced && req.preset !== 'custom' && req.preset !== 'identity',
  };

  const span = Math.min(obj.domain[0][1] - obj.domain[0][0], obj.domain[1][1] - obj.domain[1][0]);
  let tilde: TildeView | null = null;
  if (!rCondition(R)) {
    const T: Affine2 = { A: R, c: req.b };
    const at = solve(R, [w[0] - req.b[0], w[1] - req.b[1]]);
    if (at) {
      const g = matTvec(R, obj.grad(w));
      const next: Vec2 | null =
        k < direct.steps || direct.status !== 'converged'
          ? [at[0] - req.lr * g[0], at[1] - req.lr * g[1]]
          : null;
      const pts: Vec2[] = [at];
      if (follow) {
        if (next) pts.push(next);
      } else if (tildeIterates && viaTilde) {
        for (let i = 0; i + 1 < tildeIterates.length; i += 2) {
          if (nearDomain(obj.domain, iterateAt(viaTilde.iterates, i / 2)))
            pts.push(iterateAt(tildeIterates, i / 2));
        }
      }
      const minHalf = (0.08 * span) / singularValues(R)[0];
      const domain = squareAround(pts, minHalf);
      // Sampled beyond the view so that the next slider step's R can redraw these samples.
      const field = transformedField(obj, key, T, domain, req.tildeResolution, TILDE_PAD);
      tilde = { ...field, at, next };
    }
  }

  let quad: PrecondResult['quad'] = null;
  let jacobi: PrecondResult['jacobi'] = null;
  if (req.problem === 'quadratic') {
    const before = quadraticGd(H, req.x0, QUAD_TOL)!;
    const e0 = solve(R, req.x0);
    quad = {
      tol: QUAD_TOL,
      before,
      after: e0 && !rCondition(R) ? quadraticGd(Ht, e0, QUAD_TOL) : null,
    };
    const angles = Array.from({ length: 91 }, (_, i) => i);
    const sweep = jacobiSweep(clampKappa(req.kappa), angles);
    jacobi = {
      ...sweep,
      atAngle: [0, req.angle, 45].map((angle) => {
        const Ha = precondObjective('quadratic', { kappa: req.kappa, angle }).hess([0, 0]);
        return { angle, before: condPD(Ha) ?? NaN, after: jacobiKappa(Ha) };
      }),
    };
  }

  return {
    fieldKey: key,
    custom: custom?.info ?? null,
    start,
    fixedR,
    // A copy: the worker transfers (detaches) every array it sends, and wField is memoized.
    field: req.knownFieldKey === key ? null : { ...wField, values: wField.values.slice() },
    levels: wField.levels,
    singular,
    direct,
    viaTilde,
    tildeIterates,
    plainGd,
    distance,
    stepMismatch,
    point,
    tilde,
    quad,
    jacobi,
  };
}
