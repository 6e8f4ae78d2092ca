/**
 * Every sentence the Newton and Damping panels show is a claim that holds for the state on screen:
 * a seeded sweep over all five built-in problems, random starts in each problem's box, η from 0 to
 * 10³, every analysed method and several iterates, checking each claim of both captions, the
 * eigenvalue view's legend and note and its regime labels with the independent verifiers of
 * src/core/newton/claimVerifiers.ts — and that no run, and no descent step on which the loss went
 * up, goes unmentioned.
 */
import { describe, expect, it } from 'vitest';
import { claim, verifyClaims, type Claim } from '../../core/claims/claim';
import { computeOpt2d, type Opt2dRequest } from '../../core/newton/compute';
import { OPT2D_VERIFIERS, type Opt2dClaimState } from '../../core/newton/claimVerifiers';
import { factorLegendClaim, factorNoteClaim, regimeClaims } from '../../core/newton/dampingClaims';
import { LOGISTIC_DAMPED_TWO_CYCLE_ETA } from '../../core/newton/logistic1d';
import { cobwebLegendClaims } from '../../core/newton/logisticClaims';
import { fieldKey } from '../../core/field/field';
import { getObjective } from '../../core/objectives';
import { randomPoints } from '../../core/testing';
import {
  METHOD_IDS,
  PROBLEM_IDS,
  type MethodId,
  type ProblemId,
  type Vec2,
} from '../../core/types';
import { dampingClaims } from '../damping/caption';
import { newtonClaims } from '../newton/caption';
import { DEFAULT_LR } from './opt2dParams';

const ETAS = [
  0,
  1e-4,
  1e-3,
  1e-2,
  0.05,
  0.99 * LOGISTIC_DAMPED_TWO_CYCLE_ETA,
  1.01 * LOGISTIC_DAMPED_TWO_CYCLE_ETA,
  0.3,
  1,
  10,
  100,
  1e3,
];
const STEPS = 60;

interface SweepState extends Opt2dClaimState {
  show: readonly MethodId[];
  problem: ProblemId;
}

/** The result the panels would show for this state (the contour field is not needed here). */
function stateAt(
  problem: ProblemId,
  x0: Vec2,
  eta: number,
  focus: MethodId,
  k: number,
): SweepState {
  const obj = getObjective(problem, { kappa: 10 });
  const base = {
    problem,
    kappa: 10,
    f: '',
    range: null,
    x0,
    lr: DEFAULT_LR[problem],
    eta,
    steps: STEPS,
    methods: METHOD_IDS,
    focus,
    k,
    fieldResolution: 8,
  };
  // The contour field is not needed: naming it as known skips it.
  const req: Opt2dRequest = { ...base, knownFieldKey: fieldKey(base) };
  const out = computeOpt2d(req);
  return { obj, x0, eta, steps: STEPS, out, show: METHOD_IDS, problem };
}

/** Everything both panels say about the state. */
function allClaims(s: SweepState): Claim[] {
  const p = { show: s.show, problem: s.problem, x0: s.x0, eta: s.eta };
  const nus = s.out.focus.hessEigenvalues;
  return [
    ...newtonClaims(s.out, p),
    ...dampingClaims(s.out, p),
    factorLegendClaim(nus, s.eta),
    factorNoteClaim(nus, s.eta),
    ...regimeClaims(nus, s.eta),
    ...(s.problem === 'logistic' ? cobwebLegendClaims(s.eta) : []),
  ];
}

