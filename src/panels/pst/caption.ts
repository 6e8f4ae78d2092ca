/** Plain-language sentences of the panel; each is computed from the state it describes. */
import {
  emaTimescale,
  relFrobenius,
  secondMoment2,
  type PstResult,
  type PstSamples,
} from '../../core/pst';
import { claimText } from '../../core/claims/claim';
import { plainNum } from '../shared/texNumbers';
import { gdClaims } from './gdClaims';
import type { PstParams } from './params';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The main caption: how far the first n samples' estimate is from the exact G. */
export function cloudCaption(out: PstSamples, p: PstParams, n: number): string {
  const what =
    p.output === 'gaussian'
      ? `Each dot is Dw = J_zwᵀ Dz with Dz = (z − t̃)/σ², t̃ ~ N(z, σ²) drawn from the model's own prediction (σ = ${plainNum(p.sigma)}).`
      : 'Each dot is Dw = J_zwᵀ Dz with Dz = σ(z) − t̃, t̃ ~ Bernoulli(σ(z)) drawn from the model’s own prediction.';
  if (n < 2) return `${what} No estimate yet: ${n} sample${n === 1 ? '' : 's'} shown; press Play.`;
  const err = relFrobenius(secondMoment2(out.samples, n), out.exactG);
  return (
    `${what} After ${n} of ${p.samples} samples the estimate Ĝ = (1/S) Σ Dw Dwᵀ is ${pct(err)} ` +
    `from the exact G (relative Frobenius error); the error shrinks like 1/√S, so 4× more samples halve it.`
  );
}

/** When the true and the empirical Fisher differ, and by how much here. */
export function fisherSentence(out: PstSamples, p: PstParams): string {
  const gap = relFrobenius(out.exactEmpirical, out.exactG);
  const why =
    'The empirical Fisher weights each example by its squared residual with the real label instead of the residual’s expected size under the model';
  const verdict =
    gap < 0.1
      ? `Here they nearly agree (they differ by ${pct(gap)}): the labels are about as spread as the model predicts`
      : `Here they differ by ${pct(gap)} (relative Frobenius)`;
  const where =
    p.model === 'linear'
      ? p.output === 'gaussian'
        ? ' they coincide only where the model matches the data’s noise, e.g. near the data-generating weights (1.5, −2) with the true σ; away from them the residuals are larger and the empirical Fisher is too big.'
        : ' they coincide when σ(z)(1−σ(z)) equals (σ(z)−t)² on average — e.g. at w = 0 where p = ½ for every label — and differ when the model is confident or wrong.'
      : ' for a network at its random initialisation the residuals say more about the misfit than about the curvature.';
  return `${verdict}. ${why};${where}`;
}

/** Relative spread of the debiased EMA estimate over the last half of the steps, per weight. */
export function emaSpread(out: PstResult): [number, number] {
  const d = out.ema.debiased;
  const S = d.length / 2;
  const from = Math.floor(S / 2);
  const res: [number, number] = [NaN, NaN];
  for (const i of [0, 1] as const) {
    const g = out.exactG[3 * i];
    let m = 0;
    let v = 0;
    for (let k = from; k < S; k++) m += d[2 * k + i] / g / (S - from);
    for (let k = from; k < S; k++) v += (d[2 * k + i] / g - m) ** 2 / (S - from);
    res[i] = Math.sqrt(v);
  }
  return res;
}

export function emaCaption(out: PstResult, p: PstParams): string {
  const tau = emaTimescale(p.eta);
  const [a, b] = emaSpread(out);
  return (
    `With η = ${plainNum(p.eta)} the EMA averages about the last 1/(1−η) = ${plainNum(tau)} squared ` +
    `pseudo-gradients, so it reacts within ~${plainNum(tau)} step${tau === 1 ? '' : 's'} but fluctuates: over the last half ` +
    `of the steps Ĝ_ii/G_ii has standard deviation ${plainNum(a)} and ${plainNum(b)}. ` +
    (p.eta >= 0.99
      ? 'A long timescale: little noise, slow to follow changes.'
      : p.eta <= 0.8
        ? 'A short timescale: fast, but the estimate is noisy.'
        : 'Raise η for less noise and more lag; lower it for the opposite.')
  );
}

/** The GD comparison's caption: the sentences of its computed claims (gdClaims.ts). */
export function gdCaption(out: PstResult, p: PstParams): string {
  return claimText(gdClaims(out, p.lr));
}
