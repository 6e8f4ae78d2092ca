import { useCallback, useMemo, useState } from 'react';
import type { KfacTrainState } from '../../core/kfac';
import { useTrainingLoop } from '../../state/useTrainingLoop';
import type { Job } from '../../worker/protocol';
import type { PanelId } from '../../params/panelIds';
import type { KfacParams } from './params';
import { trainConfig } from './trainConfig';

// React-free, so scripts/bench/kfac.ts builds the very same configuration.
export { trainConfig };

export const TRAIN_CHANNEL = 'kfac-train';

/** The training run: a chain of short worker chunks; pausing stops submitting, reset starts over. */
export function useKfacTraining(panel: PanelId, p: KfacParams) {
  const [playing, setPlaying] = useState(false);
  const [resets, setResets] = useState(0);
  const config = useMemo(() => trainConfig(p), [p]);
  const resetKey = `${JSON.stringify(config)}|${resets}`;
  const nextJob = useCallback(
    (last: KfacTrainState | null): Job | null =>
      last?.done ? null : { kind: 'kfac-train', input: { config, state: last } },
    [config],
  );
  const loop = useTrainingLoop({
    panel,
    channel: TRAIN_CHANNEL,
    kind: 'kfac-train',
    playing,
    resetKey,
    nextJob,
  });
  const reset = useCallback(() => {
    setPlaying(false);
    setResets((r) => r + 1);
  }, []);
  return { ...loop, playing, setPlaying, reset };
}
