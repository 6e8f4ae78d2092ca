import type { InvMethod } from './methods';
import type { MarkerShape } from '../../components/plot/Marker';
import { METHOD_STYLE, OKABE_ITO } from '../../components/palette';

/** Okabe–Ito colours with a dash pattern and marker per method (colour is never the only cue). */
export const INV_STYLE: Record<
  InvMethod,
  {
    color: string;
    dash: string;
    marker: MarkerShape;
    label: string;
    short: string;
    inSentence: string;
  }
> = {
  gd: { ...METHOD_STYLE.gd, short: 'GD', inSentence: 'gradient descent' },
  newton: { ...METHOD_STYLE.newton, short: 'Newton', inSentence: 'Newton' },
  gn: {
    color: OKABE_ITO.green,
    dash: '8 3',
    marker: 'diamond',
    label: 'Gauss-Newton',
    short: 'GN',
    inSentence: 'Gauss-Newton',
  },
  ngd: {
    color: OKABE_ITO.skyBlue,
    dash: '2 3',
    marker: 'triangle',
    label: 'Natural gradient',
    short: 'NGD',
    inSentence: 'natural gradient',
  },
};

/**
 * A curvature method is Newton, Gauss-Newton or natural gradient only at η = 0; with η > 0 it is
 * the damped method, and its name says so ("Damped Newton", "damped natural gradient").
 */
export function methodName(m: InvMethod, eta: number, form: 'label' | 'inSentence'): string {
  const st = INV_STYLE[m];
  if (m === 'gd' || eta === 0) return st[form];
  return `${form === 'label' ? 'Damped' : 'damped'} ${st.inSentence}`;
}
