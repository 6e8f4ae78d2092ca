/**
 * Evaluates an expression on a whole grid: the tree is compiled once into closures that each
 * process a chunk of points with a tight loop into their own preallocated buffer. Chunks small
 * enough for the L1 cache and no allocation per point make this the fast path of the contour plot.
 */
import type { Domain2 } from '../field/domain';
import type { BinaryOp, Expr, UnaryFn } from './ast';
import { variables } from './rewrite';
import { BINARY, UNARY } from './scalar';

type ChunkFn = (xs: Float64Array, ys: Float64Array, n: number) => Float64Array;

const CHUNK = 512;

function powLoop(a: Float64Array, out: Float64Array, n: number, c: number) {
  if (c === 2) for (let i = 0; i < n; i++) out[i] = a[i] * a[i];
  else if (c === 3) for (let i = 0; i < n; i++) out[i] = a[i] * a[i] * a[i];
  else if (c === 4)
    for (let i = 0; i < n; i++) {
      const s = a[i] * a[i];
      out[i] = s * s;
    }
  else for (let i = 0; i < n; i++) out[i] = Math.pow(a[i], c);
}

function binaryConst(op: BinaryOp, A: ChunkFn, c: number): ChunkFn {
  const out = new Float64Array(CHUNK);
  return (xs, ys, n) => {
    const a = A(xs, ys, n);
    if (op === 'pow') powLoop(a, out, n, c);
    else if (op === 'add') for (let i = 0; i < n; i++) out[i] = a[i] + c;
    else if (op === 'sub') for (let i = 0; i < n; i++) out[i] = a[i] - c;
    else if (op === 'mul') for (let i = 0; i < n; i++) out[i] = a[i] * c;
    else for (let i = 0; i < n; i++) out[i] = a[i] / c;
    return out;
  };
}

/** c ∘ a with a constant left operand (1 − x, 100·(…), 2 / x): no constant array needed. */
function constBinary(op: BinaryOp, c: number, B: ChunkFn): ChunkFn {
  const out = new Float64Array(CHUNK);
  return (xs, ys, n) => {
    const b = B(xs, ys, n);
    if (op === 'add') for (let i = 0; i < n; i++) out[i] = c + b[i];
    else if (op === 'sub') for (let i = 0; i < n; i++) out[i] = c - b[i];
    else if (op === 'mul') for (let i = 0; i < n; i++) out[i] = c * b[i];
    else if (op === 'div') for (let i = 0; i < n; i++) out[i] = c / b[i];
    else for (let i = 0; i < n; i++) out[i] = Math.pow(c, b[i]);
    return out;
  };
}

function binary(op: BinaryOp, A: ChunkFn, B: ChunkFn): ChunkFn {
  const out = new Float64Array(CHUNK);
  switch (op) {
    case 'add':
      return (xs, ys, n) => {
        const a = A(xs, ys, n);
        const b = B(xs, ys, n);
        for (let i = 0; i < n; i++) out[i] = a[i] + b[i];
        return out;
      };
    case 'sub':
      return (xs, ys, n) => {
        const a = A(xs, ys, n);
        const b = B(xs, ys, n);
        for (let i = 0; i < n; i++) out[i] = a[i] - b[i];
        return out;
      };
    case 'mul':
      return (xs, ys, n) => {
        const a = A(xs, ys, n);
        const b = B(xs, ys, n);
        for (let i = 0; i < n; i++) out[i] = a[i] * b[i];
        return out;
      };
    case 'div':
      return (xs, ys, n) => {
        const a = A(xs, ys, n);
        const b = B(xs, ys, n);
        for (let i = 0; i < n; i++) out[i] = a[i] / b[i];
        return out;
      };
    case 'pow':
      return (xs, ys, n) => {
        const a = A(xs, ys, n);
        const b = B(xs, ys, n);
        for (let i = 0; i < n; i++) out[i] = Math.pow(a[i], b[i]);
        return out;
      };
  }
}

/** One loop per function so the engine can inline Math.* instead of calling through a table. */
function unary(f: UnaryFn, A: ChunkFn): ChunkFn {
  const out = new Float64Array(CHUNK);
  const loop = (body: (a: Float64Array, n: number) => void): ChunkFn => {
    return (xs, ys, n) => {
      body(A(xs, ys, n), n);
      return out;
    };
  };
  switch (f) {
    case 'exp':
      return loop((a, n) => {
        for (let i = 0; i < n; i++) out[i] = Math.exp(a[i]);
      });
    case 'log':
      return loop((a, n) => {
        for (let i = 0; i < n; i++) out[i] = Math.log(a[i]);
      });
    case 'sqrt':
      return loop((a, n) => {
        for (let i = 0; i < n; i++) out[i] = Math.sqrt(a[i]);
      });
    case 'abs':
      return loop((a, n) => {
        for (let i = 0; i < n; i++) out[i] = Math.abs(a[i]);
      });
    case 'tanh':
      return loop((a, n) => {
        for (let i = 0; i < n; i++) out[i] = Math.tanh(a[i]);
      });
    case 'sin':
      return loop((a, n) => {
        for (let i = 0; i < n; i++) out[i] = Math.sin(a[i]);
      });
    case 'cos':
      return loop((a, n) => {
        for (let i = 0; i < n; i++) out[i] = Math.cos(a[i]);
      });
    default: {
      const g = UNARY[f];
      return loop((a, n) => {
        for (let i = 0; i < n; i++) out[i] = g(a[i]);
      });
    }
  }
}

