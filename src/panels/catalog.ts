/**
 * The panels: ids (public — they appear in URLs and embeds), what each teaches, and its declared
 * URL parameters. Components are attached separately (app/panelComponents.tsx) so this file stays
 * free of React and can be used by URL handling, the docs generator and tests.
 */
import type { PanelId } from '../params/panelIds';
import type { PanelSchema } from '../params/registry';
import { specList, type AnyParams, type Decls } from '../params/spec';
import { VIEW_PARAMS } from '../params/view';
import { DAMPING_PARAMS } from './damping/params';
import { HF_PARAMS } from './hessian-free/params';
import { INV_PARAMS, resolveInvariance } from './invariance/params';
import { KFAC_PARAMS } from './kfac/params';
import { NEWTON_PARAMS } from './newton/params';
import { derivedPrecond, PRECOND_PARAMS, resolvePrecond } from './preconditioning/params';
import { PROXIMAL_PARAMS } from './proximal/params';
import { PST_PARAMS } from './pst/params';
import { DEFAULT_LR, defaultStart, type ProblemChoice } from './shared/opt2dParams';

export interface PanelMeta extends PanelSchema {
  title: string;
  /** Which slides it serves. */
  slides: string;
  /** One or two sentences for the landing page: what a student will see and learn. */
  teaches: string;
  /** The panel's own parameter declarations (without the view parameters). */
  params: Decls;
}

function problemDefaults(params: AnyParams, given: ReadonlySet<string>): AnyParams {
  const problem = params.problem as ProblemChoice;
  const out = { ...params };
  if (!given.has('x0')) out.x0 = defaultStart(problem, params.kappa as number);
  if (!given.has('lr')) out.lr = DEFAULT_LR[problem];
  return out;
}

type Entry = Omit<PanelMeta, 'schema'>;

const ENTRIES: Entry[] = [
  {
    id: 'newton',
    title: "Newton's method",
    slides: 'Interpretation 1: Minimizing Quadratic Approximations',
    teaches:
      'Newton repeatedly minimizes the second-order Taylor model. Drag the start point and compare gradient descent, Newton, damped Newton and a positive-definite curvature; on a saddle, watch undamped Newton head for the stationary point while the PD variant descends.',
    params: NEWTON_PARAMS,
    resolve: problemDefaults,
  },
  {
    id: 'damping',
    title: 'Damping',
    slides: 'Minimizing Quadratic Approximations: Damping',
    teaches:
      'On the slide’s logistic example undamped Newton diverges from |x₀| > 2.17732. Slide the damping η and see (H + ηI)⁻¹ cap every eigen-direction at 1/η: Newton-like where ν ≫ η, gradient-descent-like where ν ≪ η.',
    params: DAMPING_PARAMS,
    resolve: problemDefaults,
  },
  {
    id: 'preconditioning',
    title: 'Preconditioning',
    slides: 'Interpretation 2: Preconditioning',
    teaches:
      'Drag the columns of R and watch gradient descent in w̃ = R⁻¹(w − b), mapped back, land exactly on w − αRRᵀ∇J. Pick Cholesky or H^−½ and see H̃ = RᵀHR = I (κ = 1, one step); see a diagonal R fix an axis-aligned quadratic but not a rotated one; let R follow the iterate and get Newton’s method.',
    params: PRECOND_PARAMS,
    resolve: resolvePrecond,
    derived: derivedPrecond,
  },
  {
    id: 'invariance',
    title: 'Invariance',
    slides: 'Interpretation 3: Invariance',
    teaches:
      'Stretch, shear and rotate the parameters (θ = Mφ + c) and run each method in both coordinate systems: undamped Newton, Gauss-Newton and natural gradient overlay to rounding (~1e−12), gradient descent does not, and damping η breaks invariance gradually — plotted against η.',
    params: INV_PARAMS,
    resolve: resolveInvariance,
  },
  {
    id: 'proximal',
    title: 'Proximal optimization',
    slides: 'Interpretation 4: Proximal Optimization; Computation: GD on the Proximal Objective',
    teaches:
      'One update of a small network trades off the loss on a new batch, the function-space distance and the weight-space distance. See the slide’s four views side by side, slide λ_FSD and λ_WSD, compare with the natural-gradient step, and watch proximal steps forget less than SGD over a sequence of batches.',
    params: PROXIMAL_PARAMS,
  },
  {
    id: 'hessian-free',
    title: 'Hessian-free optimization',
    slides: 'Computation; Computation: Hessian-Free Optimization',
    teaches:
      'Minimize the quadratic model with conjugate gradient using only matrix-vector products: CG finds the 2-D minimizer in two steps, needs about √κ products where GD needs κ, and stops after as many steps as there are distinct eigenvalues. Then train a small deep autoencoder with Martens’ HF (damped CG, warm start, backtracking, λ adaptation) against SGD and Adam.',
    params: HF_PARAMS,
  },
  {
    id: 'pst',
    title: 'Pullback sampling',
    slides: 'Pullback Sampling Trick',
    teaches:
      'Sample targets from the model’s own prediction, backpropagate Dw = Jᵀ Dz, and watch the cloud’s covariance ellipse converge onto the exact G = F. Compare the empirical Fisher, fit a diagonal EMA with decay η, and precondition GD with it.',
    params: PST_PARAMS,
  },
  {
    id: 'kfac',
    title: 'K-FAC',
    slides: 'Kronecker Product; Kronecker-Factored Approximate Curvature (K-FAC)',
    teaches:
      'Edit small matrices and watch A ⊗ B, vec(AXB) = (Bᵀ⊗A)vec X and the eigenvalues λᵢνⱼ update live. Then see a small network’s exact Gauss-Newton matrix next to its block diagonal and K-FAC’s A ⊗ S blocks, the error of each approximation, the linear network where K-FAC is exact, and the cheap solve vec(S⁻¹VA⁻¹).',
    params: KFAC_PARAMS,
  },
];

const VIEW_SPECS = specList(VIEW_PARAMS);

/** Every panel, in the lecture's order, with its full URL schema (own + view parameters). */
export const PANELS: readonly PanelMeta[] = ENTRIES.map((e) => ({
  ...e,
  schema: [...specList(e.params), ...VIEW_SPECS],
}));

export function panelMeta(id: string | null): PanelMeta | undefined {
  return PANELS.find((p) => p.id === id);
}

export function panelTitle(id: PanelId): string {
  return panelMeta(id)?.title ?? id;
}
