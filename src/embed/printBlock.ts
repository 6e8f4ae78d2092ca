/**
 * What a `<curvature-lab>` element prints instead of its live frame: the static figure its frame
 * last sent as a `curvlab:print` message (the app's "Figure for print": vector SVG with title,
 * legend, parameters, caption and a QR code), and the panel's permalink as a text line — a link
 * in a PDF. Before the frame has sent a figure (a lazy frame never scrolled into view), the
 * permalink of the element's own panel and parameters, with a QR code to it.
 */
import { qrSvg } from '../components/qrCode';

export const PRINT_CSS =
  '.print{display:none;font:12pt/1.4 sans-serif;break-inside:avoid}' +
  '.print img,.print svg{display:block;max-width:100%;height:auto}' +
  '.print p{margin:.3em 0;word-break:break-all}' +
  '@media print{iframe{display:none!important}.print{display:block}}';

interface PrintMessage {
  type: 'curvlab:print';
  svg: string;
  url: string;
  title: string;
  desc: string;
}

function isPrintMessage(d: unknown): d is PrintMessage {
  const m = d as Partial<PrintMessage> | null;
  return (
    m?.type === 'curvlab:print' &&
    typeof m.svg === 'string' &&
    typeof m.url === 'string' &&
    typeof m.desc === 'string' &&
    /^https?:|^file:/.test(m.url)
  );
}

export class PrintBlock {
  readonly el = document.createElement('div');
  private figure = document.createElement('div');
  private anchor = document.createElement('a');
  private hasFigure = false;
  private fallbackFor = '';

  constructor() {
    this.el.className = 'print';
    this.el.dataset.testid = 'embed-print';
    const p = document.createElement('p');
    p.append('Live figure: ', this.anchor);
    this.el.append(this.figure, p);
  }

  /** The permalink from the element's attributes; a QR code to it until a figure arrives. */
  setLink(url: string, title: string) {
    if (this.hasFigure) return;
    this.setAnchor(url);
    if (this.fallbackFor === url) return;
    this.fallbackFor = url;
    void qrSvg(url, 120).then((svg) => {
      if (this.hasFigure || this.fallbackFor !== url) return;
      this.figure.replaceChildren(
        this.image(svg, `${title}: QR code of the link to the live figure`, 120),
      );
    });
  }

  /** Takes a `curvlab:print` message from the element's own frame; false for other messages. */
  accept(d: unknown): boolean {
    if (!isPrintMessage(d)) return false;
    this.hasFigure = true;
    this.setAnchor(d.url);
    this.figure.replaceChildren(this.image(d.svg, d.desc || d.title));
    return true;
  }

  private setAnchor(url: string) {
    this.anchor.href = url;
    this.anchor.textContent = url;
  }

  /**
   * The SVG as an image: an <img> runs no script and keeps the figure's own <style> to itself
   * (the markup comes from the frame), and its alt text is the figure's description.
   */
  private image(svg: string, alt: string, width?: number): HTMLImageElement {
    const img = document.createElement('img');
    img.alt = alt;
    if (width) img.width = width;
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    return img;
  }
}
