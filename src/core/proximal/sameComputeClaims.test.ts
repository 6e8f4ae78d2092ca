/**
 * Property test of the same-compute caption: over seeds, λ's, pools and steps, every claim is
 * checked against an independent re-run — the documented data stream drawn again, SGD and GD on
 * the proximal objective written out as plain loops on the engine's gradients, held-out losses
 * recomputed — and the leader re-derived from those numbers.
 */
import { describe, expect, it } from 'vitest';
import { verifyClaims, type Verifier } from '../claims/claim';
import { LruMemo } from '../memo';
import { createRng, createWorkspace, loss, lossAndGradient, noisySine } from '../nn';
import { createProximalObjective } from './objective';
import {
  computeSameCompute,
  HELD_OUT_N,
  type SameComputeRequest,
  type SameComputeResult,
} from './sameCompute';
import { LEVEL, sameComputeClaims } from './sameComputeClaims';
import { linspace, scenarioFor } from './scenario';
import { BASE_SAME_COMPUTE } from './testing';

interface State {
  req: SameComputeRequest;
  out: SameComputeResult;
}

const memo = new LruMemo();

/** The run again, from the documented stream: held-out set, examples, then each pass's shuffle. */
function rerun(req: SameComputeRequest) {
  const sc = scenarioFor(req.seed, memo);
  const K = req.steps;
  const B = req.batchSize;
  const pool = req.pool > 0 ? Math.max(req.pool, B) : 0;
  const rng = createRng(req.seed * 7919 + 29);
  const held = noisySine(rng, { n: HELD_OUT_N, noise: 0.1 });
  const drawn = noisySine(rng, { n: pool || K * B, noise: 0.1 });
  const order: number[] = [];
  let pass = Array.from({ length: pool }, (_, i) => i);
  for (let j = 0; j < K * B; j++) {
    if (pool === 0) order.push(j);
    else {
      if (j > 0 && j % pool === 0) {
        pass = pass.slice();
        for (let i = pool - 1; i > 0; i--) {
          const r = rng.int(i + 1);
          [pass[i], pass[r]] = [pass[r], pass[i]];
        }
      }
      order.push(pass[j % pool]);
    }
  }
  const pick = (b: number, a: Float64Array) =>
    Float64Array.from(order.slice(b * B, (b + 1) * B), (i) => a[i]);
  const wsH = createWorkspace(sc.layout, HELD_OUT_N);
  const heldLoss = (w: Float64Array) => loss(wsH, w, held.inputs, held.targets);
  // SGD, one batch per step.
  const ws = createWorkspace(sc.layout, B);
  const w = sc.anchor.slice();
  const g = new Float64Array(w.length);
  // Diverged (the documented rule): a non-finite value, or w more than 10⁶ from w⁽ᵏ⁾.
  const gone = (u: Float64Array, value: number) =>
    !Number.isFinite(value) || Math.hypot(...u.map((x, i) => x - sc.anchor[i])) > 1e6;
  const sgd = [heldLoss(w)];
  for (let b = 0; b < K; b++) {
    lossAndGradient(ws, w, pick(b, drawn.inputs), pick(b, drawn.targets), g);
    for (let i = 0; i < w.length; i++) w[i] -= req.lr * g[i];
    const l = heldLoss(w);
    sgd.push(gone(w, l) || Number.isNaN(sgd[b]) ? NaN : l);
  }
  // Plain GD on the first batch's proximal objective.
  const x0 = pick(0, drawn.inputs);
  const obj = createProximalObjective(sc.layout, sc.anchor, {
    inputs: x0,
    targets: pick(0, drawn.targets),
    fsdInputs: req.fsdOn === 'batch' ? x0 : linspace(-Math.PI, Math.PI, 24),
  });
  const v = sc.anchor.slice();
  const lambdas = { lambdaFsd: req.lambdaFsd, lambdaWsd: req.lambdaWsd };
  obj.valueAndGradient(v, lambdas, g);
  let prox = heldLoss(v);
  for (let k = 0; k < K && Number.isFinite(prox); k++) {
    for (let i = 0; i < v.length; i++) v[i] -= req.lr * g[i];
    const q = obj.valueAndGradient(v, lambdas, g);
    prox = gone(v, q) ? NaN : heldLoss(v);
  }
  return { sgd, prox, B, sgdExamples: pool ? Math.min(pool, K * B) : K * B };
}

