// Worker compute time of the proximal panel (pure core, Node): what one slider move re-solves —
// three K-step proximal runs, the NGD solve and the curves — swept as a dragged λ slider would,
// plus the first update of a new seed (pretraining w⁽ᵏ⁾) and the sequence mode.
// Run through `npm run bench`.
import { computeProximal, computeSequence, type ProximalRequest } from '../../src/core/proximal';
import { PANELS } from '../../src/panels/catalog';
import { toRequest, type ProximalParams } from '../../src/panels/proximal/params';
import { parseParams } from '../../src/params/codec';
import { LruMemo } from '../../src/core/memo';

// One memo for every update, as the worker's job runner keeps one: slider moves hit what the first update stored.
const memo = new LruMemo();

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

const meta = PANELS.find((p) => p.id === 'proximal');
if (!meta) throw new Error('proximal panel missing from the catalog');
const { params: p } = parseParams<ProximalParams>(meta.schema, '');
const base: ProximalRequest = toRequest(p);

let t = performance.now();
computeProximal(base, memo);
const first = performance.now() - t;

const rows: string[] = [];
for (const [name, req] of [
  ['default (K = 100, FSD on 24 inputs, GD)', base],
  ['FSD on the batch', { ...base, fsdOn: 'batch' }],
  ['Adam', { ...base, method: 'adam', lr: 0.01 }],
  ['K = 200 (the maximum)', { ...base, steps: 200 }],
] as Array<[string, ProximalRequest]>) {
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    // A λ_FSD drag over its log range 10⁻³ … 10³ (the slider's far left is 0).
    const lambdaFsd = i === 0 ? 0 : 10 ** (-3 + (6 * i) / 100);
    t = performance.now();
    computeProximal({ ...req, lambdaFsd }, memo);
    times.push(performance.now() - t);
  }
  rows.push(
    `${name}: p50 ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms (n=${times.length})`,
  );
}
t = performance.now();
computeSequence({ ...base, batches: 8 }, memo);
const seq = performance.now() - t;

console.log('Proximal panel, worker compute time per update (pure core, Node):');
console.log(`  first update of a seed (pretrains w⁽ᵏ⁾): ${first.toFixed(1)} ms`);
for (const r of rows) console.log(`  λ_FSD slider, ${r}`);
console.log(`  sequence mode, 8 batches × 3 methods (separate job): ${seq.toFixed(1)} ms`);
