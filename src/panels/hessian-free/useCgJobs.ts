import { useMemo } from 'react';
import { SECONDARY_SETTLE_MS, useSettled } from '../../components/useSettled';
import type { Model2dRequest, PcgRequest, ScalingRequest } from '../../core/cg';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import type { PanelId } from '../../params/panelIds';
import type { HfParams } from './params';

/** The two jobs of the first view, on separate channels so each recomputes only for its own params. */
export function useCgJobs(panel: PanelId, p: HfParams | undefined) {
  const active = p?.view === 'model';
  const problem = p?.problem;
  const kappa = p?.kappa;
  const w0 = p?.w[0];
  const w1 = p?.w[1];
  const damp = p?.damp;
  const steps = p?.steps;
  const f = p?.problem === 'custom' ? p.f : undefined;
  const modelJob = useMemo<Job | null>(() => {
    if (!active || problem === undefined) return null;
    const input: Model2dRequest = {
      problem,
      kappa: kappa!,
      w: [w0!, w1!],
      damping: damp!,
      steps: steps!,
      ...(f !== undefined ? { f, range: null } : {}),
    };
    return { kind: 'cg-model', input };
  }, [active, problem, kappa, w0, w1, damp, steps, f]);
  const n = p?.n;
  const skappa = p?.skappa;
  const spectrum = p?.spectrum;
  const groups = p?.groups;
  const seed = p?.seed;
  const dScale = p?.dscale;
  const scalingJob = useMemo<Job | null>(() => {
    if (!active || spectrum === undefined) return null;
    const input: ScalingRequest = { n: n!, kappa: skappa!, spectrum, groups: groups!, seed: seed! };
    return { kind: 'cg-scaling', input };
  }, [active, n, skappa, spectrum, groups, seed]);
  // The PCG study is its own job: moving s does not redo the κ sweep. It follows the sweep's
  // settings once they rest, so that during a κ drag the worker spends its time on the sweep the
  // slider drives (each PCG study takes longer than a key step).
  const settled = useSettled(scalingJob, SECONDARY_SETTLE_MS);
  const pcgJob = useMemo<Job | null>(() => {
    if (settled?.kind !== 'cg-scaling') return null;
    const input: PcgRequest = { ...settled.input, dScale: dScale! };
    return { kind: 'cg-pcg', input };
  }, [settled, dScale]);
  const model = useJob(panel, `${panel}-model`, modelJob, 'cg-model');
  const scaling = useJob(panel, `${panel}-scaling`, scalingJob, 'cg-scaling');
  const pcg = useJob(panel, `${panel}-pcg`, pcgJob, 'cg-pcg');
  return {
    model: model.result?.output ?? null,
    modelError: model.error,
    scaling: scaling.result?.output ?? null,
    scalingError: scaling.error,
    pcg: pcg.result?.output ?? null,
    pcgError: pcg.error,
  };
}
