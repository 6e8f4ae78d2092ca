// K-FAC panel: worker compute per step of K-FAC and of SGD (+ Adam) for each training preset at
// the panel's default settings, and the curvature view's job. Run through `npm run bench`.
import {
  KFAC_PRESETS,
  computeCurvature,
  computeSampled,
  initKfacTrain,
  kfacTrainChunk,
  type KfacTrainState,
} from '../../src/core/kfac';
import { PANELS } from '../../src/panels/catalog';
import type { KfacParams } from '../../src/panels/kfac/params';
import { trainConfig } from '../../src/panels/kfac/trainConfig';
import { parseParams } from '../../src/params/codec';
import { LruMemo } from '../../src/core/memo';

// One memo for every update, as the worker's job runner keeps one: slider moves hit what the first update stored.
const memo = new LruMemo();

const meta = PANELS.find((p) => p.id === 'kfac')!;
const { params } = parseParams<KfacParams>(meta.schema, '');
const now = () => performance.now();

for (const preset of KFAC_PRESETS) {
  const config = { ...trainConfig({ ...params, preset }), iters: 200 };
  let s: KfacTrainState = initKfacTrain(config, memo);
  let chunks = 0;
  const t0 = now();
  while (!s.done) {
    s = kfacTrainChunk(s, now, memo);
    chunks++;
  }
  const wall = now() - t0;
  const rate = (ms: number, steps: number) => ((1000 * steps) / ms).toFixed(0);
  const kfacMs = s.kfac.timeMs / s.kfac.steps;
  const sgdMs = s.sgd.timeMs / s.sgd.steps;
  console.log(
    `kfac ${preset.padEnd(11)} K-FAC ${rate(s.kfac.timeMs, s.kfac.steps)} steps/s (${kfacMs.toFixed(3)} ms), ` +
      `SGD ${rate(s.sgd.timeMs, s.sgd.steps)} steps/s (${sgdMs.toFixed(3)} ms), ` +
      `Adam ${rate(s.adam.timeMs, s.adam.steps)} steps/s; K-FAC/SGD ${(kfacMs / sgdMs).toFixed(2)}×; ` +
      `${chunks} chunks, ${(wall / chunks).toFixed(1)} ms each (batch ${config.batch}, T = ${config.kfac.refresh})`,
  );
}

const req = {
  sizes: [3, 4, 3],
  activation: params.act,
  loss: params.loss,
  batch: params.batch,
  seed: params.seed,
  gamma: params.gamma,
  layer: 1,
};
// The curvature view's two jobs: the exact part (the page's thread while it measures under the
// inline cap) and the sampled estimate of S (the worker's), at the default network's N range.
for (const [name, sizes, batch] of [
  ['default 3-4-3, N = 16', [3, 4, 3], 16],
  ['default 3-4-3, N = 64 (the maximum)', [3, 4, 3], 64],
  ['4-8-8-3 (139 parameters), N = 64', [4, 8, 8, 3], 64],
] as const) {
  const exact: number[] = [];
  const sampled: number[] = [];
  for (let i = 0; i < 31; i++) {
    const r = { ...req, sizes, batch, seed: 1 + i };
    let t = now();
    computeCurvature(r);
    if (i > 0) exact.push(now() - t); // the first compiles the code
    t = now();
    computeSampled(r);
    if (i > 0) sampled.push(now() - t);
  }
  exact.sort((a, b) => a - b);
  sampled.sort((a, b) => a - b);
  console.log(
    `kfac curvature view, ${name.padEnd(35)} exact part p50 ${exact[15].toFixed(2)} ms, max ${exact[29].toFixed(2)} ms; ` +
      `sampled S p50 ${sampled[15].toFixed(2)} ms, max ${sampled[29].toFixed(2)} ms`,
  );
}
