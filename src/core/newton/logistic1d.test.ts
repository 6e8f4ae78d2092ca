import { describe, expect, it } from 'vitest';
import {
  dampedLocalRate,
  dampedNewtonMapLogistic,
  LOGISTIC_DAMPED_TWO_CYCLE_ETA,
  LOGISTIC_NEWTON_THRESHOLD,
  LOGISTIC_TWO_CYCLE_PEAK,
  logisticCurv1d,
  logisticTwoCycles,
  logisticGrad1d,
  newtonMapLogistic,
  twoCycleGap,
} from './logistic1d';

function iterate(map: (x: number) => number, x0: number, n: number): number[] {
  const xs: number[] = [];
  let x = x0;
  for (let i = 0; i < n; i++) xs.push((x = map(x)));
  return xs;
}

const expectRel = (a: number, b: number, tol: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.abs(b));

describe('undamped Newton on the logistic example (docs/math.md#the-logistic-example)', () => {
  it('is x − sinh x, i.e. x − J′/J″', () => {
    for (const x of [-3, -0.4, 0.7, 2]) {
      expectRel(newtonMapLogistic(x), x - logisticGrad1d(x) / logisticCurv1d(x), 1e-14);
    }
  });

  it('reproduces the fixture from x₀ = 1', () => {
    const xs = iterate(newtonMapLogistic, 1, 3);
    [-0.17520119, 8.9769013e-4, -1.2056691e-10].forEach((v, i) => expectRel(xs[i], v, 1e-7));
  });

  it('reproduces the fixture from x₀ = 2', () => {
    const xs = iterate(newtonMapLogistic, 2, 4);
    [-1.6268604, 0.81880463, -0.094609833, 1.4120561e-4].forEach((v, i) =>
      expectRel(xs[i], v, 1e-7),
    );
  });

  it('has its threshold where sinh x = 2x (solved here by Newton)', () => {
    let x = 2;
    for (let i = 0; i < 50; i++) x -= (Math.sinh(x) - 2 * x) / (Math.cosh(x) - 2);
    // Newton lands on the nearest double of 2.17731898496530675263…, which the constant must be.
    expect(LOGISTIC_NEWTON_THRESHOLD).toBe(x);
    // At the threshold the map is a 2-cycle: x* ↦ −x*.
    expectRel(newtonMapLogistic(LOGISTIC_NEWTON_THRESHOLD), -LOGISTIC_NEWTON_THRESHOLD, 1e-14);
  });

  it('converges from |x₀| = 2.17 and diverges from |x₀| = 2.18', () => {
    for (const s of [1, -1]) {
      expect(Math.abs(iterate(newtonMapLogistic, 2.17 * s, 40).at(-1)!)).toBeLessThan(1e-12);
      expect(iterate(newtonMapLogistic, 2.18 * s, 40).some((x) => Math.abs(x) > 1e6)).toBe(true);
    }
  });
});

describe('damped Newton on the logistic example', () => {
  it('has local linear rate η/(½ + η)', () => {
    for (const eta of [1e-2, 0.3, 1, 10, 1000]) {
      const x = 1e-6;
      const ratio = dampedNewtonMapLogistic(x, eta) / x;
      expectRel(ratio, eta / (0.5 + eta), 1e-9);
      expectRel(dampedLocalRate(eta), ratio, 1e-9);
    }
  });

  it('converges from every start in [−60, 60] once η exceeds the 2-cycle bound', () => {
    const eta = 1.05 * LOGISTIC_DAMPED_TWO_CYCLE_ETA;
    for (let x0 = -60; x0 <= 60; x0 += 0.25) {
      let x = x0;
      for (let i = 0; i < 2000 && Math.abs(x) > 1e-12; i++) x = dampedNewtonMapLogistic(x, eta);
      expect(Math.abs(x)).toBeLessThanOrEqual(1e-12);
    }
  });

  it('has a symmetric 2-cycle just below the bound, so small η does not save far starts', () => {
    // The 2-cycle x ↦ −x solves η = tanh(x/2)/(2x) − J″(x); the bound is the maximum over x.
    const rhs = (x: number) => Math.tanh(x / 2) / (2 * x) - logisticCurv1d(x);
    let best = 0;
    for (let x = 1; x < 10; x += 1e-4) best = Math.max(best, rhs(x));
    expectRel(LOGISTIC_DAMPED_TWO_CYCLE_ETA, best, 1e-9);
    // Below it, the cycle exists: find it by bisection on the rhs and check the map flips it.
    const eta = 0.9 * LOGISTIC_DAMPED_TWO_CYCLE_ETA;
    let lo = 4.464; // rhs(lo) > eta (just right of the maximum) …
    let hi = 60; // … and rhs(hi) < eta.
    for (let i = 0; i < 200; i++) {
      const mid = 0.5 * (lo + hi);
      if (rhs(mid) > eta) lo = mid;
      else hi = mid;
    }
    expectRel(dampedNewtonMapLogistic(lo, eta), -lo, 1e-12);
    // And the example start from the slide does not converge for η = 1e-2.
    expect(
      Math.abs(iterate((x) => dampedNewtonMapLogistic(x, 1e-2), 2.3, 5000).at(-1)!),
    ).toBeGreaterThan(1);
  });
});

