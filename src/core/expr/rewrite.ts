/**
 * Rewrites that keep user expressions finite where the mathematics is finite, and folds
 * constants. The one that matters most: log(1 + exp(u)) overflows to ∞ for u ≳ 710 although its
 * value is ≈ u, so it becomes the stable softplus(u).
 */
import type { Expr } from './ast';
import { BINARY, UNARY } from './scalar';

const isOne = (e: Expr) => e.k === 'num' && e.v === 1;

function softplusArg(e: Expr): Expr | null {
  // log(1 + exp(u)) or log(exp(u) + 1)
  if (e.k !== 'fn' || e.f !== 'log' || e.a.k !== 'add') return null;
  const { a, b } = e.a;
  if (isOne(a) && b.k === 'fn' && b.f === 'exp') return b.a;
  if (isOne(b) && a.k === 'fn' && a.f === 'exp') return a.a;
  return null;
}

export function simplify(e: Expr): Expr {
  switch (e.k) {
    case 'num':
    case 'x':
    case 'y':
      return e;
    case 'neg': {
      const a = simplify(e.a);
      return a.k === 'num' ? { k: 'num', v: -a.v } : { k: 'neg', a };
    }
    case 'fn': {
      const a = simplify(e.a);
      const sp = softplusArg({ k: 'fn', f: e.f, a });
      if (sp) return { k: 'fn', f: 'softplus', a: sp };
      return a.k === 'num' ? { k: 'num', v: UNARY[e.f](a.v) } : { k: 'fn', f: e.f, a };
    }
    case 'fn2': {
      const a = simplify(e.a);
      const b = simplify(e.b);
      return a.k === 'num' && b.k === 'num'
        ? { k: 'num', v: BINARY[e.f](a.v, b.v) }
        : { k: 'fn2', f: e.f, a, b };
    }
    default: {
      const a = simplify(e.a);
      const b = simplify(e.b);
      if (a.k === 'num' && b.k === 'num') return { k: 'num', v: binary(e.k, a.v, b.v) };
      return reassociate({ k: e.k, a, b });
    }
  }
}

/** Which variables a subtree depends on: 'c' for none (a constant). */
export type Dep = 'c' | 'x' | 'y' | 'xy';

/** 'x' or 'y' when a subtree depends on that variable alone, 'c' for constants, else 'xy'. */
export function variables(e: Expr): Dep {
  switch (e.k) {
    case 'num':
      return 'c';
    case 'x':
    case 'y':
      return e.k;
    case 'neg':
    case 'fn':
      return variables(e.a);
    default: {
      const a = variables(e.a);
      const b = variables(e.b);
      if (a === b || b === 'c') return a;
      return a === 'c' ? b : 'xy';
    }
  }
}

/**
 * (A + B) ± c → A + (B ± c) when B depends on one variable only, so the constant joins a
 * one-variable subtree that the grid evaluator computes once per row or column. Sums like
 * (x² + y − 11)² (Himmelblau) then do one full-grid pass fewer; the value changes only by
 * rounding (both evaluators use the same rewritten tree).
 */
function reassociate(e: Expr): Expr {
  if ((e.k !== 'add' && e.k !== 'sub') || e.b.k !== 'num' || e.a.k !== 'add') return e;
  const { a: A, b: B } = e.a;
  const vb = variables(B);
  if ((vb === 'x' || vb === 'y') && variables(A) !== vb)
    return { k: 'add', a: A, b: { k: e.k, a: B, b: e.b } };
  return e;
}

export function binary(op: 'add' | 'sub' | 'mul' | 'div' | 'pow', a: number, b: number): number {
  switch (op) {
    case 'add':
      return a + b;
    case 'sub':
      return a - b;
    case 'mul':
      return a * b;
    case 'div':
      return a / b;
    case 'pow':
      return Math.pow(a, b);
  }
}
