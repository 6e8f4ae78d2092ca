import type { FocusInfo } from '../../core/newton/compute';
import {
  dampingRegime,
  factorLegendClaim,
  factorNoteClaim,
  regimeClaims,
  REGIME_WORDS,
} from '../../core/newton/dampingClaims';
import { EigenBars, type EigenGroup } from '../../components/EigenBars';
import { plainNum } from '../shared/texNumbers';
import { GREY, OKABE_ITO } from '../../components/palette';

/**
 * Bars of ν_j, 1/ν_j and 1/(ν_j+η) on a log axis, with the 1/η cap. The legend and the note say
 * whether 1/η really caps the damped factors — only when H ⪰ 0 (computed claims,
 * src/core/newton/dampingClaims.ts).
 */
export function EigenView({ f, eta, width }: { f: FocusInfo; eta: number; width: number }) {
  const nus = f.hessEigenvalues;
  const groups: EigenGroup[] = nus.map((nu, j) => ({
    label: `ν${j === 0 ? '₁' : '₂'} = ${plainNum(nu)}`,
    tag: REGIME_WORDS[dampingRegime(nu, eta)],
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
        <li data-testid="factor-legend">
          <span className="swatch" style={{ background: OKABE_ITO.blue }} />{' '}
          {factorLegendClaim(nus, eta).text}
        </li>
      </ul>
      <p className="small" data-testid="pd-note">
        {factorNoteClaim(nus, eta).text} Directions:{' '}
        {regimeClaims(nus, eta)
          .map((c) => c.text)
          .join('; ')}
        .
      </p>
    </figure>
  );
}
