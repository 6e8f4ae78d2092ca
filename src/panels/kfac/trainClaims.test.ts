import { describe, expect, it } from 'vitest';
import { claim, verifyClaims, type Claim, type Verifier } from '../../core/claims/claim';
import {
  initKfacTrain,
  kfacTrainChunk,
  KFAC_PRESETS,
  type KfacMethod,
  type KfacTrainState,
  type TrainCurve,
} from '../../core/kfac';
import { LruMemo } from '../../core/memo';
import { parseParams } from '../../params/codec';
import { specList } from '../../params/spec';
import { plainNum } from '../shared/texNumbers';
import { KFAC_PARAMS, type KfacParams } from './params';
import { LEVEL_RATIO, METHOD_NAME, times, trainClaims } from './trainClaims';
import { PRESET_WHY } from './trainStyle';
import { trainConfig } from './useKfacTraining';

const memo = new LruMemo();
const STEP: KfacMethod[] = ['kfac', 'sgd', 'adam', 'pst'];

/** Independent reads of the run: a loop over the recorded curve, no code shared with compare.ts. */
function at(curve: TrainCurve, step: number): number {
  const i = Array.prototype.indexOf.call(curve.steps, step) as number;
  return i < 0 ? NaN : curve.loss[i];
}
function atTime(curve: TrainCurve, t: number): number {
  let i = 0;
  while (i + 1 < curve.timeMs.length && curve.timeMs[i + 1] <= t) i++;
  return curve.loss[i];
}
const num = (c: Claim, k: string) => c.data[k] as number;
const closeTo = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.abs(b);

/** A ratio sentence: the winner, the runner-up, the ratio and its printed form. */
function checkRatio(c: Claim, losses: Map<KfacMethod, number>): string | null {
  const best = c.data.best as KfacMethod;
  const second = c.data.second as KfacMethod;
  const lb = losses.get(best)!;
  const ls = losses.get(second)!;
  if (!(lb <= ls)) return `${best} (${lb}) is not below ${second} (${ls})`;
  if (!closeTo(num(c, 'ratio'), ls / lb)) return `ratio ${num(c, 'ratio')} vs ${ls / lb}`;
  const r = ls / lb;
  if (r < LEVEL_RATIO) return c.text.includes('are level') ? null : 'level, but not said so';
  // The printed ratio, read back from the sentence (2 significant digits, or m·10ⁿ).
  const m = /is ([\d.]+)(?:·10([⁰¹²³⁴⁵⁶⁷⁸⁹]+))?× lower/.exec(c.text);
  if (!m) return 'no ratio in the text';
  const exp = m[2] ? Number([...m[2]].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d)).join('')) : 0;
  const printed = Number(m[1]) * 10 ** exp;
  if (Math.abs(printed - r) > 0.05 * r) return `prints ${printed}×, the ratio is ${r}`;
  for (const v of [lb, ls]) if (!c.text.includes(plainNum(v))) return `text lacks ${v}`;
  return null;
}

const VERIFIERS: Record<string, Verifier<KfacTrainState>> = {
  'kfac-losses': (c, s) => {
    const shared = Array.from(s.kfac.curve.steps).filter(
      (k) => k > 0 && STEP.every((m) => Array.from(s[m].curve.steps).includes(k)),
    );
    if (num(c, 'iteration') !== Math.max(...shared)) return 'not the latest common iteration';
    const stated = c.data.losses as readonly number[];
    for (let i = 0; i < STEP.length; i++) {
      const l = at(s[STEP[i]].curve, num(c, 'iteration'));
      if (stated[i] !== l) return `${STEP[i]}: ${stated[i]} vs ${l}`;
      if (!c.text.includes(`${METHOD_NAME[STEP[i]]} ${plainNum(l)}`)) return `text lacks ${l}`;
    }
    return num(c, 'initial') === s.kfac.curve.loss[0] ? null : 'wrong initial loss';
  },
  'kfac-ratio': (c, s) => {
    const k = num(c, 'at');
    const losses = new Map(STEP.map((m) => [m, at(s[m].curve, k)] as const));
    // K-FAC against the lowest of the others, when the sentence says so.
    const others = STEP.filter((m) => m !== 'kfac').sort((a, b) => losses.get(a)! - losses.get(b)!);
    const pair = [c.data.best, c.data.second].sort().join();
    if (c.data.versusBestOther && pair !== ['kfac', others[0]].sort().join()) {
      return `compared with ${pair}, not ${others[0]}`;
    }
    return checkRatio(c, losses);
  },
  'kfac-time': (c, s) => {
    const methods: KfacMethod[] = s.config.hf ? [...STEP, 'hf'] : STEP;
    const t = Math.min(...methods.map((m) => s[m].timeMs));
    if (num(c, 'at') !== t) return `time ${num(c, 'at')} vs ${t}`;
    const losses = new Map(methods.map((m) => [m, atTime(s[m].curve, t)] as const));
    const sorted = [...methods].sort((a, b) => losses.get(a)! - losses.get(b)!);
    if (c.data.best !== sorted[0] || c.data.second !== sorted[1]) return `ranking ${sorted}`;
    return checkRatio(c, losses);
  },
  'kfac-failed': (c, s) => (s.failed?.method === c.data.method ? null : 'no such failure'),
};

