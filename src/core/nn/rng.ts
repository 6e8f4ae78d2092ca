/**
 * Seeded pseudo-random numbers for the core.
 *
 * Every random draw in Curvature Lab goes through an explicit `Rng` so that the same URL draws the
 * same picture (deterministic by default) and tests can pin exact outcomes. `Math.random` is never
 * used: it cannot be seeded and would make worker runs unreproducible.
 *
 * Generator: xoshiro128** (Blackman & Vigna), 128-bit state, period 2¹²⁸ − 1. It is fast with
 * 32-bit integer arithmetic (`Math.imul`, `>>>`), which is what JavaScript does well, and passes
 * BigCrush — more than enough for sampling targets and initialising small networks. The state is
 * seeded from a single number through splitmix32 so that nearby seeds give unrelated streams.
 */

/** A seeded source of random numbers; pass it explicitly to everything that draws. */
export interface Rng {
  /** The raw generator output: a uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform on [0, 1) with 53 random bits (two 32-bit outputs). */
  uniform(): number;
  /** Standard normal N(0, 1) by Box–Muller; the second value of each pair is cached. */
  normal(): number;
  /** Uniform integer in {0, …, n − 1}. */
  int(n: number): number;
  /**
   * Index i drawn with probability w[offset + i] / Σ w over `length` entries (weights need not
   * be normalised). The offset/length pair lets callers sample a row of a batch buffer without
   * allocating a subarray per example.
   */
  categorical(w: ArrayLike<number>, offset?: number, length?: number): number;
  /** A snapshot of the generator, so a run can be replayed from the middle. */
  snapshot(): RngState;
}

/** The full generator state (xoshiro words plus the cached Box–Muller normal). */
export interface RngState {
  readonly words: readonly [number, number, number, number];
  readonly cachedNormal: number | null;
}

const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;

/** splitmix32: spreads one seed over the four state words; any 32-bit seed is fine. */
function splitmix32(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Create a generator from a seed (any finite number; it is reduced to 32 bits). */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`createRng: seed must be finite, got ${seed}`);
  // Fold the high part in so that seeds like 2³² + 1 and 1 do not coincide.
  const folded = (seed % TWO_POW_32) ^ Math.floor(seed / TWO_POW_32);
  const sm = splitmix32(folded);
  const words: [number, number, number, number] = [sm(), sm(), sm(), sm()];
  // xoshiro must never have an all-zero state.
  if ((words[0] | words[1] | words[2] | words[3]) === 0) words[0] = 1;
  return restoreRng({ words, cachedNormal: null });
}

/** Continue a generator from a snapshot. */
export function restoreRng(state: RngState): Rng {
  let [s0, s1, s2, s3] = state.words;
  let cached: number | null = state.cachedNormal;

  function next(): number {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  }

  function uniform(): number {
    // 27 + 26 bits: the standard construction of a double with a full 53-bit mantissa.
    const hi = next() >>> 5;
    const lo = next() >>> 6;
    return (hi * 67108864 + lo) / TWO_POW_53;
  }

  function normal(): number {
    if (cached !== null) {
      const z = cached;
      cached = null;
      return z;
    }
    // 1 − u lies in (0, 1], so the log is finite.
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const theta = 2 * Math.PI * uniform();
    cached = r * Math.sin(theta);
    return r * Math.cos(theta);
  }

  function int(n: number): number {
    if (!(n >= 1) || !Number.isInteger(n)) throw new RangeError(`Rng.int: bad range ${n}`);
    return Math.floor(uniform() * n);
  }

  function categorical(w: ArrayLike<number>, offset = 0, length = w.length - offset): number {
    let total = 0;
    for (let i = 0; i < length; i++) total += w[offset + i];
    if (!(total > 0) || !Number.isFinite(total)) {
      throw new RangeError('Rng.categorical: weights must be non-negative with a positive sum');
    }
    const u = uniform() * total;
    let acc = 0;
    for (let i = 0; i < length; i++) {
      acc += w[offset + i];
      if (u < acc) return i;
    }
    // Rounding can leave u ≥ acc at the very end: return the last index with positive weight.
    for (let i = length - 1; i >= 0; i--) if (w[offset + i] > 0) return i;
    return length - 1;
  }

  return {
    nextUint32: next,
    uniform,
    normal,
    int,
    categorical,
    snapshot: () => ({ words: [s0, s1, s2, s3], cachedNormal: cached }),
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
