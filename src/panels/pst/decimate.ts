/**
 * Min/max decimation of a long series for a line chart: each of `buckets` consecutive runs of
 * points becomes its minimum and maximum (in order), so spikes — the EMA's noise — survive while
 * the SVG path stays a few hundred vertices long however many steps were sampled.
 */
export function decimateMinMax(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  buckets: number,
): { xs: Float64Array; ys: Float64Array } {
  const n = xs.length;
  if (n <= 2 * buckets) return { xs: Float64Array.from(xs), ys: Float64Array.from(ys) };
  const ox: number[] = [];
  const oy: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const lo = Math.floor((b * n) / buckets);
    const hi = Math.floor(((b + 1) * n) / buckets);
    let iMin = lo;
    let iMax = lo;
    for (let i = lo + 1; i < hi; i++) {
      if (ys[i] < ys[iMin]) iMin = i;
      if (ys[i] > ys[iMax]) iMax = i;
    }
    const [a, c] = iMin <= iMax ? [iMin, iMax] : [iMax, iMin];
    ox.push(xs[a]);
    oy.push(ys[a]);
    if (c !== a) {
      ox.push(xs[c]);
      oy.push(ys[c]);
    }
  }
  return { xs: Float64Array.from(ox), ys: Float64Array.from(oy) };
}
