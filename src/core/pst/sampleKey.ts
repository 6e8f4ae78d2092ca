/**
 * What names a set of pseudo-gradient samples: everything they depend on, and nothing that only
 * changes the estimates built on them (the EMA's η, GD's α and steps). Its own module so the
 * engine's router can tell an η move from a new draw without loading the sampling code.
 */
export function pstSampleKey(r: {
  model: string;
  output: string;
  sigma: number;
  samples: number;
  seed: number;
  w: ArrayLike<number>;
  pair: string;
}): string {
  return [r.model, r.output, r.sigma, r.samples, r.seed, r.w[0], r.w[1], r.pair].join('|');
}
