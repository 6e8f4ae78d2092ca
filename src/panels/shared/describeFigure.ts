/**
 * Text alternatives of the panels' main figures (FigureText): each panel's `describe…` builds the
 * description as claims from the state shown — the problem, the start, each run's outcome with
 * its step count (the facts the legend's status chips state) — and the data as a table. This
 * module holds the parts they share; property tests check the claims (describeFigure.test.ts).
 */
import { claim, claimText, type Claim } from '../../core/claims/claim';
import type { Run2 } from '../../core/types';
import type { FigureTable } from '../../components/FigureText';
import { plainNum } from './texNumbers';

export interface FigureDescription {
  name: string;
  claims: Claim[];
  description: string;
  table: FigureTable | null;
}

/** A run of an optimizer as the figures draw it (Run2 without its method id). */
export type Trace = Omit<Run2, 'method'>;
export type EndKind = 'min' | 'saddle' | 'max' | 'degenerate' | null;

const KIND_WORD: Record<Exclude<EndKind, null>, string> = {
  min: 'a minimum',
  saddle: 'a saddle point',
  max: 'a maximum',
  degenerate: 'a degenerate stationary point',
};

export const pt = (x: number, y: number) => `(${plainNum(x)}, ${plainNum(y)})`;

/** Index of the last stored iterate. */
export const lastIndex = (t: Trace) => t.iterates.length / 2 - 1;

/** The step count a status states: steps taken, or the step at which the run diverged. */
export const statedSteps = (t: Trace) =>
  t.status === 'diverged' ? (t.divergedAt ?? t.steps) : t.steps;

/** One run's outcome and step count, and where its last stored iterate is. */
export function traceClaim(name: string, t: Trace, end: EndKind = null): Claim {
  const n = lastIndex(t);
  const s = statedSteps(t);
  const plural = s === 1 ? '' : 's';
  const notMin = end === 'saddle' || end === 'max' ? ', a stationary point but not a minimum' : '';
  const outcome =
    t.status === 'converged'
      ? `${name} converged${end ? ` to ${KIND_WORD[end]}` : ''} in ${s} step${plural}${notMin}.`
      : t.status === 'cycling' && t.cycle
        ? `${name} is cycling with period ${t.cycle.period} after ${s} step${plural}: it has not converged.`
        : t.status === 'diverged'
          ? `${name} diverged at step ${s}${t.reason && /singular/.test(t.reason) ? ` (${t.reason})` : ''}.`
          : `${name} has not converged after ${s} step${plural}.`;
  const at = pt(t.iterates[2 * n], t.iterates[2 * n + 1]);
  return claim(
    'run-outcome',
    `${outcome} Its last iterate shown is w⁽${n}⁾ = ${at}, J = ${plainNum(t.loss[n])}.`,
    { name, status: t.status, steps: s, end: end ?? 'none', last: n },
  );
}

/** Where the runs start. */
export function startClaim(t: Trace): Claim {
  return claim(
    'figure-start',
    `The runs start at w⁽⁰⁾ = ${pt(t.iterates[0], t.iterates[1])}, J = ${plainNum(t.loss[0])}.`,
    { x: t.iterates[0], y: t.iterates[1] },
  );
}

/** The trajectories, one row per stored iterate of each run. */
export function traceTable(
  traces: readonly { name: string; t: Trace }[],
  caption = 'Trajectories: one row per iterate of each method shown',
): FigureTable {
  return {
    caption,
    columns: ['method', 'k', 'w₁', 'w₂', 'J(w)'],
    rows: () =>
      traces.flatMap(({ name, t }) =>
        Array.from({ length: lastIndex(t) + 1 }, (_, k) => [
          name,
          k,
          plainNum(t.iterates[2 * k]),
          plainNum(t.iterates[2 * k + 1]),
          plainNum(t.loss[k]),
        ]),
      ),
  };
}

/** The view box of a 2-D plot in words. */
export const domainText = ([dx, dy]: readonly (readonly number[])[]) =>
  `w₁ from ${plainNum(dx[0])} to ${plainNum(dx[1])} and w₂ from ${plainNum(dy[0])} to ${plainNum(dy[1])}`;

export function describe(
  name: string,
  claims: Claim[],
  table: FigureTable | null,
): FigureDescription {
  return { name, claims, description: claimText(claims), table };
}