/** Where the grid loop is: the current row j and the chunk's first column s. */
interface GridCursor {
  j: number;
  s: number;
  xsRow: Float64Array;
  ysCol: Float64Array;
}

/**
 * On a grid, a subtree of x alone takes only nx distinct values and one of y alone only ny, so
 * they are evaluated once per column or row instead of at every point — sin(x), exp(-y^2) and
 * the like then cost almost nothing. The values are computed by the same loops, so they are
 * bit-identical to point-wise evaluation.
 */
function separable(e: Expr, d: 'x' | 'y', g: GridCursor): ChunkFn {
  if (d === 'x') {
    const values = compileArrays(e)(g.xsRow, new Float64Array(g.xsRow.length));
    return () => (g.s === 0 ? values : values.subarray(g.s));
  }
  const values = compileArrays(e)(new Float64Array(g.ysCol.length), g.ysCol);
  const buf = new Float64Array(CHUNK);
  let row = -1;
  return (_xs, _ys, n) => {
    if (g.j !== row) {
      buf.fill(values[g.j], 0, n);
      row = g.j;
    }
    return buf;
  };
}

function compileChunk(e: Expr, grid?: GridCursor): ChunkFn {
  if (grid && e.k !== 'x' && e.k !== 'y') {
    const d = variables(e);
    if (d === 'x' || d === 'y') return separable(e, d, grid);
  }
  switch (e.k) {
    case 'num': {
      const c = new Float64Array(CHUNK).fill(e.v);
      return () => c;
    }
    case 'x':
      return (xs) => xs;
    case 'y':
      return (_xs, ys) => ys;
    case 'neg': {
      const A = compileChunk(e.a, grid);
      const out = new Float64Array(CHUNK);
      return (xs, ys, n) => {
        const a = A(xs, ys, n);
        for (let i = 0; i < n; i++) out[i] = -a[i];
        return out;
      };
    }
    case 'fn':
      return unary(e.f, compileChunk(e.a, grid));
    case 'fn2': {
      const A = compileChunk(e.a, grid);
      const B = compileChunk(e.b, grid);
      const g = BINARY[e.f];
      const out = new Float64Array(CHUNK);
      return (xs, ys, n) => {
        const a = A(xs, ys, n);
        const b = B(xs, ys, n);
        for (let i = 0; i < n; i++) out[i] = g(a[i], b[i]);
        return out;
      };
    }
    default:
      if (e.b.k === 'num') return binaryConst(e.k, compileChunk(e.a, grid), e.b.v);
      if (e.a.k === 'num') return constBinary(e.k, e.a.v, compileChunk(e.b, grid));
      return binary(e.k, compileChunk(e.a, grid), compileChunk(e.b, grid));
  }
}

/** A reusable evaluator of f at arbitrary points (xs[i], ys[i]). */
export function compileArrays(e: Expr): (xs: Float64Array, ys: Float64Array) => Float64Array {
  const f = compileChunk(e);
  const cx = new Float64Array(CHUNK);
  const cy = new Float64Array(CHUNK);
  return (xs, ys) => {
    const out = new Float64Array(xs.length);
    for (let s = 0; s < xs.length; s += CHUNK) {
      const n = Math.min(CHUNK, xs.length - s);
      cx.set(xs.subarray(s, s + n));
      cy.set(ys.subarray(s, s + n));
      out.set(f(cx, cy, n).subarray(0, n), s);
    }
    return out;
  };
}

/** Evaluates at the points (xs[i], ys[i]); returns a fresh array. */
export function evalArrays(e: Expr, xs: Float64Array, ys: Float64Array): Float64Array {
  return compileArrays(e)(xs, ys);
}

/** Row-major values, x fastest, y from domain min upward — the layout of core/field/grid's sampleGrid. */
export function evalGrid(e: Expr, domain: Domain2, nx: number, ny: number): Float64Array {
  const out = new Float64Array(nx * ny);
  const [[x0, x1], [y0, y1]] = domain;
  const ysCol = new Float64Array(ny);
  for (let j = 0; j < ny; j++) ysCol[j] = y0 + ((y1 - y0) * j) / (ny - 1);
  // One row per chunk: the x coordinates are the same for every row, y is constant within one.
  const width = Math.min(nx, CHUNK);
  const cx = new Float64Array(CHUNK);
  const cy = new Float64Array(CHUNK);
  const xsRow = new Float64Array(nx);
  for (let i = 0; i < nx; i++) xsRow[i] = x0 + ((x1 - x0) * i) / (nx - 1);
  const cursor: GridCursor = { j: 0, s: 0, xsRow, ysCol };
  const f = compileChunk(e, cursor);
  for (let j = 0; j < ny; j++) {
    cy.fill(ysCol[j]);
    cursor.j = j;
    for (let s = 0; s < nx; s += width) {
      const n = Math.min(width, nx - s);
      cursor.s = s;
      // With one chunk per row the x coordinates never change: copy them once.
      if (width < nx || j === 0) cx.set(xsRow.subarray(s, s + n));
      out.set(f(cx, cy, n).subarray(0, n), j * nx + s);
    }
  }
  return out;
}
