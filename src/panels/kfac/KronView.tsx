import { useMemo, useState } from 'react';
import { ControlField } from '../../components/ControlField';
import { DownloadButton } from '../../components/DownloadButton';
import { Formula } from '../../components/Formula';
import { Heatmap } from '../../components/Heatmap';
import { useElementWidth } from '../../components/useElementWidth';
import { kronChecks } from '../../core/kfac';
import type { Mat } from '../../core/linalg';
import { plainNum } from '../shared/texNumbers';
import { kronCaption } from './caption';
import { exportKron } from './exportKfac';
import { KronChecksView } from './KronChecksView';
import { MatrixEditor } from './MatrixEditor';
import type { ParamsProps } from '../shared/useParams';
import { KFAC_PARAMS } from './params';
import {
  formatMatrix,
  parseMatrix,
  parseVector,
  resizeMatrix,
  withEntry,
  type Parsed,
} from './matrixText';
import { KronMoreView, moreChecks } from './KronMoreView';
import { texMatrix } from './tex';
import { GREY, OKABE_ITO } from '../../components/palette';
import { STAGE_LEGEND_COL, usePresent } from '../shared/usePresent';
import { FigureText } from '../../components/FigureText';
import { describeKron } from './describe';

type Props = ParamsProps<typeof KFAC_PARAMS>;

type Cell = { row: number; col: number };

/** A URL text parsed, or the default with the reason shown (a bad link never breaks the view). */
function useParsed<T>(
  text: string,
  fallback: string,
  name: string,
  parse: (t: string, n: string) => Parsed<T>,
): { value: T; error: string | null } {
  return useMemo(() => {
    const r = parse(text, name);
    if (r.ok) return { value: r.value, error: null };
    const d = parse(fallback, name);
    if (!d.ok) throw new Error(`default ${name} does not parse`);
    return { value: d.value, error: `${r.error} Showing the default ${name}.` };
  }, [text, fallback, name, parse]);
}

const useMatrix = (text: string, fallback: string, name: string) => {
  const r = useParsed(text, fallback, name, parseMatrix);
  return { M: r.value, error: r.error };
};
const useVector = (text: string, fallback: string, name: string) => {
  const r = useParsed(text, fallback, name, parseVector);
  return { v: r.value, error: r.error };
};

/** The 2 × 2 / 3 × 3 choice of one factor's size. */
function SizeSelect(props: { name: 'A' | 'B'; size: number; onChange(size: number): void }) {
  return (
    <ControlField control={`size-${props.name}`} label={`Size of ${props.name}`}>
      {(id) => (
        <select
          id={id}
          value={props.size}
          data-testid={`size-${props.name}`}
          onChange={(e) => props.onChange(Number(e.target.value))}
        >
          <option value={2}>2 × 2</option>
          <option value={3}>3 × 3</option>
        </select>
      )}
    </ControlField>
  );
}

