/** Test-only declarations (not used by the app). */
import { DAMPING } from './damping';
import type { NumberDecl } from './spec';

/** A damping-like log slider from 10⁻⁴ to 10³ with an exact-zero notch below its minimum. */
export const ETA_DECL: NumberDecl = { ...DAMPING, default: 0.1, help: '' };
