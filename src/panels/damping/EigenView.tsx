import type { FocusInfo } from '../../core/newton/compute';
import { EigenBars, type EigenGroup } from '../../components/EigenBars';
import { plainNum } from '../shared/texNumbers';
import { GREY, OKABE_ITO } from '../../components/palette';

/** Regime of one eigen-direction under damping η, as the slide words it. */
export function regime(nu: number, eta: number): string {
  if (nu < 0) return 'negative curvature';
  if (nu === 0) return 'zero curvature (flat)';
  if (eta === 0) return 'undamped';
  if (nu >= 10 * eta) return 'Newton-like (ν ≫ η)';
  if (nu <= eta / 10) return 'GD-like (ν ≪ η)';
  return 'in between (ν ≈ η)';
}

/** Bars of ν_j, 1/ν_j and 1/(ν_j+η) on a log axis, with the 1/η cap. */
export function EigenView({ f, eta, width }: { f: FocusInfo; eta: number; width: number }) {
  const groups: EigenGroup[] = f.hessEigenvalues.map((nu, j) => ({
    label: `ν${j === 0 ? '₁' : '₂'} = ${plainNum(nu)}`,
    tag: regime(nu, eta),
    bars: [
      { name: 'ν', value: nu, color: GREY.light },
      { name: '1/ν', value: 1 / nu, color: OKABE_ITO.vermillion },
      { name: '1/(ν+η)', value: nu + eta > 0 ? 1 / (nu + eta) : -1, color: OKABE_ITO.blue },
    ],
  }));
  return (
    <figure className="eigen-view" data-testid="eigen-view">
      <EigenBars
        groups={groups}
        width={width}
        height={250}
        cap={eta > 0 ? { value: 1 / eta, label: `1/η = ${plainNum(1 / eta)}` } : undefined}
        label="Eigenvalues of H, of its inverse and of the damped inverse"
      />
      <ul className="legend inline" aria-label="Bar colours">
        <li>
          <span className="swatch" style={{ background: GREY.light }} /> ν (curvature)
        </li>
        <li>
          <span className="swatch" style={{ background: OKABE_ITO.vermillion }} /> 1/ν (Newton's
          step scale)
        </li>
        <li>
          <span className="swatch" style={{ background: OKABE_ITO.blue }} /> 1/(ν+η) (damped; never
          above 1/η)
        </li>
      </ul>
    </figure>
  );
}
