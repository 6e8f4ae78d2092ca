import type { Opt2dResult } from '../../core/newton/compute';
import { DEFAULT_LR, defaultStart, type Opt2dParams } from './opt2dParams';
import { ProblemSelect, useCustomChoice } from './ProblemSelect';

/** Problem picker (+ κ for the quadratic). Switching problem resets start point and learning rate to that problem's defaults. */
export function ProblemControls({
  panel,
  p,
  out,
  set,
}: {
  panel: string;
  p: Opt2dParams;
  out: Opt2dResult | null;
  set(patch: Partial<Opt2dParams>): void;
}) {
  const custom = useCustomChoice(panel, p, set, out?.custom);
  return (
    <ProblemSelect
      problem={p.problem}
      kappa={p.kappa}
      onProblem={(problem) => {
        set({
          problem,
          x0: defaultStart(problem, p.kappa),
          lr: DEFAULT_LR[problem],
          k: 0,
          range: null,
        });
      }}
      onKappa={(kappa) => set({ kappa })}
      custom={custom}
    />
  );
}
