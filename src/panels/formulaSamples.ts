/**
 * Formulas the panels compose at run time from live numbers, written out once with sample numbers
 * so the build can typeset their shapes (src/components/formulaShapes.ts): on the page their
 * numbers are filled in without downloading KaTeX. Formulas that are string literals in the
 * source need no entry when inline: the build finds those itself. A formula missing here still
 * renders — KaTeX is then downloaded for it.
 */
import type { FocusInfo } from '../core/newton/compute';
import { METHOD_IDS } from '../core/types';
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

/** The display formulas (the string literals the build finds are taken as inline ones). */
export function formulaSamples(): { tex: string; display: boolean }[] {
  return [...Object.values(RULE_TEX), ...liveRules()].map((tex) => ({ tex, display: true }));
}