/** Steps where, recomputed from the objective, a clear descent step clearly raised the loss. */
function clearDescentLossUps(s: SweepState, m: MethodId): number[] {
  const r = s.out.runs.find((x) => x.method === m)!;
  const out: number[] = [];
  for (let k = 1; k <= r.steps; k++) {
    const a: Vec2 = [r.iterates[2 * k - 2], r.iterates[2 * k - 1]];
    const b: Vec2 = [r.iterates[2 * k], r.iterates[2 * k + 1]];
    const g = s.obj.grad(a);
    const d: Vec2 = [b[0] - a[0], b[1] - a[1]];
    const cos = (g[0] * d[0] + g[1] * d[1]) / (Math.hypot(...g) * Math.hypot(...d));
    const ja = s.obj.value(a);
    const jb = s.obj.value(b);
    if (cos < -1e-8 && jb - ja > 1e-9 * Math.max(Math.abs(ja), Math.abs(jb))) out.push(k);
  }
  return out;
}

function sweep(): SweepState[] {
  const states: SweepState[] = [];
  PROBLEM_IDS.forEach((problem, pi) => {
    const obj = getObjective(problem, { kappa: 10 });
    const starts: Vec2[] = [obj.start, ...randomPoints(obj, 3, 1000 + pi)];
    starts.forEach((x0, si) =>
      ETAS.forEach((eta, ei) => {
        // Every analysed method over the sweep, and iterates 0, 3 and a late one.
        const focus = METHOD_IDS[(si + ei) % METHOD_IDS.length];
        for (const k of [0, 3, 40]) states.push(stateAt(problem, x0, eta, focus, k));
      }),
    );
  });
  return states;
}

