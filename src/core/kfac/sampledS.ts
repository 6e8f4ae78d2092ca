/**
 * Sampling error against approximation error. K-FAC never sees the exact S_ℓ = E[J_nᵀH_nJ_n]: it
 * estimates it from pseudo-deltas Ds of targets sampled from the model (Martens & Grosse 2015,
 * docs/math.md#k-fac). With m sampled backward passes over the N examples,
 *   Ŝ_ℓ = (1/(mN)) Σ_{r=1}^{m} Σ_n Ds_{n,r} Ds_{n,r}ᵀ,   E[Ŝ_ℓ] = S_ℓ,
 * whose error falls like 1/√(mN). Next to it, the error of the approximation itself,
 * ‖G_ℓℓ − A ⊗ S_ℓ‖/‖G_ℓℓ‖, which no amount of sampling removes, and the error of what K-FAC
 * actually uses, A ⊗ Ŝ_ℓ.
 */
import { frobenius, mat, relativeError, type Mat } from '../linalg';
import { createRng, samplePseudoDeltas, type MlpLayout, type Workspace } from '../nn';
import { kron } from './kron';

import { SAMPLED_S_MAX } from './choices';
export { SAMPLED_S_MAX };
export const SAMPLED_S_SWEEP = [1, 2, 4, 8, 16, 32, 64, 128, 256] as const;
/** Offset of the sampled targets' random stream from the seed (weights and inputs use the seed). */
export const SAMPLED_S_STREAM = 0x6a09e667;

export interface SampledS {
  /** m, the sampled backward passes of the estimate shown. */
  readonly samples: number;
  /** Ŝ_ℓ from m passes, per layer. */
  readonly S: readonly Mat[];
  /** ‖Ŝ_ℓ − S_ℓ‖_F/‖S_ℓ‖_F per layer (sampling error). */
  readonly relError: readonly number[];
  /** ‖A ⊗ Ŝ_ℓ − G_ℓℓ‖_F/‖G_ℓℓ‖_F per layer (what K-FAC uses, both errors together). */
  readonly combinedError: readonly number[];
  /**
   * ‖A ⊗ S_ℓ‖_F/‖G_ℓℓ‖_F per layer. Since ‖A ⊗ (Ŝ − S)‖ = ‖A‖‖Ŝ − S‖, the sampling error on the
   * block's scale, ‖A ⊗ (Ŝ − S)‖/‖G_ℓℓ‖, is relError × blockScale: comparable with the
   * approximation error ‖A ⊗ S − G_ℓℓ‖/‖G_ℓℓ‖.
   */
  readonly blockScale: readonly number[];
  /** The sampling error per layer after each number of passes of the sweep (a prefix). */
  readonly sweep: { readonly samples: readonly number[]; readonly relError: readonly number[][] };
}

interface Exact {
  readonly A: Mat;
  readonly S: Mat;
  /** The exact block G_ℓℓ, row-major. */
  readonly block: Float64Array;
}

/**
 * Draws SAMPLED_S_MAX passes of sampled targets at the last forward of `ws` (the passes are a
 * stream: the estimate from m passes is the first m of them, whatever m is).
 */
export function sampledS(
  ws: Workspace,
  params: Float64Array,
  layout: MlpLayout,
  exact: readonly Exact[],
  m: number,
  seed: number,
): SampledS {
  if (!Number.isInteger(m) || m < 1 || m > SAMPLED_S_MAX) {
    throw new RangeError(`m must be an integer from 1 to ${SAMPLED_S_MAX}, got ${m}`);
  }
  const N = ws.batch;
  const rng = createRng(seed + SAMPLED_S_STREAM);
  const sums = layout.layers.map((l) => new Float64Array(l.fanOut * l.fanOut));
  const estimate = (passes: number) =>
    layout.layers.map((l, i) =>
      mat(
        l.fanOut,
        l.fanOut,
        sums[i].map((v) => v / (passes * N)),
      ),
    );
  const errors = (S: Mat[]) => S.map((Si, i) => relativeError(Si.data, exact[i].S.data));
  const sweep: number[][] = [];
  let atM: Mat[] = [];
  for (let r = 1; r <= SAMPLED_S_MAX; r++) {
    samplePseudoDeltas(ws, params, rng);
    layout.layers.forEach((l, i) => addGram(sums[i], ws.ds[l.index], N, l.fanOut));
    if ((SAMPLED_S_SWEEP as readonly number[]).includes(r)) sweep.push(errors(estimate(r)));
    if (r === m) atM = estimate(r);
  }
  return {
    samples: m,
    S: atM,
    relError: errors(atM),
    combinedError: atM.map((Si, i) => relativeError(kron(exact[i].A, Si).data, exact[i].block)),
    blockScale: exact.map((e) => (frobenius(e.A.data) * frobenius(e.S.data)) / frobenius(e.block)),
    sweep: { samples: SAMPLED_S_SWEEP, relError: sweep },
  };
}

/** out += Σ_n d_n d_nᵀ for the N rows d_n (length w) of `rows`. */
function addGram(out: Float64Array, rows: Float64Array, N: number, w: number) {
  for (let n = 0; n < N; n++) {
    for (let i = 0; i < w; i++) {
      const a = rows[n * w + i];
      if (a === 0) continue;
      for (let j = 0; j < w; j++) out[i * w + j] += a * rows[n * w + j];
    }
  }
}