const params = (q: string) => parseParams<KfacParams>(specList(KFAC_PARAMS), q).params;

/** Runs a preset to the end with a fake clock, checking the caption's claims after every chunk. */
function runChecked(q: string): { s: KfacTrainState; checked: number; kinds: Set<string> } {
  const s = initKfacTrain(trainConfig(params(q)), memo);
  let t = 0;
  let checked = 0;
  const kinds = new Set<string>();
  expect(trainClaims(s)).toEqual([]);
  while (!s.done) {
    kfacTrainChunk(s, () => (t += 1), memo, 40);
    const claims = trainClaims(s);
    for (const c of claims) kinds.add(c.kind);
    expect(verifyClaims(claims, s, VERIFIERS), q).toEqual([]);
    checked += claims.length;
  }
  return { s, checked, kinds };
}

describe('the training caption makes only true claims', () => {
  it('property: every claim holds after every chunk, over presets, seeds and HF on/off', () => {
    const kinds = new Set<string>();
    let checked = 0;
    for (const preset of KFAC_PRESETS) {
      for (const [seed, hf] of [
        [1, 'on'],
        [2, 'off'],
      ]) {
        const iters = preset === 'autoencoder' ? 20 : 60;
        const r = runChecked(`preset=${preset}&seed=${seed}&hf=${hf}&iters=${iters}&tbatch=32`);
        r.kinds.forEach((k) => kinds.add(k));
        checked += r.checked;
      }
    }
    expect([...kinds].sort()).toEqual(['kfac-losses', 'kfac-ratio', 'kfac-time']);
    expect(checked).toBeGreaterThan(50);
  });

  it('a failure is stated as it happened', () => {
    const s = initKfacTrain(trainConfig(params('preset=regression&iters=20')), memo);
    s.failed = { method: 'adam', reason: 'the training loss became non-finite' };
    const claims = trainClaims(s);
    expect(claims[0].text).toContain('Adam failed');
    expect(verifyClaims(claims, s, VERIFIERS)).toEqual([]);
  });

  it('classifier at the defaults: the ratios at iterations 30 and 300; the old blurb fails', () => {
    const { s } = runChecked('preset=classifier&hf=off');
    const text = trainClaims(s).map((c) => c.text);
    expect(text.some((t) => /^At iteration 30 K-FAC’s training loss is \d/.test(t))).toBe(true);
    expect(text.some((t) => /^At iteration 300 K-FAC’s training loss is \d/.test(t))).toBe(true);
    // "orders of magnitude faster per iteration": at least 100× against SGD, which it is not.
    const old = [30, 300].map((k) =>
      claim('kfac-ratio', 'K-FAC drives the loss down orders of magnitude faster per iteration', {
        at: k,
        best: 'kfac',
        second: 'sgd',
        ratio: 100,
      }),
    );
    const failures = verifyClaims(old, s, VERIFIERS);
    expect(failures).toHaveLength(2);
    for (const f of failures) expect(f).toMatch(/ratio 100 vs \d/);
    const vsSgd = (k: number) => at(s.sgd.curve, k) / at(s.kfac.curve, k);
    expect(vsSgd(30)).toBeGreaterThan(5);
    expect(vsSgd(30)).toBeLessThan(100);
    expect(vsSgd(300)).toBeLessThan(100);
  });

  it('large ratios print as m·10ⁿ', () => {
    expect(times(5.3e12)).toBe('5.3·10¹²×');
    expect(times(99_600)).toBe('1·10⁵×');
    expect(times(12.6)).toBe('13×');
  });

  it('the preset notes compare nothing and label the why as our hypothesis', () => {
    for (const preset of KFAC_PRESETS) {
      const why = PRESET_WHY[preset];
      expect(why).toContain('Our hypothesis');
      expect(why).toContain('the lecture defers the why');
      expect(why).not.toMatch(/orders of magnitude|faster|slower|wins|amazing|clearly|shine/i);
    }
  });
});
