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
      return { k: e.k, a, b };
    }
  }
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
