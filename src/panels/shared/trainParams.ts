/** Declarations shared by the training comparisons: Hessian-free and K-FAC run the same Adam. */
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPS } from '../../core/hf/choices';

export const ADAM_LR = {
  kind: 'number',
  label: 'Adam learning rate',
  symbol: 'α',
  min: 1e-5,
  max: 1,
  scale: 'log',
  default: 0.01,
  help: `Step size α of Adam (β₁ = ${ADAM_BETA1}, β₂ = ${ADAM_BETA2}, ε = ${ADAM_EPS}).`,
} as const;
