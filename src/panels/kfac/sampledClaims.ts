/**
 * The sampling-vs-approximation caption as computed claims: the error of Ŝ from m sampled passes
 * per layer, and per layer which error is larger on the block's scale (‖A ⊗ (Ŝ − S)‖ against
 * ‖A ⊗ S − G_ℓℓ‖, both over ‖G_ℓℓ‖). sampledClaims.test.ts verifies them independently.
 */
import { claim, type Claim } from '../../core/claims/claim';
import type { SampledResult } from '../../core/kfac';

/** Two significant digits: these are sampled, not exact, numbers. */
export const pctOrZero = (x: number) => (x < 1e-10 ? '0' : `${Number((100 * x).toPrecision(2))}%`);

/** Per layer: the sampling error on the block's scale and the approximation error. */
export function blockErrors(r: SampledResult) {
  return r.layers.map((b, l) => ({
    layer: b.index,
    sampling: r.sampled.relError[l] * r.sampled.blockScale[l],
    approximation: b.approximation,
  }));
}

export function sampledClaims(r: SampledResult): Claim[] {
  const { samples: m, relError } = r.sampled;
  const N = r.request.batch;
  const layers = r.layers.map((b) => b.index);
  const list = relError.map((e, l) => `${pctOrZero(e)} in layer ${layers[l]}`).join(', ');
  const errs = blockErrors(r);
  const phrase = (e: (typeof errs)[number]) =>
    e.sampling > e.approximation
      ? `sampling in layer ${e.layer} (${pctOrZero(e.sampling)} vs ${pctOrZero(e.approximation)} from the approximation)`
      : `the approximation A ⊗ S in layer ${e.layer} (${pctOrZero(e.approximation)} vs ${pctOrZero(e.sampling)} from sampling)`;
  return [
    claim(
      'kfac-sampled-s',
      `With m = ${m} sampled backward pass${m === 1 ? '' : 'es'} over the N = ${N} examples (${m * N} sampled Ds per layer), Ŝ differs from the exact S by ${list} (relative Frobenius).`,
      { m, N, relError },
    ),
    claim(
      'kfac-dominant-error',
      `Relative to ‖G_ℓℓ‖, the larger error is ${errs.map(phrase).join('; ')}.`,
      {
        sampling: errs.map((e) => e.sampling),
        approximation: errs.map((e) => e.approximation),
      },
    ),
  ];
}
