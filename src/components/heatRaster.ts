/**
 * A heatmap's cells as pixels: one pixel per cell, coloured from a lookup table of the diverging
 * scale, then drawn scaled up without smoothing. Colouring each cell through its CSS colour
 * string (spline evaluation, string building and parsing per cell, then one fillRect each) cost
 * ~3 ms per 31 × 31 matrix: a K-FAC N step redraws four.
 */
import { GREY, interpolateRdBu } from './palette';

/** Steps of the lookup table: the colour error is under one 8-bit level. */
const STEPS = 1024;
let table: Uint8ClampedArray | null = null;

function rgbOf(css: string): [number, number, number] {
  if (css.startsWith('#')) {
    const hex = css.length === 4 ? [...css.slice(1)].map((c) => c + c).join('') : css.slice(1, 7);
    const n = parseInt(hex, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const [r, g, b] = css.match(/\d+/g)!.map(Number);
  return [r, g, b];
}

/** RdBu at STEPS + 1 evenly spaced points of [0, 1], as RGB triples. */
function rdbuTable(): Uint8ClampedArray {
  if (!table) {
    table = new Uint8ClampedArray(3 * (STEPS + 1));
    for (let k = 0; k <= STEPS; k++) table.set(rgbOf(interpolateRdBu(k / STEPS)), 3 * k);
  }
  return table;
}

/**
 * RGBA pixels (rows × cols) of signed values: the same colour as heatColor (RdBu at
 * 0.5 − 0.5·sign(r)·|r|^power, r = v/max clamped to ±1; non-finite values grey), to within the
 * table's step.
 */
export function heatPixels(
  data: ArrayLike<number>,
  rows: number,
  cols: number,
  max: number,
  power: number,
): Uint8ClampedArray<ArrayBuffer> {
  const lut = rdbuTable();
  const nan = rgbOf(GREY.light);
  const out = new Uint8ClampedArray(rows * cols * 4);
  for (let i = 0; i < rows * cols; i++) {
    const v = data[i];
    let k: number;
    if (!Number.isFinite(v)) {
      out.set(nan, 4 * i);
      out[4 * i + 3] = 255;
      continue;
    }
    if (!(max > 0)) k = STEPS / 2;
    else {
      const r = Math.max(-1, Math.min(1, v / max));
      const u = 0.5 - 0.5 * Math.sign(r) * Math.abs(r) ** power;
      k = Math.round(u * STEPS);
    }
    out[4 * i] = lut[3 * k];
    out[4 * i + 1] = lut[3 * k + 1];
    out[4 * i + 2] = lut[3 * k + 2];
    out[4 * i + 3] = 255;
  }
  return out;
}
