import { METHOD_STYLE, OKABE_ITO } from '../../components/palette';

/** Okabe–Ito colours; the two routes of the derivation differ in colour and in shape. */
export const PRECOND_STYLE = {
  direct: {
    color: OKABE_ITO.blue,
    dash: '',
    marker: 'diamond' as const,
    label: 'w ← w − αRRᵀ∇J, computed in w',
  },
  tilde: {
    color: OKABE_ITO.vermillion,
    dash: '',
    marker: 'circle' as const,
    label: 'GD in w̃, mapped back by w = Rw̃ + b',
  },
  gd: { ...METHOD_STYLE.gd, label: 'Plain GD (R = I), same α' },
  columns: [OKABE_ITO.green, OKABE_ITO.purple] as const,
};
