/** Okabe–Ito colours plus a dash pattern and marker per series, so colour is never the only cue. */
import type { MarkerShape } from '../../components/plot/Marker';

interface SeriesStyle {
  label: string;
  color: string;
  dash: string;
  marker: MarkerShape;
}

export const MODEL_STYLE: Record<'cg' | 'gdFixed' | 'gdExact', SeriesStyle> = {
  cg: { label: 'Conjugate gradient (CG)', color: '#D55E00', dash: '', marker: 'square' },
  gdFixed: {
    label: 'GD, best fixed step 2/(λmin+λmax)',
    color: '#000000',
    dash: '6 4',
    marker: 'circle',
  },
  gdExact: {
    label: 'GD, exact line search',
    color: '#0072B2',
    dash: '2 3',
    marker: 'diamond',
  },
};

export const TRAIN_STYLE: Record<'hf' | 'sgd' | 'adam', SeriesStyle> = {
  hf: { label: 'Hessian-free (HF)', color: '#D55E00', dash: '', marker: 'square' },
  sgd: { label: 'SGD', color: '#000000', dash: '6 4', marker: 'circle' },
  adam: { label: 'Adam', color: '#009E73', dash: '9 3 2 3', marker: 'triangle' },
};

export const REF_STYLE = {
  kappa: { label: 'slope 1 (∝ κ)', color: '#999999', dash: '3 3' },
  sqrt: { label: 'slope ½ (∝ √κ)', color: '#CC79A7', dash: '3 3' },
};
