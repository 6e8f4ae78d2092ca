// K-FAC panel: worker compute per step of K-FAC and of SGD (+ Adam) for each training preset at
// the panel's default settings, and the curvature view's job. Run through `npm run bench`.
import {
  KFAC_PRESETS,
  computeCurvature,
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
const times: number[] = [];
for (let i = 0; i < 30; i++) {
  const t = now();
  computeCurvature({ ...req, seed: 1 + i, sizes: i % 2 ? [3, 4, 3] : [4, 8, 8, 3] });
  times.push(now() - t);
}
times.sort((a, b) => a - b);
console.log(
  `kfac curvature job (exact G, factors, solves; 31 and 139 parameters): p50 ${times[15].toFixed(2)} ms, max ${times[29].toFixed(2)} ms`,
);
