import type { ReactNode } from 'react';

/**
 * A readout that would give the hidden next iterate away (Δw, the numbers of w⁽ᵏ⁺¹⁾, the damping
 * path at the current η): replaced, not just covered, while predict mode hides the step — so
 * screen readers do not read it out either.
 */
export function HiddenStep({ hidden, children }: { hidden: boolean; children: ReactNode }) {
  if (!hidden) return children;
  return (
    <p className="small predict-hidden" data-testid="predict-hidden">
      Hidden until you predict the next iterate.
    </p>
  );
}

/** What a caption or status says while predict mode keeps the runs' endings back. */
export const HIDDEN_RUNS =
  'Predict mode: how the runs end is hidden until you answer the question above.';
export const HIDDEN_STATUS = 'hidden';
