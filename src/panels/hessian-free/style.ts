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

/** The worst-case bounds on the sweep chart (src/core/cg/bounds.ts). */
export const REF_STYLE = {
  kappa: { label: 'GD’s worst-case bound (∝ κ)', color: GREY.light, dash: '3 3' },
  sqrt: { label: 'CG’s worst-case bound (∝ √κ)', color: OKABE_ITO.purple, dash: '3 3' },
};

/** The preconditioned-CG chart: the same model well scaled, badly scaled, and preconditioned. */
export const PCG_STYLE = {
  cgA: { label: 'CG on A (well scaled, as above)', color: GREY.light, dash: '2 3' },
  cgD: { label: 'CG on DAD (badly scaled)', color: OKABE_ITO.vermillion, dash: '7 4' },
  pcgD: { label: 'Jacobi-preconditioned CG on DAD', color: OKABE_ITO.green, dash: '' },
};
