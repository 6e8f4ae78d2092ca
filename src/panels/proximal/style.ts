/**
 * How each view and data kind is drawn: Okabe–Ito colours, each with its own dash pattern or
 * marker shape so that colour is never the only cue.
 */
import type { SequenceMethod, ViewId } from '../../core/proximal';
import type { MarkerShape } from '../../components/plot/Marker';
import { GREY, OKABE_ITO } from '../../components/palette';

export const VIEW_STYLE: Record<ViewId, { color: string; dash: string; label: string }> = {
  previous: { color: OKABE_ITO.black, dash: '', label: 'Previous iterate f(x, w⁽ᵏ⁾)' },
  wsd: { color: OKABE_ITO.blue, dash: '', label: 'Loss + WSD' },
  fsd: { color: OKABE_ITO.green, dash: '9 4', label: 'Loss + FSD' },
  both: { color: OKABE_ITO.vermillion, dash: '', label: 'Loss + WSD + FSD' },
  ngd: { color: OKABE_ITO.purple, dash: '2 3', label: 'Natural-gradient step' },
  sgd: { color: OKABE_ITO.black, dash: '1 4', label: 'SGD step −∇L/λ_WSD' },
};

/** The previous iterate as the grey reference drawn under every other view. */
export const REFERENCE = {
  color: GREY.mutedLine,
  dash: '6 4',
  label: 'previous iterate (reference)',
};

export const POINT_STYLE: Record<
  'seen' | 'unseen' | 'batch',
  { color: string; shape: MarkerShape; size: number; label: string }
> = {
  seen: {
    color: GREY.mutedLine,
    shape: 'circle',
    size: 3.5,
    label: 'training point w⁽ᵏ⁾ was fit on',
  },
  unseen: {
    color: OKABE_ITO.skyBlue,
    shape: 'square',
    size: 3,
    label: 'training point w⁽ᵏ⁾ never saw',
  },
  batch: { color: OKABE_ITO.orange, shape: 'diamond', size: 7, label: 'new mini-batch' },
};

export const SEQUENCE_STYLE: Record<
  SequenceMethod,
  { color: string; dash: string; label: string }
> = {
  proximal: {
    color: OKABE_ITO.vermillion,
    dash: '',
    label: 'Proximal (K steps on loss + FSD + WSD)',
  },
  sgd: { color: OKABE_ITO.black, dash: '6 4', label: 'SGD (one step per batch)' },
  'loss-only': {
    color: OKABE_ITO.blue,
    dash: '2 3',
    label: 'Loss only (K steps on the batch loss)',
  },
};

/** The same-compute chart: the two ways to spend K gradient evaluations. */
export const SAME_COMPUTE_STYLE = {
  proximal: {
    color: OKABE_ITO.vermillion,
    dash: '',
    label: 'K steps on the proximal objective of one batch',
  },
  sgd: { color: OKABE_ITO.black, dash: '6 4', label: 'K SGD steps on K batches' },
};
