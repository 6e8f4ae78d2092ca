import { useGhost } from '../../components/plot/Ghost';
import { useCallback, useMemo } from 'react';
import { arrowScale } from '../../core/precond/presets';
import { objectiveView } from '../shared/objectiveView';
import { Legend } from '../../components/Legend';
import { PlayControls } from '../../components/PlayControls';
import { statusChip } from '../shared/captions';
import { plainNum } from '../shared/texNumbers';
import { TwinPlotsPanel } from '../shared/TwinPlotsPanel';
import { usePanelParams } from '../shared/useParams';
import { precondCaption } from './caption';
import { CurvatureCompare } from './CurvatureCompare';
import { DiagonalDemo } from './DiagonalDemo';
import { describePrecond } from './describe';
import { exportPrecond } from './exportPrecond';
import { OriginalPlot } from './OriginalPlot';
import {
  completePatch,
  dragColumn,
  objectiveOf,
  PRECOND_PANEL as PANEL,
  PRECOND_PARAMS,
  shownR,
  type PrecondParams,
} from './params';
import { PrecondControls } from './PrecondControls';
import { RateTable } from './RateTable';
import { PRECOND_STYLE as S } from './style';
import { TildePlot } from './TildePlot';
import { usePrecondJob } from './usePrecondJob';
import { shownPrecond, usePrecondPredict } from './predict';
import { HIDDEN_RUNS, HIDDEN_STATUS } from '../shared/predict/HiddenStep';

const MAP_TEX = String.raw`\mathbf{w} = \mathbf{R}\tilde{\mathbf{w}} + \mathbf{b}:\quad \tilde{\mathbf{w}} \leftarrow \tilde{\mathbf{w}} - \alpha\nabla\tilde{\mathcal{J}}(\tilde{\mathbf{w}}) \iff \mathbf{w} \leftarrow \mathbf{w} - \alpha\,\mathbf{R}\mathbf{R}^\top\nabla\mathcal{J}(\mathbf{w}),\qquad \tilde{\mathbf{H}} = \mathbf{R}^\top\mathbf{H}\mathbf{R}`;

export function PreconditioningPanel() {
  const [p, setRaw] = usePanelParams(PANEL, PRECOND_PARAMS);
  const { output, field, tildeField, error } = usePrecondJob(p);
  const set = useCallback(
    (patch: Partial<PrecondParams>) => {
      if (p) setRaw(completePatch(p, patch));
    },
    [p, setRaw],
  );
  const onK = useCallback((k: number) => setRaw({ k }), [setRaw]);
  const predict = usePrecondPredict(p, setRaw, output);
  const chip = (r: Parameters<typeof statusChip>[0]) =>
    predict.runsShown ? statusChip(r) : HIDDEN_STATUS;
  // The curvature the presets are built from (H at the start, or |H| where H is not PD).
  const startCurv = output?.start ?? null;
  const scale = useMemo(() => {
    if (!field || !startCurv) return 1;
    const [[x0, x1], [y0, y1]] = field.domain;
    return arrowScale(startCurv.C, Math.min(x1 - x0, y1 - y0));
  }, [field, startCurv]);
  const { ghost, buttons: ghostButtons } = useGhost(() =>
    output ? [output.direct.iterates, ...(output.plainGd ? [output.plainGd.iterates] : [])] : [],
  );
  if (!p) return null;
  const obj = objectiveView(p, output?.custom, (id) => objectiveOf(p, id));
  const follow = p.curv === 'iterate' && p.preset !== 'custom';

  return (
    <TwinPlotsPanel
      panel={PANEL}
      title="Preconditioning: gradient descent in a transformed space"
      objectiveTex={obj.tex}
      mapTex={MAP_TEX}
      error={error}
      data={output && field ? { output, field, shown: shownPrecond(output, predict) } : null}
      figureText={(d) => describePrecond(d.output, d.field, obj.label, p.lr)}
      left={{
        title: 'Original space w',
        render: (width, { output, field, shown }) => (
          <OriginalPlot
            ghost={ghost}
            field={field}
            out={shown}
            predictLayer={predict.layer}
            p={p}
            width={width}
            arrowScale={scale}
            follow={follow}
            onStart={(x0) => set({ x0, k: 0 })}
            onColumn={(i, c) => set(dragColumn(shownR(p, output.fixedR), i, c))}
            onOrigin={(b) => set({ b })}
          />
        ),
      }}
      right={{
        title: `Transformed space w̃${follow && output ? ` (R at iterate ${output.point.k})` : ''}`,
        render: (width, { output, field, shown }) =>
          output.tilde && tildeField ? (
            <TildePlot
              wField={field}
              tildeField={tildeField}
              out={shown}
              p={p}
              R={follow ? output.point.R : shownR(p, output.fixedR)}
              width={width}
              follow={follow}
            />
          ) : (
            <p className="notice notice-warning" data-testid="tilde-missing">
              {output.singular ?? 'R is singular at this iterate: there is no w̃ space.'}
            </p>
          ),
      }}
      below={({ output }) => (
        <>
          {predict.box}
          {ghostButtons}
          <Legend
            items={[
              { ...S.direct, status: chip(output.direct) },
              ...(output.viaTilde
                ? [{ ...S.tilde, dash: '2 3', status: chip(output.viaTilde) }]
                : []),
              ...(output.plainGd ? [{ ...S.gd, status: chip(output.plainGd) }] : []),
            ]}
          />
          <PlayControls k={p.k} max={predict.runsShown ? output.direct.steps : p.steps} onK={onK} />
          {predict.runsShown && (
            <p className="coincide" data-testid="distance-readout">
              max<sub>k</sub> ‖w⁽ᵏ⁾ − (Rw̃⁽ᵏ⁾ + b)‖ ={' '}
              <strong data-testid="max-distance">
                {output.distance ? plainNum(output.distance.max) : '—'}
              </strong>
              {output.distance && ` over ${output.distance.compared} iterates`}
              {output.stepMismatch !== null &&
                `; one step from the same w⁽ᵏ⁾ agrees to ${plainNum(output.stepMismatch)}`}
            </p>
          )}
          <p className="caption" data-testid="caption" aria-live="polite">
            {predict.runsShown
              ? precondCaption(output, p, follow, startCurv?.replaced ?? false)
              : HIDDEN_RUNS}
          </p>
        </>
      )}
      controls={
        <PrecondControls
          p={p}
          set={set}
          follow={follow}
          arrowScale={scale}
          R={shownR(p, output?.fixedR)}
          custom={output?.custom ?? null}
        />
      }
      download={({ output }) => exportPrecond(p, output, obj)}
      rows={({ output }, plotW) => (
        <>
          <section className="panel-row" aria-label="Curvature in both spaces">
            <h2>The Hessian in both spaces at iterate {output.point.k}</h2>
            <CurvatureCompare out={output} lr={p.lr} />
          </section>
          {output.quad && output.jacobi && (
            <div className="panel-row two">
              <section aria-label="Condition number and convergence">
                <h2>Condition number → speed of gradient descent</h2>
                <RateTable quad={output.quad} />
              </section>
              <section aria-label="Diagonal preconditioning">
                <h2>Even a diagonal R can help a lot — if H is axis-aligned</h2>
                <DiagonalDemo
                  jacobi={output.jacobi}
                  width={Math.min(560, Math.max(300, plotW + 40))}
                  set={set}
                />
              </section>
            </div>
          )}
        </>
      )}
    />
  );
}
