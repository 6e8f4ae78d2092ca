/**
 * A formula typeset from its build-time shape is KaTeX's own output for that TeX, character for
 * character, whatever numbers it holds (signs, powers of ten, ∞, NaN).
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  fillShape,
  KATEX_OPTIONS,
  shapeOf,
  typesetFromTables,
  type NumberToken,
} from '../components/formulaShapes';
import { makeAngledQuadratic } from '../core/precond/angledQuadratic';
import { formulaTables } from '../components/formulaTables';
import { formulaSamples } from './formulaSamples';
import { texNum } from './shared/texNumbers';
import { mulberry32 } from '../core/testing';

describe('formulas typeset at build time', () => {
  const samples = formulaSamples();
  const tables = formulaTables(samples);

  it('covers every sample formula (its shape when it holds numbers)', () => {
    for (const { tex, display } of samples) {
      const { shape, numbers } = shapeOf(tex);
      const key = (display ? 'D' : 'T') + (numbers.length > 0 ? shape : tex);
      expect(tables.shapes[key] ?? tables.exact[key], tex).toBeDefined();
    }
  });

  // A number in a subscript is no slot (it is set in script size), so the rotated quadratic's
  // angle is part of its shape: the angles sampled (0°, the shared 30°, 45°) need no KaTeX, others do.
  it('typesets the objectives in the panels’ headers without KaTeX, for any κ', () => {
    const objectives = samples.filter((f) => f.tex.startsWith('\\mathcal{J}'));
    expect(objectives.length).toBeGreaterThan(5);
    for (const kappa of [1, 7, 12.25, 999.5])
      for (const angle of [0, 30, 45]) {
        const tex = makeAngledQuadratic(kappa, angle).tex;
        expect(typesetFromTables(tables, tex, false), tex).toBe(
          katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: false }),
        );
      }
  });

  it('fills a shape with any numbers exactly as KaTeX typesets them', () => {
    const rand = mulberry32(7);
    const pick = (): number => {
      const r = rand();
      if (r < 0.04) return [NaN, Infinity, -Infinity, 0][Math.floor(rand() * 4)];
      const mag = 10 ** (-9 + 18 * rand());
      return (rand() < 0.5 ? -1 : 1) * mag;
    };
    let filled = 0;
    for (let trial = 0; trial < 300; trial++) {
      // The live update rules: the formulas whose numbers change as the student drags.
      const live = samples.filter((f) => f.tex.startsWith('\\begin{aligned}'));
      const { tex: template } = live[trial % live.length];
      const { shape, numbers } = shapeOf(template);
      const entry = tables.shapes[`D${shape}`];
      // The sample with each number at text size replaced by a random one, as texNum writes it
      // (superscripts such as the iterate index and ^{-1} keep theirs).
      const parts = shape.split('\\slot{}');
      const tex = parts.reduce((a, b, j) => {
        const i = j - 1;
        const script = Object.values(entry.slots[i]).some((k) => k?.startsWith('script'));
        // After a binary minus the code writes a positive number (e.g. the learning rate).
        const v = a.endsWith('- ') ? Math.abs(pick()) : pick();
        return a + (script ? tokenTex(numbers[i]) : texNum(v)) + b;
      });
      expect(shapeOf(tex).shape).toBe(shape);
      const html = fillShape(entry, shapeOf(tex).numbers, tables.numbers);
      if (html === null) continue;
      filled++;
      expect(html).toBe(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: true }));
    }
    expect(filled).toBe(300);
  });
});

function tokenTex(t: NumberToken): string {
  const sign = (neg: boolean) => (neg ? '-' : '');
  switch (t.format) {
    case 'p':
    case 'n':
      return sign(t.format === 'n') + t.m;
    case 'inf':
      return String.raw`\infty`;
    case '-inf':
      return String.raw`-\infty`;
    case 'nan':
      return String.raw`\text{NaN}`;
    default:
      return `${sign(t.format[1] === '-')}${t.m}\\times10^{${sign(t.format[2] === '-')}${t.e}}`;
  }
}
