import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useScales } from './scales';
import { GREY, OKABE_ITO } from '../palette';

interface Props {
  w: readonly [number, number];
  onChange(w: [number, number]): void;
  label: string;
  color?: string;
  testId?: string;
}

const round = (v: number) => Number(v.toPrecision(4));

/**
 * A point the user moves with mouse, touch or pen (pointer events with capture) or the keyboard
 * (arrow keys move 1% of the view, Shift 10%). Reports parameter-space coordinates.
 */
export function DraggablePoint({ w, onChange, label, color = OKABE_ITO.black, testId }: Props) {
  const { x, y } = useScales();
  const ref = useRef<SVGGElement>(null);
  const dragging = useRef(false);

  const toParam = (e: PointerEvent): [number, number] | null => {
    const g = ref.current;
    const ctm = g?.getScreenCTM();
    if (!g || !ctm) return null;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return [round(x.invert(pt.x)), round(y.invert(pt.y))];
  };

  const onKey = (e: KeyboardEvent) => {
    const dx = Math.abs(x.domain()[1] - x.domain()[0]) * (e.shiftKey ? 0.1 : 0.01);
    const dy = Math.abs(y.domain()[1] - y.domain()[0]) * (e.shiftKey ? 0.1 : 0.01);
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-dx, 0],
      ArrowRight: [dx, 0],
      ArrowUp: [0, dy],
      ArrowDown: [0, -dy],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    onChange([round(w[0] + m[0]), round(w[1] + m[1])]);
  };

  const cx = x(w[0]);
  const cy = y(w[1]);
  return (
    <g
      ref={ref}
      className="draggable-point"
      data-testid={testId}
      tabIndex={0}
      role="button"
      aria-label={`${label} at (${w[0]}, ${w[1]}). Drag, or use the arrow keys (Shift for larger steps).`}
      onKeyDown={onKey}
      onPointerDown={(e) => {
        dragging.current = true;
        (e.currentTarget as SVGGElement).setPointerCapture(e.pointerId);
        const p = toParam(e);
        if (p) onChange(p);
      }}
      onPointerMove={(e) => {
        if (!dragging.current) return;
        const p = toParam(e);
        if (p) onChange(p);
      }}
      onPointerUp={(e) => {
        dragging.current = false;
        (e.currentTarget as SVGGElement).releasePointerCapture(e.pointerId);
      }}
      style={{ cursor: 'grab', touchAction: 'none' }}
    >
      {/* A generous invisible hit area for fingers. */}
      <circle cx={cx} cy={cy} r={18} fill="transparent" />
      <circle cx={cx} cy={cy} r={8} fill={GREY.white} stroke={color} strokeWidth={3} />
      <circle cx={cx} cy={cy} r={3} fill={color} />
    </g>
  );
}
