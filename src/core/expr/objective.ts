/**
 * Turns a user expression into an Objective2 the optimizers can run on: compiled value, exact
 * AD gradient and Hessian, a view box fitted around the start point and a minimum found from
 * it, and an explanation for degenerate cases.
 */
import type { Domain2 } from '../field/domain';
import type { Mat2, Objective2, Vec2 } from '../types';
import { runMethod } from '../newton/methods';
import { usesVariables, type Expr } from './ast';
import { compilePoint } from './compile';
import { derivatives } from './autodiff';

export interface CustomSpec {
  expr: Expr;
  /** KaTeX of f, from the parser. */
  tex: string;
  start: Vec2;
  /** Manual view box; null to fit automatically. */
  range: Domain2 | null;
}

export interface CustomObjective extends Objective2 {
  /** Plain-language warnings about the function at the start point (constant, kink, flat). */
  warnings: string[];
}

export function objectiveFromExpr(spec: CustomSpec): CustomObjective {
  const f = compilePoint(spec.expr);
  const grad = (w: Vec2): Vec2 => {
    const j = derivatives(spec.expr, w[0], w[1]).jet;
    return [j[1], j[2]];
  };
  const hess = (w: Vec2): Mat2 => {
    const j = derivatives(spec.expr, w[0], w[1]).jet;
    return [j[3], j[4], j[4], j[5]];
  };
  const base = {
    id: 'custom' as const,
    label: 'Custom f(x, y)',
    tex: spec.tex,
    value: (w: Vec2) => f(w[0], w[1]),
    grad,
    hess,
    start: spec.start,
    stationary: [] as { w: Vec2; kind: 'min' | 'saddle' | 'max' }[],
    domain: spec.range ?? defaultBox(spec.start),
    logLevels: false,
    warnings: [] as string[],
  };
  const warnings = diagnose(spec, base);
  const min = findMinimum(base);
  const stationary = min ? [{ w: min, kind: 'min' as const }] : [];
  const domain = spec.range ?? fitBox(spec.start, min);
  return { ...base, stationary, domain, warnings };
}

function defaultBox(s: Vec2): Domain2 {
  return [
    [s[0] - 2, s[0] + 2],
    [s[1] - 2, s[1] + 2],
  ];
}

/** A square box around the start and the minimum with a 60% margin, at least ±1.5 wide. */
export function fitBox(start: Vec2, min: Vec2 | null): Domain2 {
  const pts = min ? [start, min] : [start];
  const cx = (Math.min(...pts.map((p) => p[0])) + Math.max(...pts.map((p) => p[0]))) / 2;
  const cy = (Math.min(...pts.map((p) => p[1])) + Math.max(...pts.map((p) => p[1]))) / 2;
  const span = Math.max(
    ...pts.map((p) => Math.abs(p[0] - cx)),
    ...pts.map((p) => Math.abs(p[1] - cy)),
  );
  const half = Math.max(1.5, span * 1.6);
  const r = (v: number) => Number(v.toPrecision(3));
  return [
    [r(cx - half), r(cx + half)],
    [r(cy - half), r(cy + half)],
  ];
}

/** A local minimum reachable from the start by a robust (PD, damped) Newton iteration. */
function findMinimum(obj: Objective2): Vec2 | null {
  try {
    const run = runMethod(obj, 'pd-newton', obj.start, {
      lr: 0.1,
      eta: 0,
      maxSteps: 200,
    });
    if (run.status !== 'converged') return null;
    const n = run.iterates.length / 2 - 1;
    const w: Vec2 = [run.iterates[2 * n], run.iterates[2 * n + 1]];
    const H = obj.hess(w);
    const det = H[0] * H[3] - H[1] * H[2];
    return H[0] > 0 && det > 0 && Math.hypot(w[0] - obj.start[0], w[1] - obj.start[1]) < 1e3
      ? w
      : null;
  } catch {
    return null;
  }
}

function diagnose(spec: CustomSpec, obj: Pick<Objective2, 'hess' | 'value'>): string[] {
  const out: string[] = [];
  if (!usesVariables(spec.expr)) {
    out.push('f does not depend on x or y: it is constant, so every method stays where it starts.');
    return out;
  }
  const d = derivatives(spec.expr, spec.start[0], spec.start[1]);
  if (d.kink) {
    out.push(
      'f is not differentiable at the start point (a kink of abs, sqrt, max or min): the derivatives there are one-sided choices.',
    );
  }
  if (!d.jet.every(Number.isFinite)) {
    out.push(
      'f or its derivatives are not finite at the start point: move the start point into the domain of f.',
    );
  }
  // Hessian singular at a spread of points: a sign that it is singular everywhere (e.g. linear f).
  let singular = 0;
  const probes = 9;
  for (let i = 0; i < probes; i++) {
    const w: Vec2 = [
      spec.start[0] + Math.cos(i) * (1 + i * 0.3),
      spec.start[1] + Math.sin(i * 1.7) * (1 + i * 0.2),
    ];
    const H = obj.hess(w);
    const scale = Math.abs(H[0]) + Math.abs(H[3]) + Math.abs(H[1]);
    if (Math.abs(H[0] * H[3] - H[1] * H[2]) <= 1e-12 * Math.max(scale * scale, 1e-300)) singular++;
  }
  if (singular === probes) {
    out.push(
      'The Hessian of f is singular everywhere we looked (f is linear or flat in some direction): Newton is undefined there; damping η > 0 makes (H + ηI) invertible.',
    );
  }
  return out;
}
