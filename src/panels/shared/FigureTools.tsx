import type { PanelId } from '../../params/panelIds';
import type { RefObject } from 'react';
import type { Opt2dResult } from '../../core/newton/compute';
import type { Run2 } from '../../core/types';
import { ExportButtons } from '../../components/ExportButtons';
import { METHOD_STYLE } from '../../components/palette';
import type { Opt2dParams } from './opt2dParams';

interface Props {
  panel: PanelId;
  title: string;
  figure: RefObject<HTMLElement | null>;
  out: Opt2dResult;
  p: Opt2dParams;
  ghost: Run2[] | null;
  setGhost(g: Run2[] | null): void;
}

function paramLine(p: Opt2dParams): string {
  const parts = [
    `problem=${p.problem === 'custom' ? `f(x,y)=${p.f}` : p.problem}`,
    `x0=(${p.x0.join(', ')})`,
    `α=${p.lr}`,
    `η=${p.eta}`,
    `steps=${p.steps}`,
  ];
  if (p.problem === 'quadratic') parts.push(`κ=${p.kappa}`);
  return parts.join(', ');
}

/** Trajectories as CSV rows: method, k, w1, w2, loss. */
export function runsCsv(runs: Run2[]): string {
  const rows = ['method,k,w1,w2,loss'];
  for (const r of runs) {
    for (let k = 0; k <= r.steps; k++) {
      rows.push(`${r.method},${k},${r.iterates[2 * k]},${r.iterates[2 * k + 1]},${r.loss[k]}`);
    }
  }
  return rows.join('\n');
}

/** Export (SVG, PNG, CSV) and ghost controls under a 2-D figure. */
export function FigureTools({ panel, title, figure, out, p, ghost, setGhost }: Props) {
  const shown = out.runs.filter((r) => p.show.includes(r.method));
  const saveCsv = () => {
    const url = URL.createObjectURL(new Blob([runsCsv(shown)], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `curvature-lab-${panel}-trajectories.csv`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="figure-tools">
      <ExportButtons
        target={figure}
        filename={`curvature-lab-${panel}`}
        meta={() => ({
          title,
          params: paramLine(p),
          legend: shown.map((r) => ({
            label: `${METHOD_STYLE[r.method].label} (${r.status}, ${r.steps} steps)`,
            color: METHOD_STYLE[r.method].color,
            dash: METHOD_STYLE[r.method].dash,
          })),
        })}
      />
      <button type="button" onClick={saveCsv} data-testid="export-csv" data-control="export">
        Trajectories (CSV)
      </button>
      <button
        type="button"
        data-control="ghost"
        data-testid="ghost-keep"
        title="Keep the current trajectories faded in the plot, to compare after you change something"
        onClick={() => setGhost(shown)}
      >
        Keep as ghost
      </button>
      {ghost && (
        <button
          type="button"
          data-control="ghost"
          data-testid="ghost-clear"
          onClick={() => setGhost(null)}
        >
          Clear ghost
        </button>
      )}
    </div>
  );
}
