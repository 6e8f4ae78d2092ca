/**
 * Gauss-Newton and Fisher structure of the 2-D problems, where they have one.
 *
 * Both need J written through a model's outputs z(w):
 *   G = J_zᵀ (∇²_z ℓ) J_z     (Gauss-Newton: curvature of the loss in output space)
 *   F = J_zᵀ F_z J_z          (Fisher: covariance of the score of the model's distribution)
 * For the exponential-family models below (Gaussian with fixed variance, Bernoulli with logits)
 * F_z = ∇²_z ℓ, so natural gradient equals Gauss-Newton
 * (docs/math.md#gauss-newton-fisher-and-natural-gradient). G and F are computed by separate code
 * paths here so the unit tests can check that equality instead of assuming it.
 */
import type { Mat2, Objective2, ProblemId, Vec2 } from '../types';
import { plainProblem, type Problem2 } from './affine';
import { cholesky, congruence, transpose } from '../linalg/mat2';

export interface CurvatureStructure {
  problem: Problem2;
  /** The model behind G and F in words, or why they are not defined for this problem. */
  model: string;
}

/** Logistic sigmoid without overflow. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** J_zᵀ diag(s) J_z for a 2-output Jacobian J_z (row i = ∇z_i). */
function pullDiag(Jz: Mat2, s0: number, s1: number): Mat2 {
  return congruence([s0, 0, 0, s1], Jz);
}

/** Jacobian of the residuals r = (1 − x, 10(y − x²)) of Rosenbrock. */
const rosenbrockJr = ([x]: Vec2): Mat2 => [-1, 0, -20 * x, 10];
/** Jacobian of the residuals r = (x² + y − 11, x + y² − 7) of Himmelblau. */
const himmelblauJr = ([x, y]: Vec2): Mat2 => [2 * x, 1, 1, 2 * y];

const SUM_OF_SQUARES = (r: string) =>
  `J = r₁² + r₂² with r = ${r} is, up to a constant, the negative log-likelihood of two Gaussian ` +
  `observations with variance ½ whose mean depends on w. Gauss-Newton G = 2JᵣᵀJᵣ; the Fisher of ` +
  `that Gaussian is the same matrix, so natural gradient = Gauss-Newton here. Both differ from ` +
  `the Hessian away from the minimum (they drop the Σ rᵢ∇²rᵢ term).`;

/**
 * The problem with its Gauss-Newton and Fisher matrices attached where the lab poses it as a
 * likelihood; `obj` must be the objective of `id` (the quadratic may be the angled one).
 */
export function withCurvatureStructure(
  id: ProblemId | 'custom',
  obj: Objective2,
): CurvatureStructure {
  const base = plainProblem(obj);
  switch (id) {
    case 'quadratic': {
      // J = ½‖Aw‖² with AᵀA = H (A = Lᵀ from the Cholesky factor): y = 0 observed under
      // y ~ N(Aw, I). Outputs are linear, ℓ = ½‖z‖² has ∇²ℓ = I and N(z, I) has F_z = I.
      const H = obj.hess([0, 0]);
      const L = cholesky(H);
      if (!L) return { problem: base, model: 'H is not positive definite.' };
      const A = transpose(L);
      return {
        problem: {
          ...base,
          gaussNewton: () => pullDiag(A, 1, 1),
          fisher: () => congruence([1, 0, 0, 1], A),
        },
        model:
          'J = ½‖Aw‖² with AᵀA = H is the negative log-likelihood of y = 0 under y ~ N(Aw, I). ' +
          'The outputs Aw are linear in w, so G = F = AᵀA = H: Gauss-Newton and natural gradient ' +
          'are Newton’s method here.',
      };
    }
    case 'rosenbrock':
    case 'himmelblau': {
      const Jr = id === 'rosenbrock' ? rosenbrockJr : himmelblauJr;
      // G from the shared objective (2JᵣᵀJᵣ); F from the Gaussian model's residual Jacobian.
      const G = obj.gaussNewton;
      return {
        problem: {
          ...base,
          gaussNewton: G ? (w) => G(w) : (w) => pullDiag(Jr(w), 2, 2),
          // Gaussian with variance σ² = ½: F_z = I/σ² = 2I, and J_μ = −Jᵣ.
          fisher: (w) => pullDiag(Jr(w), 1 / 0.5, 1 / 0.5),
        },
        model: SUM_OF_SQUARES(
          id === 'rosenbrock' ? '(1 − x, 10(y − x²))' : '(x² + y − 11, x + y² − 7)',
        ),
      };
    }
    case 'logistic':
      return {
        problem: {
          ...base,
          // The logits z = (x, x, y, y) are linear in w, so G = Σ ℓ″(zᵢ)∇zᵢ∇zᵢᵀ = H exactly.
          gaussNewton: (w) => obj.hess(w),
          // Bernoulli with logit z: F_z = p(1 − p), p = σ(z); two observations per coordinate.
          fisher: ([x, y]) => {
            const px = sigmoid(x);
            const py = sigmoid(y);
            return [2 * px * (1 - px), 0, 0, 2 * py * (1 - py)];
          },
        },
        model:
          'J = Σⱼ log(1 + exp xⱼ) + log(1 + exp(−xⱼ)) is the negative log-likelihood of two ' +
          'Bernoulli observations (labels 0 and 1) with logit xⱼ. The logits are linear in w, so ' +
          'G = H; and the Fisher of the Bernoulli model is p(1 − p) = its Hessian. Newton, ' +
          'Gauss-Newton and natural gradient coincide.',
      };
    case 'saddle':
      return {
        problem: base,
        model:
          'Not defined: the saddle J = ½x² + ¼y⁴ − ½y² is not posed as a sum of squared ' +
          'residuals or a negative log-likelihood in this lab, so it has no Gauss-Newton matrix ' +
          'and no Fisher matrix. Only gradient descent and Newton run.',
      };
    case 'custom':
      return {
        problem: base,
        model:
          'Not defined: a typed f(x, y) is just a function, not a model’s negative ' +
          'log-likelihood, so there are no outputs to take a Gauss-Newton matrix or a Fisher ' +
          'matrix of. Only gradient descent and Newton run.',
      };
  }
}
