import { describe, expect, it } from 'vitest';
import { CostRouter, INLINE_CAP_MS } from './router';

describe('cost router', () => {
  it('runs a class inline until the median of its recent inline times exceeds the cap', () => {
    const r = new CostRouter();
    expect(r.route('opt2d:moves')).toBe('inline'); // not seen yet: run it and learn
    // One descheduled job among quick ones does not move the class.
    for (const ms of [0.2, 9, 0.3]) r.record('opt2d:moves', ms, 'inline');
    expect(r.route('opt2d:moves')).toBe('inline');
    r.record('opt2d:new field', 25, 'inline');
    expect(r.route('opt2d:new field')).toBe('worker');
    expect(r.route('opt2d:moves')).toBe('inline'); // classes are separate
    expect(r.snapshot().demoted).toEqual(['opt2d:new field']);
  });

  it('starts a declared heavy class in the worker, and a class it has measured on its own route', () => {
    const r = new CostRouter();
    r.preferWorker('invariance:new sweep');
    expect(r.route('invariance:new sweep')).toBe('worker');
    for (const ms of [0.2, 0.3, 0.2]) r.record('opt2d:moves', ms, 'inline');
    r.preferWorker('opt2d:moves'); // measured light: the measurements decide
    expect(r.route('opt2d:moves')).toBe('inline');
    r.record('opt2d:new field', 6, 'inline'); // one job over the cap: not judged on its own…
    expect(r.route('opt2d:new field')).toBe('inline');
    r.preferWorker('opt2d:new field'); // …but enough for a class declared heavy
    expect(r.route('opt2d:new field')).toBe('worker');
    // A prior is a start, not a verdict: the worker measuring it light brings it back.
    for (const ms of [0.5, 0.4, 0.6]) r.record('invariance:new sweep', ms, 'worker');
    expect(r.route('invariance:new sweep')).toBe('inline');
  });

  it('brings a demoted class back once the worker measures it well under the cap', () => {
    const r = new CostRouter();
    // The first job also compiles the kind's code: one slow start alone does not decide.
    r.record('pst:S', 9, 'inline');
    expect(r.route('pst:S')).toBe('inline');
    for (const ms of [6, 7]) r.record('pst:S', ms, 'inline');
    expect(r.route('pst:S')).toBe('worker');
    // Near the cap: stays in the worker (no flapping).
    for (const ms of [3, 3.5, 3]) r.record('pst:S', ms, 'worker');
    expect(r.route('pst:S')).toBe('worker');
    for (const ms of [0.5, 0.6, 0.5]) r.record('pst:S', ms, 'worker');
    expect(r.route('pst:S')).toBe('inline');
    expect(r.snapshot()).toEqual({ demoted: [], typicalMs: {} });
  });

  it('probes a demoted class inline soon after the demotion, then now and then', () => {
    const r = new CostRouter();
    for (const ms of [20]) r.record('inv', ms, 'inline'); // a hiccup: a whole frame
    expect(r.route('inv')).toBe('worker');
    // The worker measures it near the cap (the same hiccup): not back by the worker's times.
    for (const ms of [3, 3.5, 3]) r.record('inv', ms, 'worker');
    const routes = Array.from({ length: 30 }, () => r.route('inv'));
    // The first probe two worker jobs after the demotion, then one job in ten.
    expect(routes.map((x, i) => (x === 'inline' ? i : -1)).filter((i) => i >= 0)).toEqual([
      2, 12, 22,
    ]);
    // Probes near the cap: back only once three of them have a median within it.
    r.record('inv', 3, 'inline');
    r.record('inv', 3.5, 'inline');
    expect(r.route('inv')).toBe('worker'); // two probes are not yet a median
    r.record('inv', 2.9, 'inline');
    expect(r.route('inv')).toBe('inline');
  });

  it('brings a class back on one probe well under the cap, even while the worker is cold', () => {
    const r = new CostRouter();
    for (const ms of [6, 7, 6.5]) r.record('precond:moves', ms, 'inline'); // a loaded moment
    expect(r.route('precond:moves')).toBe('worker');
    // The worker's first jobs of the kind compile its code: over twice the cap, not worth a probe…
    for (const ms of [12, 10]) r.record('precond:moves', ms, 'worker');
    expect(Array.from({ length: 12 }, () => r.route('precond:moves'))).not.toContain('inline');
    // …until one of them is quick enough: then the probe comes two jobs later.
    r.record('precond:moves', 2.5, 'worker');
    const next = Array.from({ length: 3 }, () => r.route('precond:moves'));
    expect(next).toEqual(['worker', 'worker', 'inline']);
    r.record('precond:moves', 0.8, 'inline');
    expect(r.route('precond:moves')).toBe('inline');
    expect(r.snapshot().demoted).toEqual([]);
  });

  it('does not move a class on a panel’s first job alone, which also compiles the code', () => {
    const r = new CostRouter();
    r.record('kfac-curvature:3-4-3', 42, 'inline', true); // cold: the kind's code compiles
    expect(r.route('kfac-curvature:3-4-3')).toBe('inline');
    for (const ms of [0.8, 0.7]) r.record('kfac-curvature:3-4-3', ms, 'inline');
    expect(r.route('kfac-curvature:3-4-3')).toBe('inline'); // median 0.8
    // A class that stays slow once compiled is moved by its median as usual.
    r.record('kfac-curvature:4-8-8-3', 60, 'inline', true);
    for (const ms of [11, 12]) r.record('kfac-curvature:4-8-8-3', ms, 'inline');
    expect(r.route('kfac-curvature:4-8-8-3')).toBe('worker');
  });

  it('does not probe a class the worker measures as heavy', () => {
    const r = new CostRouter();
    r.record('sweep', 30, 'inline');
    for (const ms of [25, 30, 28]) r.record('sweep', ms, 'worker');
    const routes = Array.from({ length: 50 }, () => r.route('sweep'));
    expect(routes.every((x) => x === 'worker')).toBe(true);
  });

  it('uses the cap it is given', () => {
    const r = new CostRouter(1);
    for (const ms of [1.5, 1.2]) r.record('k', ms, 'inline');
    expect(r.route('k')).toBe('inline');
    r.record('k', 1.1, 'inline');
    expect(r.route('k')).toBe('worker');
    expect(INLINE_CAP_MS).toBe(4);
  });
});
