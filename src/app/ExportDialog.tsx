import type { PanelId } from '../params/panelIds';
import { useState } from 'react';
import { ModalDialog } from './ModalDialog';
import { exportAnyFigure, findFigures, nearbyLegend } from '../components/exportAny';
import { saveBlob } from '../components/exportFigure';
import { printFigure } from './printFigure';
import { addressParams } from '../state/urlSync';

/** Every figure of the current panel, each exportable as SVG or PNG (2×) with title, legend and parameters. */
export function ExportDialog({
  panel,
  title,
  onClose,
}: {
  panel: PanelId;
  title: string;
  onClose(): void;
}) {
  const [figures] = useState(() => findFigures(document.querySelector('main') ?? document));
  const [error, setError] = useState<string | null>(null);
  const [params] = useState(addressParams);
  const run = (i: number, format: 'svg' | 'png') => {
    const f = figures[i];
    exportAnyFigure(
      f.el,
      { title: `Curvature Lab — ${title}: ${f.label}`, params, legend: nearbyLegend(f.el) },
      `curvature-lab-${panel}-${i + 1}`,
      format,
    ).catch((e: unknown) => setError(String(e)));
  };
  return (
    <ModalDialog
      titleId="export-title"
      title="Export figures"
      testId="export-dialog"
      onClose={onClose}
    >
      <p className="small">
        Each file carries the figure's title, its legend and the current parameter values.
      </p>
      {figures.length === 0 && <p>This view has no figures to export.</p>}
      <ol className="export-list">
        {figures.map((f, i) => (
          <li key={i}>
            <span>{f.label}</span>{' '}
            <button type="button" onClick={() => run(i, 'svg')} data-testid={`export-any-svg-${i}`}>
              SVG
            </button>{' '}
            <button type="button" onClick={() => run(i, 'png')} data-testid={`export-any-png-${i}`}>
              PNG (2×)
            </button>
          </li>
        ))}
      </ol>
      <p>
        <button
          type="button"
          data-testid="export-print"
          onClick={() =>
            printFigure(title)
              .then((fig) => {
                if (!fig) throw new Error('This view has no main figure.');
                saveBlob(
                  new Blob([fig.svg], { type: 'image/svg+xml' }),
                  `curvature-lab-${panel}-print.svg`,
                );
              })
              .catch((e: unknown) => setError(String(e)))
          }
        >
          Figure for print (SVG with QR code, link and caption)
        </button>
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </ModalDialog>
  );
}
