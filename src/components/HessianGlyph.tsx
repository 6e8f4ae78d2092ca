import type { Mat2, Vec2 } from '../core/types';
import { PlotSvg } from './plot/PlotSvg';
import { GREY, OKABE_ITO, withAlpha } from './palette';

interface Props {
  eigenvalues: Vec2;
  /** Eigenvectors as columns: [v₁x, v₂x, v₁y, v₂y] — or rows; see `vectors` note in the core. */
  vectors: readonly [Vec2, Vec2];
  size: number;
  label: string;
  /** Optional matrix to report in the title. */
  matrix?: Mat2;
  /** The matrix's name in the caption (default H; e.g. H̃ for a transformed Hessian). */
  name?: string;
}

/**
 * The curvature as a shape: the set ΔᵀHΔ = 1 (an ellipse when H ≻ 0, a hyperbola when indefinite),
 * with the eigen-directions drawn and labelled by their eigenvalues ν.
 */
export function HessianGlyph({ eigenvalues, vectors, size, label, name = 'H' }: Props) {
  const c = size / 2;
  const absMax = Math.max(...eigenvalues.map(Math.abs), 1e-300);
  // Radii along each eigenvector ∝ 1/√|ν|, normalized so the longer one fills 45% of the box.
  const r = eigenvalues.map((v) => 1 / Math.sqrt(Math.max(Math.abs(v), absMax * 1e-6)));
  const s = (0.42 * size) / Math.max(...r);
  const [a, b] = [r[0] * s, r[1] * s];
  const angle = (Math.atan2(vectors[0][1], vectors[0][0]) * 180) / Math.PI;
  const pd = eigenvalues[0] > 0 && eigenvalues[1] > 0;
  const nd = eigenvalues[0] < 0 && eigenvalues[1] < 0;
  let shape;
  if (pd || nd) {
    shape = (
      <ellipse
        rx={a}
        ry={b}
        fill={withAlpha(OKABE_ITO.blue, 0.12)}
        stroke={OKABE_ITO.blue}
        strokeWidth={2}
        strokeDasharray={nd ? '4 3' : undefined}
      />
    );
  } else {
    // Hyperbola x²/a² − y²/b² = ±1 along the eigen-axes, the positive-curvature axis first.
    const pos = eigenvalues[0] > 0 ? 0 : 1;
    const [ra, rb] = pos === 0 ? [a, b] : [b, a];
    const pts: string[] = [];
    for (let i = -20; i <= 20; i++) {
      const u = (i / 20) * 2;
      pts.push(`${ra * Math.cosh(u)},${rb * Math.sinh(u)}`);
    }
    const rot = pos === 0 ? 0 : 90;
    shape = (
      <g transform={`rotate(${rot})`}>
        <polyline
          points={pts.join(' ')}
          fill="none"
          stroke={OKABE_ITO.vermillion}
          strokeWidth={2}
        />
        <polyline
          points={pts
            .map((p) =>
              p
                .split(',')
                .map((v, j) => (j === 0 ? -Number(v) : Number(v)))
                .join(','),
            )
            .join(' ')}
          fill="none"
          stroke={OKABE_ITO.vermillion}
          strokeWidth={2}
        />
      </g>
    );
  }
  return (
    <PlotSvg width={size} height={size} label={label} className="plot glyph" testId="hessian-glyph">
      <rect width={size} height={size} fill={GREY.plotBg} stroke={GREY.light} />
      <g transform={`translate(${c},${c}) scale(1,-1) rotate(${angle})`}>
        <clipPath id="glyph-clip">
          <rect x={-c} y={-c} width={size} height={size} />
        </clipPath>
        {shape}
        <line x1={-0.48 * size} x2={0.48 * size} stroke={GREY.tag} strokeDasharray="2 2" />
        <line y1={-0.48 * size} y2={0.48 * size} stroke={GREY.tag} strokeDasharray="2 2" />
      </g>
      <text x={6} y={16} className="small">
        ν₁ = {eigenvalues[0].toPrecision(3)}, ν₂ = {eigenvalues[1].toPrecision(3)}
      </text>
      <text x={6} y={size - 8} className="small">
        {pd
          ? `Δᵀ${name}Δ = 1: ellipse (${name} ≻ 0)`
          : nd
            ? `Δᵀ${name}Δ = −1: ellipse (${name} ≺ 0)`
            : `Δᵀ${name}Δ = ±1: hyperbola (indefinite)`}
      </text>
    </PlotSvg>
  );
}
