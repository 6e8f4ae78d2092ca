/** Okabe–Ito colours plus a dash pattern per method, so colour is never the only cue. */
import type { KfacMethod, KfacPreset } from '../../core/kfac';
import { OKABE_ITO } from '../../components/palette';

export const TRAIN_STYLE: Record<KfacMethod, { label: string; color: string; dash: string }> = {
  kfac: { label: 'K-FAC', color: OKABE_ITO.vermillion, dash: '' },
  sgd: { label: 'SGD + momentum 0.9', color: OKABE_ITO.black, dash: '6 4' },
  adam: { label: 'Adam', color: OKABE_ITO.blue, dash: '2 3' },
  pst: { label: 'Diagonal PST (diag Ĝ⁻¹, EMA 0.95)', color: OKABE_ITO.purple, dash: '1 3' },
  hf: { label: 'Hessian-free (equal compute time)', color: OKABE_ITO.green, dash: '9 3 2 3' },
};

/** Why K-FAC does or does not pay off on each preset (the slide's "sometimes amazing, sometimes meh"). */
export const PRESET_WHY: Record<KfacPreset, string> = {
  autoencoder:
    'The deep autoencoder is badly conditioned and its layers are strongly coupled through the 4-unit bottleneck: per iteration, curvature information buys a lot, which is where K-FAC was first shown to shine.',
  classifier:
    'On two moons the tanh layers quickly saturate in some directions and not others; K-FAC rescales each layer by its own input and gradient statistics and drives the loss down orders of magnitude faster per iteration.',
  regression:
    'A 1-8-1 net on a noisy sine is small and well conditioned and every method soon sits at the noise floor (σ²/2 = 0.005): the extra work per K-FAC step does not pay, so per second of compute it is "meh".',
};
