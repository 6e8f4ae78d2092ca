import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Vec2 } from '../../../core/types';
import { useScales } from '../../../components/plot/scales';
import { GREY, OKABE_ITO } from '../../../components/palette';
import { clampToView, isArrow, moveCursor, type ViewBox } from './cursor';

export interface PredictLayerProps {
  /** w⁽ᵏ⁾: where the keyboard crosshair starts. */
  from: Vec2;
  /** The true next iterate once revealed (null while hidden, or when there is none). */
  truth: Vec2 | null;
  cursor: Vec2 | null;
  guess: Vec2 | null;
  /** Whether a prediction can be placed now (a next iterate exists and is still hidden). */
  pending: boolean;
  /** Presenter mode: a big crosshair and marks. */
  big: boolean;
  /** The colour of the predicted method (the true iterate's ring). */
  color: string;
  /** The accessible name: what to predict and how. */
  label: string;
  onCursor(w: Vec2 | null): void;
  onCommit(w: Vec2): void;
  /** → after a reveal: the next step's prediction. */
  onNext(): void;
}

/**
 * The plot overlay of predict mode: a focusable surface that takes a click (or a press, slide and
 * release on touch) or arrow keys and Enter; the crosshair across the whole view while predicting;
 * after the reveal, the prediction ⊕ and the true iterate ◎ joined by a dotted line. Drawn under
 * the plot's handles, so the start point and arrows stay draggable.
 */