describe('the Newton and Damping panels only say what is true (property sweep)', () => {
  const states = sweep();

  it('covers every problem, a cycling run, descent steps that raised J and an indefinite H', () => {
    expect(states.length).toBe(PROBLEM_IDS.length * 4 * ETAS.length * 3);
    const runs = states.flatMap((s) => s.out.runs);
    for (const status of ['converged', 'diverged', 'max-steps', 'cycling'])
      expect(runs.some((r) => r.status === status)).toBe(true);
    const kinds = new Set(states.flatMap((s) => allClaims(s).map((c) => c.kind)));
    for (const k of Object.keys(OPT2D_VERIFIERS)) expect(kinds).toContain(k);
    expect(
      states.some((s) => s.eta > 0 && s.out.focus.hessEigenvalues[0] < 0 && s.out.damping.current),
    ).toBe(true);
  });

  it('every claim holds at its state', () => {
    const failures = states.flatMap((s) =>
      verifyClaims(allClaims(s), s, OPT2D_VERIFIERS).map(
        (f) => `${s.problem} x0=(${s.x0.join(', ')}) η=${s.eta} k=${s.out.focus.k}: ${f}`,
      ),
    );
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('no shown run and no descent step that raised the loss goes unmentioned', () => {
    const omissions = states.flatMap((s) => unmentioned(newtonClaims(s.out, { show: s.show }), s));
    expect(omissions.slice(0, 10)).toEqual([]);
  });
});

/** What a caption must say and does not: each shown run's status, each descent step that raised J. */
function unmentioned(claims: readonly Claim[], s: SweepState): string[] {
  const out: string[] = [];
  for (const m of s.show) {
    const about = claims.filter((c) => c.data.method === m);
    if (about.filter((c) => c.kind === 'run-status').length !== 1) out.push(`${m}: no status`);
    const said = (about.find((c) => c.kind === 'descent-loss-up')?.data.steps ?? []) as number[];
    for (const k of clearDescentLossUps(s, m))
      if (!said.includes(k)) out.push(`${m}: descent step ${k} raised J, unmentioned`);
  }
  return out;
}

describe('the old wording is rejected at the issue’s states', () => {
  it('saddle at (0, 0.3), η = 1: the bound ‖Δw‖ ≤ ‖∇J‖/η and “never above 1/η” are false', () => {
    const s = stateAt('saddle', [0, 0.3], 1, 'damped-newton', 0);
    const { w, k, hessEigenvalues: nus, grad } = s.out.focus;
    const step = s.out.damping.current!;
    expect(nus[0]).toBeCloseTo(-0.73, 12);
    const stepNorm = Math.hypot(...step);
    const bound = Math.hypot(...grad) / 1;
    expect([stepNorm, bound].map((v) => v.toFixed(3))).toEqual(['1.011', '0.273']);
    // What the old caption, legend and note asserted regardless of the sign of ν₁.
    const old = [
      claim(
        'damped-bound',
        'With η = 1, H + ηI is positive definite at the analysed iterate, so the damped step is a descent direction no longer than ‖∇J‖/η.',
        { eta: 1, k, w, nuMin: nus[0], stepNorm, bound, psd: true },
      ),
      claim('factor-legend', '1/(ν+η) (damped; never above 1/η)', {
        eta: 1,
        nuMin: nus[0],
        relation: 'capped',
      }),
      claim('factor-note', 'both 1/(ν+η) are positive and at most 1/η.', {
        eta: 1,
        nuMin: nus[0],
        relation: 'capped',
      }),
    ];
    const failures = verifyClaims(old, s, OPT2D_VERIFIERS);
    expect(failures).toHaveLength(3);
    expect(failures[0]).toMatch(/ν₁ = -0\.73\d* < 0/);
    // The new wording at the same state passes and says what holds instead.
    const now = allClaims(s);
    expect(verifyClaims(now, s, OPT2D_VERIFIERS)).toEqual([]);
    const text = now.map((c) => c.text).join(' ');
    expect(text).toContain('1/(ν₁+η) = 3.704 exceeds 1/η = 1');
    expect(text).toContain('this step is 1.011 long, more than ‖∇J‖/η = 0.273');
    expect(text).not.toMatch(/at most 1\/η|never above/);
  });

  it('logistic from (2.3, 0.5), η = 0.01: “has not converged” hides a cycle and loss rises', () => {
    const s = stateAt('logistic', [2.3, 0.5], 0.01, 'damped-newton', 0);
    const show: MethodId[] = ['newton', 'damped-newton'];
    const shown = { ...s, show };
    const run = s.out.runs.find((r) => r.method === 'damped-newton')!;
    expect(run.status).toBe('cycling');
    expect(run.iterates[120]).toBeCloseTo(13.35, 2);
    expect(Math.abs(run.iterates[121])).toBeLessThan(1e-100);
    // The old caption: the run sentence, and the damped step called a descent direction.
    const old = [
      claim('run-status', 'Damped Newton has not converged after 60 steps.', {
        method: 'damped-newton',
        status: 'max-steps',
        steps: 60,
      }),
      claim('run-status', 'Newton diverged at step 4: the iterates blew up.', {
        method: 'newton',
        status: 'diverged',
        steps: 4,
      }),
    ];
    const failures = [...verifyClaims(old, shown, OPT2D_VERIFIERS), ...unmentioned(old, shown)];
    expect(failures[0]).toMatch(/false claim \(run-status\).*period 2: it is cycling/);
    // Newton's four steps and 31 of the damped run's 60 were descent directions that raised J.
    expect(failures.slice(1)).toHaveLength(4 + 31);
    expect(failures).toContain('newton: descent step 1 raised J, unmentioned');
    expect(failures).toContain('damped-newton: descent step 59 raised J, unmentioned');
    // The new caption passes both checks and explains the cycle.
    const now = dampingClaims(s.out, { show, problem: 'logistic', x0: [2.3, 0.5], eta: 0.01 });
    expect([...verifyClaims(now, shown, OPT2D_VERIFIERS), ...unmentioned(now, shown)]).toEqual([]);
    const text = now.map((c) => c.text).join(' ');
    expect(text).toContain('Damped Newton is cycling');
    expect(text).toContain(
      'Damped Newton: a descent direction, yet the loss went up at steps 2, 3, 4, 5 and 27 more (31 of its 60).',
    );
    expect(text).toContain('x₁⁽⁰⁾ = 2.3 lies between them');
    expect(text).toContain('For η = 0.01 < η* = 0.08695');
  });
});
