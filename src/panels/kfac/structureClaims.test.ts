import { describe, expect, it } from 'vitest';
import { verifyClaims, type Claim, type Verifier } from '../../core/claims/claim';
import { STRUCTURES, structureCheck, withStructure, type Structure } from '../../core/kfac';
import { mat, type Mat } from '../../core/linalg';
import { randomMat, randomSpd, rngFor } from '../../core/kfac/testing';
import { structureClaims } from './structureClaims';

interface State {
  A: Mat;
  B: Mat;
  s: Structure;
}

/** Written out here: A ⊗ B by its definition and an n×n product. */
function kronOf(A: Mat, B: Mat): Mat {
  const [m, n] = [A.rows, B.rows];
  const K = mat(m * n, m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++)
      for (let k = 0; k < n; k++)
        for (let l = 0; l < n; l++)
          K.data[(i * n + k) * m * n + j * n + l] = A.data[i * m + j] * B.data[k * n + l];
  return K;
}
const at = (M: Mat, i: number, j: number) => M.data[i * M.cols + j];

/** Cholesky succeeds ⇔ symmetric M is positive definite (an independent test of definiteness). */
function choleskyOk(M: Mat): boolean {
  const n = M.rows;
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = at(M, j, j);
    for (let k = 0; k < j; k++) d -= L[j * n + k] ** 2;
    if (!(d > 1e-12)) return false;
    L[j * n + j] = Math.sqrt(d);
    for (let i = j + 1; i < n; i++) {
      let s = at(M, i, j);
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = s / L[j * n + j];
    }
  }
  return true;
}

/** Does M have the property, judged with a tolerance far above rounding, far below the data's. */
function has(M: Mat, s: Structure): boolean {
  const n = M.rows;
  let dev = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (s === 'symmetric' || s === 'posdef')
        dev = Math.max(dev, Math.abs(at(M, i, j) - at(M, j, i)));
      if (s === 'diagonal' && i !== j) dev = Math.max(dev, Math.abs(at(M, i, j)));
      if (s === 'orthogonal') {
        let p = 0;
        for (let k = 0; k < n; k++) p += at(M, k, i) * at(M, k, j);
        dev = Math.max(dev, Math.abs(p - (i === j ? 1 : 0)));
      }
    }
  if (dev > 1e-8) return false;
  return s === 'posdef' ? choleskyOk(M) : true;
}

const VERIFIERS: Record<string, Verifier<State>> = {
  'kron-structure': (c: Claim, { A, B, s }) => {
    const truth = { A: has(A, s), B: has(B, s), kron: has(kronOf(A, B), s) };
    for (const k of ['A', 'B', 'kron'] as const) {
      if (c.data[k] !== truth[k]) return `${k} ${truth[k] ? 'has' : 'lacks'} the property`;
    }
    // The slide's theorem: both factors have it ⇒ the product has it.
    if (truth.A && truth.B && !truth.kron) return 'the theorem failed';
    const both = truth.A && truth.B;
    return c.text.includes('as the slide says') === both ? null : 'condition misstated';
  },
};

describe('the structure caption makes only true claims', () => {
  it('property: random, structured and mixed factors, every structure and size', () => {
    const rng = rngFor(17);
    const verdicts = new Set<string>();
    for (const s of STRUCTURES) {
      for (const [m, n] of [
        [1, 2],
        [2, 2],
        [2, 3],
        [3, 3],
      ]) {
        for (let trial = 0; trial < 12; trial++) {
          const raw = () => (trial % 3 === 2 ? randomSpd(m, rng) : randomMat(m, m, rng));
          const rawB = () => (trial % 3 === 2 ? randomSpd(n, rng) : randomMat(n, n, rng));
          // Trials mix: both structured, one structured, none; and ± scalings of structured ones.
          const A = trial % 4 === 3 ? raw() : withStructure(raw(), s, 0);
          const B = trial % 4 === 1 ? rawB() : withStructure(rawB(), s, 1);
          const sign = trial % 6 === 5 ? -1 : 1;
          const st = {
            A: { ...A, data: A.data.map((x) => sign * x) },
            B: { ...B, data: B.data.map((x) => sign * x) },
            s,
          };
          const claims = structureClaims(structureCheck(st.A, st.B, s));
          verdicts.add(
            claims[0].text.includes('as the slide says')
              ? 'holds'
              : claims[0].text.includes('anyway')
                ? 'anyway'
                : 'fails',
          );
          expect(verifyClaims(claims, st, VERIFIERS), `${s} ${m}×${n} #${trial}`).toEqual([]);
        }
      }
    }
    expect([...verdicts].sort()).toEqual(['anyway', 'fails', 'holds']);
  });

  it('states the condition when a factor lacks the property', () => {
    const A = mat(2, 2, [1, 2, 0, 1]);
    const B = mat(2, 2, [1, 0, 0, 2]);
    const [c] = structureClaims(structureCheck(A, B, 'symmetric'));
    expect(c.text).toBe(
      'A is not symmetric (max |A − Aᵀ| = 2), so the slide’s statement (both factors symmetric) does not apply. A ⊗ B is not symmetric either (max |A⊗B − (A⊗B)ᵀ| = 4).',
    );
  });
});
