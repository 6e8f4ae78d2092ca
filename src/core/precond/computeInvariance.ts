/**
 * Everything the Invariance panel draws for one parameter state: each update rule run in θ and φ
 * (θ = Mφ + c), the φ-space view, and the deviation between the two as a function of damping η.
 */
import type { CustomInfo, CustomSource, RunRequest2 } from '../expr/custom';
import { requestObjective } from '../expr/custom';
import type { Memo } from '../memo';
import { logGrid } from '../newton/dampingPath';
import { getObjective } from '../objectives';
import type { Mat2, Vec2 } from '../types';
import { invertAffine, type Affine2, type Problem2 } from './affine';
import {
  fieldKey,
  objectiveField,
  transformedField,
  type Field,
  type TransformedField,
} from '../field/field';
import { squareAround } from '../field/view';
import { DeviationSweepCache } from './sweepCache';
import { INV_RULES, isDefined, runPair, type InvPair, type InvRule } from './invariance';
import { withCurvatureStructure } from './likelihood';
import { matmul, singularValues, transpose } from '../linalg/mat2';
import { R_COND_MAX } from './computePrecond';

export interface InvarianceRequest extends RunRequest2 {
  M: Mat2;
  c: Vec2;
  rules: readonly InvRule[];
  knownFieldKey: string | null;
  fieldResolution: number;
  phiResolution: number;
  /**
   * Leave out the deviation sweep (`sweep: null`): the panel asks for it in a job of its own
   * (computeInvarianceSweep), which the worker runs, so that no η, steps or M move waits for it.
   */
  omitSweep?: boolean;
}

export interface InvarianceSweep {
  etas: Float64Array;
  relative: Partial<Record<InvRule, Float64Array>>;
  /** sweepKeyOf the request it answers: a panel tells a sweep of its current state from an older one. */
  key: string;
}

/** What the sweep depends on (not η, not the field the page holds). */
export const sweepKeyOf = (r: InvarianceRequest) =>
  JSON.stringify([r.problem, r.f, r.range, r.kappa, r.x0, r.lr, r.M, r.c, r.rules, r.steps]);

export interface InvarianceResult {
  fieldKey: string;
  /** The typed objective's formula, view and messages (problem = custom), else null. */
  custom: CustomInfo | null;
  field: Field | null;
  levels: number[];
  /** Why M cannot be used (singular), or null. */
  singular: string | null;
  /** The statistical model behind G and F, or why they are not defined. */
  model: string;
  defined: Record<InvRule, boolean>;
  /** One pair of runs per requested rule that is defined here. */
  pairs: InvPair[];
  phi0: Vec2 | null;
  phiView: TransformedField | null;
  /** Relative deviation per η for each requested rule (GD: flat, it has nothing to damp). */
  sweep: InvarianceSweep | null;
  /** Facts about M: singular values, and whether it is a rotation/reflection (MᵀM = I). */
  mInfo: { singularValues: Vec2; det: number; orthogonal: boolean };
}

/** η from far below the slider's range (where the deviation meets rounding) to 1e3. */
export const SWEEP_ETAS = logGrid(1e-8, 1e3, 23);

/** The steps slider's maximum (the sweep's horizon never needs to grow beyond it). */
export const INV_STEPS_MAX = 500;

/**
 * `custom` is the parsed objective when problem = custom (see worker/customObjective). `memo`
 * keeps the field of J and the η sweep, which does not depend on η: an η drag reuses it.
 */
