/** Okabe–Ito colours and dash patterns of the panel's marks (colour is never the only cue). */
export const PST_STYLE = {
  cloud: { color: '#0072B2', label: 'pseudo-gradients Dw (t̃ ~ model)' },
  empiricalCloud: { color: '#E69F00', label: 'gradients with the data’s labels' },
  exact: { color: '#000000', dash: '', label: 'exact G = F (2σ ellipse)' },
  estimate: { color: '#D55E00', dash: '7 4', label: 'sample estimate Ĝ (2σ ellipse)' },
  empirical: { color: '#CC79A7', dash: '2 3', label: 'empirical Fisher (2σ ellipse)' },
  diagonal: { color: '#009E73', dash: '4 2 1 2', label: 'diagonal' },
  coord2: { color: '#56B4E9', dash: '5 3', label: '' },
} as const;
