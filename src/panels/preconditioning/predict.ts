/**
 * Predict mode on the Preconditioning panel: the next iterate of w ← w − αRRᵀ∇J (the run computed
 * in w) is predicted in the w plot, and the yes/no question asks whether that run converges.
 */
import type { PrecondResult } from '../../core/precond/computePrecond';
import { cutIterates, firstIterates } from '../shared/predict/cut';
import { usePredict, type PredictView } from '../shared/predict/usePredict';
import { PRECOND_PANEL, type PrecondParams } from './params';
import { PRECOND_STYLE as S } from './style';

const NAME = 'preconditioned GD';

export function usePrecondPredict(
  p: PrecondParams | undefined,
  set: (patch: Partial<PrecondParams>) => void,
  out: PrecondResult | null,
): PredictView {
  const run = out?.direct ?? null;
  const k = out?.point.k ?? 0;
  return usePredict({
    panel: PRECOND_PANEL,
    on: p?.predict === '1',
    setOn: (on) => set({ predict: on ? '1' : '0' }),
    run: run && { iterates: run.iterates, ending: run, name: NAME, color: S.direct.color },
    k,
    sym: 'w',
    question: run && { iterates: run.iterates, ending: run, name: NAME },
    onNext: () => set({ k: k + 1 }),
  });
}

/**
 * The result as the plots may draw it in predict mode: both routes, plain GD and the w̃ run up
 * to the iterates shown, and no w̃ step of iterate k (R following the iterate) while it is hidden.
 */
export function shownPrecond(out: PrecondResult, predict: PredictView): PrecondResult {
  if (!predict.on) return out;
  const n = predict.visible;
  const cut = <T extends { iterates: Float64Array; loss: Float64Array }>(r: T | null) =>
    r && { ...r, ...cutIterates(r, n) };
  return {
    ...out,
    direct: cut(out.direct)!,
    viaTilde: cut(out.viaTilde),
    plainGd: cut(out.plainGd),
    tildeIterates: out.tildeIterates && firstIterates(out.tildeIterates, n),
    tilde: out.tilde && predict.stepHidden ? { ...out.tilde, next: null } : out.tilde,
  };
}
