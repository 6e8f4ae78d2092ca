/**
 * A heatmap's cells as pixels: one pixel per cell, coloured from a lookup table of the diverging
 * scale, then drawn scaled up without smoothing. Colouring each cell through its CSS colour
 * string (spline evaluation, string building and parsing per cell, then one fillRect each) cost
 * ~3 ms per 31 × 31 matrix: a K-FAC N step redraws four.
 */
import { GREY, hexRgb, interpolateRdBu } from './palette';

/** The colour of a non-finite value. */
export const NAN_COLOR = GREY.light;

/**
 * Where a finite value lies on the diverging scale (0 = most negative, ½ = zero, 1 = most
 * positive after RdBu's reversal): 0.5 − 0.5·sign(r)·|r|^power with r = v/max clamped to ±1, so
 * power ½ (square root) keeps small entries visible next to a few large ones.
 */
export function heatPosition(v: number, max: number, power: number): number {
  if (!(max > 0)) return 0.5;
  const r = Math.max(-1, Math.min(1, v / max));
  return 0.5 - 0.5 * Math.sign(r) * Math.abs(r) ** power;
}

/** Steps of the lookup table: the colour error is under one 8-bit level. */
const STEPS = 1024;
let table: Uint8ClampedArray | null = null;

/** An `rgb(r, g, b)` string (what the interpolators return) as its three numbers. */
const rgbNumbers = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);

/** RdBu at STEPS + 1 evenly spaced points of [0, 1], as RGB triples. */
function rdbuTable(): Uint8ClampedArray {
  if (!table) {
    table = new Uint8ClampedArray(3 * (STEPS + 1));
    for (let k = 0; k <= STEPS; k++) table.set(rgbNumbers(interpolateRdBu(k / STEPS)), 3 * k);
  }
  return table;
}

/** RGBA pixels (rows × cols) of signed values: heatColor's colours, to within the table's step. */
export function heatPixels(
  data: ArrayLike<number>,
  rows: number,
  cols: number,
  max: number,
  power: number,
): Uint8ClampedArray<ArrayBuffer> {
  const lut = rdbuTable();
  const nan = hexRgb(NAN_COLOR);
  const out = new Uint8ClampedArray(rows * cols * 4);
  for (let i = 0; i < rows * cols; i++) {
    const v = data[i];
    const k = Number.isFinite(v) ? 3 * Math.round(heatPosition(v, max, power) * STEPS) : -1;
    for (let c = 0; c < 3; c++) out[4 * i + c] = k < 0 ? nan[c] : lut[k + c];
    out[4 * i + 3] = 255;
  }
  return out;
}