describe('the damped map’s symmetric 2-cycles (where it meets y = −x)', () => {
  const f = dampedNewtonMapLogistic;

  it('peak of tanh(x/2)/(2x) − J″ is at LOGISTIC_TWO_CYCLE_PEAK with value η*', () => {
    const h = (x: number) => Math.tanh(x / 2) / (2 * x) - logisticCurv1d(x);
    expectRel(h(LOGISTIC_TWO_CYCLE_PEAK), LOGISTIC_DAMPED_TWO_CYCLE_ETA, 1e-15);
    for (const d of [1e-3, -1e-3])
      expect(h(LOGISTIC_TWO_CYCLE_PEAK + d)).toBeLessThan(h(LOGISTIC_TWO_CYCLE_PEAK));
  });

  it('h = tanh(x/2)/(2x) − J″ rises up to the peak and falls after it, so h = η has two roots', () => {
    let prev = twoCycleGap(1e-3);
    for (let x = 2e-3; x < 200; x += 1e-3) {
      const v = twoCycleGap(x);
      if (x < LOGISTIC_TWO_CYCLE_PEAK) expect(v).toBeGreaterThanOrEqual(prev);
      else if (x > LOGISTIC_TWO_CYCLE_PEAK + 1e-3) expect(v).toBeLessThanOrEqual(prev);
      prev = v;
    }
  });

  it.each([1e-4, 1e-2, 0.05, 0.99 * LOGISTIC_DAMPED_TWO_CYCLE_ETA])(
    'at η = %s: f(±inner) = ∓inner, f(±outer) = ∓outer, |x| shrinks inside, grows between',
    (eta) => {
      const c = logisticTwoCycles(eta)!;
      expect(c.inner).toBeLessThan(LOGISTIC_TWO_CYCLE_PEAK);
      expect(c.outer).toBeGreaterThan(LOGISTIC_TWO_CYCLE_PEAK);
      for (const x of [c.inner, c.outer, -c.inner, -c.outer]) expectRel(f(x, eta), -x, 1e-12);
      for (let i = 1; i < 50; i++) {
        const a = (c.inner * i) / 50;
        expect(Math.abs(f(a, eta))).toBeLessThan(a);
        const b = c.inner + ((c.outer - c.inner) * i) / 50;
        expect(f(b, eta)).toBeLessThan(-b);
      }
    },
  );

  it('inner → x* as η → 0, outer ≈ 1/(2η) for small η; none at or above η*', () => {
    expect(logisticTwoCycles(0)).toEqual({ inner: LOGISTIC_NEWTON_THRESHOLD, outer: Infinity });
    expectRel(logisticTwoCycles(1e-9)!.inner, LOGISTIC_NEWTON_THRESHOLD, 1e-6);
    expectRel(logisticTwoCycles(1e-4)!.outer, 5000, 1e-9);
    expect(logisticTwoCycles(LOGISTIC_DAMPED_TWO_CYCLE_ETA)).toBeNull();
    expect(logisticTwoCycles(1)).toBeNull();
  });
});
