/**
 * The example reveal.js deck (slides-example.html): live panels as plain iframes and as
 * <curvature-lab> elements. Keys that a panel does not use come back from its frame as
 * `curvlab:key` messages (docs/embedding.md) and become the same key on the deck, so → and
 * PageDown advance the slides while a panel has focus.
 */
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/white.css';
import './slides.css';
import { isCurvlabKey, replayKey } from '../embed/hostKeys';
import { paletteCss } from '../components/palette';

// The deck's own styles read the palette's custom properties, like the app's.
const palette = document.createElement('style');
palette.textContent = paletteCss();
document.head.append(palette);

// The <curvature-lab> element: the site's own embed.js, as any course page would load it.
const embed = document.createElement('script');
embed.type = 'module';
embed.src = new URL('./embed.js', document.baseURI).href;
document.head.append(embed);

// Plain iframes: the deck replays their keys (embed.js does it for its elements).
window.addEventListener('message', (e) => {
  if (!isCurvlabKey(e.data)) return;
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
  if (frame) replayKey(frame, e.data);
});

const deck = new Reveal({ hash: true, width: 1280, height: 860, margin: 0.02 });
void deck.initialize();
(window as unknown as { __deck: typeof deck }).__deck = deck;
