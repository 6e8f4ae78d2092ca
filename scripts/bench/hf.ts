// Hessian-free panel: what its worker jobs cost, measured on the pure core the worker runs (Node).
// Run through `npm run bench`. Reports HF iterations/s and CG matrix-vector products/s for each
// preset network, the training chunk length, and the time of a κ change in the scaling view.
import { computeModel2d, computeScaling } from '../../src/core/cg';
import { HF_PRESETS, initTrain, trainChunk, type TrainConfig } from '../../src/core/hf';
import { LruMemo } from '../../src/core/memo';

// One memo for every update, as the worker's job runner keeps one: slider moves hit what the first update stored.
const memo = new LruMemo();

const now = () => performance.now();

for (const preset of HF_PRESETS) {
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
    budgetMs: 2000,
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
  console.log(
    `hessian-free ${preset}: HF ${(s.hf.steps / secs).toFixed(1)} iterations/s, ` +
      `${(s.hf.mvps / secs).toFixed(0)} CG MVPs/s (${(s.hf.mvps / s.hf.steps).toFixed(1)} per iteration); ` +
      `SGD ${(s.sgd.steps / (s.sgd.timeMs / 1000)).toFixed(0)} steps/s; ` +
      `chunk p50 ${chunks[Math.floor(chunks.length / 2)].toFixed(1)} ms, max ${chunks[chunks.length - 1].toFixed(1)} ms`,
  );
}

const base = {
  n: 200,
  kappa: 1000,
  spectrum: 'chebyshev' as const,
  groups: 5,
  seed: 1,
  dScale: 100,
};
let t0 = now();
computeScaling(base, memo);
const first = now() - t0;
const times: number[] = [];
for (let i = 0; i < 20; i++) {
  t0 = now();
  computeScaling({ ...base, kappa: 10 ** (1 + (3 * i) / 19) }, memo);
  times.push(now() - t0);
}
times.sort((a, b) => a - b);
t0 = now();
for (let i = 0; i < 50; i++) {
  computeModel2d({
    problem: 'rosenbrock',
    kappa: 10,
    w: [-1.2, 1 + i * 0.01],
    damping: 0,
    steps: 20,
  });
}
console.log(
  `hessian-free scaling view (n = 200): first ${first.toFixed(0)} ms (κ sweep), κ change p50 ` +
    `${times[10].toFixed(1)} ms, max ${times[19].toFixed(1)} ms; 2-D model ${((now() - t0) / 50).toFixed(1)} ms`,
);
