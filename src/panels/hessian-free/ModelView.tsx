import { Formula } from '../../components/Formula';
import { Legend } from '../../components/Legend';
import type { Model2dResult } from '../../core/cg';
import type { Vec2 } from '../../core/types';
import { texMat, texVec } from '../shared/texNumbers';
import { modelCaption } from './captions';
import { ModelPlot } from './ModelPlot';
import { MODEL_STYLE } from './style';
import { FigureText } from '../../components/FigureText';
import { describeModel } from './describe';

const iterate = (flat: Float64Array, w: Vec2, k: number): Vec2 => [
  flat[2 * k] - w[0],
  flat[2 * k + 1] - w[1],
];

function statusOf(stop: string): string | undefined {
  if (stop === 'negative-curvature') return 'stopped: pᵀCp ≤ 0';
  if (stop === 'non-finite') return 'diverged';
  if (stop === 'not-run') return 'not defined (C not PD)';
  return undefined;
}

/** Live numbers of the CG update on the 2-D model. */
function cgTex(out: Model2dResult): string {
  const model = `m(v) = \\tfrac12 v^\\top C v + \\nabla J^\\top v,\\quad C = ${texMat(out.C)},\\ \\nabla J = ${texVec(out.grad)}`;
  const k = out.cg.iterates.length / 2 - 1;
  const steps = [];
  for (let i = 1; i <= Math.min(k, 2); i++) {
    steps.push(`v_${i}^{\\mathrm{CG}} = ${texVec(iterate(out.cg.iterates, out.w, i))}`);
  }
  const star = out.vStar ? `\\; -C^{-1}\\nabla J = ${texVec(out.vStar)}` : '';
  return `${model}\\\\ \\text{CG: } v_{i+1} = v_i + \\alpha_i p_i,\\ \\alpha_i = \\frac{r_i^\\top r_i}{p_i^\\top C p_i},\\ p_{i+1} = -r_{i+1} + \\frac{r_{i+1}^\\top r_{i+1}}{r_i^\\top r_i} p_i\\\\ ${steps.join(',\\ ')}${star ? ',' : ''}${star}`;
}

/** First view, left half: the 2-D model, its contours and the three runs. */
export function ModelView({ out, width }: { out: Model2dResult; width: number }) {
  return (
    <div data-testid="model-view">
      {out.custom && (
        <p className="objective" data-testid="model-objective">
          <Formula tex={String.raw`${out.custom.tex},\quad C = \nabla^2 f(w) + \lambda I`} />
        </p>
      )}
      <FigureText {...describeModel(out)} target="model-plot">
        <ModelPlot out={out} width={width} />
      </FigureText>
      <Legend
        items={[
          { ...MODEL_STYLE.gdFixed, status: statusOf(out.gdFixed.stop) },
          { ...MODEL_STYLE.gdExact, status: statusOf(out.gdExact.stop) },
          { ...MODEL_STYLE.cg, status: statusOf(out.cg.stop) },
        ]}
      />
      <p className="small">
        × marks w, where the model is built (v = 0); ★ marks its minimizer w − C⁻¹∇J; the blue ring
        marks the first iterate, shared by CG and exact-line-search GD (K = 1).
      </p>
      <Formula display testId="live-formula" tex={cgTex(out)} />
      <p className="caption" data-testid="caption" aria-live="polite">
        {modelCaption(out)}
      </p>
    </div>
  );
}
