import type { FocusInfo } from '../../core/newton/compute';
import type { MethodId } from '../../core/types';
import { texMat, texNum, texVec } from './texNumbers';

/** The update rule in symbols. */
export const RULE_TEX: Record<MethodId, string> = {
  gd: 'w^{(k+1)} = w^{(k)} - \\alpha\\,\\nabla\\mathcal{J}(w^{(k)})',
  newton: 'w^{(k+1)} = w^{(k)} - \\mathbf{H}^{-1}\\nabla\\mathcal{J}(w^{(k)})',
  'damped-newton':
    'w^{(k+1)} = w^{(k)} - (\\mathbf{H} + \\eta\\mathbf{I})^{-1}\\nabla\\mathcal{J}(w^{(k)})',
  'pd-newton':
    'w^{(k+1)} = w^{(k)} - \\mathbf{C}^{-1}\\nabla\\mathcal{J}(w^{(k)}),\\quad \\mathbf{C}\\succ 0',
};

/**
 * The same rule with the live numbers of iterate k substituted, on two aligned lines (the
 * substitution and the result) so it fits the controls column.
 */
export function liveRuleTex(f: FocusInfo, lr: number, eta: number): string {
  const [lhs, rhs, next] = liveRuleParts(f, lr, eta);
  return String.raw`\begin{aligned}${lhs} &= ${rhs}\\ &= ${next}\end{aligned}`;
}

function liveRuleParts(f: FocusInfo, lr: number, eta: number): [string, string, string] {
  const w = texVec(f.w);
  const g = texVec(f.grad);
  const next = f.step
    ? texVec([f.w[0] + f.step[0], f.w[1] + f.step[1]])
    : '\\text{(undefined: curvature not invertible)}';
  const k = f.k;
  switch (f.method) {
    case 'gd':
      return [`w^{(${k + 1})}`, `${w} - ${texNum(lr)}\\,${g}`, next];
    case 'newton':
      return [`w^{(${k + 1})}`, `${w} - ${texMat(f.hess)}^{-1}${g}`, next];
    case 'damped-newton': {
      const d = f.hess;
      return [
        `w^{(${k + 1})}`,
        `${w} - ${texMat([d[0] + eta, d[1], d[2], d[3] + eta])}^{-1}${g}`,
        next,
      ];
    }
    case 'pd-newton':
      return [
        `w^{(${k + 1})}`,
        `${w} - ${f.curvature ? texMat(f.curvature) : '\\mathbf{C}'}^{-1}${g}`,
        next,
      ];
  }
}
