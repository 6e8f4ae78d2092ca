import { GREY } from './palette';
/**
 * Exports a figure for slides and papers: the plot's SVG with a title, the legend and the
 * parameter values, as a standalone SVG file or as a PNG at twice the screen resolution.
 */
export interface FigureMeta {
  title: string;
  /** Legend entries drawn as line samples with labels. */
  legend: { label: string; color: string; dash?: string }[];
  /** One line of parameter values, e.g. "problem=logistic, η=0.1, x0=(2.3, 0.5)". */
  params: string;
  /** The figure's text alternative (FigureText), written as the SVG's <desc>. */
  desc?: string;
}

/** The description FigureText gives the figure that `el` is (part of), if any. */
export function figureDescription(el: Element): string | undefined {
  const host = el.closest('[data-figure-text]');
  return host?.querySelector('[data-figure-desc]')?.textContent ?? undefined;
}

const STYLE = `text{font-family:'Liberation Sans',Arial,sans-serif;font-size:13px;fill:${GREY.plotText}}
.axis-title{font-size:14px;font-weight:600}.tag,.small{font-size:12px;fill:${GREY.tag}}
.plot-label{font-size:13px;font-weight:600;paint-order:stroke;stroke:${GREY.white};stroke-width:3px}`;

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A standalone SVG document: title and parameters above the figure markup, legend below. */
export function wrapFigure(
  markup: string,
  w: number,
  h: number,
  meta: FigureMeta,
): { text: string; width: number; height: number } {
  const head = 46;
  // Narrow figures still get a readable header; long titles are shortened, not clipped.
  w = Math.max(w, 560);
  const chars = Math.floor(w / 9);
  const title = meta.title.length > chars ? `${meta.title.slice(0, chars - 1)}…` : meta.title;
  const params =
    meta.params.length > chars * 1.4 ? `${meta.params.slice(0, chars * 1.4 - 1)}…` : meta.params;
  // Two columns when every label fits half the width (13 px text, ~7 px a character), else one.
  const cols = meta.legend.every((it) => 44 + 7 * it.label.length <= w / 2) ? 2 : 1;
  const legendRows = Math.ceil(meta.legend.length / cols);
  const foot = 10 + legendRows * 20;
  const legend = meta.legend
    .map((it, i) => {
      const x = 10 + (i % cols) * (w / 2);
      const y = head + h + 14 + Math.floor(i / cols) * 20;
      return `<line x1="${x}" x2="${x + 28}" y1="${y}" y2="${y}" stroke="${esc(it.color)}" stroke-width="2.5"${
        it.dash ? ` stroke-dasharray="${esc(it.dash)}"` : ''
      }/><text x="${x + 34}" y="${y + 4}">${esc(it.label)}</text>`;
    })
    .join('');
  const total = head + h + foot;
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${total}" viewBox="0 0 ${w} ${total}" role="img" aria-labelledby="fig-title fig-desc">
<title id="fig-title">${esc(meta.title)}</title><desc id="fig-desc">${esc(meta.desc ?? meta.title)}</desc>
<style>${STYLE}</style><rect width="100%" height="100%" fill="${GREY.white}"/>
<text x="10" y="20" style="font-size:16px;font-weight:700">${esc(title)}</text>
<text x="10" y="38" class="small">${esc(params)}</text>
<g transform="translate(0,${head})">${markup}</g>${legend}</svg>`;
  return { text, width: w, height: total };
}

/** A standalone SVG document string for the plot `svg` with header and legend. */
export function figureSvg(
  svg: SVGSVGElement,
  meta: FigureMeta,
): { text: string; width: number; height: number } {
  const w = Number(svg.getAttribute('width')) || svg.clientWidth;
  const h = Number(svg.getAttribute('height')) || svg.clientHeight;
  return wrapFigure(new XMLSerializer().serializeToString(svg), w, h, {
    ...meta,
    desc: meta.desc ?? figureDescription(svg),
  });
}

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

export function downloadSvg(svg: SVGSVGElement, meta: FigureMeta, filename: string) {
  saveBlob(new Blob([figureSvg(svg, meta).text], { type: 'image/svg+xml' }), filename);
}

/** Rasterizes the exported SVG at 2× into a PNG. */
export function downloadPng(svg: SVGSVGElement, meta: FigureMeta, filename: string) {
  return downloadPngFromSvg(figureSvg(svg, meta), filename);
}

export async function downloadPngFromSvg(
  doc: { text: string; width: number; height: number },
  filename: string,
) {
  const { text, width, height } = doc;
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The figure could not be rasterized.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2-D canvas available.');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
    if (!blob) throw new Error('PNG encoding failed.');
    saveBlob(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}
