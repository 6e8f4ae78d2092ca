/**
 * The proximal panel's computation (what the worker runs on every slider move): from one previous
 * iterate w⁽ᵏ⁾ and one mini-batch, the slide's four views — w⁽ᵏ⁾ itself, Loss + WSD, Loss + FSD,
 * Loss + WSD + FSD, each K steps of GD/Adam on its proximal objective — and the two linearized
 * steps the slide names: natural gradient (linear loss + quadratic FSD + WSD damping) and SGD
 * (linear loss + WSD, no FSD).
 */
import type { Memo } from '../memo';
import { gather, complement, linspace, nearestBatch, scenarioFor, X_RANGE } from './scenario';
import { minimizeProximal, type InnerMethod } from './inner';
import { naturalGradientStep } from './ngd';
import { departure, sgdStep, type Departure } from './linearized';
import { topCurvature } from './stability';
import { createProximalObjective, type ProximalTerms, type ProximalWeights } from './objective';
import { createMeasurer, evalSet } from './views';

import { WIDE_FSD_POINTS, type FsdSet } from './choices';
export { FSD_SETS, WIDE_FSD_POINTS, type FsdSet } from './choices';
export const CURVE_POINTS = 161;

/** The slide's four views, then its two linearized steps (appended: the order is public). */
export const VIEW_IDS = ['previous', 'wsd', 'fsd', 'both', 'ngd', 'sgd'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ProximalRequest {
  /** Seeds the data, the initialisation and the pretraining of w⁽ᵏ⁾. */
  readonly seed: number;
  /** The batch is the `batchSize` training points nearest to x = batchCenter. */
  readonly batchCenter: number;
  readonly batchSize: number;
  readonly fsdOn: FsdSet;
  readonly lambdaFsd: number;
  readonly lambdaWsd: number;
  /** K inner steps and their learning rate α. */
  readonly steps: number;
  readonly lr: number;
  readonly method: InnerMethod;
}

export interface ProximalView {
  readonly id: ViewId;
  /** The λ's of this view's objective (the panel's λ's with the missing term switched off). */
  readonly lambdaFsd: number;
  readonly lambdaWsd: number;
  readonly f: Float64Array;
  readonly terms: ProximalTerms;
  readonly outsideLoss: number;
  readonly retainedLoss: number;
  /** ‖∇Q‖ at the returned w (0 for the previous iterate's own view is not meaningful: NaN). */
  readonly gradNorm: number;
  readonly status: 'ok' | 'diverged' | 'unbounded';
  readonly divergedAt?: number;
  /** Q after each inner step (empty for 'previous' and 'ngd'). */
  readonly objective: Float64Array;
  /**
   * 2/L with L the top eigenvalue of this view's Gauss-Newton curvature of Q at w⁽ᵏ⁾: GD on Q is
   * stable near w⁽ᵏ⁾ for α below it (NaN for 'previous' and 'ngd', which run no GD).
   */
  readonly lrLimit: number;
}

export interface NgdInfo extends Departure {
  readonly cgIterations: number;
  readonly relResidual: number;
}

/** The SGD step −∇L/λ_WSD against the Loss + WSD view's step. */
export interface SgdInfo extends Departure {
  /** 1/λ_WSD (Infinity when λ_WSD = 0: no step). */
  readonly learningRate: number;
}

export interface ProximalResult {
  readonly curveX: Float64Array;
  readonly dataX: Float64Array;
  readonly dataT: Float64Array;
  /** 1 where w⁽ᵏ⁾ was trained on the point. */
  readonly seen: Uint8Array;
  /** Indices of the batch in dataX. */
  readonly batch: Int32Array;
  readonly fsdInputs: Float64Array;
  readonly views: readonly ProximalView[];
  readonly ngd: NgdInfo;
  readonly sgd: SgdInfo;
  readonly paramCount: number;
  readonly pretrainLoss: number;
}

/**
 * `memo` keeps the scenario and the inner runs: dragging λ_FSD leaves the Loss + WSD view's
 * objective unchanged (and dragging λ_WSD the Loss + FSD view's), so one of the three K-step runs
 * is reused, a third of a slider move's work. Runs are pure functions of their key.
 */
export function computeProximal(req: ProximalRequest, memo: Memo): ProximalResult {
  const sc = scenarioFor(req.seed, memo);
  const { data, layout, anchor } = sc;
  const batch = nearestBatch(data.inputs, req.batchCenter, req.batchSize);
  const X = gather(data.inputs, batch);
  const T = gather(data.targets, batch);
  const fsdInputs = req.fsdOn === 'batch' ? X : linspace(X_RANGE[0], X_RANGE[1], WIDE_FSD_POINTS);
  const obj = createProximalObjective(layout, anchor, { inputs: X, targets: T, fsdInputs });
  const out = complement(data.n, batch);
  const kept = out.filter((i) => sc.seen[i] === 1);
  const curveX = linspace(X_RANGE[0], X_RANGE[1], CURVE_POINTS);
  const measurer = createMeasurer(
    obj,
    curveX,
    evalSet(layout, gather(data.inputs, out), gather(data.targets, out)),
    evalSet(layout, gather(data.inputs, kept), gather(data.targets, kept)),
  );
  const both: ProximalWeights = { lambdaFsd: req.lambdaFsd, lambdaWsd: req.lambdaWsd };
  const inner = { method: req.method, steps: req.steps, lr: req.lr };

  const views: ProximalView[] = [
    {
      id: 'previous',
      ...both,
      ...measurer.measure(anchor, both),
      gradNorm: NaN,
      status: 'ok',
      objective: new Float64Array(0),
      lrLimit: NaN,
    },
  ];
  const nuLoss = topCurvature(obj, 0);
  const nuBoth = req.lambdaFsd > 0 ? topCurvature(obj, req.lambdaFsd) : nuLoss;
  let proxW = anchor;
  let wsdW = anchor;
  for (const id of ['wsd', 'fsd', 'both'] as const) {
    const lambdas: ProximalWeights = {
      lambdaFsd: id === 'wsd' ? 0 : req.lambdaFsd,
      lambdaWsd: id === 'fsd' ? 0 : req.lambdaWsd,
    };
    // The FSD inputs only matter when the FSD term is on.
    const key = JSON.stringify([
      req.seed,
      Array.from(batch),
      lambdas.lambdaFsd > 0 ? req.fsdOn : '-',
      lambdas,
      inner,
    ]);
    const run = memo.get(`proximal-run|${key}`, () => minimizeProximal(obj, lambdas, inner));
    if (id === 'both') proxW = run.w;
    if (id === 'wsd') wsdW = run.w;
    views.push({
      id,
      ...lambdas,
      ...measurer.measure(run.w, lambdas),
      gradNorm: run.gradNorm,
      status: run.status,
      ...(run.divergedAt !== undefined ? { divergedAt: run.divergedAt } : {}),
      // A copy: the worker transfers result buffers, and the run may be reused from the memo.
      objective: run.objective.slice(),
      lrLimit: 2 / ((lambdas.lambdaFsd > 0 ? nuBoth : nuLoss) + lambdas.lambdaWsd),
    });
  }

  const ngd = naturalGradientStep(obj, both);
  const ngdMeasured = measurer.measure(ngd.w, both);
  views.push({
    id: 'ngd',
    ...both,
    ...ngdMeasured,
    gradNorm: NaN,
    status: ngd.status,
    objective: new Float64Array(0),
    lrLimit: NaN,
  });
  // SGD: the loss linearized, the WSD kept, no FSD — the linearization of the Loss + WSD view.
  const wsdOnly: ProximalWeights = { lambdaFsd: 0, lambdaWsd: req.lambdaWsd };
  const sgd = sgdStep(obj, req.lambdaWsd);
  const sgdMeasured = measurer.measure(sgd.w, wsdOnly);
  views.push({
    id: 'sgd',
    ...wsdOnly,
    ...sgdMeasured,
    gradNorm: NaN,
    status: sgd.status,
    objective: new Float64Array(0),
    lrLimit: NaN,
  });
  const ngdDeparture = departure(
    anchor,
    ngd.delta,
    proxW,
    ngdMeasured.f,
    views[3].f,
    ngd.status === 'ok',
  );
  const sgdDeparture = departure(
    anchor,
    sgd.delta,
    wsdW,
    sgdMeasured.f,
    views[1].f,
    sgd.status === 'ok',
  );

  return {
    curveX,
    // Copies: the worker transfers result buffers, which would detach the cached scenario's.
    dataX: data.inputs.slice(),
    dataT: data.targets.slice(),
    seen: sc.seen.slice(),
    batch,
    fsdInputs,
    views,
    ngd: { cgIterations: ngd.cgIterations, relResidual: ngd.relResidual, ...ngdDeparture },
    sgd: { learningRate: sgd.learningRate, ...sgdDeparture },
    paramCount: layout.paramCount,
    pretrainLoss: sc.pretrainLoss,
  };
}
