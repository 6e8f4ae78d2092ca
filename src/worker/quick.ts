/**
 * The quick kinds: jobs that take well under a millisecond to a few milliseconds in the pure core,
 * so the engine may run them on the page's own thread and commit their result in the frame of
 * the change (a reply from a worker arrives a frame later). Each kind's core is imported on
 * demand, so its code travels in its own chunk, fetched when a panel that needs it opens — not in
 * the app's entry. The worker runs the very same core functions (runJob.ts): a result does not
 * depend on the route that computed it.
 */
import type { Memo } from '../core/memo';
import { fieldKey } from '../core/field/field';
import { precondFieldKey } from '../core/precond/fieldKey';
import { pstSampleKey } from '../core/pst/sampleKey';
import type { Job, JobResult } from './protocol';

export type Kind = Job['kind'];
export type InputOf<K extends Kind> = Extract<Job, { kind: K }>['input'];
export type OutputOf<K extends Kind> = Extract<JobResult, { kind: K }>['output'];
/** A kind's computation on the calling thread, synchronous once its core is loaded. */
export type QuickRun<K extends Kind> = (input: InputOf<K>, memo: Memo) => OutputOf<K>;

export interface QuickKind<K extends Kind> {
  /** Imports the kind's core (its own chunk) and returns its computation. */
  load(): Promise<QuickRun<K>>;
  /** False for jobs only the worker can run (a typed objective needs mathjs to be parsed). */
  eligible?(input: InputOf<K>): boolean;
  /**
   * Jobs of one class cost about the same; the router learns each class's cost separately, so a
   * rare heavy job (a new contour field) does not send the light ones (a slider move) away.
   * `previous` is the input of the job submitted before on the same channel, if of this kind.
   */
  costClass?(input: InputOf<K>, previous?: InputOf<K>): string;
  /**
   * Cost classes known to take more than the inline cap: once the panel has had its first
   * result, they start in the worker instead of blocking a frame to be measured.
   */
  heavy?: readonly string[];
  /**
   * The kind's jobs all take longer than the cap (their cost also depends on what the memo
   * holds, which the worker's and the page's do not share): only a panel's first result is
   * computed inline, while it opens; every later job is the worker's.
   */
  workerOnceOpen?: boolean;
}

const typedObjective = (input: { problem: string }) => input.problem !== 'custom';

type QuickTable = { [K in Kind]?: QuickKind<K> };

export const QUICK_KINDS: QuickTable = {
  opt2d: {
    load: () => import('../core/newton/compute').then((m) => (input) => m.computeOpt2d(input)),
    eligible: typedObjective,
    // The 160² contour field dominates a job that computes it; the page holds it afterwards.
    costClass: (input) => (fieldKey(input) === input.knownFieldKey ? 'moves' : 'new field'),
    heavy: ['new field'],
  },
  precond: {
    load: () =>
      import('../core/precond/computePrecond').then(
        (m) => (input, memo) => m.computePrecond(input, memo),
      ),
    eligible: typedObjective,
    // As opt2d: the first job samples J's field (and compiles the kind's code: 40–50 ms), an η
    // or R move reuses it; one class for both sent every move to the worker after the first.
    costClass: (input) => (precondFieldKey(input) === input.knownFieldKey ? 'moves' : 'new field'),
    heavy: ['new field'],
  },
  invariance: {
    load: () =>
      import('../core/precond/computeInvariance').then(
        (m) => (input, memo) => m.computeInvariance(input, memo),
      ),
    eligible: typedObjective,
    // The panel leaves the deviation sweep (tens of runs) to a worker job of its own
    // ('invariance-sweep'); without it, any move costs about a millisecond. The contour field of
    // a new problem is the heavy part.
    costClass: (input) =>
      fieldKey(input) !== input.knownFieldKey ? 'new field' : input.omitSweep ? 'moves' : 'sweep',
    heavy: ['new field', 'sweep'],
  },
  // The panel's first sweep is computed inline while it opens (an embed need not start the
  // worker); every later one is the worker's (tens of runs).
  'invariance-sweep': {
    load: () =>
      import('../core/precond/computeInvariance').then(
        (m) => (input, memo) => m.computeInvarianceSweep(input, memo),
      ),
    eligible: typedObjective,
    workerOnceOpen: true,
  },
  'pst-ema': {
    load: () =>
      import('../core/pst/compute').then((m) => (input, memo) => m.computePstEma(input, memo)),
    // Drawing the samples is the cost (it grows with their count and the model's size); an η, α
    // or steps move reuses them from the memo (computePstEma) and costs a fraction of that.
    costClass: (input, previous) =>
      previous !== undefined && pstSampleKey(previous) === pstSampleKey(input)
        ? `${input.model}:${input.output}:moves`
        : `${input.model}:${input.output}:${input.samples}`,
  },
  pst: {
    load: () => import('../core/pst/compute').then((m) => (input) => m.computePstSamples(input)),
    costClass: (input) => `${input.model}:${input.output}:${input.samples}`,
  },
  'kfac-curvature': {
    load: () => import('../core/kfac/curvature').then((m) => (input) => m.computeCurvature(input)),
    // By the network alone: the cost grows with N (the default network under 1.5 ms up to
    // N = 64; with 139 parameters 2 ms at N = 1, 5 at 16, 11–17 at 64), and the median of a
    // drag's recent N follows it, where a class per N would run every new N inline once.
    costClass: (input) => input.sizes.join('-'),
  },
  'kfac-sampled': {
    load: () => import('../core/kfac/curvature').then((m) => (input) => m.computeSampled(input)),
    // SAMPLED_S_MAX backward passes over the batch (0.5–11 ms for the default network, up to
    // ~40 ms with 139 parameters): the worker's once the panel is open.
    workerOnceOpen: true,
  },
  'cg-model': {
    load: () => import('../core/cg/model2d').then((m) => (input) => m.computeModel2d(input)),
    eligible: typedObjective,
  },
};

/** The kind's entry, typed by the job's kind. */
export function quickKind<K extends Kind>(kind: K): QuickKind<K> | undefined {
  return (QUICK_KINDS as { [P in K]?: QuickKind<P> })[kind];
}

/** Whether the kind's jobs run in the worker once the panel has its first result. */
export const workerOnceOpen = (job: Job) =>
  (quickKind(job.kind) as QuickKind<Kind> | undefined)?.workerOnceOpen === true;

/** Whether the kind declares this class of job heavy. */
export function isHeavyClass(job: Job, cls: string): boolean {
  const heavy = (quickKind(job.kind) as QuickKind<Kind> | undefined)?.heavy;
  return heavy?.some((h) => cls === `${job.kind}:${h}`) ?? false;
}

/** The router's class of a job: its kind, refined by the kind's cost class. */
export function costClassOf(job: Job, previous?: Job): string {
  const q = quickKind(job.kind) as QuickKind<Kind> | undefined;
  const prev = previous?.kind === job.kind ? previous.input : undefined;
  const sub = q?.costClass?.(job.input as never, prev as never);
  return sub ? `${job.kind}:${sub}` : job.kind;
}

/** Whether the job may run on the page's thread at all. */
export function isQuick(job: Job): boolean {
  const q = quickKind(job.kind) as QuickKind<Kind> | undefined;
  return q !== undefined && (q.eligible?.(job.input as never) ?? true);
}
