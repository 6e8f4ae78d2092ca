import { describe, expect, it } from 'vitest';
import { getObjective } from '../objectives';
import { logisticCobweb, sampleMaps, STAIRCASE_LIMIT } from './cobweb';
import { LOGISTIC_NEWTON_THRESHOLD, logisticTwoCycles, newtonMapLogistic } from './logistic1d';
import { runMethod } from './methods';

describe('the cobweb view of the logistic example', () => {
  it('follows the coordinate farther from 0, and matches the 2-D run coordinate by coordinate', () => {
    const c = logisticCobweb([2.3, 0.5], 0.01, 60);
    expect(c.coordinate).toBe(0);
    expect(logisticCobweb([0.5, -3], 0.01, 60).coordinate).toBe(1);
    const run = runMethod(getObjective('logistic'), 'damped-newton', [2.3, 0.5], {
      lr: 1,
      eta: 0.01,
      maxSteps: 60,
    });
    expect(c.staircase.length).toBe(61);
    for (let k = 0; k <= 60; k++) expect(c.staircase[k]).toBeCloseTo(run.iterates[2 * k], 9);
  });

  it('carries the 2-cycles of the current η and the undamped threshold', () => {
    expect(logisticCobweb([2.3, 0.5], 0.01, 60).cycles).toEqual(logisticTwoCycles(0.01));
    expect(logisticCobweb([2.3, 0.5], 0.1, 60).cycles).toBeNull();
    expect(logisticCobweb([2.3, 0.5], 0.1, 60).threshold).toBe(LOGISTIC_NEWTON_THRESHOLD);
  });

  it('fits the staircase in its extent, and the start, x* and inner cycle in its near view', () => {
    const c = logisticCobweb([2.3, 0.5], 0.01, 60);
    expect(c.extent).toBeGreaterThan(Math.max(...Array.from(c.staircase, Math.abs)));
    expect(c.nearExtent).toBeGreaterThan(Math.max(2.3, c.cycles!.inner));
    expect(c.nearExtent).toBeLessThan(5);
  });

  it('follows the undamped map at η = 0 or when asked (the Newton panel analysing Newton)', () => {
    expect(logisticCobweb([2.3, 0.5], 0.01, 60).follows).toBe('damped');
    expect(logisticCobweb([2.3, 0.5], 0, 60).follows).toBe('undamped');
    const c = logisticCobweb([2.3, 0.5], 1, 60, 'undamped');
    expect(c.follows).toBe('undamped');
    expect(c.staircase[1]).toBe(newtonMapLogistic(2.3));
    expect(c.eta).toBe(1);
  });

  it('stops the undamped staircase once it runs away', () => {
    const c = logisticCobweb([2.3, 0.5], 0, 60);
    const xs = Array.from(c.staircase);
    expect(xs.slice(0, 4)).toEqual([2.3, 2.3 - Math.sinh(2.3), ...xs.slice(2, 4)]);
    expect(xs[2]).toBe(newtonMapLogistic(xs[1]));
    expect(xs.length).toBeLessThan(61);
    expect(Math.max(...xs.map(Math.abs))).toBeLessThanOrEqual(STAIRCASE_LIMIT);
    // The far view is capped so the runaway does not squash the picture.
    expect(c.extent).toBeLessThan(100);
  });

  it('samples both maps on a symmetric grid', () => {
    const s = sampleMaps(0.1, 3, 6);
    expect(Array.from(s.x)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(s.newton[6]).toBe(3 - Math.sinh(3));
    expect(s.damped[3]).toBe(0);
  });
});
