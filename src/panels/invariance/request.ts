import type { InvarianceRequest } from '../../core/precond/computeInvariance';
import { ruleOf } from './methods';
import { matrixM, type InvParams } from './params';

export const FIELD_RES = 160;
export const PHI_RES = 80;

/** The worker request for the panel's parameters (React-free: the bench uses it too). */
export function invarianceRequest(p: InvParams, knownFieldKey: string | null): InvarianceRequest {
  return {
    problem: p.problem,
    ...(p.problem === 'custom' ? { f: p.f, range: p.range } : {}),
    kappa: p.kappa,
    x0: p.x0,
    lr: p.lr,
    eta: p.eta,
    steps: p.steps,
    M: matrixM(p),
    c: p.c,
    rules: p.show.map(ruleOf),
    knownFieldKey,
    fieldResolution: FIELD_RES,
    phiResolution: PHI_RES,
  };
}
