import { describe, expect, it } from 'vitest';
import { runMethod } from '../../core/newton/methods';
import { getObjective } from '../../core/objectives';
import { runSentence, statusChip } from './captions';

describe('captions stay true to the run', () => {
  const obj = getObjective('logistic');
  it('never says converged beside a diverging run', () => {
    const r = runMethod(obj, 'newton', [2.3, 0.5], { lr: 1, eta: 0, maxSteps: 60 });
    expect(r.status).toBe('diverged');
    expect(runSentence(r, null)).toMatch(/^Newton diverged at step \d+/);
    expect(runSentence(r, null)).not.toMatch(/converge/);
    expect(statusChip(r)).toMatch(/^diverged at step/);
  });
  it('names the kind of stationary point reached', () => {
    const r = runMethod(obj, 'newton', [2, 0.5], { lr: 1, eta: 0, maxSteps: 60 });
    expect(runSentence(r, 'min')).toMatch(/^Newton converged to a minimum in \d+ steps\.$/);
    const s = runMethod(getObjective('saddle'), 'newton', [1.5, 0.25], {
      lr: 1,
      eta: 0,
      maxSteps: 60,
    });
    expect(runSentence(s, 'saddle')).toMatch(/saddle point .* not a minimum/);
  });
  it('says when the step budget ran out', () => {
    const r = runMethod(obj, 'gd', [2.3, 0.5], { lr: 0.01, eta: 0, maxSteps: 5 });
    expect(r.status).toBe('max-steps');
    expect(runSentence(r, null)).toBe('Gradient descent has not converged after 5 steps.');
  });
});
