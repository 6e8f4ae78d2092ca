import { METHOD_STYLE } from '../../components/palette';

/** Okabe–Ito colours; the two routes of the derivation differ in colour and in shape. */
export const PRECOND_STYLE = {
  direct: {
    color: '#0072B2',
    dash: '',
    marker: 'diamond' as const,
    label: 'w ← w − αRRᵀ∇J, computed in w',
  },
  tilde: {
    color: '#D55E00',
    dash: '',
    marker: 'circle' as const,
    label: 'GD in w̃, mapped back by w = Rw̃ + b',
  },
  gd: { ...METHOD_STYLE.gd, label: 'Plain GD (R = I), same α' },
  columns: ['#009E73', '#CC79A7'] as const,
};
