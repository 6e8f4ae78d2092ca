// Worker compute time per update of the Preconditioning and Invariance panels, measured on the
// pure core their worker jobs run (Node). Run through `npm run bench`.
import {
  computeInvariance,
  computeInvarianceSweep,
} from '../../src/core/precond/computeInvariance';
import { computePrecond } from '../../src/core/precond/computePrecond';
import { PANELS } from '../../src/panels/catalog';
import { completePatch, type PrecondParams } from '../../src/panels/preconditioning/params';
import { precondRequest } from '../../src/panels/preconditioning/request';
import type { InvParams } from '../../src/panels/invariance/params';
import { invarianceRequest } from '../../src/panels/invariance/request';
import { parseParams, type Params } from '../../src/params/codec';
import { LruMemo } from '../../src/core/memo';

// One memo for every update, as the worker's job runner keeps one: slider moves hit what the first update stored.
const memo = new LruMemo();

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

/** A panel's parameters as its URL `query` resolves them (defaults filled like on page load). */
function paramsOf<P extends Params>(id: string, query: string): P {
  const meta = PANELS.find((p) => p.id === id);
  if (!meta) throw new Error(`${id} panel missing from the catalog`);
  const { params } = parseParams<P>(meta.schema, query);
  const given = new Set(new URLSearchParams(query).keys());
  return (meta.resolve ? meta.resolve(params, given) : params) as P;
}

function time(label: string, n: number, run: (i: number) => void) {
  run(0); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 1; i <= n; i++) {
    const t = performance.now();
    run(i);
    times.push(performance.now() - t);
  }
  return `${label.padEnd(68)} p50 ${pct(times, 0.5).toFixed(2)} ms, p95 ${pct(times, 0.95).toFixed(2)} ms (n=${n})`;
}

const etaAt = (i: number) => 10 ** (-4 + (7 * (i % 100)) / 100);
const rows: string[] = [];

// Preconditioning: what a drag sends. The damped preset's η slider recomputes R (as the panel
// does), so the w̃ view and its field change every update, like dragging a column of R.
for (const [label, query] of [
  ['quadratic κ=50, damped preset, η slider', 'preset=damped'],
  [
    'rosenbrock, R follows the iterate, damped η slider',
    'problem=rosenbrock&preset=damped&curv=iterate&lr=1',
  ],
] as const) {
  const p0 = paramsOf<PrecondParams>('preconditioning', query);
  const known = computePrecond(precondRequest(p0, null), memo).fieldKey;
  rows.push(
    time(`preconditioning: ${label}`, 300, (i) => {
      const p = { ...p0, ...completePatch(p0, { eta: etaAt(i) }) } as PrecondParams;
      computePrecond(precondRequest(p, known), memo);
    }),
  );
}
{
  const p0 = paramsOf<PrecondParams>('preconditioning', 'preset=custom&r1=0.8,0.2&r2=0.1,0.5');
  const known = computePrecond(precondRequest(p0, null), memo).fieldKey;
  rows.push(
    time('preconditioning: quadratic, dragging a column of R', 300, (i) => {
      const r1: [number, number] = [0.8 + 0.004 * (i % 50), 0.2 - 0.003 * (i % 30)];
      computePrecond(precondRequest({ ...p0, r1 }, known), memo);
    }),
  );
}

// Invariance: the panel's two jobs. The runs (page's thread, `omitSweep`) follow every move; the
// η sweep (worker) does not depend on η, and a drag of M (or α, the start, …) recomputes it.
const runsOnly = (p: InvParams, known: string | null) => ({
  ...invarianceRequest(p, known),
  omitSweep: true,
});
for (const problem of ['rosenbrock', 'quadratic', 'logistic']) {
  const p0 = paramsOf<InvParams>('invariance', `problem=${problem}`);
  const known = computeInvariance(runsOnly(p0, null), memo).fieldKey;
  rows.push(
    time(`invariance: ${problem}, η slider (runs)`, 300, (i) => {
      computeInvariance(runsOnly({ ...p0, eta: i % 10 === 0 ? 0 : etaAt(i) }, known), memo);
    }),
  );
  const m1At = (i: number): [number, number] => [1.6 + 0.01 * i, -0.3 + 0.005 * i];
  rows.push(
    time(`invariance: ${problem}, dragging a column of M (runs)`, 100, (i) => {
      computeInvariance(runsOnly({ ...p0, m1: m1At(i) }, known), memo);
    }),
  );
  rows.push(
    time(`invariance: ${problem}, dragging a column of M (η sweep, worker)`, 100, (i) => {
      computeInvarianceSweep(invarianceRequest({ ...p0, m1: m1At(i + 200) }, null), memo);
    }),
  );
}

console.log('Worker compute time per update, preconditioning and invariance (pure core, Node):');
for (const r of rows) console.log('  ' + r);
