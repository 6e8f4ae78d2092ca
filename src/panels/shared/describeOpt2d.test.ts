import { describe, expect, it } from 'vitest';
import { verifyClaims, type Claim, type Verifier } from '../../core/claims/claim';
import { computeOpt2d, type Opt2dRequest } from '../../core/newton/compute';
import { slideRequest } from '../../core/newton/testing';
import { getObjective } from '../../core/objectives';
import { fdJacobian, mulberry32, randomPoints } from '../../core/testing';
import type { MethodId, Objective2, ProblemId, Vec2 } from '../../core/types';
import { describeOpt2d } from './describeOpt2d';

interface State {
  obj: Objective2;
  req: Opt2dRequest;
  out: ReturnType<typeof computeOpt2d>;
}

const at = (its: Float64Array, k: number): Vec2 => [its[2 * k], its[2 * k + 1]];
const norm = (v: readonly number[]) => Math.hypot(...v);

/** The run a claim names, found by its label in the claim's data. */
function runOf(c: Claim, s: State) {
  const labels: Record<MethodId, string> = {
    gd: 'Gradient descent',
    newton: 'Newton',
    'damped-newton': 'Damped Newton',
    'pd-newton': 'PD-curvature Newton',
  };
  return s.out.runs.find((r) => labels[r.method] === c.data.name);
}

/**
 * Independent checks, from the objective and the stored iterates (not from the runs' status
 * fields): a "converged" run stopped where the gradient or the step vanished, a "diverged" one
 * blew up or stopped short, the end kind matches the signs of a finite-difference Hessian.
 */
const VERIFIERS: Record<string, Verifier<State>> = {
  'figure-objective': (c, s) =>
    c.text.includes(s.obj.label) ? null : `objective ${s.obj.label} not named`,
  'figure-start': (c, s) =>
    c.data.x === s.req.x0[0] && c.data.y === s.req.x0[1] ? null : 'not the start point',
  'figure-k': (c, s) => (c.data.k === s.req.k ? null : 'not the k drawn'),
  'run-outcome': (c, s) => {
    const r = runOf(c, s);
    if (!r) return `no run named ${String(c.data.name)}`;
    const n = r.iterates.length / 2 - 1;
    if (c.data.last !== n) return `last iterate ${String(c.data.last)} ≠ ${n}`;
    const steps = String(c.data.steps);
    if (!c.text.includes(`${steps} step`) && !c.text.includes(`step ${steps}`))
      return 'step count not in the sentence';
    const w = at(r.iterates, n);
    const cyc = /is cycling with period (\d+)/.exec(c.text);
    if (cyc) {
      // Independent of the core's detector: w⁽ⁿ⁾ is back (to 5 % of a step) where it was p ago.
      const p = Number(cyc[1]);
      if (n < 2 * p) return `too few iterates for period ${p}`;
      const back = at(r.iterates, n - p);
      const prev = at(r.iterates, n - 1);
      const d = norm([w[0] - back[0], w[1] - back[1]]);
      return d <= 0.05 * norm([w[0] - prev[0], w[1] - prev[1]]) ? null : `w⁽ⁿ⁾ ≠ w⁽ⁿ⁻${p}⁾`;
    }
    if (/has not converged after/.test(c.text))
      return n === s.req.steps && c.data.steps === n ? null : `${n} ≠ ${s.req.steps} steps`;
    if (/ converged/.test(c.text)) {
      if (c.data.steps !== n) return `converged in ${String(c.data.steps)} but ${n} iterates`;
      const g = norm(s.obj.grad(w));
      const step = n > 0 ? norm([w[0] - r.iterates[2 * n - 2], w[1] - r.iterates[2 * n - 1]]) : 0;
      if (!(g < 1e-6 || (n > 0 && step < 1e-9 * (1 + norm(w)))))
        return `‖∇J‖ = ${g} at the end: not converged`;
      const H = fdJacobian((v) => s.obj.grad(v), w, 1e-5);
      const det = H[0] * H[3] - H[1] * H[2];
      const tr = H[0] + H[3];
      if (c.text.includes('to a minimum') && !(det > 0 && tr > 0)) return 'not a minimum';
      if (c.text.includes('to a saddle point') && !(det < 0)) return 'not a saddle';
      return null;
    }
    if (/ diverged at step/.test(c.text)) {
      const far = norm(w) > 1e6;
      return far || n < s.req.steps ? null : 'neither blew up nor stopped short';
    }
    return 'unknown outcome';
  },
};

