import { describe, expect, it } from 'vitest';
import { computeProximal, WIDE_FSD_POINTS, type ProximalView } from './compute';
import { computeSequence } from './sequence';
import { SEEN_MAX } from './scenario';
import { LruMemo, NO_MEMO } from '../memo';
import { BASE_PROXIMAL } from './testing';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

const base = BASE_PROXIMAL;

/** Largest |f − f_prev| over the curve grid left of x = limit (where w⁽ᵏ⁾ was trained). */
function maxChangeLeftOf(x: Float64Array, f: Float64Array, prev: Float64Array, limit: number) {
  let m = 0;
  for (let i = 0; i < x.length; i++) if (x[i] < limit) m = Math.max(m, Math.abs(f[i] - prev[i]));
  return m;
}

describe('the slide’s four views from one previous iterate', () => {
  const r = computeProximal(base, memo);
  const view = (id: ProximalView['id']) => r.views.find((v) => v.id === id)!;
  const loneLoss = computeProximal({ ...base, lambdaFsd: 0, lambdaWsd: 0 }, memo).views[3];

  it('w⁽ᵏ⁾ is a good fit where it was trained and a poor one at the new batch', () => {
    expect(r.pretrainLoss).toBeLessThan(0.01);
    const prev = view('previous');
    expect(prev.terms.fsd).toBe(0);
    expect(prev.terms.wsd).toBe(0);
    expect(prev.retainedLoss).toBeLessThan(0.01);
    expect(prev.terms.loss).toBeGreaterThan(10 * prev.retainedLoss);
    // The batch is the 8 points nearest x = 1.8, all in the region w⁽ᵏ⁾ never saw.
    expect(r.batch.length).toBe(8);
    for (const i of r.batch) expect(r.seen[i]).toBe(0);
  });

  it('every view decreases the batch loss; WSD alone damps the step of "loss only"', () => {
    for (const id of ['wsd', 'fsd', 'both'] as const) {
      expect(view(id).status).toBe('ok');
      expect(view(id).terms.loss).toBeLessThan(view('previous').terms.loss);
    }
    expect(view('wsd').terms.wsd).toBeLessThan(loneLoss.terms.wsd);
    expect(view('wsd').terms.loss).toBeGreaterThan(loneLoss.terms.loss);
  });

  it('FSD alone keeps the function near the old one off the batch; WSD alone does not', () => {
    const prev = view('previous').f;
    const limit = SEEN_MAX - 0.6;
    const fsdChange = maxChangeLeftOf(r.curveX, view('fsd').f, prev, limit);
    const wsdChange = maxChangeLeftOf(r.curveX, view('wsd').f, prev, limit);
    expect(fsdChange).toBeLessThan(0.25 * wsdChange);
    expect(view('fsd').retainedLoss).toBeLessThan(0.2 * view('wsd').retainedLoss);
    expect(view('both').retainedLoss).toBeLessThan(view('wsd').retainedLoss);
  });

  it('the NGD curve approaches the exact proximal update as the step gets small', () => {
    const small = computeProximal(
      {
        ...base,
        lambdaFsd: 300,
        lambdaWsd: 300,
        steps: 200,
        lr: 3e-4,
      },
      memo,
    );
    expect(view('ngd').status).toBe('ok');
    expect(small.ngd.stepDeparture).toBeLessThan(0.2 * r.ngd.stepDeparture);
    expect(small.ngd.functionDeparture).toBeLessThan(0.01 * r.ngd.functionDeparture + 1e-3);
  });

  it('is deterministic and honours the FSD set', () => {
    const again = computeProximal(base, memo);
    expect(Array.from(again.views[2].f)).toEqual(Array.from(r.views[2].f));
    const onBatch = computeProximal({ ...base, fsdOn: 'batch' }, memo);
    expect(onBatch.fsdInputs.length).toBe(8);
    expect(r.fsdInputs.length).toBe(WIDE_FSD_POINTS);
    // Measured only on the batch, the FSD cannot protect what w⁽ᵏ⁾ learned elsewhere.
    const before = r.views[0].retainedLoss;
    expect(onBatch.views[2].retainedLoss - before).toBeGreaterThan(
      1.5 * (r.views[2].retainedLoss - before),
    );
  });

  it('gives the same views and sequence with a warm memo (scenario, inner runs) as without', () => {
    const req = { ...base, steps: 40 };
    computeProximal({ ...req, lambdaFsd: 1 }, memo);
    expect(computeProximal(req, memo)).toEqual(computeProximal(req, NO_MEMO));
    const seq = { ...req, batches: 3 };
    expect(computeSequence(seq, memo)).toEqual(computeSequence(seq, NO_MEMO));
  });

  it('reports a diverging inner GD as a state', () => {
    const bad = computeProximal({ ...base, lambdaWsd: 1000, lr: 0.5 }, memo);
    const both = bad.views.find((v) => v.id === 'both')!;
    expect(both.status).toBe('diverged');
    expect(both.f.every(Number.isFinite)).toBe(true);
  });
});

describe('sequence mode', () => {
  const s = computeSequence({ ...base, batches: 6 }, memo);
  const run = (m: string) => s.runs.find((r) => r.method === m)!;

  it('runs every method on the same batches from w⁽ᵏ⁾', () => {
    expect(s.batches.length).toBe(6);
    for (const r of s.runs) {
      expect(r.seenLoss.length).toBe(7);
      expect(r.seenLoss[0]).toBe(s.runs[0].seenLoss[0]);
      expect(r.status).toBe('ok');
    }
    expect(run('sgd').gradientEvals).toBe(6);
    expect(run('proximal').gradientEvals).toBe(600);
  });

  it('proximal steps make progress on the new region and forget less than fitting each batch', () => {
    const p = run('proximal');
    const lone = run('loss-only');
    expect(p.newLoss[6]).toBeLessThan(0.5 * p.newLoss[0]);
    expect(Math.max(...p.seenLoss)).toBeLessThan(Math.max(...lone.seenLoss));
  });
});
