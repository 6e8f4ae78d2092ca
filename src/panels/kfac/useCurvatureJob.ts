import { useMemo } from 'react';
import { useStableByKey } from '../../components/useStableByKey';
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

/** What the exact part depends on: everything but m. */
const exactKey = ({ samples: _m, ...rest }: CurvatureRequest) => JSON.stringify(rest);
/** What the sampled estimate depends on: the network, its inputs and m (not γ, not the layer). */
const sampledKey = (r: CurvatureRequest) =>
  JSON.stringify([r.sizes, r.activation, r.loss, r.batch, r.seed, r.samples]);

/**
 * Two jobs on two channels whenever the network changes: the exact G, its blocks and the solve
 * (about a millisecond for the default network: in the frame of the change) and S estimated from
 * sampled passes (SAMPLED_S_MAX backward passes, ten times that: the worker's, a moment later).
 * An m move submits only the second, a γ or layer move only the first. `sampledCurrent` says
 * whether the estimate shown belongs to the network shown.
 */
export function useCurvatureJob(panel: PanelId, p: KfacParams) {
  const { req, error: inputError } = useMemo(() => curvatureRequest(p), [p]);
  const job = useStableByKey<Job | null>(req ? exactKey(req) : '', () =>
    req ? { kind: 'kfac-curvature', input: req } : null,
  );
  const key = req ? sampledKey(req) : '';
  const sampledJob = useStableByKey<Job | null>(key, () =>
    req ? { kind: 'kfac-sampled', input: req } : null,
  );
  const { result, error } = useJob(panel, `${panel}-curvature`, job, 'kfac-curvature');
  const sampled = useJob(panel, `${panel}-sampled`, sampledJob, 'kfac-sampled');
  const sampledOut = sampled.result?.output ?? null;
  return {
    out: result?.output ?? null,
    sampled: sampledOut,
    // With invalid widths the view keeps the last valid network's figures, this one's too.
    sampledCurrent: sampledOut !== null && (req === null || sampledKey(sampledOut.request) === key),
    req,
    inputError,
    error: error ?? sampled.error,
  };
}
