import { useMemo } from 'react';
import type { BatchCurvatureRequest, PstRequest, PstSampleRequest } from '../../core/pst';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import type { PanelId } from '../../params/panelIds';
import type { PstParams } from './params';

/**
 * Two jobs on two channels: the samples (model, output, σ, S, seed, w, weights) and the cheap
 * η/α-dependent estimates. Dragging η re-runs only the second, so the clouds, their canvases
 * and the formulas above do not re-render while the EMA plot follows the slider.
 */
export function usePstJob(panel: PanelId, p: PstParams | undefined) {
  const { model, output, sigma, samples: S, seed, w, pair, eta, lr, steps } = p ?? {};
  const sampleJob = useMemo<Job | null>(() => {
    if (model === undefined || output === undefined || sigma === undefined) return null;
    if (S === undefined || seed === undefined || w === undefined || pair === undefined) return null;
    const input: PstSampleRequest = { model, output, sigma, samples: S, seed, w, pair };
    return { kind: 'pst', input };
  }, [model, output, sigma, S, seed, w, pair]);
  const emaJob = useMemo<Job | null>(() => {
    if (!sampleJob || sampleJob.kind !== 'pst') return null;
    if (eta === undefined || lr === undefined || steps === undefined) return null;
    const input: PstRequest = { ...sampleJob.input, eta, lr, gdSteps: steps };
    return { kind: 'pst-ema', input };
  }, [sampleJob, eta, lr, steps]);
  const a = useJob(panel, panel, sampleJob, 'pst');
  const b = useJob(panel, `${panel}:ema`, emaJob, 'pst-ema');
  const samples = a.result?.output ?? null;
  const raw = b.result?.output ?? null;
  // Estimates of older samples (the two replies arrive separately) are not shown with new ones.
  const estimates = samples && raw && raw.key === samples.key ? raw : null;
  return { samples, estimates, error: a.error ?? b.error };
}

/**
 * The batch-curvature sweep on its own channel: it depends on the problem only (not on S, η, α
 * or the steps), so dragging those sliders never recomputes it.
 */
export function useBatchJob(panel: PanelId, p: PstParams | undefined) {
  const { model, output, sigma, seed, w, pair } = p ?? {};
  const job = useMemo<Job | null>(() => {
    if (model === undefined || output === undefined || sigma === undefined) return null;
    if (seed === undefined || w === undefined || pair === undefined) return null;
    const input: BatchCurvatureRequest = { model, output, sigma, seed, w, pair };
    return { kind: 'pst-batch', input };
  }, [model, output, sigma, seed, w, pair]);
  const r = useJob(panel, `${panel}:batch`, job, 'pst-batch');
  return { batch: r.result?.output ?? null, error: r.error };
}
