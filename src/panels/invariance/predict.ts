/**
 * Predict mode on the Invariance panel, which has no analysed iterate of its own: the step index
 * k lives here (React state, reset with the run), and the predicted run is the θ run of the first
 * curvature method shown — Newton, else Gauss-Newton, else natural gradient; gradient descent only
 * when none of them runs. Presenter keys → ← r move k while predict mode is on.
 */
import { useState } from 'react';
import { usePlayKeys } from '../../components/playBus';
import { plainNum } from '../shared/texNumbers';
import { cutIterates } from '../shared/predict/cut';
import { runKey as keyOf, usePredict, type PredictView } from '../shared/predict/usePredict';
import type { InvarianceView, MethodPair } from './methods';
import { INV_PANEL, type InvParams } from './params';
import { INV_STYLE, methodName } from './style';

/** The pair whose θ run is predicted. */
export function predictedPair(out: InvarianceView): MethodPair | null {
  return out.pairs.find((pair) => pair.method !== 'gd') ?? out.pairs[0] ?? null;
}

/** The method mid-sentence, undamped said explicitly: "undamped Newton", "damped Gauss-Newton". */
const questionName = (pair: MethodPair, eta: number) =>
  pair.method !== 'gd' && eta === 0
    ? `undamped ${INV_STYLE[pair.method].inSentence}`
    : methodName(pair.method, eta, 'inSentence');

export function useInvariancePredict(
  p: InvParams | undefined,
  set: (patch: Partial<InvParams>) => void,
  out: InvarianceView | null,
): { predict: PredictView; k: number; focus: MethodPair | null } {
  const pair = out ? predictedPair(out) : null;
  const run = pair?.theta ?? null;
  const on = p?.predict === '1';
  // k belongs to one run: another start, map or method starts again at θ⁽⁰⁾.
  const runKey = run ? `${pair!.method}|${keyOf(run.iterates, run)}` : '';
  const [st, setSt] = useState({ key: '', k: 0 });
  const k = st.key === runKey ? st.k : 0;
  const last = run?.steps ?? 0;
  const go = (next: number) => setSt({ key: runKey, k: Math.max(0, Math.min(last, next)) });
  usePlayKeys({
    step: () => on && go(k + 1),
    back: () => on && go(k - 1),
    reset: () => on && go(0),
  });
  const eta = p?.eta ?? 0;
  const predict = usePredict({
    panel: INV_PANEL,
    on,
    setOn: (v) => set({ predict: v ? '1' : '0' }),
    run: run && {
      iterates: run.iterates,
      ending: run,
      name:
        methodName(pair!.method, eta, 'label') +
        (pair!.method !== 'gd' && eta > 0 ? ` (η = ${plainNum(eta)})` : ''),
      color: INV_STYLE[pair!.method].color,
    },
    k,
    sym: 'θ',
    question: run && { iterates: run.iterates, ending: run, name: questionName(pair!, eta) },
    onNext: () => go(k + 1),
  });
  return { predict, k, focus: pair };
}

/** Every run in both coordinate systems up to the iterates shown (predict mode). */
export function shownInvariance(out: InvarianceView, predict: PredictView): InvarianceView {
  if (!predict.on) return out;
  const n = predict.visible;
  return {
    ...out,
    pairs: out.pairs.map((pair) => ({
      ...pair,
      theta: { ...pair.theta, ...cutIterates(pair.theta, n) },
      phi: { ...pair.phi, ...cutIterates(pair.phi, n) },
      phiMapped: cutIterates({ iterates: pair.phiMapped, loss: pair.phi.loss }, n).iterates,
    })),
  };
}
