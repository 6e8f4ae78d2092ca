/** Numbers as claims print them (and panels' captions and tables, via texNumbers.plainNum). */

/** 4 significant digits, scientific notation outside [10⁻³, 10⁵). */
export function plainNum(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e-3 && a < 1e5 ? String(Number(v.toPrecision(4))) : v.toExponential(2);
}
