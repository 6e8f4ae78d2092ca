/**
 * Throughput of HF training on a preset network, with an injected clock so it runs unchanged in
 * Node and in the worker (`npm run bench` measures both).
 */
import type { Memo } from '../memo';
import { initTrain, trainChunk, type TrainConfig } from './train';
import type { HfPreset } from './presets';

export interface HfBench {
  preset: HfPreset;
  hfIterationsPerSecond: number;
  mvpsPerSecond: number;
  mvpsPerIteration: number;
  sgdStepsPerSecond: number;
  chunkP50Ms: number;
  chunkMaxMs: number;
}

export function benchHf(preset: HfPreset, now: () => number, memo: Memo, budgetMs = 2000): HfBench {
  const config: TrainConfig = {
    preset,
    seed: 1,
    batch: 64,
    cgMax: 50,
    lambda0: 1,
    adaptLambda: true,
    precondition: false,
    sgdLr: 0.5,
    adamLr: 0.01,
    budgetMs,
  };
  const s = initTrain(config, memo);
  const chunks: number[] = [];
  while (!s.done) {
    const t0 = now();
    trainChunk(s, now, memo);
    chunks.push(now() - t0);
  }
  chunks.sort((a, b) => a - b);
  const secs = s.hf.timeMs / 1000;
  return {
    preset,
    hfIterationsPerSecond: s.hf.steps / secs,
    mvpsPerSecond: s.hf.mvps / secs,
    mvpsPerIteration: s.hf.mvps / Math.max(1, s.hf.steps),
    sgdStepsPerSecond: s.sgd.steps / (s.sgd.timeMs / 1000),
    chunkP50Ms: chunks[Math.floor(chunks.length / 2)] ?? 0,
    chunkMaxMs: chunks[chunks.length - 1] ?? 0,
  };
}
