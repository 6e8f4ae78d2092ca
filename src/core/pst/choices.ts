/**
 * The pullback-sampling panel's choices and limits, in a module of their own: the URL
 * declarations (panels/pst/params.ts) read them without loading the sampling code.
 */
export const PST_MODELS = ['linear', 'net'] as const;
export type PstModel = (typeof PST_MODELS)[number];
export const PST_OUTPUTS = ['gaussian', 'bernoulli'] as const;
export type PstOutput = (typeof PST_OUTPUTS)[number];
/** Which two weights of the small net are plotted (public ids). */
export const PST_PAIRS = ['output', 'hidden', 'mixed'] as const;
export type PstPair = (typeof PST_PAIRS)[number];

export const SAMPLES_MIN = 10;
export const SAMPLES_MAX = 5000;
