/**
 * Compiles an expression tree into nested closures — no code generation, so it runs under a
 * Content-Security-Policy without 'unsafe-eval', and nothing but the whitelisted operations can
 * be reached.
 */
import type { Expr } from './ast';
import { BINARY, UNARY } from './scalar';

export type XYFn = (x: number, y: number) => number;

export function compilePoint(e: Expr): XYFn {
  switch (e.k) {
    case 'num': {
      const v = e.v;
      return () => v;
    }
    case 'x':
      return (x) => x;
    case 'y':
      return (_x, y) => y;
    case 'neg': {
      const a = compilePoint(e.a);
      return (x, y) => -a(x, y);
    }
    case 'fn': {
      const g = UNARY[e.f];
      const a = compilePoint(e.a);
      return (x, y) => g(a(x, y));
    }
    case 'fn2': {
      const g = BINARY[e.f];
      const a = compilePoint(e.a);
      const b = compilePoint(e.b);
      return (x, y) => g(a(x, y), b(x, y));
    }
    case 'add': {
      const a = compilePoint(e.a);
      const b = compilePoint(e.b);
      return (x, y) => a(x, y) + b(x, y);
    }
    case 'sub': {
      const a = compilePoint(e.a);
      const b = compilePoint(e.b);
      return (x, y) => a(x, y) - b(x, y);
    }
    case 'mul': {
      const a = compilePoint(e.a);
      const b = compilePoint(e.b);
      return (x, y) => a(x, y) * b(x, y);
    }
    case 'div': {
      const a = compilePoint(e.a);
      const b = compilePoint(e.b);
      return (x, y) => a(x, y) / b(x, y);
    }
    case 'pow': {
      const a = compilePoint(e.a);
      // Small integer powers by multiplication, exactly as the grid evaluator does them.
      if (e.b.k === 'num' && e.b.v === 2) {
        return (x, y) => {
          const v = a(x, y);
          return v * v;
        };
      }
      if (e.b.k === 'num' && e.b.v === 3) {
        return (x, y) => {
          const v = a(x, y);
          return v * v * v;
        };
      }
      if (e.b.k === 'num' && e.b.v === 4) {
        return (x, y) => {
          const v = a(x, y);
          const s = v * v;
          return s * s;
        };
      }
      const b = compilePoint(e.b);
      return (x, y) => Math.pow(a(x, y), b(x, y));
    }
  }
}
