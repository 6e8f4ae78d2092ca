/**
 * The slide's example as a request, shared by tests (not used at runtime): both Newton variants
 * on the logistic sum from w⁽⁰⁾ = (2.3, 0.5), just beyond undamped Newton's |x| < 2.17732.
 */
import type { Opt2dRequest } from './compute';

export function slideRequest(patch: Partial<Opt2dRequest> = {}): Opt2dRequest {
  return {
    problem: 'logistic',
    kappa: 10,
    x0: [2.3, 0.5],
    lr: 1,
    eta: 1,
    steps: 60,
    methods: ['newton', 'damped-newton'],
    focus: 'damped-newton',
    k: 0,
    knownFieldKey: null,
    fieldResolution: 8,
    ...patch,
  };
}
