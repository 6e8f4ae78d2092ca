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

/**
 * What each preset is, and our hypothesis for how K-FAC fares on it. The lecture only reports
 * that results are "sometimes amazing, sometimes meh" and defers the why, so every explanation is
 * labelled as a hypothesis, and no comparison is stated here: the caption computes those from the
 * run shown.
 */
export const PRESET_WHY: Record<KfacPreset, string> = {
  autoencoder:
    'A deep autoencoder on 8×8 curve images, the kind of problem K-FAC was first demonstrated on (Martens & Grosse 2015). Our hypothesis (the lecture defers the why): the 4-unit bottleneck couples the layers and makes the loss badly conditioned, which is where rescaling by curvature should help most per iteration.',
  classifier:
    'A 2-16-16-2 tanh classifier on two moons. Our hypothesis (the lecture defers the why): tanh units saturate in some directions and not others, and K-FAC rescales each layer by its own input and gradient statistics.',
  regression:
    'A 1-8-1 tanh net on a noisy sine; the loss of the true function, the noise floor, is σ²/2 = 0.005 (noise σ = 0.1). Our hypothesis for the lecture’s "meh" (the lecture defers the why): the problem is small and well conditioned, so once the methods near the noise floor K-FAC’s extra work per step has little left to buy.',
};
