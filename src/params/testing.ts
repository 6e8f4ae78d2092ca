/** Test-only declarations (not used by the app). */
import type { NumberDecl } from './spec';

/** A damping-like log slider from 10⁻⁴ to 10³ with an exact-zero notch below its minimum. */
export const ETA_DECL: NumberDecl = {
  kind: 'number',
  label: 'Damping η',
  symbol: 'η',
  min: 1e-4,
  max: 1e3,
  scale: 'log',
  zero: 'undamped',
  default: 0.1,
  help: '',
};
