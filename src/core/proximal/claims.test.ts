/**
 * Property test of the proximal panel's main caption: over seeds, batches, λ's (zeros included),
 * step sizes (diverging ones included), inner methods and FSD sets, every claim is checked by an
 * independent verifier — the batch re-derived from distances, the views re-run as plain GD loops
 * (or Adam through the tested inner optimizer), losses re-evaluated, the NGD step by a dense solve
 * with the engine's exact G, the SGD step from the batch gradient, 2/L by dense power iteration.
 */
import { describe, expect, it } from 'vitest';
import { verifyClaims, type Verifier } from '../claims/claim';
import { LruMemo } from '../memo';
import { createWorkspace, forward, gaussNewtonMatrix, loss, lossAndGradient } from '../nn';
import { CLEAR_MARGIN, LINEAR_CLOSE, proximalClaims } from './claims';
import { computeProximal, type ProximalRequest, type ProximalResult } from './compute';
import { minimizeProximal } from './inner';
import { createProximalObjective } from './objective';
import { linspace, scenarioFor } from './scenario';
import { BASE_PROXIMAL, denseSolve } from './testing';

interface State {
  req: ProximalRequest;
  out: ProximalResult;
}

const memo = new LruMemo();
const near = (a: number, b: number, rel = 1e-9) =>
  (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

/** The scene and batch again, from their definitions. */
function scene(req: ProximalRequest) {
  const sc = scenarioFor(req.seed, memo);
  const xs = sc.data.inputs;
  const idx = Array.from(xs.keys())
    .sort((a, b) => Math.abs(xs[a] - req.batchCenter) - Math.abs(xs[b] - req.batchCenter) || a - b)
    .slice(0, req.batchSize)
    .sort((a, b) => a - b);
  const inB = new Set(idx);
  const pick = (ids: number[], a: Float64Array) => Float64Array.from(ids, (i) => a[i]);
  const kept = Array.from(xs.keys()).filter((i) => sc.seen[i] === 1 && !inB.has(i));
  const X = pick(idx, xs);
  const T = pick(idx, sc.data.targets);
  const fsdInputs = req.fsdOn === 'batch' ? X : linspace(-Math.PI, Math.PI, 24);
  const obj = createProximalObjective(sc.layout, sc.anchor, { inputs: X, targets: T, fsdInputs });
  const lossOn = (ids: number[], w: Float64Array) =>
    ids.length === 0
      ? NaN
      : loss(createWorkspace(sc.layout, ids.length), w, pick(ids, xs), pick(ids, sc.data.targets));
  return { sc, idx, kept, X, T, fsdInputs, obj, lossOn };
}

/** A view's K inner steps: GD written out, Adam through the tested optimizer; divergence rule. */
function runView(req: ProximalRequest, lambdaFsd: number, lambdaWsd: number) {
  const s = scene(req);
  const lambdas = { lambdaFsd, lambdaWsd };
  if (req.method === 'adam') {
    const r = minimizeProximal(s.obj, lambdas, req);
    return { w: r.w, divergedAt: r.divergedAt ?? -1 };
  }
  const w = s.sc.anchor.slice();
  const g = new Float64Array(w.length);
  s.obj.valueAndGradient(w, lambdas, g);
  for (let t = 1; t <= req.steps; t++) {
    const prev = w.slice();
    for (let i = 0; i < w.length; i++) w[i] -= req.lr * g[i];
    const q = s.obj.valueAndGradient(w, lambdas, g);
    const far = Math.hypot(...w.map((x, i) => x - s.sc.anchor[i])) > 1e6;
    if (!Number.isFinite(q) || far) return { w: prev, divergedAt: t };
  }
  return { w, divergedAt: -1 };
}

const lambdasOf = (req: ProximalRequest, id: string) => ({
  f: id === 'wsd' ? 0 : req.lambdaFsd,
  w: id === 'fsd' ? 0 : req.lambdaWsd,
});

/** Top eigenvalue of G_B + λ_FSD G_FSD + λ_WSD I at w⁽ᵏ⁾, by power iteration on the dense matrix. */
function topCurvature(req: ProximalRequest, lf: number, lw: number): number {
  const s = scene(req);
  const P = s.sc.layout.paramCount;
  const dense = (inputs: Float64Array) => {
    const ws = createWorkspace(s.sc.layout, inputs.length);
    forward(ws, s.sc.anchor, inputs);
    return gaussNewtonMatrix(ws, s.sc.anchor);
  };
  const GB = dense(s.X);
  const GF = lf > 0 ? dense(s.fsdInputs) : new Float64Array(P * P);
  let v = new Float64Array(P).fill(1 / Math.sqrt(P));
  let lam = 0;
  for (let k = 0; k < 3000; k++) {
    const u = new Float64Array(P);
    for (let i = 0; i < P; i++) {
      let acc = lw * v[i];
      for (let j = 0; j < P; j++) acc += (GB[i * P + j] + lf * GF[i * P + j]) * v[j];
      u[i] = acc;
    }
    const n = Math.hypot(...u);
    if (Math.abs(n - lam) <= 1e-12 * n) return n;
    lam = n;
    v = u.map((x) => x / n);
  }
  return lam;
}

/** ‖Δ_lin − Δ_prox‖ / ‖Δ_prox‖ of the SGD or NGD step, recomputed. */
function departure(req: ProximalRequest, id: 'sgd' | 'ngd'): number {
  const s = scene(req);
  const P = s.sc.layout.paramCount;
  const g = new Float64Array(P);
  lossAndGradient(createWorkspace(s.sc.layout, s.X.length), s.sc.anchor, s.X, s.T, g);
  let delta: Float64Array;
  if (id === 'sgd') delta = g.map((x) => -x / req.lambdaWsd);
  else {
    const ws = createWorkspace(s.sc.layout, s.fsdInputs.length);
    forward(ws, s.sc.anchor, s.fsdInputs);
    const A = gaussNewtonMatrix(ws, s.sc.anchor).map((x) => req.lambdaFsd * x);
    for (let i = 0; i < P; i++) A[i * P + i] += req.lambdaWsd;
    delta = denseSolve(
      A,
      g.map((x) => -x),
      P,
    );
  }
  const l = lambdasOf(req, id === 'sgd' ? 'wsd' : 'both');
  const w = runView(req, l.f, l.w).w;
  const dp = w.map((x, i) => x - s.sc.anchor[i]);
  return Math.hypot(...delta.map((x, i) => x - dp[i])) / Math.hypot(...dp);
}

const verifiers: Record<string, Verifier<State>> = {
  'prox.batch': (c, { req, out }) => {
    const d = c.data as { n: number; loss: number; retained: number };
    const s = scene(req);
    if (d.n !== s.idx.length || String(Array.from(out.batch)) !== String(s.idx)) return 'batch';
    // Nearest: no point outside is closer to the centre than a point inside.
    const dist = (i: number) => Math.abs(s.sc.data.inputs[i] - req.batchCenter);
    const worstIn = Math.max(...s.idx.map(dist));
    if (Array.from(s.sc.data.inputs.keys()).some((i) => !s.idx.includes(i) && dist(i) < worstIn))
      return 'not the nearest points';
    if (!near(d.loss, s.lossOn(s.idx, s.sc.anchor))) return 'batch loss';
    return near(d.retained, s.lossOn(s.kept, s.sc.anchor)) ? null : 'retained loss';
  },
  'prox.view': (c, { req }) => {
    const d = c.data as { id: string; loss: number; retained: number };
    const l = lambdasOf(req, d.id);
    const r = runView(req, l.f, l.w);
    const s = scene(req);
    if (r.divergedAt >= 0) return `diverged at ${r.divergedAt}`;
    if (!near(d.loss, s.lossOn(s.idx, r.w), 1e-8)) return `batch loss ${s.lossOn(s.idx, r.w)}`;
    return near(d.retained, s.lossOn(s.kept, r.w), 1e-8) ? null : 'retained loss';
  },
  'prox.diverged': (c, { req }) => {
    const d = c.data as { id: string; divergedAt: number; lrLimit: number; lr: number };
    const l = lambdasOf(req, d.id);
    const r = runView(req, l.f, l.w);
    if (r.divergedAt !== d.divergedAt) return `diverges at ${r.divergedAt}`;
    const limit = 2 / topCurvature(req, l.f, l.w);
    return near(d.lrLimit, limit, 1e-6) ? null : `2/L = ${limit}`;
  },
  'prox.forgot-least': (c, { req }) => {
    const d = c.data as { id: string; among: string };
    const s = scene(req);
    const retained = d.among.split(',').map((id) => {
      const l = lambdasOf(req, id);
      return { id, r: s.lossOn(s.kept, runView(req, l.f, l.w).w) };
    });
    const best = retained.reduce((a, b) => (b.r < a.r ? b : a));
    if (best.id !== d.id) return `${best.id} forgot less`;
    const clear = retained.every((v) => v === best || v.r > best.r * (1 + CLEAR_MARGIN));
    return clear ? null : 'not clearly ahead';
  },
  'prox.linearized': (c, { req }) => {
    const d = c.data as {
      id: 'sgd' | 'ngd';
      status: string;
      proxStatus: string;
      departure: number;
    };
    if (d.status !== 'ok') {
      if (d.id === 'sgd') return req.lambdaWsd === 0 ? null : 'SGD step exists';
      return req.lambdaWsd === 0 ? null : 'NGD step exists';
    }
    if (d.proxStatus !== 'ok') return null;
    const ref = departure(req, d.id);
    if (!near(d.departure, ref, 1e-6)) return `departure ${ref}`;
    return c.text.includes('first-order approximation') === ref < LINEAR_CLOSE ? null : 'wording';
  },
};

const base = BASE_PROXIMAL;

const STATES: ProximalRequest[] = [
  base,
  { ...base, lambdaFsd: 300, lambdaWsd: 300, steps: 200, lr: 3e-4 },
  { ...base, seed: 2, batchCenter: -1, batchSize: 5, fsdOn: 'batch', steps: 60 },
  { ...base, seed: 5, lambdaFsd: 0, lambdaWsd: 0, steps: 40 },
  { ...base, seed: 3, lambdaWsd: 0, steps: 50 },
  { ...base, lambdaWsd: 1000, lr: 0.5, steps: 30 },
  { ...base, seed: 4, method: 'adam', lr: 0.01, steps: 40, batchCenter: 2.5 },
  { ...base, seed: 6, lambdaFsd: 0, lambdaWsd: 30, steps: 80, batchSize: 12 },
];

describe('the proximal caption makes only true claims', () => {
  for (const req of STATES) {
    it(`seed ${req.seed}, x = ${req.batchCenter}, λ = (${req.lambdaFsd}, ${req.lambdaWsd}), α = ${req.lr}, ${req.method}`, () => {
      const out = computeProximal(req, memo);
      const claims = proximalClaims(out, req);
      expect(claims.length).toBeGreaterThanOrEqual(5);
      expect(verifyClaims(claims, { req, out }, verifiers)).toEqual([]);
    });
  }

  it('a false claim is caught: a wrong view named, a wrong departure', () => {
    const out = computeProximal(base, memo);
    const claims = proximalClaims(out, base);
    const forgot = claims.find((c) => c.kind === 'prox.forgot-least')!;
    const lin = claims.find((c) => c.kind === 'prox.linearized')!;
    const bad = [
      { ...forgot, data: { ...forgot.data, id: 'wsd' } },
      { ...lin, data: { ...lin.data, departure: 0.01 } },
    ];
    expect(verifyClaims(bad, { req: base, out }, verifiers)).toHaveLength(2);
  });
});
