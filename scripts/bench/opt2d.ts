// Worker compute time per panel update, measured on the pure core the worker runs (Node).
// Run through `npm run bench`.
import { computeOpt2d, type Opt2dRequest } from '../../src/core/newton/compute';
import { PANELS } from '../../src/panels/catalog';
import { parseParams } from '../../src/params/codec';
import type { Opt2dParams } from '../../src/panels/shared/opt2dParams';

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

const rows: string[] = [];
for (const panel of PANELS.filter((p) => p.id === 'newton' || p.id === 'damping')) {
  const { params } = parseParams<Opt2dParams>(panel.schema, '');
  const p = panel.resolve ? (panel.resolve(params, new Set()) as Opt2dParams) : params;
  const base: Opt2dRequest = {
    problem: p.problem,
    kappa: p.kappa,
    x0: p.x0,
    lr: p.lr,
    eta: p.eta,
    steps: p.steps,
    methods: p.show.includes(p.focus) ? p.show : [...p.show, p.focus],
    focus: p.focus,
    k: p.k,
    knownFieldKey: null,
    fieldResolution: 160,
  };
  const t0 = performance.now();
  const first = computeOpt2d(base);
  const withField = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    // A slider sweep: η over its log range, the start point jittering as in a drag.
    const eta = i % 10 === 0 ? 0 : 10 ** (-4 + (7 * (i % 100)) / 100);
    const req = {
      ...base,
      eta,
      x0: [base.x0[0] + 0.002 * (i % 7), base.x0[1]] as const,
      knownFieldKey: first.fieldKey,
    };
    const t = performance.now();
    computeOpt2d(req);
    times.push(performance.now() - t);
  }
  rows.push(
    `${panel.id.padEnd(10)} first update (with 160×160 field): ${withField.toFixed(2)} ms; ` +
      `slider updates: p50 ${pct(times, 0.5).toFixed(3)} ms, p95 ${pct(times, 0.95).toFixed(3)} ms (n=${times.length})`,
  );
}
console.log('Worker compute time per update (pure core, Node):');
for (const r of rows) console.log('  ' + r);
