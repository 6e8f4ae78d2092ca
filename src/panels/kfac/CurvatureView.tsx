import { ComputeError } from '../../components/ComputeError';
import { useCallback, useMemo } from 'react';
import { DownloadButton } from '../../components/DownloadButton';
import { Formula } from '../../components/Formula';
import { useElementWidth } from '../../components/useElementWidth';
import { representationSizes } from '../../core/kfac';
import type { PanelId } from '../../params/panelIds';
import type { SetParams } from '../shared/useParams';
import { curvatureCaption } from './caption';
import { CurvatureControls } from './CurvatureControls';
import { CurvatureHeatmaps } from './CurvatureHeatmaps';
import { exportCurvature } from './exportKfac';
import { parseWidths } from './matrixText';
import { CALC_WIDTH_MAX, KFAC_PARAMS, type KfacParams } from './params';
import { SizeCalculator } from './SizeCalculator';
import { SampledSView } from './SampledSView';
import { SolveView } from './SolveView';
import { StepsView } from './StepsView';
import { useCurvatureJob } from './useCurvatureJob';
import { FigureText } from '../../components/FigureText';
import { describeCurvature } from './describe';

interface Props {
  panel: PanelId;
  p: KfacParams;
  set: SetParams<typeof KFAC_PARAMS>;
}

/** Second view: exact G vs block diagonal vs K-FAC for a small MLP, sizes, and the solve. */
export function CurvatureView({ panel, p, set }: Props) {
  const { out, sampled, sampledCurrent, req, inputError, error } = useCurvatureJob(panel, p);
  const [ref, width] = useElementWidth<HTMLDivElement>(900);
  const sizes = useMemo(() => {
    const w = parseWidths(p.widths, CALC_WIDTH_MAX, 'Widths');
    return w.ok ? representationSizes(w.value) : null;
  }, [p.widths]);
  const layers = req ? req.sizes.length - 1 : 2;
  const setWidths = useCallback((widths: string) => set({ widths }), [set]);
  const block = out?.blocks.find((b) => b.index === out.damping.layer);
  return (
    <>
      <div className="panel-grid">
        <div className="figure-col" ref={ref}>
          <ComputeError error={error} />
          {inputError && (
            <div className="notice notice-warning" role="alert">
              {inputError} The figures show the last valid network.
            </div>
          )}
          {out ? (
            <>
              <FigureText {...describeCurvature(out)} target="main-plot">
                <CurvatureHeatmaps out={out} width={width} />
              </FigureText>
              <p className="caption" data-testid="caption" aria-live="polite">
                {curvatureCaption(out)}
              </p>
            </>
          ) : (
            !error && <p className="loading">Computing…</p>
          )}
        </div>
        <aside className="controls-col" aria-label="Controls">
          <CurvatureControls p={p} set={set} sizesError={inputError} layers={layers} />
          {out && (
            <DownloadButton
              filename={`curvature-lab-${panel}-curvature.json`}
              getData={() => exportCurvature(p, out, sampledCurrent ? sampled : null, sizes)}
            />
          )}
        </aside>
      </div>
      {out && (
        <div className="panel-row two">
          <section>
            <h2>Two approximations, two errors</h2>
            <StepsView out={out} />
          </section>
          <section>
            <h2>
              The efficient solve{' '}
              <Formula
                tex={`(A\\otimes S)^{-1}\\operatorname{vec}V = \\operatorname{vec}(S^{-1}VA^{-1})`}
              />
            </h2>
            {block && <SolveView d={out.damping} block={block} />}
          </section>
        </div>
      )}
      <section className="panel-row" aria-busy={!sampledCurrent}>
        <h2>Sampling error or approximation error? S from m sampled passes</h2>
        {sampled ? (
          <SampledSView out={sampled} p={p} set={set} width={width} />
        ) : (
          !error && <p className="loading">Sampling…</p>
        )}
      </section>
      <div className="panel-row">
        <h2>How big is each representation?</h2>
        <SizeCalculator widths={p.widths} onWidths={setWidths} />
      </div>
    </>
  );
}
