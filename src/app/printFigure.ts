/**
 * The figure for print: the panel's main figure as vector SVG (title, legend and parameters, the
 * same renderer as "Export figures") with the panel's permalink as text and a QR code to it, so
 * a printed handout leads back to the live figure. The QR encoder is loaded on demand.
 */
import { figureBody, nearbyLegend } from '../components/exportAny';
import { wrapFigure } from '../components/exportFigure';
import { GREY, OKABE_ITO } from '../components/palette';

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The permalink of the current state: the page's address with the embed prefix removed. */
export function permalink(): string {
  const u = new URL(window.location.href);
  u.hash = u.hash.replace(/^#\/embed\//, '#/').replace(/([?&])present=1&?/, '$1');
  return u.href.replace(/[?&]$/, '');
}

/** QR code of `text` as SVG path data in module units, and its size in modules. */
export async function qrPath(text: string): Promise<{ d: string; size: number }> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c} ${r}h1v1h-1z`;
  return { d, size: n };
}

/** A standalone SVG document: the figure with title, legend and parameters, QR code and link. */
export async function printFigureSvg(title: string): Promise<string | null> {
  const el = document.querySelector('[data-stage-figure], [data-testid="main-plot"]');
  if (!el) return null;
  const body = figureBody(el);
  // Not laid out (the page is already in print layout, where it is hidden): keep the last one.
  if (body.width < 10 || body.height < 10) return null;
  // A static picture: nothing in it is focusable or operable.
  // (and no test id, so the page's own figure stays the only one with it).
  body.markup = body.markup.replace(/ (tabindex|role|aria-[a-z]+|data-testid)="[^"]*"/g, '');
  const params = decodeURIComponent(window.location.hash.split('?')[1] ?? '').replace(/&/g, ', ');
  const fig = wrapFigure(body.markup, body.width, body.height, {
    title: `Curvature Lab — ${title}`,
    params,
    legend: nearbyLegend(el),
  });
  const url = permalink();
  const { d, size } = await qrPath(url);
  const q = 120; // QR side in px, with its 4-module quiet zone
  const scale = q / (size + 8);
  const w = fig.width;
  const h = fig.height + q + 16;
  const lines = url.match(/.{1,70}/g) ?? [url];
  const inner = fig.text.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg /, `<svg x="0" y="0" `);
  const text = lines
    .map((l, i) => `<tspan x="${q + 16}" dy="${i === 0 ? 0 : 15}">${esc(l)}</tspan>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<rect width="100%" height="100%" fill="${GREY.white}"/>${inner}
<g transform="translate(8,${fig.height + 8}) scale(${scale})" data-qr="${size}"><rect width="${size + 8}" height="${size + 8}" fill="${GREY.white}"/><path transform="translate(4,4)" d="${d}" fill="${OKABE_ITO.black}"/></g>
<text x="${q + 16}" y="${fig.height + 34}" style="font-family:'Liberation Sans',Arial,sans-serif;font-size:14px;font-weight:700;fill:${OKABE_ITO.black}">Live figure (scan or open):</text>
<text y="${fig.height + 54}" style="font-family:'Liberation Mono',monospace;font-size:12px;fill:${OKABE_ITO.black}">${text}</text>
</svg>`;
}
