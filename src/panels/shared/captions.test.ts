import { describe, expect, it } from 'vitest';
import { runMethod } from '../../core/newton/methods';
import { runStatusClaim } from '../../core/newton/runClaims';
import { getObjective } from '../../core/objectives';
import { statusChip } from './captions';

describe('captions stay true to the run', () => {
  const obj = getObjective('logistic');
  it('never says converged beside a diverging run', () => {
    const r = runMethod(obj, 'newton', [2.3, 0.5], { lr: 1, eta: 0, maxSteps: 60 });
    expect(r.status).toBe('diverged');
    const text = runStatusClaim(r, null, 'Newton').text;
    expect(text).toMatch(/^Newton diverged at step \d+/);
    expect(text).not.toMatch(/converge/);
    expect(statusChip(r)).toMatch(/^diverged at step/);
  });
  it('names the kind of stationary point reached', () => {
    const r = runMethod(obj, 'newton', [2, 0.5], { lr: 1, eta: 0, maxSteps: 60 });
    expect(runStatusClaim(r, 'min', 'Newton').text).toMatch(
      /^Newton converged to a minimum in \d+ steps\.$/,
    );
    const s = runMethod(getObjective('saddle'), 'newton', [1.5, 0.25], {
      lr: 1,
      eta: 0,
      maxSteps: 60,
    });
    expect(runStatusClaim(s, 'saddle', 'Newton').text).toMatch(/saddle point .* not a minimum/);
  });
  it('says when the step budget ran out', () => {
    const r = runMethod(obj, 'gd', [2.3, 0.5], { lr: 0.01, eta: 0, maxSteps: 5 });
    expect(r.status).toBe('max-steps');
    expect(runStatusClaim(r, null, 'Gradient descent').text).toBe(
      'Gradient descent has not converged after 5 steps.',
    );
    expect(statusChip(r)).toBe('not converged after 5');
  });
  it('says cycling, with the period, where the tail repeats', () => {
    const r = runMethod(obj, 'damped-newton', [2.3, 0.5], { lr: 1, eta: 0.01, maxSteps: 60 });
    expect(statusChip(r)).toBe('cycling (period 2)');
    expect(runStatusClaim(r, null, 'Damped Newton').text).toMatch(
      /^Damped Newton is cycling: for its last 12 steps w⁽ᵏ⁺²⁾ ≈ w⁽ᵏ⁾ \(within 1% of a step length\), so it has not converged in 60 steps\.$/,
    );
  });
});
