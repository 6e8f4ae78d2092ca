/**
 * Seeded synthetic datasets, small enough to train in a worker between animation frames and
 * generated procedurally so nothing is fetched. Each generator draws only from the `Rng` it is
 * given, so a seed in the URL reproduces the same points.
 *
 * Layout: inputs N × d and targets N × k, row-major Float64Arrays, ready for `forward` and the loss
 * of mlp.ts ('squared-error' for the regressions, 'softmax-ce' with one-hot targets for the
 * classifications, 'bernoulli' with targets = inputs for the image autoencoder).
 */
import type { Rng } from './rng';

export interface Dataset {
  /** N × inputDim, row-major. */
  readonly inputs: Float64Array;
  /** N × targetDim, row-major. */
  readonly targets: Float64Array;
  readonly n: number;
  readonly inputDim: number;
  readonly targetDim: number;
  /** Class index per example, for classification sets (targets are then one-hot). */
  readonly labels?: Int32Array;
}

export interface RegressionOptions {
  /** Number of points (default 64). */
  readonly n?: number;
  /** Standard deviation of the additive Gaussian noise on y (default 0.1). */
  readonly noise?: number;
  /** 'uniform' draws x at random; 'grid' spaces x evenly (only y is then random). */
  readonly spacing?: 'uniform' | 'grid';
}

/** y = sin(x) + ε on x ∈ [−π, π]: a smooth target a 1-32-32-1 tanh net fits easily. */
export function noisySine(rng: Rng, options: RegressionOptions = {}): Dataset {
  return regression(rng, options, -Math.PI, Math.PI, Math.sin);
}

/**
 * y = sign(x) + ε on x ∈ [−1, 1] (y = 1 at x = 0): a discontinuity that smooth nets can only
 * approximate, which makes the loss surface ill-conditioned near the fit.
 */
export function stepData(rng: Rng, options: RegressionOptions = {}): Dataset {
  return regression(rng, options, -1, 1, (x) => (x >= 0 ? 1 : -1));
}

function regression(
  rng: Rng,
  options: RegressionOptions,
  lo: number,
  hi: number,
  f: (x: number) => number,
): Dataset {
  const n = positiveInt(options.n ?? 64, 'n');
  const noise = options.noise ?? 0.1;
  const inputs = new Float64Array(n);
  const targets = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = options.spacing === 'grid' ? (n === 1 ? 0.5 : i / (n - 1)) : rng.uniform();
    const x = lo + (hi - lo) * u;
    inputs[i] = x;
    targets[i] = f(x) + noise * rng.normal();
  }
  return { inputs, targets, n, inputDim: 1, targetDim: 1 };
}

export interface ClassificationOptions {
  /** Number of points (default 128); classes alternate, so they are balanced. */
  readonly n?: number;
  /** Standard deviation of isotropic Gaussian jitter added to each point (default 0.1). */
  readonly noise?: number;
}

/**
 * Two interleaving half-circles in 2-D (the classic "moons"), centred near the origin:
 * class 0 on (cos t, sin t), class 1 on (1 − cos t, ½ − sin t), t ~ U[0, π], shifted by (−½, −¼).
 * Not linearly separable, but one hidden layer of a few tanh units separates it.
 */
export function twoMoons(rng: Rng, options: ClassificationOptions = {}): Dataset {
  return classification(rng, options, (label, out, o) => {
    const t = Math.PI * rng.uniform();
    out[o] = label === 0 ? Math.cos(t) - 0.5 : 0.5 - Math.cos(t);
    out[o + 1] = label === 0 ? Math.sin(t) - 0.25 : 0.25 - Math.sin(t);
  });
}

export interface SpiralOptions extends ClassificationOptions {
  /** Turns of each arm (default 1.25); more turns make a harder, more curved boundary. */
  readonly turns?: number;
}

/**
 * Two interleaved Archimedean spirals in [−1, 1]²: radius r ~ U[0.1, 1], angle 2π·turns·r plus π for
 * class 1. A deeper net and many curvature-aware steps are needed — a good stress test.
 */
