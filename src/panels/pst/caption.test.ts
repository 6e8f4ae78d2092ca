import { describe, expect, it } from 'vitest';
import { parseParams } from '../../params/codec';
import { specList } from '../../params/spec';
import { computePst, relFrobenius, secondMoment2 } from '../../core/pst';
import { cloudCaption, emaCaption, emaSpread, fisherSentence, gdCaption } from './caption';
import { PST_PARAMS, type PstParams } from './params';

const params = (q: string) => parseParams<PstParams>(specList(PST_PARAMS), q).params;
const run = (p: PstParams) => computePst({ ...p, gdSteps: p.steps });

describe('pst captions', () => {
  it('the cloud caption states the error of exactly the samples shown', () => {
    const p = params('samples=500');
    const out = run(p);
    for (const n of [10, 500]) {
      const err = relFrobenius(secondMoment2(out.samples, n), out.exactG);
      expect(cloudCaption(out, p, n)).toContain(`After ${n} of 500 samples`);
      expect(cloudCaption(out, p, n)).toContain(`${(100 * err).toFixed(1)}%`);
    }
    expect(cloudCaption(out, p, 0)).toContain('No estimate yet');
  });

  it('the Fisher sentence says whether true and empirical Fisher agree here', () => {
    expect(fisherSentence(run(params('w=1.5,-2&samples=100')), params('w=1.5,-2'))).toMatch(
      /differ by|nearly agree/,
    );
    const far = params('w=0.5,0.5&samples=100');
    expect(fisherSentence(run(far), far)).toMatch(/Here they differ by \d+(\.\d)?%/);
    const zero = params('output=bernoulli&w=0,0&samples=100');
    expect(fisherSentence(run(zero), zero)).toContain('nearly agree (they differ by 0.0%)');
  });

  it('the EMA caption reports the timescale and the measured spread', () => {
    const p = params('eta=0.9&samples=2000');
    const out = run(p);
    const [a] = emaSpread(out);
    expect(emaCaption(out, p)).toContain('1/(1−η) = 10 ');
    expect(emaCaption(out, p)).toContain(String(Number(a.toPrecision(4))));
    // A longer timescale averages more samples: less spread.
    const slow = params('eta=0.99&samples=2000');
    expect(emaSpread(run(slow))[0]).toBeLessThan(a);
    expect(emaCaption(out, p)).toContain('within ~10 steps');
    // η = 0: no memory, one step.
    const none = params('eta=0&samples=200');
    expect(emaCaption(run(none), none)).toContain('within ~1 step but');
  });

  it('the GD caption reports divergence with a too-large step', () => {
    const ok = params('lr=1');
    expect(gdCaption(run(ok), ok)).toMatch(/full G⁻¹ converged to the minimum in 1 step\./);
    const big = params('lr=3&steps=200');
    expect(gdCaption(run(big), big)).toContain('diverged at step');
    // A singular preconditioner (e.g. a zero on the EMA diagonal) is not a step-0 divergence.
    const out = run(params('lr=1'));
    const singular = {
      ...out,
      gd: {
        ...out.gd!,
        diag: {
          ...out.gd!.diag,
          status: 'diverged' as const,
          divergedAt: 0,
          divergence: 'singular' as const,
        },
      },
    };
    expect(gdCaption(singular, params('lr=1'))).toContain(
      'cannot start: its curvature matrix is singular',
    );
    const net = params('model=net');
    expect(gdCaption(run(net), net)).toBe('');
  });
});
