/**
 * The whitelisted expression language of user-typed objectives f(x, y). Anything a parser
 * produces must be converted into this tree first, so evaluation can only ever reach these
 * operations — never JavaScript globals, properties or functions.
 */
export const UNARY_FNS = ['exp', 'log', 'sqrt', 'abs', 'tanh', 'sin', 'cos', 'softplus'] as const;
export type UnaryFn = (typeof UNARY_FNS)[number];
export const BINARY_FNS = ['max', 'min'] as const;
export type BinaryFn = (typeof BINARY_FNS)[number];
export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'pow';

export type Expr =
  | { k: 'num'; v: number }
  | { k: 'x' }
  | { k: 'y' }
  | { k: 'neg'; a: Expr }
  | { k: BinaryOp; a: Expr; b: Expr }
  | { k: 'fn'; f: UnaryFn; a: Expr }
  | { k: 'fn2'; f: BinaryFn; a: Expr; b: Expr };

export const num = (v: number): Expr => ({ k: 'num', v });

/** Number of nodes, a proxy for evaluation cost. */
export function size(e: Expr): number {
  switch (e.k) {
    case 'num':
    case 'x':
    case 'y':
      return 1;
    case 'neg':
    case 'fn':
      return 1 + size(e.a);
    default:
      return 1 + size(e.a) + size(e.b);
  }
}

/** Whether the expression depends on x or y at all. */
export function usesVariables(e: Expr): boolean {
  switch (e.k) {
    case 'num':
      return false;
    case 'x':
    case 'y':
      return true;
    case 'neg':
    case 'fn':
      return usesVariables(e.a);
    default:
      return usesVariables(e.a) || usesVariables(e.b);
  }
}

/** Plain-text form in the same notation users type (for messages and round-trips). */
export function toText(e: Expr): string {
  switch (e.k) {
    case 'num':
      return String(e.v);
    case 'x':
    case 'y':
      return e.k;
    case 'neg':
      return `-(${toText(e.a)})`;
    case 'fn':
      return `${e.f}(${toText(e.a)})`;
    case 'fn2':
      return `${e.f}(${toText(e.a)}, ${toText(e.b)})`;
    default: {
      const op = { add: '+', sub: '-', mul: '*', div: '/', pow: '^' }[e.k];
      return `(${toText(e.a)} ${op} ${toText(e.b)})`;
    }
  }
}
