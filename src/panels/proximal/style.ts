/**
 * How each view and data kind is drawn: Okabe–Ito colours, each with its own dash pattern or
 * marker shape so that colour is never the only cue.
 */
import type { SequenceMethod, ViewId } from '../../core/proximal';
import type { MarkerShape } from '../../components/plot/Marker';

export const VIEW_STYLE: Record<ViewId, { color: string; dash: string; label: string }> = {
  previous: { color: '#000000', dash: '', label: 'Previous iterate f(x, w⁽ᵏ⁾)' },
  wsd: { color: '#0072B2', dash: '', label: 'Loss + WSD' },
  fsd: { color: '#009E73', dash: '9 4', label: 'Loss + FSD' },
  both: { color: '#D55E00', dash: '', label: 'Loss + WSD + FSD' },
  ngd: { color: '#CC79A7', dash: '2 3', label: 'Natural-gradient step' },
};

/** The previous iterate as the grey reference drawn under every other view. */
export const REFERENCE = { color: '#6b6b6b', dash: '6 4', label: 'previous iterate (reference)' };

export const POINT_STYLE: Record<
  'seen' | 'unseen' | 'batch',
  { color: string; shape: MarkerShape; size: number; label: string }
> = {
  seen: { color: '#6b6b6b', shape: 'circle', size: 3.5, label: 'training point w⁽ᵏ⁾ was fit on' },
  unseen: { color: '#56B4E9', shape: 'square', size: 3, label: 'training point w⁽ᵏ⁾ never saw' },
  batch: { color: '#E69F00', shape: 'diamond', size: 7, label: 'new mini-batch' },
};

export const SEQUENCE_STYLE: Record<
  SequenceMethod,
  { color: string; dash: string; label: string }
> = {
  proximal: { color: '#D55E00', dash: '', label: 'Proximal (K steps on loss + FSD + WSD)' },
  sgd: { color: '#000000', dash: '6 4', label: 'SGD (one step per batch)' },
  'loss-only': { color: '#0072B2', dash: '2 3', label: 'Loss only (K steps on the batch loss)' },
};
