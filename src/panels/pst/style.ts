import { OKABE_ITO } from '../../components/palette';
/** Okabe–Ito colours and dash patterns of the panel's marks (colour is never the only cue). */
export const PST_STYLE = {
  cloud: { color: OKABE_ITO.blue, label: 'pseudo-gradients Dw (t̃ ~ model)' },
  empiricalCloud: { color: OKABE_ITO.orange, label: 'gradients with the data’s labels' },
  exact: { color: OKABE_ITO.black, dash: '', label: 'exact G = F (2σ ellipse)' },
  estimate: { color: OKABE_ITO.vermillion, dash: '7 4', label: 'sample estimate Ĝ (2σ ellipse)' },
  empirical: { color: OKABE_ITO.purple, dash: '2 3', label: 'empirical Fisher (2σ ellipse)' },
  diagonal: { color: OKABE_ITO.green, dash: '4 2 1 2', label: 'diagonal' },
  coord2: { color: OKABE_ITO.skyBlue, dash: '5 3', label: '' },
  batchError: { color: OKABE_ITO.blue, dash: '', label: 'measured (RMS over the batches)' },
  batchFit: { color: OKABE_ITO.black, dash: '6 4', label: 'least-squares fit' },
  batchAngle: { color: OKABE_ITO.vermillion, dash: '', label: 'mean angle to the full-data step' },
} as const;
