/**
 * The panels: ids (public — they appear in URLs and embeds), what each teaches, and its URL
 * schema. Components are attached separately (app/panelComponents.tsx) so this file stays free of
 * React and can be used by URL handling and tests.
 */
import type { ParamSpec, Params } from '../state/urlSchema';
import { PST_SCHEMA } from './pst/params';
import { KFAC_SCHEMA } from './kfac/params';
import { DEFAULT_LR, defaultStart, opt2dSchema, type ProblemChoice } from './shared/opt2dParams';
import { PROXIMAL_SCHEMA } from './proximal/params';
import { PRECOND_SCHEMA, resolvePrecond } from './preconditioning/params';
import { INV_SCHEMA, resolveInvariance } from './invariance/params';
import { HF_SCHEMA } from './hessian-free/params';

export interface PanelMeta {
  id: string;
  title: string;
  /** Which slides it serves. */
  slides: string;
  /** One or two sentences for the landing page: what a student will see and learn. */
  teaches: string;
  schema: ParamSpec[];
  /** Fills defaults that depend on other parameters, for keys the URL did not give. */
  resolve?(params: Params, given: ReadonlySet<string>): Params;
}

function problemDefaults(params: Params, given: ReadonlySet<string>): Params {
  const problem = params.problem as ProblemChoice;
  const out = { ...params };
  if (!given.has('x0')) out.x0 = defaultStart(problem, params.kappa as number);
  if (!given.has('lr')) out.lr = DEFAULT_LR[problem];
  return out;
}

export const PANELS: PanelMeta[] = [
  {
    id: 'newton',
    title: "Newton's method",
    slides: 'Interpretation 1: Minimizing Quadratic Approximations',
    teaches:
      'Newton repeatedly minimizes the second-order Taylor model. Drag the start point and compare gradient descent, Newton, damped Newton and a positive-definite curvature; on a saddle, watch undamped Newton head for the stationary point while the PD variant descends.',
    schema: opt2dSchema({
      problem: 'rosenbrock',
      x0: [-1.2, 1],
      eta: 1,
      steps: 50,
      show: ['gd', 'newton', 'damped-newton', 'pd-newton'],
      focus: 'newton',
    }),
    resolve: problemDefaults,
  },
  {
    id: 'damping',
    title: 'Damping',
    slides: 'Minimizing Quadratic Approximations: Damping',
    teaches:
      'On the slide’s logistic example undamped Newton diverges from |x₀| > 2.17732. Slide the damping η and see (H + ηI)⁻¹ cap every eigen-direction at 1/η: Newton-like where ν ≫ η, gradient-descent-like where ν ≪ η.',
    schema: opt2dSchema({
      problem: 'logistic',
      x0: [2.3, 0.5],
      eta: 0.1,
      steps: 60,
      show: ['newton', 'damped-newton'],
      focus: 'damped-newton',
    }),
    resolve: problemDefaults,
  },
  {
    id: 'preconditioning',
    title: 'Preconditioning',
    slides: 'Interpretation 2: Preconditioning',
    teaches:
      'Drag the columns of R and watch gradient descent in w̃ = R⁻¹(w − b), mapped back, land exactly on w − αRRᵀ∇J. Pick Cholesky or H^−½ and see H̃ = RᵀHR = I (κ = 1, one step); see a diagonal R fix an axis-aligned quadratic but not a rotated one; let R follow the iterate and get Newton’s method.',
    schema: PRECOND_SCHEMA,
    resolve: resolvePrecond,
  },
  {
    id: 'invariance',
    title: 'Invariance',
    slides: 'Interpretation 3: Invariance',
    teaches:
      'Stretch, shear and rotate the parameters (θ = Mφ + c) and run each method in both coordinate systems: undamped Newton, Gauss-Newton and natural gradient overlay to rounding (~1e−12), gradient descent does not, and damping η breaks invariance gradually — plotted against η.',
    schema: INV_SCHEMA,
    resolve: resolveInvariance,
  },
  {
    id: 'proximal',
    title: 'Proximal optimization',
    slides: 'Interpretation 4: Proximal Optimization; Computation: GD on the Proximal Objective',
    teaches:
      'One update of a small network trades off the loss on a new batch, the function-space distance and the weight-space distance. See the slide’s four views side by side, slide λ_FSD and λ_WSD, compare with the natural-gradient step, and watch proximal steps forget less than SGD over a sequence of batches.',
    schema: PROXIMAL_SCHEMA,
  },
  {
    id: 'hessian-free',
    title: 'Hessian-free optimization',
    slides: 'Computation; Computation: Hessian-Free Optimization',
    teaches:
      'Minimize the quadratic model with conjugate gradient using only matrix-vector products: CG finds the 2-D minimizer in two steps, needs about √κ products where GD needs κ, and stops after as many steps as there are distinct eigenvalues. Then train a small deep autoencoder with Martens’ HF (damped CG, warm start, backtracking, λ adaptation) against SGD and Adam.',
    schema: HF_SCHEMA,
  },
  {
    id: 'pst',
    title: 'Pullback sampling',
    slides: 'Pullback Sampling Trick',
    teaches:
      'Sample targets from the model’s own prediction, backpropagate Dw = Jᵀ Dz, and watch the cloud’s covariance ellipse converge onto the exact G = F. Compare the empirical Fisher, fit a diagonal EMA with decay η, and precondition GD with it.',
    schema: PST_SCHEMA,
  },
  {
    id: 'kfac',
    title: 'K-FAC',
    slides: 'Kronecker Product; Kronecker-Factored Approximate Curvature (K-FAC)',
    teaches:
      'Edit small matrices and watch A ⊗ B, vec(AXB) = (Bᵀ⊗A)vec X and the eigenvalues λᵢνⱼ update live. Then see a small network’s exact Gauss-Newton matrix next to its block diagonal and K-FAC’s A ⊗ S blocks, the error of each approximation, the linear network where K-FAC is exact, and the cheap solve vec(S⁻¹VA⁻¹).',
    schema: KFAC_SCHEMA,
  },
];

/**
 * View parameters every panel accepts (lecture and embed options): `present` turns on presenter
 * mode, `controls` lists the only controls an embed shows.
 */
export const VIEW_SCHEMA: ParamSpec[] = [
  { key: 'present', label: 'Presenter mode', kind: 'enum', values: ['0', '1'], default: '0' },
  { key: 'controls', label: 'Shown controls', kind: 'text', maxLength: 300, default: '' },
  // A lecturer's scene list travelling in a link; imported into local storage on arrival.
  { key: 'scenes', label: 'Scene list', kind: 'text', maxLength: 8000, default: '' },
];

const withView = new Map<string, PanelMeta>();

/** A panel's metadata with the shared view parameters appended to its URL schema. */
export function panelMeta(id: string | null): PanelMeta | undefined {
  const meta = PANELS.find((p) => p.id === id);
  if (!meta) return undefined;
  let full = withView.get(meta.id);
  if (!full) {
    full = { ...meta, schema: [...meta.schema, ...VIEW_SCHEMA] };
    withView.set(meta.id, full);
  }
  return full;
}
