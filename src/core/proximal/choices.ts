/**
 * The proximal panel's choices, in a module of their own: the URL declarations
 * (panels/proximal/params.ts) read them without loading the proximal solver.
 */
export const FSD_SETS = ['batch', 'wide'] as const;
/** Where E_x of the FSD is taken: the batch's own inputs, or WIDE_FSD_POINTS evenly spaced in X_RANGE. */
export type FsdSet = (typeof FSD_SETS)[number];
export const WIDE_FSD_POINTS = 24;

export const INNER_METHODS = ['gd', 'adam'] as const;
/** 'gd': w ← w − α∇Q.  'adam': Adam (β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸, bias-corrected). */
export type InnerMethod = (typeof INNER_METHODS)[number];
