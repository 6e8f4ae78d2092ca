// Worker compute time of the pullback-sampling panel (pure core, Node): the 'pst-ema' job that a
// dragged η slider re-runs per value, and the 'pst' samples job that other controls re-run.
// Run through `npm run bench`.
import { LruMemo } from '../../src/core/memo';
import { computePstEma, computePstSamples, type PstRequest } from '../../src/core/pst';
import { PANELS } from '../../src/panels/catalog';
import type { PstParams } from '../../src/panels/pst/params';
import { parseParams } from '../../src/params/codec';

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

const meta = PANELS.find((p) => p.id === 'pst');
if (!meta) throw new Error('pst panel missing from the catalog');
const { params: p } = parseParams<PstParams>(meta.schema, '');
const base: PstRequest = { ...p, gdSteps: p.steps };

const rows: string[] = [];
for (const [name, req] of [
  ['linear, Gaussian, S = 2000 (default)', base],
  ['linear, Bernoulli, S = 5000', { ...base, output: 'bernoulli', samples: 5000 }],
  ['net 2-3-1, Gaussian, S = 2000', { ...base, model: 'net' }],
  ['net 2-3-1, Bernoulli, S = 5000', { ...base, model: 'net', output: 'bernoulli', samples: 5000 }],
] as Array<[string, PstRequest]>) {
  // One memo, as the page's and the worker's job runners keep one: an η move reuses the samples.
  const memo = new LruMemo();
  computePstEma(req, memo); // warm-up (JIT), and the samples the η moves reuse
  const times: number[] = [];
  const sampleTimes: number[] = [];
  for (let i = 0; i < 100; i++) {
    // An η drag: the slider's values over [0, 0.999].
    let t = performance.now();
    computePstEma({ ...req, eta: Math.min(0.999, i / 100) }, memo);
    times.push(performance.now() - t);
    t = performance.now();
    computePstSamples({ ...req, seed: 1 + i });
    sampleTimes.push(performance.now() - t);
  }
  rows.push(
    `${name.padEnd(40)} η update p50 ${pct(times, 0.5).toFixed(2)} ms, p95 ${pct(times, 0.95).toFixed(2)} ms; ` +
      `new samples p50 ${pct(sampleTimes, 0.5).toFixed(2)} ms, p95 ${pct(sampleTimes, 0.95).toFixed(2)} ms (n=${times.length})`,
  );
}
console.log('pst worker compute time per update (pure core, Node):');
for (const r of rows) console.log('  ' + r);