/** First view: edit A, B, X and see A ⊗ B and the slide's identities update live. */
export function KronView({ p, set }: Props) {
  const a = useMatrix(p.A, KFAC_PARAMS.A.default, 'A');
  const b = useMatrix(p.B, KFAC_PARAMS.B.default, 'B');
  const x = useMatrix(p.X, KFAC_PARAMS.X.default, 'X');
  const c = useMatrix(p.C, KFAC_PARAMS.C.default, 'C');
  const d = useMatrix(p.D, KFAC_PARAMS.D.default, 'D');
  const u = useVector(p.u, KFAC_PARAMS.u.default, 'u');
  const v = useVector(p.v, KFAC_PARAMS.v.default, 'v');
  const squareError =
    a.M.rows !== a.M.cols || b.M.rows !== b.M.cols
      ? 'A and B must be square; showing square parts.'
      : null;
  const A = a.M.rows === a.M.cols ? a.M : resizeMatrix(a.M, a.M.rows, a.M.rows);
  const B = b.M.rows === b.M.cols ? b.M : resizeMatrix(b.M, b.M.rows, b.M.rows);
  const m = A.rows;
  const n = B.rows;
  const X = x.M.rows === m && x.M.cols === n ? x.M : resizeMatrix(x.M, m, n);
  // C and D follow the sizes of A and B (kept entries stay, new ones are the identity's).
  const C = useMemo(
    () => (c.M.rows === m && c.M.cols === m ? c.M : resizeMatrix(c.M, m, m)),
    [c.M, m],
  );
  const D = useMemo(
    () => (d.M.rows === n && d.M.cols === n ? d.M : resizeMatrix(d.M, n, n)),
    [d.M, n],
  );
  const more = useMemo(
    () => moreChecks(A, B, C, D, u.v, v.v, p.structure),
    [A, B, C, D, u.v, v.v, p.structure],
  );
  // A few dozen multiply-adds for ≤ 3×3 factors (≤ 9×9 product): well under a millisecond, so
  // this runs on the main thread and the heatmap follows the typing without a worker round trip.
  const checks = useMemo(() => kronChecks(A, B, X), [A, B, X]);
  const [point, setPoint] = useState<Cell | null>(null);
  const [hoverK, setHoverK] = useState<Cell | null>(null);
  const block = hoverK
    ? { row: Math.floor(hoverK.row / n), col: Math.floor(hoverK.col / n) }
    : point;
  const [ref, width] = useElementWidth<HTMLDivElement>(420);
  // Capped for reading; on the presenter stage the square takes the size it is given less the
  // column its title and colour bar move to (stage.css), so it can use the screen's full height.
  const present = usePresent();
  const kWidth = present
    ? Math.max(240, width - STAGE_LEGEND_COL)
    : Math.min(460, Math.max(240, width));
  const errors = [
    a.error,
    b.error,
    x.error,
    c.error,
    d.error,
    u.error,
    v.error,
    squareError,
  ].filter((e): e is string => e !== null);

  const resize = (which: 'A' | 'B', k: number) => {
    const nextA = which === 'A' ? resizeMatrix(A, k, k) : A;
    const nextB = which === 'B' ? resizeMatrix(B, k, k) : B;
    set({
      A: formatMatrix(nextA),
      B: formatMatrix(nextB),
      X: formatMatrix(resizeMatrix(X, nextA.rows, nextB.rows)),
      C: formatMatrix(resizeMatrix(C, nextA.rows, nextA.rows)),
      D: formatMatrix(resizeMatrix(D, nextB.rows, nextB.rows)),
    });
  };
  const symmetrize = (which: 'A' | 'B') => {
    const M = which === 'A' ? A : B;
    const d = Float64Array.from(M.data);
    for (let i = 0; i < M.rows; i++)
      for (let j = 0; j < M.cols; j++)
        d[i * M.cols + j] = 0.5 * (M.data[i * M.cols + j] + M.data[j * M.cols + i]);
    set({ [which]: formatMatrix({ rows: M.rows, cols: M.cols, data: d }) });
  };
  const aij = block ? A.data[block.row * m + block.col] : null;

  return (
    <>
      {errors.map((e) => (
        <div key={e} className="notice notice-warning" role="alert">
          {e}
        </div>
      ))}
      <div className="panel-grid">
        <div className="figure-col" ref={ref}>
          <FigureText {...describeKron(m, n, checks)} target="main-plot">
            <Heatmap
              testId="main-plot"
              label={`A ⊗ B (${m * n}×${m * n}), block (i, j) = a_ij · B`}
              data={checks.K.data}
              rows={m * n}
              cols={m * n}
              width={kWidth}
              values
              format={plainShort}
              rowBlocks={Array.from({ length: m - 1 }, (_, i) => (i + 1) * n)}
              colBlocks={Array.from({ length: m - 1 }, (_, i) => (i + 1) * n)}
              highlight={
                block ? { row: block.row * n, col: block.col * n, rows: n, cols: n } : null
              }
              onHover={setHoverK}
              legend
              legendWidth={present ? STAGE_LEGEND_COL - 24 : undefined}
            />
          </FigureText>
          <p className="small" data-testid="block-readout" aria-live="polite">
            {block && aij !== null
              ? `Highlighted: block (${block.row + 1}, ${block.col + 1}) = a${block.row + 1}${block.col + 1} · B = ${plainNum(aij)} · B.`
              : 'Hover a block of A ⊗ B, or focus an entry of A, to highlight the block it scales.'}
          </p>
          <Formula
            display
            testId="live-formula"
            tex={`A\\otimes B = ${texMatrix(A)}\\otimes${texMatrix(B)} = \\begin{pmatrix} a_{11}B & \\cdots \\\\ \\vdots & \\ddots\\end{pmatrix}`}
          />
          <p className="caption" data-testid="caption" aria-live="polite">
            {kronCaption(m, n, checks, [more.outer, more.mixed])}
          </p>
        </div>
        <aside className="controls-col" aria-label="Matrices">
          <SizeSelect name="A" size={m} onChange={(s) => resize('A', s)} />
          <MatrixEditor
            name="A"
            M={A}
            testId="matrix-A"
            active={block}
            onPoint={setPoint}
            onChange={(i, j, v) => set({ A: withEntry(A, i, j, v) })}
          />
          <SizeSelect name="B" size={n} onChange={(s) => resize('B', s)} />
          <MatrixEditor
            name="B"
            M={B}
            testId="matrix-B"
            onChange={(i, j, v) => set({ B: withEntry(B, i, j, v) })}
          />
          <div className="presets">
            <button type="button" onClick={() => symmetrize('A')}>
              Symmetrize A
            </button>
            <button type="button" onClick={() => symmetrize('B')}>
              Symmetrize B
            </button>
          </div>
          <h2>
            X for the vec trick ({m}×{n})
          </h2>
          <MatrixEditor
            name="X"
            M={X}
            testId="matrix-X"
            onChange={(i, j, v) => set({ X: withEntry(X, i, j, v) })}
          />
          <VecPicture X={X} />
          <DownloadButton
            filename="curvature-lab-kfac-kron.json"
            getData={() => exportKron(p, { A, B, X, C, D, u: u.v, v: v.v }, checks, more)}
          />
        </aside>
      </div>
      <div className="panel-row">
        <KronChecksView c={checks} />
      </div>
      <div className="panel-row">
        <KronMoreView p={p} set={set} A={A} B={B} C={C} D={D} u={u.v} v={v.v} more={more} />
      </div>
    </>
  );
}

