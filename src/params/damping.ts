/** The damping slider of the 2-D panels: log scale with an exact, undamped zero. */
export const DAMPING = {
  kind: 'number',
  label: 'Damping η',
  symbol: 'η',
  min: 1e-4,
  max: 1e3,
  scale: 'log',
  zero: 'undamped',
} as const;
