import { saveBlob } from './exportFigure';

function save(text: string, type: string, filename: string) {
  saveBlob(new Blob([text], { type }), filename);
}

/** Saves the panel's public data document as JSON, and its series as CSV (the same numbers). */
export function DownloadButton({ filename, getData }: { filename: string; getData(): unknown }) {
  return (
    <span className="download-buttons" data-control="download">
      <button
        type="button"
        onClick={() => save(JSON.stringify(getData(), null, 2), 'application/json', filename)}
        data-testid="download-data"
      >
        Download data (JSON)
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          const data = getData(); // the state shown now, not after the module arrives
          // The CSV writer is fetched on the first click: a reader of an embed rarely needs it.
          void import('./seriesCsv').then(({ seriesCsv }) =>
            save(seriesCsv(data), 'text/csv', filename.replace(/\.json$/, '') + '-series.csv'),
          );
        }}
        data-testid="download-csv"
      >
        Series (CSV)
      </button>
    </span>
  );
}
