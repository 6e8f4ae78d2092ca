import { Formula } from '../../components/Formula';
import { ParamSelect } from '../../components/ParamSelect';
import { claimText } from '../../core/claims/claim';
import {
  holds,
  mixedProductCheck,
  outerCheck,
  structureCheck,
  withStructure,
  type IdentityCheck,
  type StructureOf,
} from '../../core/kfac';
import { mat, type Mat } from '../../core/linalg';
import { plainNum } from '../shared/texNumbers';
import { binder, type SetParams } from '../shared/useParams';
import { formatMatrix, formatVector, withEntry } from './matrixText';
import { MatrixEditor } from './MatrixEditor';
import { KFAC_PARAMS, type KfacParams } from './params';
import { measureText, STRUCTURE_WORD, structureClaims } from './structureClaims';
import { texMatrix, texRowT } from './tex';

interface Props {
  p: KfacParams;
  set: SetParams<typeof KFAC_PARAMS>;
  A: Mat;
  B: Mat;
  C: Mat;
  D: Mat;
  u: number[];
  v: number[];
  more: MoreChecks;
}

export type MoreChecks = ReturnType<typeof moreChecks>;

/** The extra identities' checks, also counted by the caption above. */
export function moreChecks(
  A: Mat,
  B: Mat,
  C: Mat,
  D: Mat,
  u: number[],
  v: number[],
  structure: KfacParams['structure'],
) {
  return {
    outer: outerCheck(u, v),
    mixed: mixedProductCheck(A, B, C, D),
    structure: structureCheck(A, B, structure),
  };
}

/** What "Make A and B …" does to them (core/kfac/structure.ts, withStructure). */
const HOW: Record<KfacParams['structure'], string> = {
  symmetric: 'Replaces each by (M + Mᵀ)/2.',
  orthogonal: 'Replaces them by two exact rotation/reflection examples.',
  diagonal: 'Keeps only their diagonals.',
  posdef: 'Replaces each by (M + Mᵀ)/2 + c·I, c so that λ_min ≥ 0.5.',
};

function Status({ check, testId }: { check: IdentityCheck; testId: string }) {
  const ok = holds(check);
  return (
    <span className={ok ? 'ok' : 'bad'} data-testid={testId}>
      {ok ? '✓ holds' : '✗ differs'} (max |lhs − rhs| = {plainNum(check.maxDiff)})
    </span>
  );
}

const column = (v: number[]) => mat(v.length, 1, v);

/** A vector as an editable column with a length chooser (1 … 3). */
function VectorField(props: { name: 'u' | 'v'; v: number[]; onChange(v: number[]): void }) {
  const { name, v, onChange } = props;
  return (
    <div style={{ display: 'inline-block', marginRight: '1.2rem', verticalAlign: 'top' }}>
      <label className="small" data-control={`size-${name}`}>
        length of {name}{' '}
        <select
          value={v.length}
          data-testid={`size-${name}`}
          onChange={(e) => {
            const k = Number(e.target.value);
            onChange(Array.from({ length: k }, (_, i) => v[i] ?? 1));
          }}
        >
          {[1, 2, 3].map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <MatrixEditor
        name={name}
        M={column(v)}
        testId={`vector-${name}`}
        onChange={(i, _j, x) => onChange(v.map((y, k) => (k === i ? x : y)))}
      />
    </div>
  );
}

/**
 * Issue #14.4: vec(u vᵀ) = v ⊗ u, the general mixed product with editable C and D, and a chosen
 * structure that A ⊗ B keeps when A and B have it.
 */
export function KronMoreView({ p, set, A, B, C, D, u, v, more }: Props) {
  const { outer, mixed, structure: st } = more;
  const word = STRUCTURE_WORD[p.structure];
  const row = (name: string, x: StructureOf, has: boolean) => (
    <li>
      {has ? '✓' : '✗'} {name} {has ? 'is' : 'is not'} {word}:{' '}
      {measureText(p.structure, name.replace(/ /g, ''), x)}
    </li>
  );
  return (
    <div className="panel-row two" data-testid="kron-more" style={{ marginTop: 0 }}>
      <section>
        <h2>vec(u vᵀ) = v ⊗ u</h2>
        <p className="small">As in K-FAC: vec(Ds āᵀ) = ā ⊗ Ds.</p>
        <VectorField name="u" v={u} onChange={(x) => set({ u: formatVector(x) })} />
        <VectorField name="v" v={v} onChange={(x) => set({ v: formatVector(x) })} />
        <div className="rule" data-testid="outer-formula">
          <Formula display tex={`u v^{\\top} = ${texMatrix(outer.uv)}`} />
          <Formula display tex={`\\operatorname{vec}(u v^{\\top}) = ${texRowT(outer.lhs)}`} />
          <Formula display tex={`v\\otimes u = ${texRowT(outer.rhs)}`} />
        </div>
        <Status check={outer} testId="outer-status" />
      </section>
      <section>
        <h2>(A ⊗ B)(C ⊗ D) = AC ⊗ BD</h2>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
          {(['C', 'D'] as const).map((name) => {
            const M = name === 'C' ? C : D;
            return (
              <div key={name}>
                <span className="small">
                  {name} (the size of {name === 'C' ? 'A' : 'B'})
                </span>
                <MatrixEditor
                  name={name}
                  M={M}
                  testId={`matrix-${name}`}
                  onChange={(i, j, x) => set({ [name]: withEntry(M, i, j, x) })}
                />
              </div>
            );
          })}
        </div>
        <div className="rule">
          <Formula display tex={`AC = ${texMatrix(mixed.rhsFactors.AC)}`} />
          <Formula display tex={`BD = ${texMatrix(mixed.rhsFactors.BD)}`} />
        </div>
        <Status check={mixed} testId="mixed-status" />
      </section>
      <section>
        <h2>A ⊗ B keeps the structure of A and B</h2>
        <ParamSelect {...binder(KFAC_PARAMS, p, set)('structure')} testId="structure" />
        <ul className="small" data-testid="structure-list" style={{ margin: '0.3rem 0' }}>
          {row('A', st.A, st.A.has)}
          {row('B', st.B, st.B.has)}
          {row('A ⊗ B', st.kron, st.kron.has)}
        </ul>
        <button
          type="button"
          data-testid="make-structure"
          data-control="make-structure"
          onClick={() =>
            set({
              A: formatMatrix(withStructure(A, p.structure, 0)),
              B: formatMatrix(withStructure(B, p.structure, 1)),
            })
          }
        >
          Make A and B {word}
        </button>
        <div className="hint">{HOW[p.structure]}</div>
        <p className="caption" data-testid="structure-caption">
          {claimText(structureClaims(st))}
        </p>
      </section>
    </div>
  );
}
