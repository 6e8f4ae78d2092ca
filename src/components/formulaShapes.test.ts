/** A formula's shape: its TeX with texNum's numbers taken out. */
import { describe, expect, it } from 'vitest';
import { shapeOf } from './formulaShapes';

describe('formula shapes', () => {
  it('finds texNum’s numbers (not a digit carrying ^ or _ or taken by them unbraced, not a binary minus)', () => {
    const { shape, numbers } = shapeOf(
      String.raw`w^{(3)} = \begin{pmatrix}-1.5\\2\times10^{-7}\end{pmatrix} - 0.1\,x_1^{2} y^2 10^{3} \infty`,
    );
    expect(shape).toBe(
      String.raw`w^{(\slot{})} = \begin{pmatrix}\slot{}\\\slot{}\end{pmatrix} - \slot{}\,x_1^{\slot{}} y^2 10^{\slot{}} \slot{}`,
    );
    expect(numbers.map((n) => n.format)).toEqual(['p', 'n', 'x+-', 'p', 'p', 'p', 'inf']);
    expect(numbers[2]).toEqual({ format: 'x+-', m: '2', e: '7' });
  });
});
