import { describe, expect, it } from 'vitest';
import { claim, claimText, verifyClaims } from './claim';

describe('computed claims', () => {
  const state = { x: 3 };
  const verifiers = {
    positive: (c: { data: Record<string, unknown> }, s: { x: number }) =>
      s.x > 0 === c.data.positive ? null : `x = ${s.x}`,
  };

  it('joins the sentences in order', () => {
    expect(claimText([claim('a', 'One.'), claim('b', 'Two.')])).toBe('One. Two.');
  });

  it('accepts a true claim, rejects a false one and one that nobody verifies', () => {
    expect(
      verifyClaims([claim('positive', 'x > 0.', { positive: true })], state, verifiers),
    ).toEqual([]);
    const bad = verifyClaims(
      [claim('positive', 'x ≤ 0.', { positive: false }), claim('rate', 'Fast.')],
      state,
      verifiers,
    );
    expect(bad).toHaveLength(2);
    expect(bad[0]).toMatch(/false claim \(positive\)/);
    expect(bad[1]).toMatch(/no verifier for claim kind “rate”/);
  });
});
