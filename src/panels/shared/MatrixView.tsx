import type { ReactNode } from 'react';
import type { Mat2 } from '../../core/types';
import { plainNum } from './texNumbers';

/**
 * A 2×2 matrix as plain HTML in brackets: for matrices that change on every drag, far cheaper
 * to lay out than typeset TeX.
 */
export function MatrixView({ name, m, testId }: { name: ReactNode; m: Mat2; testId?: string }) {
  return (
    <span className="matrix-view" data-testid={testId}>
      <span className="mv-name">{name} =</span>
      <span className="mv-grid" role="table" aria-label={`${String(name)} as a 2 by 2 matrix`}>
        {[0, 2].map((r) => (
          <span key={r} role="row" className="mv-row">
            <span role="cell">{plainNum(m[r])}</span>
            <span role="cell">{plainNum(m[r + 1])}</span>
          </span>
        ))}
      </span>
    </span>
  );
}
