import { useMemo } from 'react';
import { validateSizes, type CurvatureRequest } from '../../core/kfac';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import type { PanelId } from '../../params/panelIds';
import { parseWidths } from './matrixText';
import { SIZES_WIDTH_MAX, type KfacParams } from './params';

/** The curvature view's network from the URL, or the sentence that says why it is invalid. */
export function curvatureRequest(p: KfacParams): {
  req: CurvatureRequest | null;
  error: string | null;
} {
  const w = parseWidths(p.sizes, SIZES_WIDTH_MAX, 'Layer widths');
  if (!w.ok) return { req: null, error: w.error };
  const bad = validateSizes(w.value, p.loss);
  if (bad) return { req: null, error: bad };
  return {
    req: {
      sizes: w.value,
      activation: p.act,
      loss: p.loss,
      batch: p.batch,
      seed: p.seed,
      gamma: p.gamma,
      layer: Math.min(p.layer, w.value.length - 1),
      samples: p.m,
    },
    error: null,
  };
}

/** Submits the exact-G / K-FAC computation to the worker whenever the network changes. */
export function useCurvatureJob(panel: PanelId, p: KfacParams) {
  const { req, error: inputError } = useMemo(() => curvatureRequest(p), [p]);
  const job = useMemo<Job | null>(
    () => (req ? { kind: 'kfac-curvature', input: req } : null),
    [req],
  );
  const { result, error } = useJob(panel, `${panel}-curvature`, job, 'kfac-curvature');
  return { out: result?.output ?? null, req, inputError, error };
}
