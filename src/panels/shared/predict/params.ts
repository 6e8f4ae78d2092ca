/**
 * The `predict` URL parameter of the Newton, Damping, Preconditioning and Invariance panels,
 * declared once and spread into each panel's declarations (public: keep the key and values).
 * Left out of links while off, so links without it are unchanged.
 */
import { defineParams, switchParam } from '../../../params/spec';

export const PREDICT_PARAMS = defineParams({
  predict: switchParam(
    'Predict, then reveal',
    'Predict mode: the next iterate stays hidden until you mark where it lands (click, or arrow keys and Enter); a bare `?predict` turns it on.',
    { '0': 'off', '1': 'on' },
  ),
});
