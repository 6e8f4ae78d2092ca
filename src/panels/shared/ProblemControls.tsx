import type { PanelId } from '../../params/panelIds';
import type { Opt2dResult } from '../../core/newton/compute';
import { DEFAULT_LR, defaultStart, type Opt2dDecls, type Opt2dParams } from './opt2dParams';
import { binder, type SetParams } from './useParams';
import { ProblemSelect, useCustomChoice } from './ProblemSelect';

/** Problem picker (+ κ for the quadratic). Switching problem resets start point and learning rate to that problem's defaults. */
export function ProblemControls({
  panel,
  decls,
  p,
  out,
  set,
}: {
  panel: PanelId;
  decls: Opt2dDecls;
  p: Opt2dParams;
  out: Opt2dResult | null;
  set: SetParams<Opt2dDecls>;
}) {
  const custom = useCustomChoice(panel, p, set, out?.custom);
  return (
    <ProblemSelect
      problem={p.problem}
      kappa={binder(decls, p, set)('kappa')}
      onProblem={(problem) => {
        set({
          problem,
          x0: defaultStart(problem, p.kappa),
          lr: DEFAULT_LR[problem],
          k: 0,
          range: null,
        });
      }}
      custom={custom}
    />
  );
}
