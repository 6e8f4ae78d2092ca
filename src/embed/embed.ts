/**
 * `embed.js`: the script-tag way to put Curvature Lab panels into a page.
 *
 *   <script type="module" src="https://host/curvature-lab/embed.js"></script>
 *   <curvature-lab panel="damping" params="eta=0.1&x0=2.3,0.5"></curvature-lab>
 *
 * Each element is isolated in its own shadow root and runs its own copy of the app (and so its
 * own worker and state) in a frame inside it, so several panels on one page never interfere and
 * the host page's CSS cannot leak in. The frame reports its content height so the element grows
 * to fit, like a normal block of the page. Keys the panel does not use come back as
 * `curvlab:key` messages and are replayed on the element, so the page's own shortcuts (a deck's
 * → or PageDown) keep working while a panel has focus. In print the element shows the figure
 * its frame last sent (`curvlab:print`: vector SVG with title, legend, parameters, caption and a
 * QR code) and the permalink as text, instead of the live frame.
 */
import { paletteCss } from '../components/palette';
import { isCurvlabKey, replayKey } from './hostKeys';
import { PRINT_CSS, PrintBlock } from './printBlock';
import { PRINT_HELLO, PRINT_WANTED } from './printProtocol';

const APP_URL = new URL(/* @vite-ignore */ './index.html', import.meta.url);
let nextId = 1;

class CurvatureLabElement extends HTMLElement {
  static observedAttributes = ['panel', 'params', 'height'];
  private frame: HTMLIFrameElement;
  private print: PrintBlock;
  private readonly embedId = `curvlab-${nextId++}`;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    // The palette's custom properties (--cl-…) for anything styled in this shadow root.
    style.textContent =
      paletteCss(':host') +
      ':host{display:block;min-width:280px}iframe{display:block;width:100%;border:0;min-height:320px}' +
      PRINT_CSS;
    this.frame = document.createElement('iframe');
    this.frame.setAttribute('loading', 'lazy');
    this.print = new PrintBlock();
    root.append(style, this.frame, this.print.el);
    window.addEventListener('message', (e) => {
      if (e.source !== this.frame.contentWindow) return;
      if (isCurvlabKey(e.data)) {
        replayKey(this, e.data);
        return;
      }
      if (this.print.accept(e.data)) return;
      // The frame can build its figure for print: this element prints it, so ask for it.
      if ((e.data as { type?: string } | null)?.type === PRINT_HELLO) {
        this.frame.contentWindow?.postMessage({ type: PRINT_WANTED }, '*');
        return;
      }
      const d = e.data as { type?: string; id?: string; height?: number } | null;
      if (d?.type !== 'curvlab:height') return;
      if (!this.hasAttribute('height') && typeof d.height === 'number' && d.height > 0) {
        this.frame.style.height = `${Math.ceil(d.height)}px`;
      }
    });
  }

  connectedCallback() {
    this.update();
  }

  attributeChangedCallback() {
    this.update();
  }

  private update() {
    const panel = (this.getAttribute('panel') ?? '').replace(/[^\w-]/g, '');
    const params = this.getAttribute('params') ?? '';
    const url = new URL(APP_URL);
    url.hash = `#/embed/${panel}${params ? `?${params.replace(/^\?/, '')}` : ''}`;
    this.frame.title = `Curvature Lab: ${panel || 'panel list'}`;
    if (this.frame.src !== url.href) this.frame.src = url.href;
    // Until the frame sends its figure, print the link to the panel as configured.
    const link = new URL(url);
    link.hash = link.hash.replace(/^#\/embed\//, '#/');
    this.print.setLink(link.href, this.frame.title);
    const h = this.getAttribute('height');
    this.frame.style.height = h && /^\d+$/.test(h) ? `${h}px` : this.frame.style.height || '760px';
    this.frame.dataset.embedId = this.embedId;
  }
}

if (!customElements.get('curvature-lab'))
  customElements.define('curvature-lab', CurvatureLabElement);
