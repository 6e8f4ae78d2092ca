/**
 * The Kronecker identities of the lecture's slides that the explorer's first checks do not cover
 * (Van Loan 2000; docs/math.md#kronecker-products):
 *   vec(u vᵀ) = v ⊗ u,   (A ⊗ B)(C ⊗ D) = AC ⊗ BD,
 * and that ⊗ keeps structure: A, B symmetric / orthogonal / diagonal / positive definite ⇒ so is
 * A ⊗ B. Each is computed on the user's matrices with how far each side is from the other, or from
 * the property, so a student sees both when it holds and when a factor lacks the property.
 */
import { isSymmetric, mat, matMul, maxAbsDiff, symEig, transpose, type Mat } from '../linalg';
import type { IdentityCheck } from './identities';
import { kron, kronVec, vec } from './kron';

const maxAbs = (a: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
};

export interface OuterCheck extends IdentityCheck {
  readonly uv: Mat;
  /** vec(u vᵀ) and v ⊗ u. */
  readonly lhs: Float64Array;
  readonly rhs: Float64Array;
}

/** vec(u vᵀ) = v ⊗ u: the column-major vec of an outer product (K-FAC's vec(Ds āᵀ) = ā ⊗ Ds). */
export function outerCheck(u: ArrayLike<number>, v: ArrayLike<number>): OuterCheck {
  const uv = mat(u.length, v.length);
  for (let i = 0; i < u.length; i++) {
    for (let j = 0; j < v.length; j++) uv.data[i * v.length + j] = u[i] * v[j];
  }
  const lhs = vec(uv);
  const rhs = kronVec(v, u);
  return { uv, lhs, rhs, maxDiff: maxAbsDiff(lhs, rhs), scale: maxAbs(u) * maxAbs(v) };
}

export interface MixedCheck extends IdentityCheck {
  /** (A ⊗ B)(C ⊗ D) and AC ⊗ BD. */
  readonly lhs: Mat;
  readonly rhs: Mat;
  /** The factors of the right-hand side. */
  readonly rhsFactors: { readonly AC: Mat; readonly BD: Mat };
}

/** (A ⊗ B)(C ⊗ D) = AC ⊗ BD for C the size of A and D the size of B. */
export function mixedProductCheck(A: Mat, B: Mat, C: Mat, D: Mat): MixedCheck {
  if (C.rows !== A.cols || D.rows !== B.cols) throw new RangeError('mixed product: C, D sizes');
  const lhs = matMul(kron(A, B), kron(C, D));
  const AC = matMul(A, C);
  const BD = matMul(B, D);
  const rhs = kron(AC, BD);
  const scale = lhs.rows * maxAbs(A.data) * maxAbs(B.data) * maxAbs(C.data) * maxAbs(D.data);
  return { lhs, rhs, rhsFactors: { AC, BD }, maxDiff: maxAbsDiff(lhs.data, rhs.data), scale };
}

import type { Structure } from './choices';
export { STRUCTURES, type Structure } from './choices';

export interface StructureOf {
  /** Has the property to rounding (for posdef: symmetric and λ_min > 0). */
  readonly has: boolean;
  /**
   * How far from it: max |M − Mᵀ|, max |MᵀM − I|, the largest off-diagonal |m_ij|; for posdef
   * λ_min of M (NaN when M is not symmetric, where definiteness is not defined here).
   */
  readonly measure: number;
  /** For posdef: M is not symmetric (the measure is then NaN). */
  readonly notSymmetric?: boolean;
}

export interface StructureCheck {
  readonly structure: Structure;
  readonly A: StructureOf;
  readonly B: StructureOf;
  readonly kron: StructureOf;
}

/** Rounding-level tolerance for an n×n matrix with entries up to `size`. */
const tol = (n: number, size: number) => 1e-11 * n * Math.max(1, size * size);

export function structureOf(M: Mat, s: Structure): StructureOf {
  const n = M.rows;
  const size = maxAbs(M.data);
  switch (s) {
    case 'symmetric': {
      const d = maxAbsDiff(M.data, transpose(M).data);
      return { has: d <= tol(n, size), measure: d };
    }
    case 'orthogonal': {
      const P = matMul(transpose(M), M);
      for (let i = 0; i < n; i++) P.data[i * n + i] -= 1;
      const d = maxAbs(P.data);
      return { has: d <= tol(n, size), measure: d };
    }
    case 'diagonal': {
      let d = 0;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) if (i !== j) d = Math.max(d, Math.abs(M.data[i * n + j]));
      return { has: d === 0, measure: d };
    }
    case 'posdef': {
      if (!isSymmetric(M, tol(n, size))) return { has: false, measure: NaN, notSymmetric: true };
      const lmin = symEig(M).values[0];
      return { has: lmin > tol(n, size), measure: lmin };
    }
  }
}

export function structureCheck(A: Mat, B: Mat, s: Structure): StructureCheck {
  return {
    structure: s,
    A: structureOf(A, s),
    B: structureOf(B, s),
    kron: structureOf(kron(A, B), s),
  };
}

/**
 * Orthogonal matrices with short exact decimal entries (rotations by Pythagorean angles), so they
 * survive the URL's six significant digits and stay orthogonal to rounding.
 */
const ORTHOGONAL: Record<number, readonly (readonly number[])[]> = {
  1: [[1], [-1]],
  2: [
    [0.6, -0.8, 0.8, 0.6],
    [0.28, 0.96, 0.96, -0.28],
  ],
  3: [
    [0.36, 0.48, -0.8, -0.8, 0.6, 0, 0.48, 0.64, 0.6],
    [0, 0.6, 0.8, 1, 0, 0, 0, 0.8, -0.6],
  ],
};

/**
 * A matrix of M's size that has the structure, close to M where that means something: (M + Mᵀ)/2,
 * M's diagonal, (M + Mᵀ)/2 shifted by c·I (c a multiple of 0.1) so that λ_min ≥ 0.5, or for
 * orthogonal a fixed example (`which` picks one of two, so A and B can differ).
 */
export function withStructure(M: Mat, s: Structure, which: 0 | 1): Mat {
  const n = M.rows;
  const sym = mat(n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) sym.data[i * n + j] = 0.5 * (M.data[i * n + j] + M.data[j * n + i]);
  switch (s) {
    case 'symmetric':
      return sym;
    case 'diagonal': {
      const D = mat(n, n);
      for (let i = 0; i < n; i++) D.data[i * n + i] = M.data[i * n + i];
      return D;
    }
    case 'posdef': {
      const lmin = symEig(sym).values[0];
      const c = lmin >= 0.5 ? 0 : Math.ceil((0.5 - lmin) * 10) / 10;
      for (let i = 0; i < n; i++) sym.data[i * n + i] += c;
      return sym;
    }
    case 'orthogonal':
      return mat(n, n, ORTHOGONAL[n]?.[which] ?? identityData(n));
  }
}

function identityData(n: number): number[] {
  return Array.from({ length: n * n }, (_, k) => (k % (n + 1) === 0 ? 1 : 0));
}
