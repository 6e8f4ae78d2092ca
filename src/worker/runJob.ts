import { computeOpt2d } from '../core/newton/compute';
import { computeModel2d, computePcgStudy, computeScaling } from '../core/cg';
import { benchHf, initTrain, trainChunk } from '../core/hf';
import { benchGradient } from '../core/nn';
import { computeCurvature, initKfacTrain, kfacTrainChunk } from '../core/kfac';
import { computePrecond } from '../core/precond/computePrecond';
import { computeInvariance } from '../core/precond/computeInvariance';
import { computeBatchCurvature, computePstEma, computePstSamples } from '../core/pst';
import { computeProximal, computeSameCompute, computeSequence } from '../core/proximal';
import type { Memo } from '../core/memo';
import type { Job, JobResult } from './protocol';
import { buildCustom } from './customObjective';

/**
 * Dispatches a job to the pure core; shared by the worker and the synchronous fallback. `memo`
 * keeps reusable work between jobs (fields, sweeps, training contexts, pretrained scenarios): the
 * core holds no state, so whoever owns this runner creates one (see core/memo's LruMemo) and
 * passes it to every call.
 */
export async function runJob(job: Job, memo: Memo): Promise<JobResult> {
  switch (job.kind) {
    case 'bench': {
      const now = () => performance.now();
      const input = job.input;
      if (input.what === 'hf')
        return { kind: 'bench', output: { what: 'hf', hf: benchHf(input.preset, now, memo) } };
      const r = benchGradient(now, { minMillis: 700 });
      return { kind: 'bench', output: { what: 'nn-gradient', evalsPerSecond: r.evalsPerSecond } };
    }
    case 'precond': {
      const custom = job.input.problem === 'custom' ? await buildCustom(job.input) : undefined;
      return { kind: 'precond', output: computePrecond(job.input, memo, custom) };
    }
    case 'invariance': {
      const custom = job.input.problem === 'custom' ? await buildCustom(job.input) : undefined;
      return { kind: 'invariance', output: computeInvariance(job.input, memo, custom) };
    }
    case 'opt2d': {
      const custom = job.input.problem === 'custom' ? await buildCustom(job.input) : undefined;
      return { kind: 'opt2d', output: computeOpt2d(job.input, custom) };
    }
    case 'expr-check': {
      const { checkExpression } = await import('../expr/check');
      return { kind: 'expr-check', output: checkExpression(job.input.f) };
    }
    case 'pst':
      return { kind: 'pst', output: computePstSamples(job.input) };
    case 'pst-ema':
      return { kind: 'pst-ema', output: computePstEma(job.input) };
    case 'pst-batch':
      return { kind: 'pst-batch', output: computeBatchCurvature(job.input) };
    case 'proximal':
      return { kind: 'proximal', output: computeProximal(job.input, memo) };
    case 'proximal-sequence':
      return { kind: 'proximal-sequence', output: computeSequence(job.input, memo) };
    case 'proximal-same-compute':
      return { kind: 'proximal-same-compute', output: computeSameCompute(job.input, memo) };
    case 'kfac-curvature':
      return { kind: 'kfac-curvature', output: computeCurvature(job.input) };
    case 'kfac-train': {
      // A copy: the chunk mutates, and without a worker the input is the panel's own state.
      const { config, state } = job.input;
      const s = state ? structuredClone(state) : initKfacTrain(config, memo);
      return { kind: 'kfac-train', output: kfacTrainChunk(s, () => performance.now(), memo) };
    }
    case 'cg-model': {
      const r = job.input;
      const custom = r.problem === 'custom' ? await buildCustom({ ...r, x0: r.w }) : undefined;
      return { kind: 'cg-model', output: computeModel2d(r, custom) };
    }
    case 'cg-scaling':
      return { kind: 'cg-scaling', output: computeScaling(job.input, memo) };
    case 'cg-pcg':
      return { kind: 'cg-pcg', output: computePcgStudy(job.input, memo) };
    case 'hf-train': {
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