const near = (a: number, b: number) =>
  (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Who is ahead, re-derived: a diverged run (NaN) loses; within LEVEL the two are level. */
function refLeader(prox: number, sgd: number) {
  if (Number.isNaN(prox)) return Number.isNaN(sgd) ? 'none' : 'sgd';
  if (Number.isNaN(sgd)) return 'proximal';
  if (Math.abs(prox - sgd) <= LEVEL * Math.max(prox, sgd)) return 'level';
  return sgd < prox ? 'sgd' : 'proximal';
}

const verifiers: Record<string, Verifier<State>> = {
  'same-compute.leader': (c, { req }) => {
    const d = c.data as { K: number; prox: number; sgd: number; leader: string };
    const ref = rerun(req);
    if (d.K !== req.steps) return `K = ${d.K}`;
    if (!near(d.prox, ref.prox)) return `proximal held-out ${ref.prox}, claimed ${d.prox}`;
    if (!near(d.sgd, ref.sgd[req.steps])) return `SGD held-out ${ref.sgd[req.steps]}`;
    const leader = refLeader(ref.prox, ref.sgd[req.steps]);
    if (leader !== d.leader) return `leader is ${leader}`;
    const says = c.text.includes('SGD on') && c.text.includes('is ahead') ? 'sgd' : null;
    return says && says !== leader ? 'the sentence names another leader' : null;
  },
  'same-compute.data': (c, { req }) => {
    const d = c.data as Record<string, number | boolean>;
    const ref = rerun(req);
    if (d.sameData) return req.pool > 0 && Math.max(req.pool, ref.B) === ref.B ? null : 'pool';
    if (d.sgdExamples !== ref.sgdExamples || d.B !== ref.B) return 'example counts';
    if (!near(d.first as number, ref.sgd[1]) || !near(d.prox as number, ref.prox)) return 'losses';
    return d.above === ref.sgd[1] > ref.prox ? null : 'above/not above';
  },
};

const base = BASE_SAME_COMPUTE;

const STATES: SameComputeRequest[] = [
  base,
  { ...base, pool: 8 },
  { ...base, seed: 3, pool: 8 },
  { ...base, seed: 2, pool: 32, steps: 60 },
  { ...base, seed: 4, lambdaFsd: 0.3, lambdaWsd: 0.3, steps: 50 },
  { ...base, seed: 5, lambdaFsd: 0, lambdaWsd: 1, fsdOn: 'batch', steps: 40, batchSize: 4 },
  { ...base, seed: 6, lambdaFsd: 30, lambdaWsd: 0, steps: 30, pool: 3 },
  { ...base, seed: 7, lambdaFsd: 0, lambdaWsd: 0, lr: 0.05, steps: 80, batchSize: 16 },
];

describe('the same-compute caption makes only true claims', () => {
  for (const req of STATES) {
    it(`seed ${req.seed}, λ = (${req.lambdaFsd}, ${req.lambdaWsd}), K = ${req.steps}, pool ${req.pool}`, () => {
      const out = computeSameCompute(req, memo);
      const claims = sameComputeClaims(out, req.method);
      expect(claims.length).toBeGreaterThanOrEqual(1);
      expect(verifyClaims(claims, { req, out }, verifiers)).toEqual([]);
    });
  }

  it('the default: SGD on fresh batches is ahead after K evaluations, behind at equal data', () => {
    const out = computeSameCompute(base, memo);
    const [lead, data] = sameComputeClaims(out, 'gd');
    expect(lead.data.leader).toBe('sgd');
    expect(lead.text).toContain('data throughput');
    expect(data.data.above).toBe(true);
    // Equal counts for both, 0 … K.
    expect(out.proximal.heldOut.length).toBe(101);
    expect(out.sgd.heldOut.length).toBe(101);
    expect(out.proximal.heldOut[0]).toBe(out.sgd.heldOut[0]);
  });

  it('a pool of |B| makes SGD plain GD on the proximal batch: the same data, λ’s at 0 agree', () => {
    const req = { ...base, pool: 8, lambdaFsd: 0, lambdaWsd: 0, steps: 30 };
    const out = computeSameCompute(req, memo);
    for (let k = 0; k <= 30; k++)
      expect(out.sgd.heldOut[k]).toBeCloseTo(out.proximal.heldOut[k], 12);
    expect(sameComputeClaims(out, 'gd')[0].data.leader).toBe('level');
  });

  it('a false claim is caught', () => {
    const out = computeSameCompute(base, memo);
    const [lead] = sameComputeClaims(out, 'gd');
    const bad = { ...lead, data: { ...lead.data, leader: 'proximal' } };
    expect(verifyClaims([bad], { req: base, out }, verifiers)).toHaveLength(1);
  });
});
