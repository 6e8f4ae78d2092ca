/**
 * The diagonal PST estimate as an exponential moving average (lecture: "In practice, often use an
 * EMA"; docs/math.md#pullback-sampling):   d_k = η d_{k−1} + (1 − η) Dw_k ⊙ Dw_k,   d_0 = 0.
 *
 * Sample k − j carries weight (1 − η) η^j, so the average looks back about 1/(1 − η) steps (the
 * timescale). Started at 0, d_k is biased towards 0 by the missing mass η^k; dividing by
 * (1 − η^k) (the debiased form of kfac-jax's accumulators) removes it, so the very first estimate
 * is exactly Dw_1² instead of (1 − η) Dw_1².
 */

/** 1/(1 − η): how many recent steps the EMA effectively averages. */
export function emaTimescale(eta: number): number {
  return 1 / (1 - eta);
}

export interface EmaTrace {
  /** The decay η the trace was computed with. */
  eta: number;
  /** S × 2: d_k after step k = 1…S (row k − 1), started at 0 — biased towards 0 early on. */
  raw: Float64Array;
  /** S × 2: d_k / (1 − η^k). */
  debiased: Float64Array;
}

/** Runs the EMA of the squared coordinates over S × 2 row-major samples, one sample per step. */
export function emaDiagonal(samples: ArrayLike<number>, eta: number): EmaTrace {
  if (!(eta >= 0 && eta < 1)) throw new RangeError(`EMA decay η must be in [0, 1), got ${eta}`);
  const S = Math.floor(samples.length / 2);
  const raw = new Float64Array(2 * S);
  const debiased = new Float64Array(2 * S);
  let d0 = 0;
  let d1 = 0;
  let etaPow = 1;
  for (let k = 0; k < S; k++) {
    const a = samples[2 * k];
    const b = samples[2 * k + 1];
    d0 = eta * d0 + (1 - eta) * a * a;
    d1 = eta * d1 + (1 - eta) * b * b;
    etaPow *= eta;
    raw[2 * k] = d0;
    raw[2 * k + 1] = d1;
    const mass = 1 - etaPow;
    debiased[2 * k] = d0 / mass;
    debiased[2 * k + 1] = d1 / mass;
  }
  return { eta, raw, debiased };
}

/**
 * The step from which the started-at-0 estimate stays within `tol` of the debiased one, relative
 * to it: raw_k = (1 − η^k) · debiased_k, so the gap is η^k of the value, under `tol` from
 * k = ⌈ln tol / ln η⌉ on (steps counted from 1).
 */
export function biasGoneAfter(eta: number, tol: number): number {
  if (eta <= 0) return 1;
  return Math.max(1, Math.ceil(Math.log(tol) / Math.log(eta)));
}
