/** The scalar functions of the expression language with their first two derivatives. */
import type { BinaryFn, UnaryFn } from './ast';

/** softplus(u) = log(1 + eᵘ), evaluated without overflow for any u. */
export function softplus(u: number): number {
  return Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));
}

function sigmoid(u: number): number {
  if (u >= 0) return 1 / (1 + Math.exp(-u));
  const e = Math.exp(u);
  return e / (1 + e);
}

export const UNARY: Record<UnaryFn, (u: number) => number> = {
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  tanh: Math.tanh,
  sin: Math.sin,
  cos: Math.cos,
  softplus,
};

export const BINARY: Record<BinaryFn, (a: number, b: number) => number> = {
  max: Math.max,
  min: Math.min,
};

/** [g(u), g′(u), g″(u)] for the chain rule in forward-mode AD. */
export function unaryDerivs(f: UnaryFn, u: number): [number, number, number] {
  switch (f) {
    case 'exp': {
      const e = Math.exp(u);
      return [e, e, e];
    }
    case 'log':
      return [Math.log(u), 1 / u, -1 / (u * u)];
    case 'sqrt': {
      const s = Math.sqrt(u);
      return [s, 0.5 / s, -0.25 / (s * u)];
    }
    case 'abs':
      return [Math.abs(u), Math.sign(u), 0];
    case 'tanh': {
      const t = Math.tanh(u);
      const d = 1 - t * t;
      return [t, d, -2 * t * d];
    }
    case 'sin':
      return [Math.sin(u), Math.cos(u), -Math.sin(u)];
    case 'cos':
      return [Math.cos(u), -Math.sin(u), -Math.cos(u)];
    case 'softplus': {
      const s = sigmoid(u);
      return [softplus(u), s, s * (1 - s)];
    }
  }
}

/** Points where a function has no derivative: the caller reports them instead of a wrong number. */
export function isKink(f: UnaryFn, u: number): boolean {
  return (f === 'abs' && u === 0) || (f === 'sqrt' && u === 0);
}
