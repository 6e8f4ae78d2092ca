import { describe, expect, it } from 'vitest';
import { claim, verifyClaims } from '../claims/claim';
import { runMethod } from '../newton/methods';
import { getObjective } from '../objectives';
import { mulberry32, randomPoints } from '../testing';
import { METHOD_IDS, PROBLEM_IDS, type Vec2 } from '../types';
import { convergeClaim, offByClaim, pointText, short } from './claims';
import { answerIsRight, predictionError, stepAt } from './predict';
import { PREDICT_VERIFIERS, type PredictState } from './verify';

const flat = (pts: number[][]) => Float64Array.from(pts.flat());

describe('stepAt', () => {
  const it3 = flat([
    [0, 0],
    [1, 2],
    [4, 6],
  ]);
  it('gives iterate k and k + 1', () => {
    expect(stepAt(it3, 1)).toEqual({ k: 1, from: [1, 2], to: [4, 6] });
  });
  it('has no next iterate at the end of the run, and clamps k to it', () => {
    expect(stepAt(it3, 2)).toEqual({ k: 2, from: [4, 6], to: null });
    expect(stepAt(it3, 9)).toEqual({ k: 2, from: [4, 6], to: null });
  });
  it('has no next iterate when it is not finite', () => {
    expect(
      stepAt(
        flat([
          [1, 1],
          [NaN, 3],
        ]),
        0,
      ).to,
    ).toBeNull();
    expect(
      stepAt(
        flat([
          [1, 1],
          [Infinity, 3],
        ]),
        0,
      ).to,
    ).toBeNull();
  });
});

describe('predictionError', () => {
  it('is the distance to the true iterate, in w and per step length (closed form)', () => {
    // Step (1, 1) → (4, 5) has length 5; the guess is (6, 8) away from (4, 5): distance 10.
    const e = predictionError([-2, 13], { from: [1, 1], to: [4, 5] });
    expect(e.distance).toBe(10);
    expect(e.stepLength).toBe(5);
    expect(e.inSteps).toBe(2);
  });
  it('is 0 for an exact prediction; the ratio is undefined for a zero step', () => {
    expect(predictionError([4, 5], { from: [1, 1], to: [4, 5] }).distance).toBe(0);
    expect(predictionError([0, 1], { from: [2, 2], to: [2, 2] }).inSteps).toBeNull();
  });
});

describe('answerIsRight', () => {
  it('is right when yes meets convergence and no meets divergence; open when undecided', () => {
    expect(answerIsRight('yes', { status: 'converged', steps: 5 })).toBe(true);
    expect(answerIsRight('no', { status: 'converged', steps: 5 })).toBe(false);
    expect(answerIsRight('no', { status: 'diverged', steps: 4, divergedAt: 4 })).toBe(true);
    expect(answerIsRight('yes', { status: 'diverged', steps: 4, divergedAt: 4 })).toBe(false);
    expect(answerIsRight('yes', { status: 'max-steps', steps: 50 })).toBeNull();
  });
});

describe('short', () => {
  it('writes 2 significant digits, scientific form outside [1e-3, 1e5)', () => {
    expect(short(0.4249)).toBe('0.42');
    expect(short(12.6)).toBe('13');
    expect(short(3.2e7)).toBe('3.2e+7');
    expect(short(0)).toBe('0');
  });
});

describe('pointText', () => {
  it('writes 4 significant digits, scientific form for a blown-up or vanishing coordinate', () => {
    expect(pointText([2.3, -0.02113])).toBe('(2.3, -0.02113)');
    expect(pointText([1.0712e14, 0])).toBe('(1.07e+14, 0)');
    expect(pointText([-1.11e-15, 1])).toBe('(-1.11e-15, 1)');
  });
});

describe('the damping slide, predicted', () => {
  const J = getObjective('logistic');
  const opts = { lr: 1, eta: 0, maxSteps: 60 };
  it('undamped Newton from (2.3, 0.5) diverges: "no" is right, "yes" is not', () => {
    const run = runMethod(J, 'newton', [2.3, 0.5], opts);
    expect(convergeClaim('no', run, 'undamped Newton').text).toMatch(
      /^You said no\. Right: undamped Newton diverged at step \d+\.$/,
    );
    expect(convergeClaim('yes', run, 'undamped Newton').text).toMatch(/Not this time: .*diverged/);
  });
  it('from (2.0, 0.5) it converges: "yes" is right', () => {
    const run = runMethod(J, 'newton', [2.0, 0.5], opts);
    expect(convergeClaim('yes', run, 'undamped Newton').text).toMatch(
      /Right: undamped Newton converged in \d+ steps\./,
    );
  });
});

/** Runs of every method on every problem from seeded starts, with a random k and prediction. */
function* sweep(): Generator<{ state: PredictState; run: ReturnType<typeof runMethod> }> {
  const rnd = mulberry32(7);
  for (const id of PROBLEM_IDS) {
    const J = getObjective(id);
    for (const x0 of [J.start, ...randomPoints(J, 6, 11)]) {
      for (const m of METHOD_IDS) {
        const run = runMethod(J, m, x0, { lr: 0.01, eta: rnd() < 0.5 ? 0 : 0.1, maxSteps: 30 });
        const k = Math.floor(rnd() * run.steps);
        const s = stepAt(run.iterates, k);
        // An exact hit, a near miss and a far one, in the view's scale.
        const spread = [0, 0.05, 3][Math.floor(rnd() * 3)];
        const base = s.to ?? s.from;
        const guess: Vec2 = [base[0] + spread * (rnd() - 0.5), base[1] + spread * (rnd() - 0.5)];
        yield { state: { iterates: run.iterates, k, guess, run }, run };
      }
    }
  }
}

describe('predict claims, checked by the independent verifiers', () => {
  it('every off-by and answer sentence over many runs is true', () => {
    let n = 0;
    for (const { state, run } of sweep()) {
      const s = stepAt(state.iterates, state.k);
      const claims = [];
      if (s.to) claims.push(offByClaim(state.guess!, { ...s, to: s.to }, 'w'));
      for (const answer of ['yes', 'no'] as const) {
        const c = convergeClaim(answer, run, 'the method');
        expect(verifyClaims([c], { ...state, answer }, PREDICT_VERIFIERS)).toEqual([]);
      }
      expect(verifyClaims(claims, state, PREDICT_VERIFIERS)).toEqual([]);
      n += claims.length;
    }
    expect(n).toBeGreaterThan(100);
  });

  it('the verifiers reject a wrong number or a wrong verdict', () => {
    const iterates = flat([
      [1, 1],
      [4, 5],
    ]);
    const state: PredictState = { iterates, k: 0, guess: [-2, 13] };
    const good = offByClaim([-2, 13], { k: 0, from: [1, 1], to: [4, 5] }, 'w');
    expect(good.text).toMatch(/^Off by 10 in w \(2 step lengths\)/);
    expect(verifyClaims([good], state, PREDICT_VERIFIERS)).toEqual([]);
    const bad = claim('predict-off-by', good.text.replace('10', '7'), good.data);
    expect(verifyClaims([bad], state, PREDICT_VERIFIERS)).toHaveLength(1);
    const run = { status: 'diverged', steps: 4, divergedAt: 4 } as const;
    const lie = claim('predict-converge', 'You said no. Right: it converged in 4 steps.', {});
    expect(verifyClaims([lie], { iterates, k: 0, answer: 'no', run }, PREDICT_VERIFIERS)).toEqual([
      expect.stringMatching(/diverged at step 4/),
    ]);
  });
});
