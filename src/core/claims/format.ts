/**
 * Numbers in claim sentences: 4 significant digits, scientific form outside [10⁻³, 10⁵). A claim
 * states the number it was computed from, so its verifier compares against `data`, never against
 * the rounded text.
 */
export function plainNum(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e-3 && a < 1e5 ? String(Number(v.toPrecision(4))) : v.toExponential(2);
}

/** "2, 4, 6 and 8"; past `max` items: "2, 4, 6, 8 and 26 more". */
export function listWords(items: readonly (string | number)[], max = 4): string {
  if (items.length <= 1) return items.join('');
  if (items.length <= max) return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

const SUP: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '(': '⁽',
  ')': '⁾',
  k: 'ᵏ',
};

/** Superscript for iterate labels: sup('k+2') = 'ᵏ⁺²'. */
export function sup(s: string): string {
  return [...s].map((c) => SUP[c] ?? c).join('');
}
