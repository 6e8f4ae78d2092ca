/**
 * The `predict` URL parameter of the Newton, Damping, Preconditioning and Invariance panels,
 * declared once and spread into each panel's declarations (public: keep the key and values).
 * Left out of links while off, so links without it are unchanged.
 */
import { defineParams } from '../../../params/spec';

export const PREDICT_PARAMS = defineParams({
  predict: {
    kind: 'enum',
    label: 'Predict, then reveal',
    values: ['0', '1'],
    default: '0',
    labels: { '0': 'off', '1': 'on' },
    flag: true,
    omitDefault: true,
    help: 'Predict mode: the next iterate stays hidden until you mark where it lands (click, or arrow keys and Enter); a bare `?predict` turns it on.',
  },
});
