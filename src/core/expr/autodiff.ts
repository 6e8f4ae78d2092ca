/**
 * Exact gradient and Hessian by forward-mode automatic differentiation with second-order
 * "hyper-dual" numbers: every node carries (f, f_x, f_y, f_xx, f_xy, f_yy). Exact to rounding,
 * unlike finite differences, and it also reports points where the function has a kink.
 */
import type { Expr } from './ast';
import { unaryDerivs, isKink } from './scalar';

/** [f, fx, fy, fxx, fxy, fyy] */
export type Jet = [number, number, number, number, number, number];

export interface Derivs {
  jet: Jet;
  /** True when a non-differentiable point (|u| at 0, √u at 0, max/min tie) was crossed. */
  kink: boolean;
}

function chain(u: Jet, g: number, g1: number, g2: number): Jet {
  const [, ux, uy, uxx, uxy, uyy] = u;
  return [
    g,
    g1 * ux,
    g1 * uy,
    g2 * ux * ux + g1 * uxx,
    g2 * ux * uy + g1 * uxy,
    g2 * uy * uy + g1 * uyy,
  ];
}

function mul(a: Jet, b: Jet): Jet {
  return [
    a[0] * b[0],
    a[1] * b[0] + a[0] * b[1],
    a[2] * b[0] + a[0] * b[2],
    a[3] * b[0] + 2 * a[1] * b[1] + a[0] * b[3],
    a[4] * b[0] + a[1] * b[2] + a[2] * b[1] + a[0] * b[4],
    a[5] * b[0] + 2 * a[2] * b[2] + a[0] * b[5],
  ];
}

function recip(b: Jet): Jet {
  const v = b[0];
  return chain(b, 1 / v, -1 / (v * v), 2 / (v * v * v));
}

function powConst(a: Jet, n: number): Jet {
  const u = a[0];
  if (n === 0) return [1, 0, 0, 0, 0, 0];
  if (n === 1) return a;
  if (n === 2) return mul(a, a);
  const r = chain(a, Math.pow(u, n), n * Math.pow(u, n - 1), n * (n - 1) * Math.pow(u, n - 2));
  // The value exactly as the evaluators compute small integer powers (by multiplication).
  if (n === 3) r[0] = u * u * u;
  else if (n === 4) r[0] = u * u * (u * u);
  return r;
}

export function derivatives(e: Expr, x: number, y: number): Derivs {
  let kink = false;
  const walk = (e: Expr): Jet => {
    switch (e.k) {
      case 'num':
        return [e.v, 0, 0, 0, 0, 0];
      case 'x':
        return [x, 1, 0, 0, 0, 0];
      case 'y':
        return [y, 0, 1, 0, 0, 0];
      case 'neg':
        return walk(e.a).map((v) => -v) as Jet;
      case 'add': {
        const a = walk(e.a);
        const b = walk(e.b);
        return a.map((v, i) => v + b[i]) as Jet;
      }
      case 'sub': {
        const a = walk(e.a);
        const b = walk(e.b);
        return a.map((v, i) => v - b[i]) as Jet;
      }
      case 'mul':
        return mul(walk(e.a), walk(e.b));
      case 'div': {
        const a = walk(e.a);
        const b = walk(e.b);
        const q = mul(a, recip(b));
        q[0] = a[0] / b[0]; // the value exactly as the evaluator computes it
        return q;
      }
      case 'pow': {
        const a = walk(e.a);
        if (e.b.k === 'num') return powConst(a, e.b.v);
        // aᵇ = exp(b·log a) when the exponent varies.
        const b = walk(e.b);
        const la = chain(a, ...unaryDerivs('log', a[0]));
        const p = mul(b, la);
        return chain(p, ...unaryDerivs('exp', p[0]));
      }
      case 'fn': {
        const a = walk(e.a);
        if (isKink(e.f, a[0])) kink = true;
        return chain(a, ...unaryDerivs(e.f, a[0]));
      }
      case 'fn2': {
        const a = walk(e.a);
        const b = walk(e.b);
        if (a[0] === b[0]) kink = true;
        const pickA = e.f === 'max' ? a[0] >= b[0] : a[0] <= b[0];
        return pickA ? a : b;
      }
    }
  };
  const jet = walk(e);
  return { jet, kink };
}
