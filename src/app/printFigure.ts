/**
 * The figure for print: the panel's main figure as vector SVG (title, legend and parameters, the
 * same renderer as "Export figures") with the panel's permalink as text and a QR code to it, so
 * a printed handout leads back to the live figure. The QR encoder is loaded on demand.
 */
import { figureBody, nearbyLegend } from '../components/exportAny';
import { figureDescription, wrapFigure } from '../components/exportFigure';
import { GREY, OKABE_ITO } from '../components/palette';
import { qrPath } from '../components/qrCode';
import { addressParams, flushUrl } from '../state/urlSync';

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The permalink of the current state: the page's address with the embed prefix removed. */
export function permalink(): string {
  flushUrl();
  const u = new URL(window.location.href);
  u.hash = u.hash.replace(/^#\/embed\//, '#/').replace(/([?&])present=1&?/, '$1');
  // A link to this very document (only the #fragment differs) becomes an internal jump in a PDF,
  // and a hash route is no anchor, so Chromium drops it: name the same page by its other URL,
  // with or without index.html (not on file://, where a folder is no page).
  if (u.protocol !== 'file:') {
    if (u.pathname.endsWith('/')) u.pathname += 'index.html';
    else if (u.pathname.endsWith('/index.html')) u.pathname = u.pathname.slice(0, -10);
  }
  return u.href.replace(/[?&]$/, '');
}

/** `text` in lines of at most `width` characters, broken between words. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface PrintFigure {
  /** A standalone SVG document: figure, QR code, link and caption. */
  svg: string;
  url: string;
  title: string;
  /** The figure's text alternative (FigureText), for alt text. */
  desc: string;
}

const SANS = "font-family:'Liberation Sans',Arial,sans-serif";
const MONO = "font-family:'Liberation Mono',monospace";

/**
 * The figure for print: the panel's main figure with title, legend and parameters (the export's
 * renderer), a QR code to the permalink, the permalink as text, and the panel's caption.
 */
export async function printFigure(title: string): Promise<PrintFigure | null> {
  const el = document.querySelector('[data-stage-figure], [data-testid="main-plot"]');
  if (!el) return null;
  const body = figureBody(el);
  // Not laid out (the page is already in print layout, where it is hidden): keep the last one.
  if (body.width < 10 || body.height < 10) return null;
  // A static picture: nothing in it is focusable or operable (and no data attributes: the
  // page's own figure stays the only one a test or the stage finds).
  body.markup = body.markup.replace(/ (tabindex|role|aria-[a-z]+|data-[a-z-]+)="[^"]*"/g, '');
  const params = addressParams();
  const desc = figureDescription(el) ?? '';
  const fig = wrapFigure(body.markup, body.width, body.height, {
    title: `Curvature Lab — ${title}`,
    params,
    legend: nearbyLegend(el),
    desc,
  });
  const url = permalink();
  const { d, size } = await qrPath(url);
  const q = 120; // QR side in px, with its 4-module quiet zone
  const scale = q / (size + 8);
  const w = fig.width;
  // 12 px monospace is about 7.2 px a character; 12 px sans about 6.2 on average.
  const urlLines = url.match(new RegExp(`.{1,${Math.floor((w - q - 24) / 7.3)}}`, 'g')) ?? [url];
  const caption = document.querySelector('[data-testid="caption"]')?.textContent?.trim() ?? '';
  const capLines = wrapText(caption, Math.floor((w - 16) / 6.6));
  const capTop = fig.height + q + 24;
  const h = capTop + capLines.length * 16 + 8;
  const inner = fig.text.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg /, `<svg x="0" y="0" `);
  const tspans = (lines: string[], x: number) =>
    lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : 15}">${esc(l)}</tspan>`).join('');
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<rect width="100%" height="100%" fill="${GREY.white}"/>${inner}
<g transform="translate(8,${fig.height + 8}) scale(${scale})" data-qr="${size}"><rect width="${size + 8}" height="${size + 8}" fill="${GREY.white}"/><path transform="translate(4,4)" d="${d}" fill="${OKABE_ITO.black}"/></g>
<text x="${q + 16}" y="${fig.height + 34}" style="${SANS};font-size:14px;font-weight:700;fill:${OKABE_ITO.black}">Live figure (scan or open):</text>
<text y="${fig.height + 54}" style="${MONO};font-size:12px;fill:${OKABE_ITO.black}" data-link="">${tspans(urlLines, q + 16)}</text>
<text y="${capTop}" style="${SANS};font-size:12px;fill:${OKABE_ITO.black}" data-caption="">${tspans(capLines, 8)}</text>
</svg>`;
  return { svg, url, title, desc };
}
