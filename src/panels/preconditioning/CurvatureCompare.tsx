import type { PrecondResult } from '../../core/precond/computePrecond';
import { inverse, matmul, transpose } from '../../core/linalg/mat2';
import { HessianGlyph } from '../../components/HessianGlyph';
import { MatrixView } from '../shared/MatrixView';
import { plainNum } from '../shared/texNumbers';

/** κ as text: the number, or why it is undefined. */
export function kappaText(kappa: number | null, eigenvalues: readonly [number, number]): string {
  if (kappa !== null) return plainNum(kappa);
  return eigenvalues[0] < 0 && eigenvalues[1] > 0 ? 'undefined (indefinite)' : 'undefined (not PD)';
}

/** H and H̃ = RᵀHR side by side: matrix, curvature ellipse, eigenvalues, condition number. */
export function CurvatureCompare({ out, lr }: { out: PrecondResult; lr: number }) {
  const pt = out.point;
  const RRt = matmul(pt.R, transpose(pt.R));
  const Hinv = inverse(pt.H);
  const nuMax = Math.max(...pt.eigHt.values.map(Math.abs));
  const cards = [
    {
      id: 'h',
      title: 'H = ∇²J(w⁽ᵏ⁾) in w',
      matrix: pt.H,
      matrixName: 'H',
      eig: pt.eigH,
      kappa: pt.kappaH,
      name: 'H',
    },
    {
      id: 'htilde',
      title: 'H̃ = RᵀHR in w̃',
      matrix: pt.Ht,
      matrixName: 'H̃ = RᵀHR',
      eig: pt.eigHt,
      kappa: pt.kappaHt,
      name: 'H̃',
    },
  ];
  return (
    <div className="curv-compare">
      <div className="twin-cards">
        {cards.map((c) => (
          <figure key={c.id} data-testid={`${c.id}-card`}>
            <h3 className="card-title">{c.title}</h3>
            <MatrixView name={c.matrixName} m={c.matrix} testId={`matrix-${c.id}`} />
            <HessianGlyph
              eigenvalues={c.eig.values}
              vectors={c.eig.vectors}
              size={200}
              name={c.name}
              label={`Curvature ellipse of ${c.name}`}
            />
            <p className="kappa">
              κ({c.name}) ={' '}
              <strong data-testid={`kappa-${c.id}`}>{kappaText(c.kappa, c.eig.values)}</strong>
            </p>
            <p className="small" data-testid={`eig-${c.id}`}>
              eigenvalues {plainNum(c.eig.values[0])}, {plainNum(c.eig.values[1])}
            </p>
          </figure>
        ))}
      </div>
      <div className="matrix-row-views" data-testid="rrt">
        <MatrixView name="R" m={pt.R} />
        <MatrixView name="RRᵀ" m={RRt} />
        {Hinv && <MatrixView name="H⁻¹" m={Hinv} />}
      </div>
      <p className="small" data-testid="stability">
        GD in w̃ is stable near w⁽ᵏ⁾ for α &lt; 2/ν̃<sub>max</sub> = {plainNum(2 / nuMax)}; your α ={' '}
        {plainNum(lr)}
        {lr >= 2 / nuMax ? ' — too large: expect oscillation or divergence.' : '.'}
      </p>
    </div>
  );
}
