/**
 * The text alternative of the Hessian-free panel's model plot (the quadratic model m(v) of J at
 * w and three minimizers of it): the model, and for CG and the two GD variants how many steps
 * they took, why they stopped and the model value reached; the iterates as a table (FigureText,
 * src/panels/shared/describeFigure.ts).
 */
import { claim, type Claim } from '../../core/claims/claim';
import type { Model2dResult, ModelRun } from '../../core/cg/model2d';
import { describe, pt, type FigureDescription } from '../shared/describeFigure';
import { plainNum } from '../shared/texNumbers';
import { MODEL_STYLE } from './style';

const RUNS = ['cg', 'gdFixed', 'gdExact'] as const;

const STOP_WORDS: Record<ModelRun['stop'], string> = {
  martens: 'stopped by the relative-progress test',
  target: "came within the tolerance of the model's minimum",
  residual: 'stopped on a small residual',
  'max-iters': 'stopped at the iteration cap',
  'negative-curvature': 'stopped on non-positive curvature pᵀCp ≤ 0',
  'non-finite': 'diverged',
  'not-run': 'did not run: C is not positive definite',
};

function runClaim(id: (typeof RUNS)[number], r: ModelRun): Claim {
  const n = r.iterates.length / 2 - 1;
  const end = pt(r.iterates[2 * n], r.iterates[2 * n + 1]);
  const label = MODEL_STYLE[id].label;
  return claim(
    'model-run',
    r.stop === 'not-run'
      ? `${label} ${STOP_WORDS[r.stop]}.`
      : `${label} ${STOP_WORDS[r.stop]} after ${n} step${n === 1 ? '' : 's'}, at ${end} with m = ${plainNum(r.q[n])}.`,
    { run: id, stop: r.stop, steps: n },
  );
}

export function describeModel(out: Model2dResult): FigureDescription {
  const [l0, l1] = out.eig;
  return describe(
    `Contours of the quadratic model m(v) at w = ${pt(out.w[0], out.w[1])} with CG and gradient-descent iterates`,
    [
      claim(
        'model-objective',
        `Contour plot of the model m(v) = ½vᵀCv + ∇Jᵀv of J at w = ${pt(out.w[0], out.w[1])}; C has eigenvalues ${plainNum(l0)} and ${plainNum(l1)}${out.pd ? `, so its minimizer is w − C⁻¹∇J${out.vStar ? ` = ${pt(out.w[0] + out.vStar[0], out.w[1] + out.vStar[1])}` : ''}` : ': not positive definite, no unique minimizer'}.`,
        { l0, l1, pd: out.pd },
      ),
      ...RUNS.map((id) => runClaim(id, out[id])),
    ],
    {
      caption: 'Iterates: one row per step of each method, with the model value m',
      columns: ['method', 'k', 'w₁', 'w₂', 'm'],
      rows: () =>
        RUNS.flatMap((id) =>
          Array.from({ length: out[id].iterates.length / 2 }, (_, k) => [
            MODEL_STYLE[id].label,
            k,
            plainNum(out[id].iterates[2 * k]),
            plainNum(out[id].iterates[2 * k + 1]),
            plainNum(out[id].q[k]),
          ]),
        ),
    },
  );
}
