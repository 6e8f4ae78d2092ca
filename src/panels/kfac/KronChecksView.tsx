import { Formula } from '../../components/Formula';
import { holds, type IdentityCheck, type KronChecks } from '../../core/kfac';
import { plainNum } from '../shared/texNumbers';
import { texDiff, texRowT } from './tex';

interface Props {
  c: KronChecks;
}

function Status({ check }: { check: IdentityCheck }) {
  const diff = check.maxDiff;
  const ok = holds(check);
  return (
    <span className={ok ? 'ok' : 'bad'}>
      {ok ? '✓ holds' : '✗ differs'} (max |lhs − rhs| = {plainNum(diff)})
    </span>
  );
}

/** The slide's Kronecker identities, both sides computed from the current A, B and X. */
export function KronChecksView({ c }: Props) {
  const rows: { name: string; tex: string; check: IdentityCheck | null; note?: string }[] = [
    {
      name: 'vec trick',
      tex: `\\operatorname{vec}(AXB) = ${texRowT(c.vecLhs)},\\quad (B^{\\top}\\!\\otimes A)\\operatorname{vec}X = ${texRowT(c.vecRhs)}`,
      check: c.vecIdentity,
    },
    {
      name: 'mixed product',
      tex: `(A\\otimes B)(A^{\\top}\\!\\otimes B^{\\top}) = AA^{\\top}\\!\\otimes BB^{\\top}`,
      check: c.mixedProduct,
    },
    {
      name: 'transpose',
      tex: `(A\\otimes B)^{\\top} = A^{\\top}\\!\\otimes B^{\\top}`,
      check: c.transpose,
    },
    {
      name: 'trace',
      tex: `\\operatorname{tr}(A\\otimes B) = ${plainNum(c.trace.lhs)} = \\operatorname{tr}A\\cdot\\operatorname{tr}B = ${plainNum(c.trace.rhs)}`,
      check: c.trace,
    },
    c.inverse.ok
      ? {
          name: 'inverse',
          tex: `(A\\otimes B)^{-1} = A^{-1}\\otimes B^{-1},\\quad \\det A = ${plainNum(c.detA)},\\ \\det B = ${plainNum(c.detB)}`,
          check: c.inverse,
        }
      : {
          name: 'inverse',
          tex: `\\det A = ${plainNum(c.detA)},\\ \\det B = ${plainNum(c.detB)}`,
          check: null,
          note: c.inverse.reason,
        },
  ];
  return (
    <div>
      <table className="readout formulas" data-testid="kron-checks">
        <caption>Identities from the slide, evaluated on your matrices</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td>
                <div className="rule">
                  <Formula tex={r.tex} />
                </div>
                {r.check === null ? (
                  <span className="small">{r.note}</span>
                ) : (
                  <Status check={r.check} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 style={{ fontSize: '1rem', margin: '0.8rem 0 0.2rem' }}>Eigen-decomposition of A ⊗ B</h2>
      {c.eigen.ok ? (
        <div data-testid="kron-eigen">
          <div className="rule">
            <Formula
              display
              tex={`\\lambda(A) = ${texRowT(c.eigen.lambda)},\\quad \\nu(B) = ${texRowT(c.eigen.nu)}`}
            />
            <Formula
              display
              tex={`\\{\\lambda_i\\nu_j\\}_{\\text{sorted}} = ${texRowT(c.eigen.productsSorted)}`}
            />
            <Formula
              display
              tex={`\\operatorname{eig}(A\\otimes B) = ${texRowT(c.eigen.kronEigenvalues)}`}
            />
            <Formula
              display
              tex={`\\max_{i,j}\\big\\|(A\\otimes B)(r_i\\otimes s_j) - \\lambda_i\\nu_j\\,(r_i\\otimes s_j)\\big\\| = ${texDiff(c.eigen.vectorResidual)}`}
            />
          </div>
          <Status
            check={{
              maxDiff: Math.max(c.eigen.maxDiff, c.eigen.vectorResidual),
              scale: c.eigen.scale,
            }}
          />
        </div>
      ) : (
        <p className="small" data-testid="kron-eigen" role="status">
          {c.eigen.reason}
        </p>
      )}
    </div>
  );
}
