/**
 * Predict mode on the Newton and Damping panels: the focused method's next iterate is predicted;
 * the yes/no question asks about undamped Newton (the lecture's "will vanilla Newton converge?"),
 * or about the focused method where no undamped Newton run is computed.
 */
import type { PanelId } from '../../../params/panelIds';
import type { Opt2dResult } from '../../../core/newton/compute';
import type { Run2 } from '../../../core/types';
import { METHOD_STYLE } from '../../../components/palette';
import type { Opt2dParams } from '../opt2dParams';
import { plainNum } from '../texNumbers';
import { cutIterates } from './cut';
import { usePredict, type PredictView } from './usePredict';

type Params = Opt2dParams & { predict: '0' | '1' };

const inSentence = (r: Run2) =>
  r.method === 'newton' ? 'undamped Newton' : METHOD_STYLE[r.method].label.toLowerCase();

/** The predicted method's name; damped Newton says its η (the run depends on it). */
const label = (r: Run2, eta: number) =>
  METHOD_STYLE[r.method].label + (r.method === 'damped-newton' ? ` (η = ${plainNum(eta)})` : '');

export function useOpt2dPredict(
  panel: PanelId,
  p: Params | undefined,
  set: (patch: Partial<Params>) => void,
  output: Opt2dResult | null,
): PredictView {
  const run = output?.runs.find((r) => r.method === output.focus.method) ?? null;
  const asked = output?.runs.find((r) => r.method === 'newton') ?? run;
  const k = output?.focus.k ?? 0;
  return usePredict({
    panel,
    on: p?.predict === '1',
    setOn: (on) => set({ predict: on ? '1' : '0' }),
    run: run && {
      iterates: run.iterates,
      ending: run,
      name: label(run, p?.eta ?? 0),
      color: METHOD_STYLE[run.method].color,
    },
    k,
    sym: 'w',
    question: asked && { iterates: asked.iterates, ending: asked, name: inSentence(asked) },
    onNext: () => set({ k: k + 1 }),
  });
}

/**
 * The result as the plot may draw it in predict mode: every run up to the iterates shown, and no
 * ★ (the Taylor model's minimizer is Newton's next iterate) while the step is hidden.
 */
export function shownOpt2d(
  out: Opt2dResult,
  predict: Pick<PredictView, 'on' | 'visible' | 'stepHidden'>,
): Opt2dResult {
  if (!predict.on) return out;
  return {
    ...out,
    runs: out.runs.map((r) => ({ ...r, ...cutIterates(r, predict.visible) })),
    taylor: predict.stepHidden ? { ...out.taylor, minimizer: null } : out.taylor,
  };
}
