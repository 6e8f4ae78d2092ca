import type { PrecondRequest } from '../../core/precond/computePrecond';
import { matrixR, type PrecondParams } from './params';

export const FIELD_RES = 160;
export const TILDE_RES = 90;

/** The worker request for the panel's parameters (React-free: the bench uses it too). */
export function precondRequest(p: PrecondParams, knownFieldKey: string | null): PrecondRequest {
  return {
    problem: p.problem,
    ...(p.problem === 'custom' ? { f: p.f, range: p.range } : {}),
    kappa: p.kappa,
    angle: p.angle,
    x0: p.x0,
    lr: p.lr,
    steps: p.steps,
    k: p.k,
    R: matrixR(p),
    b: p.b,
    preset: p.preset,
    eta: p.eta,
    follow: p.curv === 'iterate',
    plainGd: p.show.includes('gd'),
    knownFieldKey,
    fieldResolution: FIELD_RES,
    tildeResolution: TILDE_RES,
  };
}