export function computeInvariance(
  req: InvarianceRequest,
  memo: Memo,
  custom?: CustomSource,
): InvarianceResult {
  const obj = requestObjective(req.problem, custom, (id) => getObjective(id, req));
  const { problem, model } = withCurvatureStructure(req.problem, obj);
  const key = fieldKey(req, custom?.info);
  const thetaField = objectiveField(memo, obj, `inv:${key}`, req.fieldResolution, custom?.grid);
  const T: Affine2 = { A: req.M, c: req.c };
  const [s1, s2] = singularValues(req.M);
  const MtM = matmul(transpose(req.M), req.M);
  const mInfo = {
    singularValues: [s1, s2] as Vec2,
    det: req.M[0] * req.M[3] - req.M[1] * req.M[2],
    orthogonal: Math.hypot(MtM[0] - 1, MtM[1], MtM[2], MtM[3] - 1) < 1e-9,
  };
  const defined = Object.fromEntries(INV_RULES.map((m) => [m, isDefined(problem, m)])) as Record<
    InvRule,
    boolean
  >;
  const base = {
    fieldKey: key,
    custom: custom?.info ?? null,
    // Copies of memoized arrays: the worker transfers (detaches) every array it sends.
    field:
      req.knownFieldKey === key ? null : { ...thetaField, key, values: thetaField.values.slice() },
    levels: thetaField.levels,
    model,
    defined,
    mInfo,
  };
  const phi0 = startInPhi(req);
  if (!phi0) {
    return {
      ...base,
      singular: 'M is singular (its columns are parallel or zero): φ cannot describe every θ.',
      pairs: [],
      phi0: null,
      phiView: null,
      sweep: req.omitSweep
        ? null
        : { etas: SWEEP_ETAS.slice(), relative: {}, key: sweepKeyOf(req) },
    };
  }

  const opts = { lr: req.lr, eta: req.eta, maxSteps: req.steps };
  const rules = req.rules.filter((m) => defined[m]);
  const pairs = rules.map((m) => runPair(problem, T, m, req.x0, opts)).filter((p) => p !== null);

  const sweep = req.omitSweep ? null : deviationSweepOf(req, memo, key, problem, rules);

  // The φ view shows the θ view's preimage (the dashed parallelogram), so both plots cover the same
  // region of parameter space; it depends on M and c only, so η, α, steps and start drags keep it.
  const [[x0, x1], [y0, y1]] = obj.domain;
  const back = (
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ] as Vec2[]
  ).map((p) => invertAffine(T, p) ?? phi0);
  const span = Math.min(x1 - x0, y1 - y0);
  const view = squareAround(back, (0.05 * span) / s1);
  const sampled = memo.get(`phi-view|${JSON.stringify([key, T, view, req.phiResolution])}`, () =>
    transformedField(obj, key, T, view, req.phiResolution),
  );
  // A copy: the worker transfers (detaches) the arrays it sends, and the memo keeps this one.
  const phiView = { ...sampled, values: sampled.values.slice() };

  return {
    ...base,
    singular: null,
    pairs,
    phi0,
    phiView,
    sweep,
  };
}

/** The deviation sweep alone (the panel's worker job); the same numbers computeInvariance gives. */
export function computeInvarianceSweep(
  req: InvarianceRequest,
  memo: Memo,
  custom?: CustomSource,
): InvarianceSweep {
  const obj = requestObjective(req.problem, custom, (id) => getObjective(id, req));
  const { problem } = withCurvatureStructure(req.problem, obj);
  if (!startInPhi(req)) return { etas: SWEEP_ETAS.slice(), relative: {}, key: sweepKeyOf(req) };
  const rules = req.rules.filter((m) => isDefined(problem, m));
  return deviationSweepOf(req, memo, fieldKey(req, custom?.info), problem, rules);
}

/** Relative deviation per η, from the memo's sweep cache (keyed without η and the budget). */
function deviationSweepOf(
  req: InvarianceRequest,
  memo: Memo,
  key: string,
  problem: Problem2,
  rules: readonly InvRule[],
): InvarianceSweep {
  const T: Affine2 = { A: req.M, c: req.c };
  const sweepKey = JSON.stringify([key, req.kappa, req.x0, req.lr, req.M, req.c]);
  const cache = memo.get(
    `invariance-sweep|${sweepKey}`,
    () =>
      new DeviationSweepCache(
        { problem, T, theta0: req.x0, lr: req.lr, etas: SWEEP_ETAS },
        Math.max(INV_STEPS_MAX, req.steps),
      ),
  );
  const relative: Partial<Record<InvRule, Float64Array>> = {};
  for (const m of rules) relative[m] = cache.relative(m, req.steps);
  return { etas: SWEEP_ETAS.slice(), relative, key: sweepKeyOf(req) };
}

/** φ⁽⁰⁾ = M⁻¹(θ⁽⁰⁾ − c), or null where M is singular or too ill-conditioned to map runs through. */
function startInPhi(req: InvarianceRequest): Vec2 | null {
  const [s1, s2] = singularValues(req.M);
  if (!(s2 > 0) || s1 / s2 > R_COND_MAX) return null;
  return invertAffine({ A: req.M, c: req.c }, req.x0);
}
