/**
 * The claims the Newton and Damping captions make about their runs and about the Taylor model at
 * the analysed iterate (src/core/claims/claim.ts). Each sentence is built here from a predicate on
 * the computed result; claimVerifiers.ts re-checks every kind independently.
 */
import { claim, type Claim } from '../claims/claim';
import { listWords, plainNum, sup } from '../claims/format';
import { CYCLE_RTOL } from './cycling';
import type { Opt2dResult } from './compute';
import { descentLossUpSteps } from './runFacts';
import type { MethodId, Run2 } from '../types';

export type EndKind = 'min' | 'saddle' | 'max' | 'degenerate' | null;
/** What the panel calls a method (the PD variant's name depends on the problem). */
export type MethodName = (m: MethodId) => string;

const KIND_WORD: Record<Exclude<EndKind, null>, string> = {
  min: 'a minimum',
  saddle: 'a saddle point',
  max: 'a maximum',
  degenerate: 'a degenerate stationary point',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One sentence true to the run's status (never "converged" beside a diverging run). */
export function runStatusClaim(run: Run2, end: EndKind, name: string): Claim {
  const data = { method: run.method, status: run.status, steps: run.steps };
  switch (run.status) {
    case 'converged': {
      const where = end ? KIND_WORD[end] : 'a stationary point';
      const warn =
        end === 'saddle' || end === 'max' ? ' — a stationary point, but not a minimum' : '';
      return claim(
        'run-status',
        `${name} converged to ${where} in ${plural(run.steps, 'step')}${warn}.`,
        { ...data, end: end ?? 'unknown' },
      );
    }
    case 'diverged': {
      const at = run.divergedAt ?? run.steps;
      const why =
        run.reason && /singular/.test(run.reason) ? ` (${run.reason})` : ': the iterates blew up';
      return claim('run-status', `${name} diverged at step ${at}${why}.`, {
        ...data,
        divergedAt: at,
        singular: /singular/.test(run.reason ?? ''),
      });
    }
    case 'cycling': {
      const c = run.cycle!;
      const p = String(c.period);
      return claim(
        'run-status',
        `${name} is cycling: for its last ${c.window} steps w${sup(`(k+${p})`)} ≈ w${sup('(k)')} ` +
          `(within ${Math.round(CYCLE_RTOL * 100)}% of a step length), so it has not converged in ${run.steps} steps.`,
        { ...data, period: c.period, window: c.window },
      );
    }
    case 'max-steps':
      return claim('run-status', `${name} has not converged after ${run.steps} steps.`, data);
  }
}

/** "… a descent direction, yet the loss went up at step k" for the steps where that happened. */
export function descentLossUpClaim(run: Run2, name: string): Claim | null {
  const steps = descentLossUpSteps(run);
  if (steps.length === 0) return null;
  const where =
    steps.length === 1
      ? `step ${steps[0]}`
      : `steps ${listWords(steps)}${steps.length > 4 ? ` (${steps.length} of its ${run.steps})` : ''}`;
  return claim(
    'descent-loss-up',
    `${name}: a descent direction, yet the loss went up at ${where}.`,
    {
      method: run.method,
      steps,
    },
  );
}

/** Status and loss claims for every shown run, in the runs' order. */
export function runsClaims(
  out: Opt2dResult,
  shown: readonly MethodId[],
  name: MethodName,
): Claim[] {
  return out.runs.flatMap((r, i) => {
    if (!shown.includes(r.method)) return [];
    const up = descentLossUpClaim(r, name(r.method));
    return up
      ? [runStatusClaim(r, out.endKinds[i], name(r.method)), up]
      : [runStatusClaim(r, out.endKinds[i], name(r.method))];
  });
}

/** What the Taylor model is at the analysed iterate. */
export function taylorClaim(out: Opt2dResult): Claim {
  const { k, w, method, hessEigenvalues: nu } = out.focus;
  const t = out.taylor;
  const data = { k, w, kind: t.kind };
  if (t.kind === 'bounded') {
    const lands =
      method === 'newton' ? 'the next Newton iterate' : 'where an undamped Newton step lands';
    return claim(
      'taylor-model',
      `At iterate ${k} the Taylor model is a bowl (H ≻ 0); its minimizer ★ is ${lands}.`,
      { ...data, minimizer: t.minimizer ?? [NaN, NaN] },
    );
  }
  if (t.kind === 'unbounded')
    return claim(
      'taylor-model',
      `At iterate ${k} H has a negative eigenvalue (ν₁ = ${plainNum(nu[0])}), so the Taylor model is unbounded below: Newton's step goes to its stationary point, which need not be downhill.`,
      { ...data, nu: nu[0] },
    );
  return claim(
    'taylor-model',
    `At iterate ${k} H is singular, so the Taylor model has no unique minimizer.`,
    data,
  );
}

/** Which PD matrix the PD variant uses, and that |H| goes beyond the lecture. */
export function pdCurvatureClaim(out: Opt2dResult): Claim {
  return out.pdCurvature === 'gauss-newton'
    ? claim(
        'pd-curvature',
        'The PD variant uses the Gauss-Newton matrix G of this sum of squares, as the lecture suggests (C = G).',
        { curvature: 'gauss-newton' },
      )
    : claim(
        'pd-curvature',
        'This problem has no Gauss-Newton matrix, so the PD variant is saddle-free Newton (C = |H|, Dauphin et al., 2014): beyond the lecture, which replaces H by G or F.',
        { curvature: 'abs-hessian' },
      );
}
