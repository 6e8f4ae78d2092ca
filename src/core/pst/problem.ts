/**
 * The two problems of the pullback-sampling panel, built on the small-network engine so that the
 * same `samplePseudoGradients` / `gaussNewtonMatrix` code runs for both:
 *
 * - 'linear': the slide's linear regression z = w₁u + w₂ (an MLP 1 → 1 whose weight and bias are
 *   the two plotted weights), inputs u ~ U[0, 3] so that x̄ = (u, 1) has correlated coordinates and
 *   the G ellipse is visibly tilted;
 * - 'net': a 2-D-input net 2 → 3 (tanh) → 1 on the two-moons inputs, with two chosen weights.
 *
 * Output 'gaussian' is the squared error with variance σ² (targets t = teacher + σε); 'bernoulli'
 * is logistic regression on logits (labels drawn from the teacher, or the moon's class).
 */
import {
  createLayout,
  createRng,
  initParams,
  twoMoons,
  weightIndex,
  type MlpLayout,
  type Rng,
} from '../nn';
import type { Vec2 } from '../types';

import type { PstModel, PstOutput, PstPair } from './choices';

/** Data-generating weights of the linear problem: t ≈ 1.5u − 2 (logit for Bernoulli). */
export const LINEAR_TEACHER: Vec2 = [1.5, -2];
/** Number of data points in either problem. */
export const DATA_SIZE = 48;
export const NET_HIDDEN = 3;

export interface PstProblemOptions {
  model: PstModel;
  output: PstOutput;
  /** Noise standard deviation σ of the Gaussian output (ignored for Bernoulli). */
  sigma: number;
  seed: number;
  /** The weights (w₁, w₂) at which the linear model is analysed. */
  w: Vec2;
  pair: PstPair;
}

export interface PstProblem {
  layout: MlpLayout;
  /** The full flat parameter vector at which everything is evaluated. */
  params: Float64Array;
  /** N × d inputs and N × 1 targets (the "true labels"). */
  inputs: Float64Array;
  targets: Float64Array;
  n: number;
  inputDim: number;
  /** Flat indices of the two plotted weights. */
  chosen: readonly [number, number];
  /** Their names for axes, e.g. "w₁ (slope)". */
  names: readonly [string, string];
}

/** Separate streams for data and sampling, so changing S never changes the data set. */
export function dataRng(seed: number): Rng {
  return createRng(seed);
}
/** Streams for x_s and for t̃_s kept apart, so S samples are a prefix of S + 1 samples. */
export function indexRng(seed: number): Rng {
  return createRng(seed + 0x5bd1e995);
}
export function targetRng(seed: number): Rng {
  return createRng(seed + 0x27d4eb2d);
}

export function buildProblem(o: PstProblemOptions): PstProblem {
  if (!(o.sigma > 0) || !Number.isFinite(o.sigma)) {
    throw new RangeError(`σ must be a positive number, got ${o.sigma}`);
  }
  return o.model === 'linear' ? linearProblem(o) : netProblem(o);
}

function linearProblem(o: PstProblemOptions): PstProblem {
  const layout = createLayout({
    sizes: [1, 1],
    activations: ['linear'],
    output: o.output === 'gaussian' ? 'squared-error' : 'bernoulli',
    variance: o.sigma * o.sigma,
  });
  const rng = dataRng(o.seed);
  const n = DATA_SIZE;
  const inputs = new Float64Array(n);
  const targets = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = 3 * rng.uniform();
    const z = LINEAR_TEACHER[0] * u + LINEAR_TEACHER[1];
    inputs[i] = u;
    targets[i] = o.output === 'gaussian' ? z + o.sigma * rng.normal() : bernoulli(rng, z);
  }
  // Layout of an MLP 1 → 1: w = [W(0,0), b(0)], i.e. (slope, intercept).
  const params = Float64Array.from(o.w);
  return {
    layout,
    params,
    inputs,
    targets,
    n,
    inputDim: 1,
    chosen: [0, 1],
    names: ['w₁ (slope)', 'w₂ (intercept)'],
  };
}

function netProblem(o: PstProblemOptions): PstProblem {
  const layout = createLayout({
    sizes: [2, NET_HIDDEN, 1],
    activations: ['tanh', 'linear'],
    output: o.output === 'gaussian' ? 'squared-error' : 'bernoulli',
    variance: o.sigma * o.sigma,
  });
  const rng = dataRng(o.seed);
  const data = twoMoons(rng, { n: DATA_SIZE, noise: 0.1 });
  const labels = data.labels ?? new Int32Array(DATA_SIZE);
  const targets = new Float64Array(DATA_SIZE);
  for (let i = 0; i < DATA_SIZE; i++) {
    targets[i] = o.output === 'gaussian' ? 2 * labels[i] - 1 + o.sigma * rng.normal() : labels[i];
  }
  // gain 1.5: hidden units away from both the linear regime and saturation at initialisation.
  const params = initParams(layout, rng, { gain: 1.5, biasStd: 0.3 });
  const [l1, l2] = layout.layers;
  const chosen: Record<PstPair, { idx: [number, number]; names: [string, string] }> = {
    output: {
      idx: [weightIndex(l2, 0, 0), weightIndex(l2, 0, 1)],
      names: ['W₂[1,1] (hidden 1 → out)', 'W₂[1,2] (hidden 2 → out)'],
    },
    hidden: {
      idx: [weightIndex(l1, 0, 0), weightIndex(l1, 0, 1)],
      names: ['W₁[1,1] (x₁ → hidden 1)', 'W₁[1,2] (x₂ → hidden 1)'],
    },
    mixed: {
      idx: [weightIndex(l1, 0, 0), weightIndex(l2, 0, 0)],
      names: ['W₁[1,1] (x₁ → hidden 1)', 'W₂[1,1] (hidden 1 → out)'],
    },
  };
  const c = chosen[o.pair];
  return {
    layout,
    params,
    inputs: data.inputs,
    targets,
    n: DATA_SIZE,
    inputDim: 2,
    chosen: c.idx,
    names: c.names,
  };
}

function bernoulli(rng: Rng, logit: number): number {
  return rng.uniform() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
}
