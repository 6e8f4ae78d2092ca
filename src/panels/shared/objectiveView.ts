import type { CustomInfo } from '../../core/expr/custom';
import { getObjective } from '../../core/objectives';
import type { Objective2, ProblemId } from '../../core/types';
import type { ProblemChoice } from './opt2dParams';

export interface ObjectiveView {
  tex: string;
  label: string;
  stationary: Objective2['stationary'];
  id: Objective2['id'];
  /** A typed objective: the expression plotted and its view box (for exports). */
  custom: Pick<CustomInfo, 'f' | 'domain'> | null;
}

/**
 * What a panel shows about its objective: built-ins from the core (`builtIn` lets a panel use its
 * own variant, e.g. the rotated quadratic), custom ones from the worker's answer.
 */
export function objectiveView(
  p: { problem: ProblemChoice; kappa: number },
  custom: CustomInfo | null | undefined,
  builtIn: (id: ProblemId) => Objective2 = (id) => getObjective(id, { kappa: p.kappa }),
): ObjectiveView {
  if (p.problem === 'custom') {
    return {
      id: 'custom',
      label: 'custom f(x, y)',
      tex: custom?.tex ?? 'f(x, y)',
      stationary: custom?.stationary ?? [],
      custom: custom ? { f: custom.f, domain: custom.domain } : null,
    };
  }
  const obj = builtIn(p.problem);
  return { id: obj.id, label: obj.label, tex: obj.tex, stationary: obj.stationary, custom: null };
}

/** The `objective` object of a panel's "Download data" document. */
export function objectiveJson(o: ObjectiveView) {
  return {
    id: o.id,
    label: o.label,
    tex: o.tex,
    ...(o.custom ? { f: o.custom.f, domain: o.custom.domain } : {}),
  };
}
