import { describe, expect, it } from 'vitest';
import { evaluate } from 'mathjs';
import { derivatives } from '../core/expr/autodiff';
import { compilePoint } from '../core/expr/compile';
import { evalArrays } from '../core/expr/gridEval';
import { parseObjective } from './parse';

const EXPRESSIONS = [
  'x^2 + 3*y^2',
  '(1 - x)^2 + 100*(y - x^2)^2',
  '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  'log(1 + exp(x)) + log(1 + exp(-x)) + log(1 + exp(y)) + log(1 + exp(-y))',
  'x^4/4 - x^2 + 2*y^2 + x*y',
  'sin(x) * cos(y)',
  'exp(-x^2 - y^2)',
  'tanh(x + 2*y)^2',
  'sqrt(1 + x^2 + y^2)',
  'x / (1 + y^2)',
  '2x + 3y',
  'pi * x^2 + e * y^2',
  '-x^3 + 3*x*y^2',
  'log(2 + sin(x*y))',
  'abs(x - 0.3) + y^2',
  'max(x, y)^2 + min(x, -y)',
  'exp(x/3) * (y - 1)^2',
  '(x + y)^3 / 6 - x*y',
  'x^2 * y^2 + 0.1*(x + y)',
  'cos(x)^2 + sin(y)^2 + x*y/10',
  '1/(1 + exp(-x)) + y^4',
  'x^2.5 + y^2',
  '3 - -x + +y',
];

/** Deterministic points away from kinks and domain edges. */
const POINTS: [number, number][] = [
  [0.7, 0.45],
  [1.3, -0.8],
  [-0.55, 1.15],
  [2.1, 0.35],
];

const fd = (f: (x: number, y: number) => number, x: number, y: number) => {
  const h = 1e-4;
  const fx = (f(x + h, y) - f(x - h, y)) / (2 * h);
  const fy = (f(x, y + h) - f(x, y - h)) / (2 * h);
  const fxx = (f(x + h, y) - 2 * f(x, y) + f(x - h, y)) / (h * h);
  const fyy = (f(x, y + h) - 2 * f(x, y) + f(x, y - h)) / (h * h);
  const fxy = (f(x + h, y + h) - f(x + h, y - h) - f(x - h, y + h) + f(x - h, y - h)) / (4 * h * h);
  return [fx, fy, fxx, fxy, fyy];
};

describe('user objectives: parse, compile, differentiate', () => {
  it('parses every expression of the test set', () => {
    for (const src of EXPRESSIONS) expect(parseObjective(src).ok, src).toBe(true);
    expect(EXPRESSIONS.length).toBeGreaterThanOrEqual(20);
  });

  it('the compiled evaluator agrees with mathjs evaluate to 1e-12 relative', () => {
    for (const src of EXPRESSIONS) {
      const r = parseObjective(src);
      if (!r.ok) throw new Error(src);
      const f = compilePoint(r.expr);
      for (const [x, y] of POINTS) {
        const ref = evaluate(src, { x, y }) as number;
        if (!Number.isFinite(ref)) continue;
        expect(Math.abs(f(x, y) - ref), `${src} at ${x},${y}`).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(ref)),
        );
      }
    }
  });

  it('grid evaluation equals point evaluation exactly', () => {
    const xs = Float64Array.from(POINTS.map((p) => p[0]));
    const ys = Float64Array.from(POINTS.map((p) => p[1]));
    for (const src of EXPRESSIONS) {
      const r = parseObjective(src);
      if (!r.ok) throw new Error(src);
      const f = compilePoint(r.expr);
      const g = evalArrays(r.expr, xs, ys);
      POINTS.forEach(([x, y], i) => expect(g[i]).toBe(f(x, y)));
    }
  });

  it('AD gradient and Hessian match finite differences', () => {
    for (const src of EXPRESSIONS) {
      const r = parseObjective(src);
      if (!r.ok) throw new Error(src);
      const f = compilePoint(r.expr);
      for (const [x, y] of POINTS) {
        if (!Number.isFinite(f(x, y))) continue; // outside the domain of f (e.g. x^2.5 at x < 0)
        const { jet, kink } = derivatives(r.expr, x, y);
        expect(kink).toBe(false);
        expect(jet[0]).toBe(f(x, y));
        const ref = fd(f, x, y);
        const scale = Math.max(1, ...ref.map(Math.abs));
        for (let i = 0; i < 5; i++) {
          expect(Math.abs(jet[i + 1] - ref[i]), `${src} d${i} at ${x},${y}`).toBeLessThan(
            2e-5 * scale,
          );
        }
      }
    }
  });

  it('rewrites log(1 + exp(u)) to a stable softplus', () => {
    const r = parseObjective('log(1 + exp(x)) + log(exp(-y) + 1)');
    if (!r.ok) throw new Error('parse');
    const f = compilePoint(r.expr);
    expect(f(800, 0)).toBeCloseTo(800 + Math.log(2), 10);
    expect(f(-800, -900)).toBeCloseTo(900, 10);
    const d = derivatives(r.expr, 800, -900);
    expect(d.jet.every(Number.isFinite)).toBe(true);
    expect(d.jet[1]).toBeCloseTo(1, 12);
    expect(d.jet[2]).toBeCloseTo(-1, 12);
  });

  it('reports kinks instead of pretending to be smooth', () => {
    const r = parseObjective('abs(x) + max(y, 0)');
    if (!r.ok) throw new Error('parse');
    expect(derivatives(r.expr, 0, 1).kink).toBe(true);
    expect(derivatives(r.expr, 1, 0).kink).toBe(true);
    expect(derivatives(r.expr, 1, 1).kink).toBe(false);
  });
});

