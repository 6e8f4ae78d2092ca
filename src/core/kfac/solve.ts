/**
 * Inverting a Kronecker-factored block without ever forming it (lecture, "K-FAC" slides):
 *   (A ⊗ S)⁻¹ vec(V) = vec(S⁻¹ V A⁻¹),
 * and the two ways to damp it (Martens & Grosse 2015; docs/math.md#k-fac):
 * - factored Tikhonov: (A + π√γ I) ⊗ (S + (√γ/π) I), π = √[(tr A/dim A)/(tr S/dim S)], which
 *   adds γI plus the cross terms π√γ I⊗S + (√γ/π) A⊗I — π balances their traces;
 * - exact Tikhonov (A ⊗ S + γI)⁻¹ via A = Q_A D_A Q_Aᵀ, S = Q_S D_S Q_Sᵀ:
 *   U = Q_Sᵀ V Q_A,  U ./= (d_S d_Aᵀ + γ),  result Q_S U Q_Aᵀ.
 * V is n_out × n_in (the layer's W̄ shape); A is n_in × n_in, S is n_out × n_out.
 */
import {
  addDiagonal,
  cholesky,
  choleskySolve,
  mat,
  matMul,
  symEig,
  trace,
  transpose,
  type Mat,
} from '../linalg';

/** π of factored Tikhonov damping; 1 if either trace vanishes (nothing to balance). */
export function tikhonovPi(A: Mat, S: Mat): number {
  const ta = trace(A) / A.rows;
  const ts = trace(S) / S.rows;
  if (!(ta > 0) || !(ts > 0)) return 1;
  return Math.sqrt(ta / ts);
}

/** The damped factors (A + π√γ I, S + (√γ/π) I). */
export function factoredDamping(A: Mat, S: Mat, gamma: number): { A: Mat; S: Mat; pi: number } {
  const pi = tikhonovPi(A, S);
  const r = Math.sqrt(gamma);
  return { A: addDiagonal(A, pi * r), S: addDiagonal(S, r / pi), pi };
}

/** S⁻¹ V A⁻¹ by two Cholesky factorizations; null if a factor is not positive definite. */
export function kronSolve(A: Mat, S: Mat, V: Mat): Mat | null {
  if (V.rows !== S.rows || V.cols !== A.rows) throw new RangeError('kronSolve: V is dim S × dim A');
  const LA = cholesky(A);
  const LS = cholesky(S);
  if (!LA || !LS) return null;
  // Y = S⁻¹ V column by column; then X = Y A⁻¹, i.e. Xᵀ = A⁻¹ Yᵀ (A symmetric), row by row.
  const Y = mat(V.rows, V.cols);
  const col = new Float64Array(V.rows);
  for (let j = 0; j < V.cols; j++) {
    for (let i = 0; i < V.rows; i++) col[i] = V.data[i * V.cols + j];
    const y = choleskySolve(LS, col);
    for (let i = 0; i < V.rows; i++) Y.data[i * V.cols + j] = y[i];
  }
  const X = mat(V.rows, V.cols);
  for (let i = 0; i < V.rows; i++) {
    const x = choleskySolve(LA, Y.data.subarray(i * V.cols, (i + 1) * V.cols));
    X.data.set(x, i * V.cols);
  }
  return X;
}

/** (A ⊗ S + γ I)⁻¹ vec(V), returned as the matrix X with vec(X) the solution. */
export function exactTikhonovSolve(A: Mat, S: Mat, V: Mat, gamma: number): Mat {
  const ea = symEig(A);
  const es = symEig(S);
  const U = matMul(matMul(transpose(es.vectors), V), ea.vectors);
  for (let i = 0; i < U.rows; i++) {
    for (let j = 0; j < U.cols; j++) U.data[i * U.cols + j] /= es.values[i] * ea.values[j] + gamma;
  }
  return matMul(matMul(es.vectors, U), transpose(ea.vectors));
}

/**
 * Floating-point operation counts (multiply-adds counted as 2) of the two ways to apply
 * (A ⊗ S)⁻¹ to one vector, with a = dim A, s = dim S and D = a·s.
 */
export function solveCosts(a: number, s: number): { explicit: number; factored: number } {
  const D = a * s;
  return {
    // Form A ⊗ S (D² products), Cholesky (D³/3), two triangular solves (2D²).
    explicit: D * D + D ** 3 / 3 + 2 * D * D,
    // Two Cholesky factorizations, then S⁻¹V (2 s² a) and (·)A⁻¹ (2 a² s).
    factored: a ** 3 / 3 + s ** 3 / 3 + 2 * s * s * a + 2 * a * a * s,
  };
}
