import { describe, expect, it } from 'vitest';
import { LruMemo } from '../../../core/memo';
import { computeOpt2d } from '../../../core/newton/compute';
import { slideRequest } from '../../../core/newton/testing';
import { computeInvariance } from '../../../core/precond/computeInvariance';
import { computePrecond } from '../../../core/precond/computePrecond';
import { parseParams } from '../../../params/codec';
import type { AnyParams } from '../../../params/spec';
import { PANELS } from '../../catalog';
import { toView } from '../../invariance/methods';
import { predictedPair, shownInvariance } from '../../invariance/predict';
import { invarianceRequest } from '../../invariance/request';
import type { InvParams } from '../../invariance/params';
import { shownPrecond } from '../../preconditioning/predict';
import type { PrecondParams } from '../../preconditioning/params';
import { precondRequest } from '../../preconditioning/request';
import { cutIterates, firstIterates } from './cut';
import { shownOpt2d } from './opt2d';
import type { PredictView } from './usePredict';

const memo = new LruMemo();

/** Predict mode's state as the panels see it: iterate k shown, k + 1 hidden or revealed. */
const view = (k: number, revealed: boolean): PredictView => ({
  on: true,
  visible: k + (revealed ? 2 : 1),
  stepHidden: !revealed,
  runsShown: false,
  layer: null,
  box: null,
});
const OFF: PredictView = { ...view(0, false), on: false, visible: Infinity, runsShown: true };

const points = (flat: Float64Array) => flat.length / 2;

function paramsOf<P>(id: string, query: string): P {
  const meta = PANELS.find((m) => m.id === id)!;
  const { params } = parseParams<AnyParams>(meta.schema, query);
  return (meta.resolve?.(params, new Set(new URLSearchParams(query).keys())) ?? params) as P;
}

describe('cutting runs', () => {
  const flat = Float64Array.from([0, 0, 1, 1, 2, 2]);
  it('keeps the first n iterates (all when n is larger or infinite), without copying', () => {
    expect([...firstIterates(flat, 2)]).toEqual([0, 0, 1, 1]);
    expect(firstIterates(flat, 9)).toBe(flat);
    expect(firstIterates(flat, Infinity)).toBe(flat);
    expect(firstIterates(flat, 2).buffer).toBe(flat.buffer);
  });
  it('cuts the losses with the iterates', () => {
    const r = cutIterates({ iterates: flat, loss: Float64Array.from([3, 2, 1]) }, 1);
    expect([...r.iterates]).toEqual([0, 0]);
    expect([...r.loss]).toEqual([3]);
  });
});

describe('what the Newton and Damping plots draw in predict mode', () => {
  const req = slideRequest({
    problem: 'rosenbrock',
    x0: [-1.2, 1],
    lr: 0.001,
    steps: 50,
    methods: ['gd', 'newton', 'damped-newton'],
    focus: 'newton',
    k: 2,
    fieldResolution: 16,
  });
  const out = computeOpt2d(req);
  const focus = out.runs.find((r) => r.method === 'newton')!;

  it('while the step is hidden: every run up to w⁽ᵏ⁾, and no ★ (Newton’s next iterate)', () => {
    expect(out.taylor.minimizer).not.toBeNull();
    const shown = shownOpt2d(out, view(2, false));
    for (const r of shown.runs) expect(points(r.iterates)).toBe(3);
    const drawn = shown.runs.find((r) => r.method === 'newton')!.iterates;
    expect([...drawn.subarray(4)]).toEqual([...focus.iterates.subarray(4, 6)]);
    expect(shown.taylor.minimizer).toBeNull();
    // The ★ is exactly the hidden iterate (undamped Newton from w⁽ᵏ⁾ minimizes the Taylor model).
    expect(out.taylor.minimizer![0]).toBeCloseTo(focus.iterates[6], 10);
  });

  it('after the reveal: one more iterate and the ★; off: everything', () => {
    const shown = shownOpt2d(out, view(2, true));
    for (const r of shown.runs) expect(points(r.iterates)).toBe(4);
    expect(shown.taylor.minimizer).toEqual(out.taylor.minimizer);
    expect(shownOpt2d(out, OFF)).toBe(out);
  });
});

describe('what the Preconditioning plots draw in predict mode', () => {
  it('both routes, plain GD and the w̃ run up to w⁽ᵏ⁾; the w̃ step hidden too', () => {
    const p = paramsOf<PrecondParams>(
      'preconditioning',
      'problem=quadratic&preset=jacobi&lr=0.5&k=1&show=gd',
    );
    const out = computePrecond(precondRequest(p, null), memo);
    const shown = shownPrecond(out, view(1, false));
    for (const r of [shown.direct, shown.viaTilde!, shown.plainGd!]) {
      expect(points(r.iterates)).toBe(2);
    }
    expect(points(shown.tildeIterates!)).toBe(2);
    expect(shown.tilde!.next).toBeNull();
    expect(shownPrecond(out, view(1, true)).tilde!.next).toEqual(out.tilde!.next);
  });
});

describe('what the Invariance plots draw in predict mode', () => {
  const outFor = (query: string) =>
    toView(
      computeInvariance(invarianceRequest(paramsOf<InvParams>('invariance', query), null), memo),
    );

  it('predicts the first curvature method shown, gradient descent only without one', () => {
    expect(predictedPair(outFor('problem=rosenbrock'))!.method).toBe('newton');
    expect(predictedPair(outFor('problem=rosenbrock&show=gd,ngd'))!.method).toBe('ngd');
    expect(predictedPair(outFor('problem=saddle&show=gd,gn,ngd'))!.method).toBe('gd');
  });

  it('cuts each run in θ, in φ and mapped back', () => {
    const out = outFor('problem=rosenbrock');
    const shown = shownInvariance(out, view(0, false));
    for (const pair of shown.pairs) {
      expect(points(pair.theta.iterates)).toBe(1);
      expect(points(pair.phi.iterates)).toBe(1);
      expect(points(pair.phiMapped)).toBe(1);
    }
    expect(shownInvariance(out, OFF)).toBe(out);
  });
});
