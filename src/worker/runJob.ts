import type { Memo } from '../core/memo';
import type { Job, JobResult } from './protocol';
import type { BuiltCustom } from './customObjective';
import type { CustomRequest } from '../core/expr/custom';
import type { Vec2 } from '../core/types';

/** A typed objective, parsed by mathjs: imported only when a job has one. */
async function buildCustom(req: CustomRequest & { x0: Vec2 }): Promise<BuiltCustom> {
  return (await import('./customObjective')).buildCustom(req);
}

/**
 * Dispatches a job to the pure core; used by the worker, and by the page's thread where no worker
 * can start. `memo` keeps reusable work between jobs (fields, sweeps, training contexts,
 * pretrained scenarios): the core holds no state, so whoever owns this runner creates one (see
 * core/memo's LruMemo) and passes it to every call. Each kind's core is imported when its first
 * job arrives, so the worker downloads only what the open panels use. The quick kinds
 * (quick.ts) call the same core functions on the page's thread.
 */
export async function runJob(job: Job, memo: Memo): Promise<JobResult> {
  switch (job.kind) {
    case 'bench': {
      const now = () => performance.now();
      const input = job.input;
      const { benchHf } = await import('../core/hf');
      const { benchGradient } = await import('../core/nn');
      if (input.what === 'hf')
        return { kind: 'bench', output: { what: 'hf', hf: benchHf(input.preset, now, memo) } };
      const r = benchGradient(now, { minMillis: 700 });
      return { kind: 'bench', output: { what: 'nn-gradient', evalsPerSecond: r.evalsPerSecond } };
    }
    case 'precond': {
      const custom = job.input.problem === 'custom' ? await buildCustom(job.input) : undefined;
      const { computePrecond } = await import('../core/precond/computePrecond');
      return { kind: 'precond', output: computePrecond(job.input, memo, custom) };
    }
    case 'invariance': {
      const custom = job.input.problem === 'custom' ? await buildCustom(job.input) : undefined;
      const { computeInvariance } = await import('../core/precond/computeInvariance');
      return { kind: 'invariance', output: computeInvariance(job.input, memo, custom) };
    }
    case 'invariance-sweep': {
      const custom = job.input.problem === 'custom' ? await buildCustom(job.input) : undefined;
      const { computeInvarianceSweep } = await import('../core/precond/computeInvariance');
      return { kind: 'invariance-sweep', output: computeInvarianceSweep(job.input, memo, custom) };
    }
    case 'opt2d': {
      const custom = job.input.problem === 'custom' ? await buildCustom(job.input) : undefined;
      const { computeOpt2d } = await import('../core/newton/compute');
      return { kind: 'opt2d', output: computeOpt2d(job.input, custom) };
    }
    case 'expr-check': {
      const { checkExpression } = await import('../expr/check');
      return { kind: 'expr-check', output: checkExpression(job.input.f) };
    }
    case 'pst': {
      const { computePstSamples } = await import('../core/pst/compute');
      return { kind: 'pst', output: computePstSamples(job.input) };
    }
    case 'pst-ema': {
      const { computePstEma } = await import('../core/pst/compute');
      return { kind: 'pst-ema', output: computePstEma(job.input, memo) };
    }
    case 'pst-batch': {
      const { computeBatchCurvature } = await import('../core/pst');
      return { kind: 'pst-batch', output: computeBatchCurvature(job.input) };
    }
    case 'proximal': {
      const { computeProximal } = await import('../core/proximal');
      return { kind: 'proximal', output: computeProximal(job.input, memo) };
    }
    case 'proximal-sequence': {
      const { computeSequence } = await import('../core/proximal');
      return { kind: 'proximal-sequence', output: computeSequence(job.input, memo) };
    }
    case 'proximal-same-compute': {
      const { computeSameCompute } = await import('../core/proximal');
      return { kind: 'proximal-same-compute', output: computeSameCompute(job.input, memo) };
    }
    case 'kfac-curvature': {
      const { computeCurvature } = await import('../core/kfac/curvature');
      return { kind: 'kfac-curvature', output: computeCurvature(job.input) };
    }
    case 'kfac-sampled': {
      const { computeSampled } = await import('../core/kfac/curvature');
      return { kind: 'kfac-sampled', output: computeSampled(job.input) };
    }
    case 'kfac-train': {
      const { initKfacTrain, kfacTrainChunk } = await import('../core/kfac');
      // A copy: the chunk mutates, and without a worker the input is the panel's own state.
      const { config, state } = job.input;
      const s = state ? structuredClone(state) : initKfacTrain(config, memo);
      return { kind: 'kfac-train', output: kfacTrainChunk(s, () => performance.now(), memo) };
    }
    case 'cg-model': {
      const r = job.input;
      const custom = r.problem === 'custom' ? await buildCustom({ ...r, x0: r.w }) : undefined;
      const { computeModel2d } = await import('../core/cg/model2d');
      return { kind: 'cg-model', output: computeModel2d(r, custom) };
    }
    case 'cg-scaling': {
      const { computeScaling } = await import('../core/cg');
      return { kind: 'cg-scaling', output: computeScaling(job.input, memo) };
    }
    case 'cg-pcg': {
      const { computePcgStudy } = await import('../core/cg');
      return { kind: 'cg-pcg', output: computePcgStudy(job.input, memo) };
    }
    case 'hf-train': {
      const { initTrain, trainChunk } = await import('../core/hf');
      // A copy: trainChunk mutates, and without a worker the input is the panel's own state.
      const { config, state } = job.input;
      const s = state ? structuredClone(state) : initTrain(config, memo);
      return { kind: 'hf-train', output: trainChunk(s, () => performance.now(), memo) };
    }
  }
}

/** Typed arrays in a result, so the worker can transfer instead of copy them. */
export function transferables(result: JobResult): Transferable[] {
  const out: Transferable[] = [];
  const seen = new Set<ArrayBufferLike>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (ArrayBuffer.isView(v)) {
      if (!seen.has(v.buffer) && v.buffer instanceof ArrayBuffer) {
        seen.add(v.buffer);
        out.push(v.buffer);
      }
      return;
    }
    for (const x of Array.isArray(v) ? v : Object.values(v)) walk(x, depth + 1);
  };
  walk(result, 0);
  return out;
}