export function spirals(rng: Rng, options: SpiralOptions = {}): Dataset {
  const turns = options.turns ?? 1.25;
  return classification(rng, options, (label, out, o) => {
    const r = 0.1 + 0.9 * rng.uniform();
    const angle = 2 * Math.PI * turns * r + label * Math.PI;
    out[o] = r * Math.cos(angle);
    out[o + 1] = r * Math.sin(angle);
  });
}

function classification(
  rng: Rng,
  options: ClassificationOptions,
  place: (label: number, out: Float64Array, offset: number) => void,
): Dataset {
  const n = positiveInt(options.n ?? 128, 'n');
  const noise = options.noise ?? 0.1;
  const inputs = new Float64Array(2 * n);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    labels[i] = i % 2;
    place(labels[i], inputs, 2 * i);
    inputs[2 * i] += noise * rng.normal();
    inputs[2 * i + 1] += noise * rng.normal();
  }
  return { inputs, targets: oneHot(labels, 2), n, inputDim: 2, targetDim: 2, labels };
}

/** N × k one-hot rows from class indices in {0, …, k − 1}. */
export function oneHot(labels: ArrayLike<number>, k: number): Float64Array {
  const out = new Float64Array(labels.length * k);
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i];
    if (!Number.isInteger(c) || c < 0 || c >= k) throw new RangeError(`oneHot: bad label ${c}`);
    out[i * k + c] = 1;
  }
  return out;
}

export interface CurveImageOptions {
  /** Number of images (default 64). */
  readonly n?: number;
  /** Side length of the square image in pixels (default 8, so 64 inputs). */
  readonly size?: number;
  /** Strokes per image (default 1). */
  readonly strokes?: number;
  /** Gaussian pen radius in pixels (default 0.6). */
  readonly width?: number;
}

/**
 * "Curves": images of smooth random pen strokes, a miniature of the CURVES autoencoder benchmark
 * that HF and K-FAC were first shown on. Each stroke is a quadratic Bézier curve with control points
 * uniform in the central 80% of the canvas, drawn with a Gaussian pen; pixel intensity is the
 * maximum pen value over the stroke, so it lies in [0, 1] and suits a Bernoulli output.
 * Pixels are row-major (row y, column x); targets are a copy of the inputs.
 */
export function curves(rng: Rng, options: CurveImageOptions = {}): Dataset {
  const n = positiveInt(options.n ?? 64, 'n');
  const size = positiveInt(options.size ?? 8, 'size');
  const strokes = positiveInt(options.strokes ?? 1, 'strokes');
  const width = options.width ?? 0.6;
  const d = size * size;
  const inputs = new Float64Array(n * d);
  // Enough samples along the curve that consecutive pen dots overlap at any stroke length.
  const steps = 6 * size;
  const inv2w2 = 1 / (2 * width * width);
  for (let img = 0; img < n; img++) {
    const base = img * d;
    for (let s = 0; s < strokes; s++) {
      const cp = (): number => size * (0.1 + 0.8 * rng.uniform()) - 0.5;
      const x0 = cp();
      const y0 = cp();
      const x1 = cp();
      const y1 = cp();
      const x2 = cp();
      const y2 = cp();
      for (let k = 0; k <= steps; k++) {
        const t = k / steps;
        const u = 1 - t;
        const px = u * u * x0 + 2 * u * t * x1 + t * t * x2;
        const py = u * u * y0 + 2 * u * t * y1 + t * t * y2;
        // Only pixels within 3 pen radii matter; the Gaussian is < 1.2e-2 beyond.
        const r = Math.ceil(3 * width);
        const yLo = Math.max(0, Math.floor(py) - r);
        const yHi = Math.min(size - 1, Math.ceil(py) + r);
        const xLo = Math.max(0, Math.floor(px) - r);
        const xHi = Math.min(size - 1, Math.ceil(px) + r);
        for (let y = yLo; y <= yHi; y++) {
          for (let x = xLo; x <= xHi; x++) {
            const v = Math.exp(-((x - px) ** 2 + (y - py) ** 2) * inv2w2);
            const idx = base + y * size + x;
            if (v > inputs[idx]) inputs[idx] = v;
          }
        }
      }
    }
  }
  return { inputs, targets: inputs.slice(), n, inputDim: d, targetDim: d };
}

function positiveInt(v: number, name: string): number {
  if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be a positive integer`);
  return v;
}
