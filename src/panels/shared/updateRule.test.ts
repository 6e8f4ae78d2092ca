import katex from 'katex';
import { describe, expect, it } from 'vitest';
import type { FocusInfo } from '../../core/newton/compute';
import { METHOD_IDS } from '../../core/types';
import { liveRuleTex, RULE_TEX } from './updateRule';

const focus = (method: FocusInfo['method'], step: FocusInfo['step']): FocusInfo =>
  ({
    method,
    k: 2,
    w: [2.3, 0.5],
    grad: [0.8178, 0.2449],
    hess: [0.1656, 0, 0, 0.47],
    curvature: [0.1656, 0, 0, 0.47],
    step,
  }) as Partial<FocusInfo> as FocusInfo;

describe('update rules typeset', () => {
  it('every method’s symbolic and live rule is valid TeX, the live one on two aligned lines', () => {
    for (const m of METHOD_IDS) {
      expect(() => katex.renderToString(RULE_TEX[m], { throwOnError: true })).not.toThrow();
      for (const step of [[-3.078, -0.4297] as const, null]) {
        const tex = liveRuleTex(focus(m, step), 0.1, 0.1);
        expect(tex.startsWith('\\begin{aligned}w^{(3)} &=')).toBe(true);
        expect(tex).toContain('\\\\ &=');
        expect(() =>
          katex.renderToString(tex, { displayMode: true, throwOnError: true }),
        ).not.toThrow();
      }
    }
  });
});
