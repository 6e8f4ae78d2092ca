import { useState, type RefObject } from 'react';
import { downloadPng, downloadSvg, type FigureMeta } from './exportFigure';

interface Props {
  /** The element that contains the figure's <svg>. */
  target: RefObject<HTMLElement | null>;
  /** Called at click time so the export shows the current state. */
  meta(): FigureMeta;
  filename: string;
}

/** "SVG" and "PNG (2×)" buttons for one figure. */
export function ExportButtons({ target, meta, filename }: Props) {
  const [error, setError] = useState<string | null>(null);
  const svg = () => target.current?.querySelector('svg') ?? null;
  return (
    <div
      className="export-buttons"
      role="group"
      aria-label="Export this figure"
      data-control="export"
    >
      <button
        type="button"
        data-testid="export-svg"
        onClick={() => {
          const s = svg();
          if (s) downloadSvg(s, meta(), `${filename}.svg`);
        }}
      >
        Save SVG
      </button>
      <button
        type="button"
        data-testid="export-png"
        onClick={() => {
          const s = svg();
          if (s)
            downloadPng(s, meta(), `${filename}.png`).catch((e: unknown) => setError(String(e)));
        }}
      >
        Save PNG (2×)
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
