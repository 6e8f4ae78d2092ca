import { describe, expect, it } from 'vitest';
import { claim, verifyClaims } from '../../core/claims/claim';
import { computePst, type PrecondRun, type PstResult } from '../../core/pst';
import { parseParams } from '../../params/codec';
import { specList } from '../../params/spec';
import { plainNum } from '../shared/texNumbers';
import { gdClaims } from './gdClaims';
import { GD_VERIFIERS, type GdState } from './gdVerifiers';
import { PST_PARAMS, type PstParams } from './params';

const params = (q: string) => parseParams<PstParams>(specList(PST_PARAMS), q).params;
const state = (q: string): GdState => {
  const p = params(q);
  return { p, out: computePst({ ...p, gdSteps: p.steps }) };
};
const check = (s: GdState) => verifyClaims(gdClaims(s.out, s.p.lr), s, GD_VERIFIERS);

/** The caption as it was before issue #13, with its sentences as the claims they made. */
function oldWording(out: PstResult, lr: number) {
  const gd = out.gd!;
  const gap = (r: PrecondRun) => Math.max(0, r.loss[r.loss.length - 1] - gd.lossMin);
  const said = (run: 'diag' | 'full') => {
    const r = gd[run];
    const steps = r.loss.length - 1;
    // The old text: "reaches a loss gap of g after K steps" for every run that did not blow up
    // (the old status was 'max-steps' for a run whose loss grew without blowing up).
    return r.status === 'diverged' && r.divergence !== 'growth'
      ? claim('pst-gd-blew-up', `diverged at step ${r.divergedAt}`, {
          run,
          lr,
          at: r.divergedAt!,
          aboveBound: false,
        })
      : claim('pst-gd-reaches', `reaches a loss gap of ${plainNum(gap(r))} after ${steps} steps`, {
          run,
          lr,
          steps,
          gap0: NaN, // not stated
          gapEnd: gap(r),
        });
  };
  return [said('diag'), said('full')];
}

describe('the GD caption makes only true claims', () => {
  it('the issue’s state (S = 5000, α = 1): divergence and the stable bound are stated', () => {
    const s = state('samples=5000&lr=1');
    const claims = gdClaims(s.out, s.p.lr);
    const diag = claims.find((c) => c.text.startsWith('GD preconditioned by diag'))!;
    expect(diag.kind).toBe('pst-gd-diverges');
    expect(diag.text).toContain('diverges: α = 1 is above its bound 0.937');
    expect(diag.text).toMatch(/from 3\.763 to 1644 in 30 steps \(×3\.53\d over the last 5 steps\)/);
    expect(claims[0].text).toContain('0.937 for diag(Ĝ)⁻¹ and 2 for G⁻¹');
    expect(check(s)).toEqual([]);
    // The run's status says so too (it was 'max-steps'): the gap first exceeds its start at 6.
    expect(s.out.gd!.diag.status).toBe('diverged');
    expect(s.out.gd!.diag.divergence).toBe('growth');
  });

  it('the old wording fails the same verifiers at the issue’s state', () => {
    const s = state('samples=5000&lr=1');
    const failures = verifyClaims(oldWording(s.out, s.p.lr), s, GD_VERIFIERS);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/reaches a loss gap of 1644.*(above is true|the gap grew)/);
  });

  it('property: every claim holds over S, α, seeds, outputs and steps', () => {
    let count = 0;
    const kinds = new Set<string>();
    for (const output of ['gaussian', 'bernoulli']) {
      for (const samples of [10, 200, 5000]) {
        for (const lr of [0.003, 0.3, 0.9, 1, 1.9, 3]) {
          for (const seed of [1, 2, 3]) {
            const q = `output=${output}&samples=${samples}&lr=${lr}&seed=${seed}&steps=${seed === 2 ? 200 : 30}&eta=${seed === 3 ? 0.5 : 0.95}`;
            const s = state(q);
            const failures = check(s);
            expect(failures, q).toEqual([]);
            for (const c of gdClaims(s.out, s.p.lr)) kinds.add(c.kind);
            count++;
          }
        }
      }
    }
    expect(count).toBe(108);
    // The sweep reaches every kind of sentence except the singular preconditioner (below).
    for (const k of [
      'pst-gd-bound',
      'pst-gd-blew-up',
      'pst-gd-diverges',
      'pst-gd-converged',
      'pst-gd-reaches',
      'pst-gd-rising',
      'pst-gd-correlation',
      'pst-gd-zigzag',
    ]) {
      expect(kinds, k).toContain(k);
    }
  });

  it('a singular diagonal estimate and an unstable-but-not-yet-growing run are told apart', () => {
    const s = state('samples=5000&lr=1');
    const out = { ...s.out, samples: s.out.samples.map((v, i) => (i % 2 === 0 ? 0 : v)) };
    const gd = computePst({ ...s.p, gdSteps: s.p.steps }).gd!;
    const singular = {
      ...out,
      gd: {
        ...gd,
        diagCurvature: [0, 0, 0, gd.diagCurvature[3]] as const,
        diag: {
          ...gd.diag,
          status: 'diverged' as const,
          divergedAt: 0,
          divergence: 'singular' as const,
        },
        bounds: { ...gd.bounds, diag: null },
      },
    };
    const claims = gdClaims(singular, 1);
    expect(claims.map((c) => c.kind)).toContain('pst-gd-singular');
    expect(verifyClaims(claims, { p: s.p, out: singular }, GD_VERIFIERS)).toEqual([]);
    // α a little above the bound: the top component grows slowly, so after 3 steps the gap is
    // still below its start, yet the caption must not say "reaches".
    const slow = state('samples=5000&lr=0.95&steps=3');
    const kinds = gdClaims(slow.out, slow.p.lr).map((c) => c.kind);
    expect(kinds).toContain('pst-gd-unstable');
    expect(check(slow)).toEqual([]);
  });
});
