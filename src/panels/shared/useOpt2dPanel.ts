import type { MethodId } from '../../core/types';
import { useElementWidth } from '../../components/useElementWidth';
import { methodName, pdCurvatureOf } from './methodNames';
import { objectiveView } from './objectiveView';
import type { Opt2dDecls } from './opt2dParams';
import { useOpt2dPredict } from './predict/opt2d';
import type { PREDICT_PARAMS } from './predict/params';
import { useOpt2d } from './useOpt2d';
import { binder, usePanelParams } from './useParams';

/** The declarations of a 2-D optimizer panel (Newton, Damping): the shared ones and predict mode. */
export type Opt2dPanelDecls = Opt2dDecls & typeof PREDICT_PARAMS;

type PdCurvature = ReturnType<typeof pdCurvatureOf>;
const namers = new Map<PdCurvature, (m: MethodId) => string>();
/** One naming function per curvature: a stable prop, so memoised views skip a slider's render. */
function namer(pd: PdCurvature): (m: MethodId) => string {
  let f = namers.get(pd);
  if (!f) namers.set(pd, (f = (m: MethodId) => methodName(m, pd)));
  return f;
}

/**
 * What the Newton and Damping panels both derive from their parameters: the job's result, the
 * figure column's width, predict mode, the objective's typeset view, the controls' binder and the
 * methods' names (PD-Newton's name says which curvature it uses). Null until the params exist.
 */
export function useOpt2dPanel(
  panel: 'newton' | 'damping',
  decls: Opt2dPanelDecls,
  defaultFocus: MethodId,
) {
  const [p, set] = usePanelParams(panel, decls);
  const { output, field, error } = useOpt2d(panel, p, p?.focus ?? defaultFocus);
  const [plotRef, plotWidth] = useElementWidth<HTMLDivElement>();
  const predict = useOpt2dPredict(panel, p, set, output);
  if (!p) return null;
  const pd = output?.pdCurvature ?? pdCurvatureOf(p.problem);
  return {
    panel,
    p,
    set,
    output,
    field,
    error,
    plotRef,
    plotWidth,
    predict,
    obj: objectiveView(p, output?.custom),
    bind: binder(decls, p, set),
    name: namer(pd),
  };
}

export type Opt2dPanelView = NonNullable<ReturnType<typeof useOpt2dPanel>>;
