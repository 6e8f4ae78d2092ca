/** Okabe–Ito colours plus a dash pattern and marker per series, so colour is never the only cue. */
import type { MarkerShape } from '../../components/plot/Marker';
import { GREY, OKABE_ITO } from '../../components/palette';

interface SeriesStyle {
  label: string;
  color: string;
  dash: string;
  marker: MarkerShape;
}

export const MODEL_STYLE: Record<'cg' | 'gdFixed' | 'gdExact', SeriesStyle> = {
  cg: { label: 'Conjugate gradient (CG)', color: OKABE_ITO.vermillion, dash: '', marker: 'square' },
  gdFixed: {
    label: 'GD, best fixed step 2/(λmin+λmax)',
    color: OKABE_ITO.black,
    dash: '6 4',
    marker: 'circle',
  },
  gdExact: {
    label: 'GD, exact line search',
    color: OKABE_ITO.blue,
    dash: '2 3',
    marker: 'diamond',
  },
};

export const TRAIN_STYLE: Record<'hf' | 'sgd' | 'adam', SeriesStyle> = {
  hf: { label: 'Hessian-free (HF)', color: OKABE_ITO.vermillion, dash: '', marker: 'square' },
  sgd: { label: 'SGD', color: OKABE_ITO.black, dash: '6 4', marker: 'circle' },
  adam: { label: 'Adam', color: OKABE_ITO.green, dash: '9 3 2 3', marker: 'triangle' },
};

export const REF_STYLE = {
  kappa: { label: 'slope 1 (∝ κ)', color: GREY.light, dash: '3 3' },
  sqrt: { label: 'slope ½ (∝ √κ)', color: OKABE_ITO.purple, dash: '3 3' },
};
