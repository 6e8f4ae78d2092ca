import { describe, expect, it } from 'vitest';
import { computeInvariance, computeInvarianceSweep } from '../../core/precond/computeInvariance';
import { parseParams } from '../../params/codec';
import { PANELS } from '../catalog';
import { invarianceCaption, verdict } from './caption';
import { toView } from './methods';
import type { InvParams } from './params';
import { invarianceRequest } from './request';
import { LruMemo } from '../../core/memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

function captionFor(query: string) {
  const meta = PANELS.find((p) => p.id === 'invariance')!;
  const { params } = parseParams<InvParams>(meta.schema, query);
  const p = meta.resolve!(params, new Set(new URLSearchParams(query).keys())) as InvParams;
  const out = toView(computeInvariance(invarianceRequest(p, null), memo));
  return { text: invarianceCaption(out, p.eta, p.show), out };
}

describe('invariance captions stay true to the numbers', () => {
  it('undamped: Newton, Gauss-Newton and natural gradient overlay; GD does not', () => {
    const { text, out } = captionFor('problem=rosenbrock&eta=0');
    expect(out.pairs.map((p) => [p.method, verdict(p)])).toEqual([
      ['gd', 'not-invariant'],
      ['newton', 'invariant'],
      ['gn', 'invariant'],
      ['ngd', 'invariant'],
    ]);
    expect(text).toMatch(/^Newton, Gauss-Newton and natural gradient overlay to rounding/);
    expect(text).toContain('Gradient descent is not invariant');
  });

  it('damped: says damping breaks it, unless M is a rotation', () => {
    const damped = captionFor('problem=rosenbrock&eta=0.1');
    expect(damped.out.pairs.find((p) => p.method === 'newton')!.deviation.relative).toBeGreaterThan(
      1e-6,
    );
    expect(damped.text).toContain(
      'damped Newton, damped Gauss-Newton and damped natural gradient no longer overlay',
    );
    const rotated = captionFor(
      'problem=rosenbrock&eta=0.1&m1=0.766044443118978,0.642787609686539&m2=-0.642787609686539,0.766044443118978',
    );
    expect(rotated.out.mInfo.orthogonal).toBe(true);
    expect(rotated.text).toContain('because this M is a rotation');
    expect(rotated.text).toContain('Gradient descent agrees too');
  });

  it('the core’s curvature rules come back under the public method ids, in order', () => {
    const { out } = captionFor('problem=rosenbrock&eta=0.1');
    expect(Object.keys(out.defined)).toEqual(['gd', 'newton', 'gn', 'ngd']);
    expect(Object.keys(out.sweep.relative)).toEqual(['gd', 'newton', 'gn', 'ngd']);
  });

  it('names what is not defined on the saddle', () => {
    const { text } = captionFor('problem=saddle');
    expect(text).toContain('Gauss-Newton and natural gradient: not defined for this problem');
  });
});

describe('the deviation sweep of the state shown', () => {
  it('is pending while the sweep held answers another request (the worker has the new one)', () => {
    const meta = PANELS.find((p) => p.id === 'invariance')!;
    const p = meta.resolve!(parseParams<InvParams>(meta.schema, '').params, new Set()) as InvParams;
    const runs = computeInvariance({ ...invarianceRequest(p, null), omitSweep: true }, memo);
    const older = computeInvarianceSweep({ ...invarianceRequest(p, null), steps: 12 }, memo);
    const now = computeInvarianceSweep(invarianceRequest(p, null), memo);
    expect(toView(runs, older, now.key).sweepPending).toBe(true);
    expect(toView(runs, now, now.key).sweepPending).toBe(false);
    expect(toView(runs, null, now.key).sweepPending).toBe(true);
  });
});
