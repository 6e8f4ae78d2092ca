/**
 * The claims about the damping slides' logistic example (docs/math.md#the-logistic-example): the
 * undamped threshold x*, and for η > 0 the symmetric 2-cycles of the per-coordinate damped map
 * x ↦ x − tanh(x/2)/(½sech²(x/2) + η), which exist iff η < η* and explain why far starts cycle.
 */
import { claim, type Claim } from '../claims/claim';
import { plainNum, sup } from '../claims/format';
import {
  LOGISTIC_DAMPED_TWO_CYCLE_ETA as ETA_STAR,
  LOGISTIC_NEWTON_THRESHOLD as X_STAR,
  logisticTwoCycles,
} from './logistic1d';
import type { Vec2 } from '../types';

const MAP = 'x ↦ x − tanh(x/2)/(½sech²(x/2) + η)';
const coord = (j: number) => `x${j === 0 ? '₁' : '₂'}${sup('(0)')}`;

/** Which side of the undamped threshold ±x* the start is on. */
export function logisticStartClaim(x0: Vec2): Claim {
  const outside = Math.max(Math.abs(x0[0]), Math.abs(x0[1])) > X_STAR;
  return claim(
    'logistic-start',
    outside
      ? `The start has a coordinate beyond |x| = ${X_STAR.toFixed(5)}, where the Newton map x − sinh x overshoots further each step.`
      : `Both start coordinates are inside |x| < ${X_STAR.toFixed(5)}, where undamped Newton converges.`,
    { x0, threshold: X_STAR, outside },
  );
}

/** Where a start coordinate lies relative to the 2-cycles. */
export type CyclePlace = 'inside' | 'between' | 'beyond';

export function cyclePlace(x: number, c: { inner: number; outer: number }): CyclePlace {
  const a = Math.abs(x);
  return a < c.inner ? 'inside' : a <= c.outer ? 'between' : 'beyond';
}

/**
 * For η > 0: whether the damped map has 2-cycles (η < η*) and where the start lies relative to
 * them. Inside ±inner every step shrinks |x| (so that coordinate converges); between the cycles
 * every step pushes |x| further out; for η ≥ η* every step shrinks |x|, from every start.
 */
export function logisticCycleClaims(x0: Vec2, eta: number): Claim[] {
  if (!(eta > 0)) return [];
  const c = logisticTwoCycles(eta);
  const e = `η = ${plainNum(eta)}`;
  const star = `η* = ${plainNum(ETA_STAR)}`;
  if (!c)
    return [
      claim(
        'logistic-two-cycle',
        `For ${e} ≥ ${star} the damped map ${MAP} has no 2-cycle: every step shrinks |x|, so damped Newton converges from every start on this J.`,
        { eta, etaStar: ETA_STAR, exists: false },
      ),
    ];
  const cycles = claim(
    'logistic-two-cycle',
    `For ${e} < ${star} the damped map ${MAP} sends ±${plainNum(c.inner)} and ±${plainNum(c.outer)} to their negatives — 2-cycles (the cobweb view): every |x| below ${plainNum(c.inner)} shrinks each step, every |x| between the two grows.`,
    { eta, etaStar: ETA_STAR, exists: true, inner: c.inner, outer: c.outer },
  );
  const places = [cyclePlace(x0[0], c), cyclePlace(x0[1], c)];
  const data = { eta, x0, inner: c.inner, outer: c.outer, places: places.join(',') };
  if (places.every((p) => p === 'inside'))
    return [
      cycles,
      claim(
        'logistic-start-cycle',
        `Both start coordinates are inside ±${plainNum(c.inner)}, so damped Newton converges from this start.`,
        data,
      ),
    ];
  const between = [0, 1].filter((j) => places[j] === 'between');
  if (between.length === 0) return [cycles];
  const which = between.map((j) => `${coord(j)} = ${plainNum(x0[j])}`).join(' and ');
  return [
    cycles,
    claim(
      'logistic-start-cycle',
      `${which} ${between.length === 1 ? 'lies' : 'lie'} between them, where every damped step overshoots past −x and |x| grows.`,
      data,
    ),
  ];
}

/** The cobweb view's legend: undamped Newton's 2-cycle ±x*, and the damped map's 2-cycles. */
export function cobwebLegendClaims(eta: number): Claim[] {
  const undamped = claim(
    'logistic-undamped-cycle',
    `undamped x − sinh x; ■ its 2-cycle ±x* = ±${X_STAR.toFixed(5)}`,
    { threshold: X_STAR },
  );
  if (!(eta > 0)) return [undamped];
  const c = logisticTwoCycles(eta);
  const e = `damped map, η = ${plainNum(eta)}`;
  return [
    undamped,
    c
      ? claim(
          'logistic-two-cycle',
          `${e}; ◆ its 2-cycles ±${plainNum(c.inner)}, ±${plainNum(c.outer)}`,
          {
            eta,
            etaStar: ETA_STAR,
            exists: true,
            inner: c.inner,
            outer: c.outer,
          },
        )
      : claim('logistic-two-cycle', `${e} (no 2-cycle: η ≥ η* = ${plainNum(ETA_STAR)})`, {
          eta,
          etaStar: ETA_STAR,
          exists: false,
        }),
  ];
}
