/** Saves a JSON document (the panel's public data interface) as a file. */
export function DownloadButton({ filename, getData }: { filename: string; getData(): unknown }) {
  const onClick = () => {
    const json = JSON.stringify(getData(), null, 2);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" onClick={onClick} data-testid="download-data" data-control="download">
      Download data (JSON)
    </button>
  );
}
