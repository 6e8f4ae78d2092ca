/** URL parameters of the proximal panel. Names and ids are public (links, embeds): keep stable. */
import type { ProximalRequest } from '../../core/proximal';
import { FSD_SETS, INNER_METHODS, WIDE_FSD_POINTS } from '../../core/proximal/choices';
import { defineParams, type ParamsOf } from '../../params/spec';

export const PROXIMAL_PARAMS = defineParams({
  seed: {
    kind: 'number',
    label: 'Data seed (noise, initialisation, w⁽ᵏ⁾)',
    integer: true,
    min: 1,
    max: 999,
    default: 1,
    help: 'Seeds the data noise and the initialisation, and so the pretrained previous iterate w⁽ᵏ⁾.',
  },
  center: {
    kind: 'number',
    label: 'Batch centre x',
    symbol: 'x',
    min: -3.1,
    max: 3.1,
    step: 0.05,
    default: 1.8,
    help: 'The new batch is the `bsize` data points nearest this input x.',
  },
  bsize: {
    kind: 'number',
    label: 'Batch size',
    symbol: '|B|',
    integer: true,
    min: 1,
    max: 32,
    default: 8,
    help: 'Number of points |B| in the new batch.',
  },
  fsd: {
    kind: 'enum',
    label: 'FSD measured on',
    values: FSD_SETS,
    default: 'wide',
    labels: { batch: 'the batch only', wide: `${WIDE_FSD_POINTS} inputs spread over the range` },
    help: `Where E_x of the function-space distance is taken: the batch’s own inputs, or ${WIDE_FSD_POINTS} evenly spaced inputs over [−π, π].`,
  },
  lfsd: {
    kind: 'number',
    label: 'Function-space distance λ_FSD',
    symbol: 'λ_FSD',
    min: 1e-3,
    max: 1e3,
    scale: 'log',
    zero: 'no function-space term',
    default: 3,
    help: 'Weight λ_FSD of the function-space distance λ_FSD · E_x[ρ(f(x, w), f(x, w⁽ᵏ⁾))] in the proximal objective.',
  },
  lwsd: {
    kind: 'number',
    label: 'Weight-space distance λ_WSD',
    symbol: 'λ_WSD',
    min: 1e-3,
    max: 1e3,
    scale: 'log',
    zero: 'no weight-space term',
    default: 3,
    help: 'Weight λ_WSD of the weight-space distance (λ_WSD / 2) ‖w − w⁽ᵏ⁾‖² in the proximal objective.',
  },
  steps: {
    kind: 'number',
    label: 'Inner steps K',
    symbol: 'K',
    integer: true,
    min: 1,
    max: 200,
    default: 100,
    help: 'Steps K of the inner optimizer on each view’s proximal objective (and per batch in sequence mode).',
  },
  lr: {
    kind: 'number',
    label: 'Inner learning rate α',
    symbol: 'α',
    min: 1e-4,
    max: 1,
    scale: 'log',
    default: 0.02,
    help: 'Step size α of the inner optimizer (also SGD’s step w ← w − α∇L in sequence mode).',
  },
  method: {
    kind: 'enum',
    label: 'Inner optimizer',
    values: INNER_METHODS,
    default: 'gd',
    labels: { gd: 'Gradient descent', adam: 'Adam' },
    help: 'The optimizer of each proximal objective: gradient descent, or Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e−8).',
  },
  seq: {
    kind: 'number',
    label: 'Number of batches',
    integer: true,
    min: 1,
    max: 20,
    zero: 'sequence mode off',
    default: 0,
    help: 'Sequence mode: over how many successive batches proximal steps, SGD and loss-only fitting are compared.',
  },
  pool: {
    kind: 'number',
    label: 'SGD’s data in the same-compute chart (pool size)',
    integer: true,
    min: 1,
    max: 512,
    scale: 'log',
    zero: 'a fresh batch every step',
    default: 0,
    help: 'Where the same-compute chart’s SGD takes its K batches: 0 = fresh examples every step (plentiful data); P > 0 = a fixed pool of max(P, |B|) examples, reshuffled every pass, so batches repeat (scarce data; P = |B| repeats the proximal batch).',
  },
});
export type ProximalParams = ParamsOf<typeof PROXIMAL_PARAMS>;

/** Batches used when the sequence mode is switched on. */
export const SEQ_DEFAULT = 8;

/**
 * The worker job's input for these parameters (the sequence job adds `seq` and drops `center`;
 * the same-compute job adds `pool` and drops `center`).
 */
export function toRequest(p: ProximalParams): ProximalRequest {
  return {
    seed: p.seed,
    batchCenter: p.center,
    batchSize: p.bsize,
    fsdOn: p.fsd,
    lambdaFsd: p.lfsd,
    lambdaWsd: p.lwsd,
    steps: p.steps,
    lr: p.lr,
    method: p.method,
  };
}
