import { describe, expect, it } from 'vitest';
import { computeProximal, computeSequence } from '../../core/proximal';
import { defaultsOf } from '../../params/spec';
import { PROXIMAL_PARAMS, toRequest, type ProximalParams } from './params';
import { proximalCaption, sequenceCaption } from './caption';
import { LruMemo } from '../../core/memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

const defaults = defaultsOf(PROXIMAL_PARAMS);
const run = (p: ProximalParams) => computeProximal(toRequest(p), memo);

describe('proximal captions say what the numbers say', () => {
  it('default scene: names the batch, each view and the NGD gap', () => {
    const out = run(defaults);
    const c = proximalCaption(out, defaults);
    expect(c).toContain('8 points nearest x = 1.8');
    expect(c).toContain('Loss + FSD forgot the least');
    expect(c).toMatch(/NGD step .* differs .* by [\d.]+% of its length/);
    // The SGD step with learning rate 1/λ_WSD = 1/3 overshoots the Loss + WSD step by far.
    expect(c).toMatch(
      /SGD step −∇L\/λ_WSD .*learning rate 0\.3333\) differs from the Loss \+ WSD step by [\d.]+%/,
    );
    expect(c).toContain('a larger λ_WSD makes the step smaller');
    expect(c).not.toContain('diverged');
  });

  it('λ’s at 0: no winner is named and NGD is said not to exist', () => {
    const p = { ...defaults, lfsd: 0, lwsd: 0 };
    const c = proximalCaption(run(p), p);
    expect(c).not.toContain('forgot the least');
    expect(c).toContain('there is no NGD step');
  });

  it('a diverging inner GD is reported with its step', () => {
    const p = { ...defaults, lwsd: 1000, lr: 0.5 };
    const c = proximalCaption(run(p), p);
    expect(c).toMatch(/Loss \+ WSD: GD on the proximal objective diverged at inner step \d+/);
    expect(c).toMatch(/stable only for α < 2\/L ≈ 0\.0\d+/);
  });

  it('small steps: NGD is called a first-order approximation', () => {
    const p = { ...defaults, lfsd: 300, lwsd: 300, steps: 200, lr: 3e-4 };
    expect(proximalCaption(run(p), p)).toContain('NGD is its first-order approximation');
  });

  it('sequence caption compares forgetting', () => {
    const seq = computeSequence(
      {
        seed: 1,
        batchSize: 8,
        fsdOn: 'wide',
        lambdaFsd: 3,
        lambdaWsd: 3,
        steps: 60,
        lr: 0.02,
        method: 'gd',
        batches: 4,
      },
      memo,
    );
    const c = sequenceCaption(seq);
    expect(c).toContain('(4 gradient evaluations)');
    expect(c).toContain('kept the old fit better than fitting each batch alone');
  });
});
