import { useCallback, useMemo, useState } from 'react';
import type { TrainConfig, TrainState } from '../../core/hf';
import { useTrainingLoop } from '../../state/useTrainingLoop';
import type { Job } from '../../worker/protocol';
import type { PanelId } from '../../params/panelIds';
import type { HfParams } from './params';

export const TRAIN_CHANNEL = 'hessian-free-train';

/** The training run: a chain of short worker chunks; pausing stops submitting, reset starts over. */
export function useHfTraining(panel: PanelId, p: HfParams | undefined) {
  const [playing, setPlaying] = useState(false);
  const [resets, setResets] = useState(0);
  const config = useMemo<TrainConfig | null>(
    () =>
      p
        ? {
            preset: p.arch,
            seed: p.seed,
            batch: p.batch,
            cgMax: p.cgmax,
            lambda0: p.lambda0,
            adaptLambda: p.adapt === 'on',
            precondition: p.precond === 'on',
            sgdLr: p.sgdlr,
            adamLr: p.adamlr,
            budgetMs: p.budget * 1000,
          }
        : null,
    [p],
  );
  const resetKey = `${JSON.stringify(config)}|${resets}`;
  const nextJob = useCallback(
    (last: TrainState | null): Job | null =>
      !config || last?.done ? null : { kind: 'hf-train', input: { config, state: last } },
    [config],
  );
  const loop = useTrainingLoop({
    panel,
    channel: TRAIN_CHANNEL,
    kind: 'hf-train',
    playing: playing && config !== null,
    resetKey,
    nextJob,
  });
  const reset = useCallback(() => {
    setPlaying(false);
    setResets((r) => r + 1);
  }, []);
  return { ...loop, playing, setPlaying, reset, config };
}

/** Fraction of the compute budget used, over the three methods. */
export function progressOf(s: TrainState | null): number {
  if (!s) return 0;
  const b = s.config.budgetMs;
  const used = Math.min(b, s.hf.timeMs) + Math.min(b, s.sgd.timeMs) + Math.min(b, s.adam.timeMs);
  return s.done ? 1 : used / (3 * b);
}
