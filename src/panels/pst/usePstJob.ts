import { useMemo } from 'react';
import type { PstRequest } from '../../core/pst';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import type { PstParams } from './params';

/** Submits the panel's sampling job whenever a parameter changes; returns the newest result. */
export function usePstJob(panel: string, p: PstParams | undefined) {
  const job = useMemo<Job | null>(() => {
    if (!p) return null;
    const input: PstRequest = {
      model: p.model,
      output: p.output,
      sigma: p.sigma,
      samples: p.samples,
      seed: p.seed,
      eta: p.eta,
      w: p.w,
      pair: p.pair,
      lr: p.lr,
      gdSteps: p.steps,
    };
    return { kind: 'pst', input };
  }, [p]);
  const { result, error } = useJob(panel, panel, job, 'pst');
  return { output: result?.output ?? null, error };
}

/** What determines the samples (not η, α or the GD steps): a new key restarts the animation. */
export function sampleKey(p: PstParams): string {
  return [p.model, p.output, p.sigma, p.samples, p.seed, p.w.join(','), p.pair].join('|');
}
