/**
 * Property test of the sequence caption: each run is re-run from the batches the result lists —
 * SGD as a plain loop on the engine's gradients, the proximal and loss-only methods as K inner
 * steps per batch re-anchored at the current iterate — and every claimed number and comparison
 * is checked against those re-runs.
 */
import { describe, expect, it } from 'vitest';
import { verifyClaims, type Verifier } from '../claims/claim';
import { LruMemo } from '../memo';
import { createWorkspace, loss, lossAndGradient } from '../nn';
import { minimizeProximal } from './inner';
import { createProximalObjective } from './objective';
import { linspace, scenarioFor } from './scenario';
import { computeSequence, type SequenceRequest, type SequenceResult } from './sequence';
import { sequenceClaims } from './sequenceClaims';

interface State {
  req: SequenceRequest;
  out: SequenceResult;
}

const memo = new LruMemo();

function rerun(req: SequenceRequest, out: SequenceResult, method: string) {
  const sc = scenarioFor(req.seed, memo);
  const xs = sc.data.inputs;
  const ts = sc.data.targets;
  const region = (seen: number) => Array.from(xs.keys()).filter((i) => sc.seen[i] === seen);
  const lossOn = (ids: number[], w: Float64Array) =>
    loss(
      createWorkspace(sc.layout, ids.length),
      w,
      Float64Array.from(ids, (i) => xs[i]),
      Float64Array.from(ids, (i) => ts[i]),
    );
  let w: Float64Array = sc.anchor.slice();
  const seen = [lossOn(region(1), w)];
  const fresh = [lossOn(region(0), w)];
  for (const b of out.batches) {
    const X = Float64Array.from(b, (i) => xs[i]);
    const T = Float64Array.from(b, (i) => ts[i]);
    if (method === 'sgd') {
      const g = new Float64Array(w.length);
      lossAndGradient(createWorkspace(sc.layout, b.length), w, X, T, g);
      w = w.map((v, i) => v - req.lr * g[i]);
    } else {
      const fsdInputs = req.fsdOn === 'batch' ? X : linspace(-Math.PI, Math.PI, 24);
      const obj = createProximalObjective(sc.layout, w, { inputs: X, targets: T, fsdInputs });
      const lambdas =
        method === 'proximal'
          ? { lambdaFsd: req.lambdaFsd, lambdaWsd: req.lambdaWsd }
          : { lambdaFsd: 0, lambdaWsd: 0 };
      const r = minimizeProximal(obj, lambdas, req);
      if (r.status === 'diverged') return null;
      w = r.w;
    }
    seen.push(lossOn(region(1), w));
    fresh.push(lossOn(region(0), w));
  }
  return { seenWorst: Math.max(...seen), newEnd: fresh[fresh.length - 1] };
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

const verifiers: Record<string, Verifier<State>> = {
  'seq.run': (c, { req, out }) => {
    const d = c.data as { method: string; newEnd: number; worst: number; evals: number };
    const ref = rerun(req, out, d.method);
    if (!ref) return c.text.includes('diverged') ? null : 'the re-run diverged';
    if (!near(d.newEnd, ref.newEnd) || !near(d.worst, ref.seenWorst)) return 'losses differ';
    const evals = (d.method === 'sgd' ? 1 : req.steps) * req.batches;
    return d.evals === evals ? null : `${evals} gradient evaluations`;
  },
  'seq.kept': (c, { req, out }) => {
    const p = rerun(req, out, 'proximal');
    const l = rerun(req, out, 'loss-only');
    if (!p || !l) return 'a run diverged';
    return p.seenWorst < l.seenWorst === c.data.better ? null : 'the comparison is wrong';
  },
};

const base: SequenceRequest = {
  seed: 1,
  batchSize: 8,
  fsdOn: 'wide',
  lambdaFsd: 3,
  lambdaWsd: 3,
  steps: 40,
  lr: 0.02,
  method: 'gd',
  batches: 4,
};

const STATES: SequenceRequest[] = [
  base,
  { ...base, seed: 2, lambdaFsd: 0.01, lambdaWsd: 0.01, batches: 3 },
  { ...base, seed: 3, fsdOn: 'batch', batchSize: 5, batches: 5 },
  { ...base, lambdaWsd: 1000, lr: 0.5, steps: 20, batches: 2 },
];

describe('the sequence caption makes only true claims', () => {
  for (const req of STATES) {
    it(`seed ${req.seed}, λ = (${req.lambdaFsd}, ${req.lambdaWsd}), α = ${req.lr}, ${req.batches} batches`, () => {
      const out = computeSequence(req, memo);
      expect(verifyClaims(sequenceClaims(out), { req, out }, verifiers)).toEqual([]);
    });
  }
});
