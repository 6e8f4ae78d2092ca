/**
 * Export for every figure of every panel, whatever it is drawn with: an SVG plot, an SVG with a
 * canvas inside (dense clouds), or a canvas heatmap with an SVG overlay. The figure is rebuilt as
 * one standalone SVG — vector parts kept as vectors, canvases embedded as images — with the
 * title, the parameters and the legend found next to it.
 */
import {
  downloadPngFromSvg,
  figureDescription,
  saveBlob,
  wrapFigure,
  type FigureMeta,
} from './exportFigure';
import { OKABE_ITO } from './palette';

/** Figures on the page: top-level plots and heatmap figures, each with a readable name. */
export function findFigures(root: ParentNode): { el: Element; label: string }[] {
  const out: { el: Element; label: string }[] = [];
  root
    .querySelectorAll('figure.heatmap, svg.plot, svg[role="img"], svg[role="group"]')
    .forEach((el) => {
      if (el.parentElement?.closest('figure.heatmap, svg')) return; // part of a figure already listed
      const label =
        el.getAttribute('aria-label') ||
        el.querySelector('.heatmap-title')?.textContent ||
        el.querySelector('svg')?.getAttribute('aria-label') ||
        'figure';
      out.push({ el, label: label.trim() });
    });
  return out;
}

function canvasImage(c: HTMLCanvasElement, x: number, y: number, w: number, h: number): string {
  let href: string;
  try {
    href = c.toDataURL('image/png');
  } catch {
    return ''; // a tainted canvas cannot be read back; the figure is exported without it
  }
  return `<image x="${x}" y="${y}" width="${w}" height="${h}" href="${href}" preserveAspectRatio="none"/>`;
}

/** An SVG clone with every canvas inside a foreignObject replaced by an embedded image. */
function svgMarkup(svg: SVGSVGElement, x: number, y: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = svg.querySelectorAll('foreignObject');
  clone.querySelectorAll('foreignObject').forEach((fo, i) => {
    const canvas = originals[i]?.querySelector('canvas');
    if (!canvas) {
      fo.remove();
      return;
    }
    const w = Number(fo.getAttribute('width')) || canvas.clientWidth;
    const h = Number(fo.getAttribute('height')) || canvas.clientHeight;
    const img = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg">${canvasImage(canvas, Number(fo.getAttribute('x')) || 0, Number(fo.getAttribute('y')) || 0, w, h)}</svg>`,
      'image/svg+xml',
    ).documentElement.firstElementChild;
    if (img) fo.replaceWith(document.importNode(img, true));
    else fo.remove();
  });
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  return new XMLSerializer().serializeToString(clone);
}

/** The figure's pixels as SVG markup of its size (without header and legend). */
export function figureBody(el: Element): { markup: string; width: number; height: number } {
  const box = el.getBoundingClientRect();
  if (el instanceof SVGSVGElement)
    return { markup: svgMarkup(el, 0, 0), width: box.width, height: box.height };
  let markup = '';
  el.querySelectorAll('svg, canvas').forEach((part) => {
    if (part.parentElement?.closest('svg')) return;
    const r = part.getBoundingClientRect();
    const x = r.left - box.left;
    const y = r.top - box.top;
    markup +=
      part instanceof SVGSVGElement
        ? svgMarkup(part, x, y)
        : canvasImage(part as HTMLCanvasElement, x, y, r.width, r.height);
  });
  return { markup, width: box.width, height: box.height };
}

/** Legend entries next to a figure: the nearest `.legend` list in its section. */
export function nearbyLegend(el: Element): FigureMeta['legend'] {
  const scope = el.closest('figure, .figure-col, section') ?? el.parentElement;
  const legend = scope?.querySelector('.legend');
  if (!legend) return [];
  return [...legend.querySelectorAll('li')].map((li) => {
    const line = li.querySelector('line');
    const swatch = li.querySelector<HTMLElement>('.swatch');
    return {
      // The label and its status chip are separate spans: keep them apart ("Newton: diverged…").
      label:
        [...li.querySelectorAll('span')]
          .map((sp) => (sp.textContent ?? '').replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join(': ') || (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
      color: line?.getAttribute('stroke') ?? swatch?.style.background ?? OKABE_ITO.black,
      dash: line?.getAttribute('stroke-dasharray') ?? undefined,
    };
  });
}

export function exportAnyFigure(
  el: Element,
  meta: FigureMeta,
  filename: string,
  format: 'svg' | 'png',
) {
  const body = figureBody(el);
  const doc = wrapFigure(body.markup, body.width, body.height, {
    ...meta,
    desc: meta.desc ?? figureDescription(el),
  });
  if (format === 'svg') {
    saveBlob(new Blob([doc.text], { type: 'image/svg+xml' }), `${filename}.svg`);
    return Promise.resolve();
  }
  return downloadPngFromSvg(doc, `${filename}.png`);
}
