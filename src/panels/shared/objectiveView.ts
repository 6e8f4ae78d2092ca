import type { Opt2dResult } from '../../core/compute/opt2d';
import { getObjective } from '../../core/objectives';
import type { Objective2 } from '../../core/types';
import type { Opt2dParams } from './opt2dParams';

export interface ObjectiveView {
  tex: string;
  label: string;
  stationary: Objective2['stationary'];
  id: Objective2['id'];
}

/** What a panel shows about its objective: built-ins from the core, custom ones from the worker. */
export function objectiveView(p: Opt2dParams, out: Opt2dResult | null): ObjectiveView {
  if (p.problem === 'custom') {
    return {
      id: 'custom',
      label: 'custom f(x, y)',
      tex: out?.custom?.tex ?? 'f(x, y)',
      stationary: out?.custom?.stationary ?? [],
    };
  }
  const obj = getObjective(p.problem, { kappa: p.kappa });
  return { id: obj.id, label: obj.label, tex: obj.tex, stationary: obj.stationary };
}