describe('user objectives: rejection with a message and a position', () => {
  const bad: [string, RegExp, number | null][] = [
    ['x +* 2', /Syntax error/, 3],
    ['sin(x', /Syntax error/, null],
    ['f(x) = x^2', /Function definitions/, null],
    ['a = 3', /Assignments/, null],
    ['import({}, {})', /function “import” is not allowed/, 0],
    ['createUnit("foo")', /createUnit/, 0],
    ['evaluate("1+1")', /evaluate/, 0],
    ['[1, 2]', /Matrices/, null],
    ['"hello"', /finite numbers/, null],
    ['2 cm', /Unknown name “cm”/, 2],
    ['x.constructor', /Property/, null],
    ['x["__proto__"]', /Indexing|Property/, null],
    ['x ? 1 : 2', /Conditionals/, null],
    ['x == y', /Comparisons|operator/, null],
    ['3!', /operator “!”/, 1],
    ['x mod y', /operator “mod”/, 2],
    ['log(x, 2)', /exactly one argument/, 0],
    ['max(x)', /exactly two arguments/, 0],
    ['z + 1', /Unknown name “z”/, 0],
    ['', /Type an expression/, 0],
    ['x; y', /Several statements/, null],
  ];
  it.each(bad)('%s', (src, msg, pos) => {
    const r = parseObjective(src);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(msg);
    if (pos !== null) expect(r.position).toBe(pos);
  });

  it('cannot reach JavaScript globals or pollute prototypes', () => {
    const attempts = [
      'constructor',
      '__proto__',
      'toString()',
      'cos.constructor("return process")()',
      'x["constructor"]["prototype"]',
      'Object',
      'globalThis',
      'this',
      'eval("1")',
      'Function("return 1")()',
      'parse("1")',
      'x.__proto__.polluted = 1',
    ];
    for (const a of attempts) {
      const r = parseObjective(a);
      expect(r.ok, a).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('grid evaluation', () => {
  it('equals point-wise evaluation bit for bit, separable subtrees included', async () => {
    const { evalGrid } = await import('../core/expr/gridEval');
    const domain = [
      [-2, 2.5],
      [-1, 3],
    ] as const;
    for (const src of EXPRESSIONS) {
      const r = parseObjective(src);
      if (!r.ok) throw new Error(src);
      const f = compilePoint(r.expr);
      const g = evalGrid(r.expr, domain, 37, 23);
      for (let j = 0; j < 23; j++) {
        for (let i = 0; i < 37; i++) {
          const x = -2 + (4.5 * i) / 36;
          const y = -1 + (4 * j) / 22;
          const v = f(x, y);
          expect(
            Object.is(g[j * 37 + i], v) || (Number.isNaN(v) && Number.isNaN(g[j * 37 + i])),
            `${src} at ${x},${y}`,
          ).toBe(true);
        }
      }
    }
  });
});
