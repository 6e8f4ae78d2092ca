/**
 * Formulas the panels compose at run time from live numbers, written out once with sample numbers
 * so the build can typeset their shapes (src/components/formulaShapes.ts): on the page their
 * numbers are filled in without downloading KaTeX. Formulas that are string literals in the
 * source need no entry when inline: the build finds those itself. A formula missing here still
 * renders — KaTeX is then downloaded for it.
 */
import type { FocusInfo } from '../core/newton/compute';
import { getObjective } from '../core/objectives';
import { makeAngledQuadratic } from '../core/precond/angledQuadratic';
import { METHOD_IDS, PROBLEM_IDS } from '../core/types';
import { liveRuleTex, RULE_TEX } from './shared/updateRule';

const focus = (method: FocusInfo['method'], step: FocusInfo['step'], curvature: boolean) =>
  ({
    method,
    k: 2,
    w: [2.3, 0.5],
    grad: [0.8178, 0.2449],
    hess: [0.1656, 0, 0, 0.47],
    curvature: curvature ? [0.1656, 0, 0, 0.47] : null,
    step,
  }) as Partial<FocusInfo> as FocusInfo;

/** Newton's and Damping's live update rule, for every method, step defined or not. */
function liveRules(): string[] {
  const out: string[] = [];
  for (const m of METHOD_IDS)
    for (const step of [[-3.078, -0.4297] as const, null])
      for (const curvature of [true, false])
        out.push(liveRuleTex(focus(m, step, curvature), 0.1, 0.1));
  return out;
}

/**
 * Every built-in objective as its panel's header shows it (inline), composed from its parts with
 * sample numbers of each form a slider gives (an integer, a decimal; the angled quadratic's
 * rotation present or not). The parts alone are string literals the build finds; the whole is not.
 */
function objectives(): string[] {
  const out = new Set<string>();
  for (const kappa of [50, 2.5])
    for (const id of PROBLEM_IDS) out.add(getObjective(id, { kappa }).tex);
  for (const kappa of [50, 2.5])
    for (const angle of [0, 30, 45, 12.5]) out.add(makeAngledQuadratic(kappa, angle).tex);
  return [...out];
}

/** The formulas the panels compose (display ones, and the objectives in the panels' headers). */
export function formulaSamples(): { tex: string; display: boolean }[] {
  return [
    ...[...Object.values(RULE_TEX), ...liveRules()].map((tex) => ({ tex, display: true })),
    ...objectives().map((tex) => ({ tex, display: false })),
  ];
}
