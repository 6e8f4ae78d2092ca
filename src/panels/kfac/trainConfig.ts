/** The K-FAC training configuration from the panel's parameters (React-free: the bench uses it). */
import type { KfacTrainConfig } from '../../core/kfac';
import type { KfacParams } from './params';

export function trainConfig(p: KfacParams): KfacTrainConfig {
  return {
    preset: p.preset,
    seed: p.seed,
    batch: p.tbatch,
    iters: p.iters,
    kfac: {
      lr: p.klr,
      momentum: p.kmom,
      lambda0: p.lambda,
      emaDecay: p.ema,
      refresh: p.refresh,
      statsEvery: p.tcov,
      rescale: p.rescale === 'on',
    },
    sgdLr: p.sgdlr,
    sgdMomentum: 0.9,
    adamLr: p.adamlr,
    pstLr: p.pstlr,
    hf: p.hf === 'on',
  };
}