const plainShort = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(3))) : '—');

/** vec X: the columns of X stacked, each column tagged so the column-major order is visible. */
function VecPicture({ X }: { X: Mat }) {
  const entries: { v: number; tag: string; col: number }[] = [];
  for (let j = 0; j < X.cols; j++) {
    for (let i = 0; i < X.rows; i++)
      entries.push({ v: X.data[i * X.cols + j], tag: `x${i + 1}${j + 1}`, col: j });
  }
  const shades = [OKABE_ITO.orange, OKABE_ITO.skyBlue, OKABE_ITO.green];
  return (
    <div aria-label="vec X, column-major" data-testid="vec-x">
      <p className="small" style={{ margin: '0.3rem 0' }}>
        vec X stacks the columns of X (column 1, then 2, …):
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
        {entries.map((e) => (
          <span
            key={e.tag}
            style={{
              borderTop: `4px solid ${shades[e.col % 3]}`,
              border: `1px solid ${GREY.border}`,
              borderTopWidth: 4,
              borderTopColor: shades[e.col % 3],
              padding: '0.1rem 0.35rem',
              fontVariantNumeric: 'tabular-nums',
              fontSize: '0.9rem',
            }}
          >
            <span className="small">{e.tag}=</span>
            {plainNum(e.v)}
            <span className="small"> (col {e.col + 1})</span>
          </span>
        ))}
      </div>
    </div>
  );
}
