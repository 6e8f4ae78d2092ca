/**
 * The one typed protocol between the page and the engine, whichever route computes a job (the
 * page's thread or the worker). Every request carries a `runId`; replies echo it so the facade can
 * drop replies that a newer request superseded.
 */
import type { Opt2dRequest, Opt2dResult } from '../core/newton/compute';
import type {
  CurvatureRequest,
  CurvatureResult,
  SampledResult,
  KfacTrainConfig,
  KfacTrainState,
} from '../core/kfac';
import type { PrecondRequest, PrecondResult } from '../core/precond/computePrecond';
import type {
  InvarianceRequest,
  InvarianceResult,
  InvarianceSweep,
} from '../core/precond/computeInvariance';
import type { ExprCheck } from '../expr/check';
import type {
  Model2dRequest,
  Model2dResult,
  PcgRequest,
  PcgStudy,
  ScalingRequest,
  ScalingResult,
} from '../core/cg';
import type { HfBench, HfPreset, TrainConfig, TrainState } from '../core/hf';
import type {
  BatchCurvature,
  BatchCurvatureRequest,
  PstEstimates,
  PstRequest,
  PstSampleRequest,
  PstSamples,
} from '../core/pst';
import type {
  ProximalRequest,
  ProximalResult,
  SameComputeRequest,
  SameComputeResult,
  SequenceRequest,
  SequenceResult,
} from '../core/proximal';

/** A computation the worker knows how to do, keyed by `kind`. */
export type Job =
  | { kind: 'opt2d'; input: Opt2dRequest }
  /** Preconditioning panel: GD in w̃ and preconditioned GD in w, H̃ = RᵀHR, rates. */
  | { kind: 'precond'; input: PrecondRequest }
  /** Invariance panel: each method in θ and in φ (θ = Mφ + c), deviation vs damping. */
  | { kind: 'invariance'; input: InvarianceRequest }
  /** Invariance panel: the deviation between θ and φ runs as a function of η (tens of runs). */
  | { kind: 'invariance-sweep'; input: InvarianceRequest }
  /** Parse a typed objective and typeset its derivatives (as the user types). */
  | { kind: 'expr-check'; input: { f: string } }
  /** Pullback sampling: S pseudo-gradients, empirical gradients and the exact G block. */
  | { kind: 'pst'; input: PstSampleRequest }
  /** Pullback sampling: the η-dependent EMA trace and the preconditioned GD runs. */
  | { kind: 'pst-ema'; input: PstRequest }
  /** Pullback sampling: curvature from batches of B examples against the full-data G, B = 1…512. */
  | { kind: 'pst-batch'; input: BatchCurvatureRequest }
  /** Proximal panel: the four views and the NGD step from one w⁽ᵏ⁾ and one batch. */
  | { kind: 'proximal'; input: ProximalRequest }
  /** Proximal panel, sequence mode: proximal vs SGD vs loss-only over successive batches. */
  | { kind: 'proximal-sequence'; input: SequenceRequest }
  /** Proximal panel: K proximal steps on one batch vs K SGD steps, held-out loss per evaluation. */
  | { kind: 'proximal-same-compute'; input: SameComputeRequest }
  /** K-FAC panel: exact G of a small MLP, its block diagonal, A ⊗ S per block, one layer's solves. */
  | { kind: 'kfac-curvature'; input: CurvatureRequest }
  /** K-FAC panel: S estimated from sampled backward passes, per layer, against the exact S. */
  | { kind: 'kfac-sampled'; input: CurvatureRequest }
  /** K-FAC panel: one short training chunk (K-FAC, SGD+momentum, Adam) resumed from `state`. */
  | { kind: 'kfac-train'; input: { config: KfacTrainConfig; state: KfacTrainState | null } }
  /** Hessian-free panel: GD vs CG on the quadratic model of a 2-D objective. */
  | { kind: 'cg-model'; input: Model2dRequest }
  /** Hessian-free panel: GD vs CG per MVP on an n-dim SPD model, and the κ sweep. */
  | { kind: 'cg-scaling'; input: ScalingRequest }
  /** Hessian-free panel: CG on A, CG and Jacobi PCG on the badly scaled DAD, per MVP. */
  | { kind: 'cg-pcg'; input: PcgRequest }
  /** Hessian-free panel: one short training chunk (HF, SGD, Adam) resumed from `state`. */
  | { kind: 'hf-train'; input: { config: TrainConfig; state: TrainState | null } }
  /** `npm run bench`: throughput measured inside the worker itself. */
  | { kind: 'bench'; input: { what: 'nn-gradient' } | { what: 'hf'; preset: HfPreset } };

export type JobResult =
  | { kind: 'opt2d'; output: Opt2dResult }
  | { kind: 'precond'; output: PrecondResult }
  | { kind: 'invariance'; output: InvarianceResult }
  | { kind: 'invariance-sweep'; output: InvarianceSweep }
  | { kind: 'expr-check'; output: ExprCheck }
  | { kind: 'pst'; output: PstSamples }
  | { kind: 'pst-ema'; output: PstEstimates }
  | { kind: 'pst-batch'; output: BatchCurvature }
  | { kind: 'proximal'; output: ProximalResult }
  | { kind: 'proximal-sequence'; output: SequenceResult }
  | { kind: 'proximal-same-compute'; output: SameComputeResult }
  | { kind: 'kfac-curvature'; output: CurvatureResult }
  | { kind: 'kfac-sampled'; output: SampledResult }
  | { kind: 'kfac-train'; output: KfacTrainState }
  | { kind: 'cg-model'; output: Model2dResult }
  | { kind: 'cg-scaling'; output: ScalingResult }
  | { kind: 'cg-pcg'; output: PcgStudy }
  | { kind: 'hf-train'; output: TrainState }
  | {
      kind: 'bench';
      output: { what: 'nn-gradient'; evalsPerSecond: number } | { what: 'hf'; hf: HfBench };
    };

export type Request =
  | { type: 'compute'; runId: number; channel: string; job: Job }
  /** Test hook: makes the worker throw outside any handler, as a real crash would. */
  | { type: 'crash' };

export type ComputeRequest = Extract<Request, { type: 'compute' }>;

/** What a reply to `req` carries to find its channel and tell whether it is the newest. */
export const replyIds = (req: ComputeRequest) => ({ runId: req.runId, channel: req.channel });

export type Reply =
  | { type: 'result'; runId: number; channel: string; result: JobResult; computeMs: number }
  | { type: 'error'; runId: number; channel: string; message: string };

/** What the worker posts: replies, and once, that its code loaded (an error before is no crash). */
export type WorkerMessage = Reply | { type: 'ready' };
