import { Legend } from '../../components/Legend';
import { plainNum } from '../shared/texNumbers';
import type { PcgStudy } from '../../core/cg';
import { pcgCaption } from './captions';
import { GapChart, gapSeries } from './GapChart';
import { PCG_STYLE } from './style';

/**
 * The preconditioned-CG study: the model in badly scaled coordinates, plain CG against CG with
 * the Jacobi preconditioner, per MVP, beside CG on the well-scaled model.
 */
export function PcgView({ pcg, width }: { pcg: PcgStudy; width: number }) {
  const series = [
    gapSeries(pcg.cgGapA, PCG_STYLE.cgA, 1.5),
    gapSeries(pcg.cgGap, PCG_STYLE.cgD, 2.5),
    gapSeries(pcg.pcgGap, PCG_STYLE.pcgD, 2.5),
  ];
  return (
    <div className="panel-row two" data-testid="pcg-view">
      <section>
        <h3>{`Badly scaled: the model in coordinates y = D⁻¹x, D spanning [1, ${plainNum(pcg.dScale)}]`}</h3>
        <GapChart
          series={series}
          width={width}
          tol={pcg.tol}
          label="Relative model gap versus matrix-vector products: CG on the well-scaled model, CG on the badly scaled one, and Jacobi-preconditioned CG"
          testId="pcg-chart"
        />
      </section>
      <section>
        <Legend items={[PCG_STYLE.cgA, PCG_STYLE.cgD, PCG_STYLE.pcgD]} />
        <p className="caption" data-testid="pcg-caption" aria-live="polite">
          {pcgCaption(pcg)}
        </p>
      </section>
    </div>
  );
}
