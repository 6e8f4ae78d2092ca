/**
 * Colours: Okabe–Ito (distinguishable with every common colour-vision deficiency), each method
 * also carrying its own dash pattern and marker so colour is never the only cue.
 */
import type { MethodId } from '../core/types';

export const METHOD_STYLE: Record<
  MethodId,
  {
    color: string;
    dash: string;
    label: string;
    marker: 'circle' | 'square' | 'diamond' | 'triangle';
  }
> = {
  gd: { color: '#000000', dash: '6 4', label: 'Gradient descent', marker: 'circle' },
  newton: { color: '#D55E00', dash: '', label: 'Newton', marker: 'square' },
  'damped-newton': { color: '#0072B2', dash: '', label: 'Damped Newton', marker: 'diamond' },
  'pd-newton': { color: '#CC79A7', dash: '2 3', label: 'PD-curvature Newton', marker: 'triangle' },
};

export const ACCENT = {
  taylor: '#009E73',
  threshold: '#E69F00',
  start: '#000000',
  muted: '#6b6b6b',
};