const PROBLEMS: ProblemId[] = ['logistic', 'rosenbrock', 'himmelblau', 'saddle', 'quadratic'];
const METHODS: MethodId[] = ['gd', 'newton', 'damped-newton', 'pd-newton'];

describe('describeOpt2d', () => {
  it('every sentence of the description holds, over many states', () => {
    const rand = mulberry32(17);
    let checked = 0;
    const outcomes = new Set<string>();
    for (const problem of PROBLEMS) {
      const obj = getObjective(problem, { kappa: 10 });
      for (const x0 of randomPoints(obj, 6, 3)) {
        const req: Opt2dRequest = {
          problem,
          kappa: 10,
          x0,
          lr: [0.01, 0.1, 1][Math.floor(rand() * 3)],
          eta: [0, 0.1, 1, 10][Math.floor(rand() * 4)],
          steps: 40,
          methods: METHODS,
          focus: 'newton',
          k: Math.floor(rand() * 10),
          knownFieldKey: null,
          fieldResolution: 8,
        };
        const out = computeOpt2d(req);
        const show = METHODS.filter(() => rand() < 0.7);
        const d = describeOpt2d(out, {
          objective: obj.label,
          domain: obj.domain,
          show,
          k: req.k,
          eta: req.eta,
        });
        expect(verifyClaims(d.claims, { obj, req, out }, VERIFIERS)).toEqual([]);
        // One outcome sentence per shown method, and the table has a row per stored iterate.
        const shownRuns = out.runs.filter((r) => show.includes(r.method));
        expect(d.claims.filter((c) => c.kind === 'run-outcome')).toHaveLength(shownRuns.length);
        const rows = shownRuns.reduce((a, r) => a + r.iterates.length / 2, 0);
        expect(d.table?.rows()).toHaveLength(rows);
        for (const r of shownRuns) outcomes.add(r.status);
        checked++;
      }
    }
    expect(checked).toBe(30);
    // The sweep reaches every outcome, so each branch of the sentence is checked.
    expect([...outcomes]).toEqual(expect.arrayContaining(['converged', 'diverged', 'max-steps']));
  });

  it('states the slide: undamped Newton diverges from (2.3, 0.5) on the logistic problem', () => {
    const obj = getObjective('logistic');
    const req = slideRequest({ focus: 'newton' });
    const out = computeOpt2d(req);
    const d = describeOpt2d(out, {
      objective: obj.label,
      domain: obj.domain,
      show: ['newton', 'damped-newton'],
      k: 0,
      eta: 1,
    });
    expect(d.description).toMatch(/^Contour plot of J = /);
    expect(d.description).toContain('start at w⁽⁰⁾ = (2.3, 0.5)');
    expect(d.description).toMatch(/Newton diverged at step \d+/);
    expect(d.description).toMatch(/Damped Newton converged to a minimum in \d+ steps/);
    expect(d.description).toContain('(damping η = 1)');
  });

  it('says damped Newton cycles below η* from (2.3, 0.5), and tells no ending in predict mode', () => {
    const obj = getObjective('logistic');
    const req = slideRequest({ eta: 0.01, methods: ['damped-newton'] });
    const out = computeOpt2d(req);
    const view = {
      objective: obj.label,
      domain: obj.domain,
      show: ['damped-newton'],
      k: 0,
      eta: 0.01,
    };
    const d = describeOpt2d(out, view);
    expect(d.description).toMatch(/Damped Newton is cycling with period 2 after 60 steps/);
    expect(verifyClaims(d.claims, { obj, req, out }, VERIFIERS)).toEqual([]);
    const hidden = describeOpt2d(out, { ...view, outcomesHidden: true });
    expect(hidden.claims.some((c) => c.kind === 'run-outcome')).toBe(false);
    expect(hidden.description).not.toMatch(/cycling|converged|diverged/);
  });
});