export function PredictLayer(props: PredictLayerProps) {
  const { x, y, innerWidth: W, innerHeight: H } = useScales();
  const ref = useRef<SVGRectElement>(null);
  const dragging = useRef(false);
  // The pointer's crosshair stays in this component: following the mouse must not re-render the
  // panel on every move. Keyboard moves go to the panel (its prompt says where the crosshair is).
  const [hover, setHover] = useState<Vec2 | null>(null);
  const clipId = `predict${useId().replace(/[^\w-]/g, '')}`;
  const view: ViewBox = [x.domain() as [number, number], y.domain() as [number, number]];
  const { pending, cursor } = props;

  const toParam = (e: PointerEvent): Vec2 | null => {
    const ctm = ref.current?.getScreenCTM();
    if (!ctm) return null;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return clampToView([x.invert(pt.x), y.invert(pt.y)], view);
  };

  const onKey = (e: KeyboardEvent) => {
    let handled = true;
    if (pending && isArrow(e.key)) {
      setHover(null);
      props.onCursor(moveCursor(cursor ?? props.from, e.key, e.shiftKey, view));
    } else if (pending && e.key === 'Enter') {
      if (cursor) props.onCommit(cursor);
      else props.onCursor(props.from);
    } else if (pending && e.key === 'Escape') {
      setHover(null);
      props.onCursor(null);
    } else if (!pending && e.key === 'ArrowRight') props.onNext();
    else handled = false;
    // Handled keys stay here: presenter keys (→ steps, ← back) must not act on them as well.
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const s = props.big ? 2 : 1;
  const at = hover ?? cursor;
  const c = at && pending ? [x(at[0]), y(at[1])] : null;
  return (
    <g className="predict-layer" data-testid="predict-layer">
      <defs>
        <clipPath id={clipId}>
          <rect width={W} height={H} />
        </clipPath>
      </defs>
      <rect
        ref={ref}
        className="predict-capture"
        data-testid="predict-surface"
        width={W}
        height={H}
        fill="transparent"
        tabIndex={0}
        role="application"
        aria-label={props.label}
        onKeyDown={onKey}
        onFocus={() => {
          // Keyboard focus shows the crosshair at w⁽ᵏ⁾; a click places it where it lands.
          if (pending && !cursor && !dragging.current) props.onCursor(props.from);
        }}
        onPointerDown={(e) => {
          if (!pending) return;
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          setHover(toParam(e));
        }}
        onPointerMove={(e) => {
          if (pending && (dragging.current || e.pointerType === 'mouse')) setHover(toParam(e));
        }}
        onPointerUp={(e) => {
          if (!dragging.current) return;
          dragging.current = false;
          setHover(null);
          const w = toParam(e);
          if (w && pending) props.onCommit(w);
        }}
        // A swipe scrolls the page (phones): the browser cancels the press, nothing is committed.
        onPointerCancel={() => {
          dragging.current = false;
          setHover(null);
        }}
        onPointerLeave={() => {
          if (!dragging.current) setHover(null);
        }}
        style={{ cursor: pending ? 'crosshair' : 'default', touchAction: 'manipulation' }}
      />
      <g clipPath={`url(#${clipId})`} pointerEvents="none">
        {c && <Crosshair at={c} W={W} H={H} s={s} />}
        {props.guess && props.truth && !pending && (
          <Reveal
            guess={[x(props.guess[0]), y(props.guess[1])]}
            truth={[x(props.truth[0]), y(props.truth[1])]}
            guessW={props.guess}
            truthW={props.truth}
            color={props.color}
            s={s}
          />
        )}
      </g>
    </g>
  );
}

/** Lines across the whole view through the crosshair, and a ring at its centre. */
function Crosshair({ at: [cx, cy], W, H, s }: { at: number[]; W: number; H: number; s: number }) {
  const lines = `M0,${cy}H${W}M${cx},0V${H}`;
  return (
    <g data-testid="predict-crosshair">
      <path d={lines} stroke={GREY.white} strokeWidth={3.5 * s} strokeOpacity={0.8} />
      <path d={lines} stroke={GREY.ink} strokeWidth={1.2 * s} strokeDasharray="6 4" />
      <circle cx={cx} cy={cy} r={10 * s} fill="none" stroke={GREY.white} strokeWidth={5 * s} />
      <circle cx={cx} cy={cy} r={10 * s} fill="none" stroke={GREY.ink} strokeWidth={2 * s} />
      <circle cx={cx} cy={cy} r={2 * s} fill={GREY.ink} />
    </g>
  );
}

interface RevealProps {
  guess: [number, number];
  truth: [number, number];
  guessW: Vec2;
  truthW: Vec2;
  color: string;
  s: number;
}

/** The prediction ⊕ (black) and the true iterate ◎ (the method's colour), joined by a dotted line. */
function Reveal({ guess: [gx, gy], truth: [tx, ty], guessW, truthW, color, s }: RevealProps) {
  const r = 9 * s;
  return (
    <g data-testid="predict-reveal">
      <line x1={gx} y1={gy} x2={tx} y2={ty} stroke={GREY.white} strokeWidth={4 * s} />
      <line
        x1={gx}
        y1={gy}
        x2={tx}
        y2={ty}
        stroke={GREY.ink}
        strokeWidth={1.6 * s}
        strokeDasharray="2 3"
      />
      <g data-testid="predict-guess" data-w={guessW.join(',')}>
        <title>Your prediction</title>
        <circle
          cx={gx}
          cy={gy}
          r={r}
          fill={GREY.white}
          stroke={OKABE_ITO.black}
          strokeWidth={2 * s}
        />
        <path
          d={`M${gx - r},${gy}H${gx + r}M${gx},${gy - r}V${gy + r}`}
          stroke={OKABE_ITO.black}
          strokeWidth={2 * s}
        />
      </g>
      <g data-testid="predict-truth" data-w={truthW.join(',')}>
        <title>The true next iterate</title>
        <circle cx={tx} cy={ty} r={r + 4 * s} fill="none" stroke={GREY.white} strokeWidth={6 * s} />
        <circle cx={tx} cy={ty} r={r + 4 * s} fill="none" stroke={color} strokeWidth={3.5 * s} />
        <circle cx={tx} cy={ty} r={3 * s} fill={color} />
      </g>
    </g>
  );
}
