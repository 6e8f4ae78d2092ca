import { useCallback, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useScales } from './scales';

/** Imperative drawing for animations: draw the first `count` points without a React render. */
export interface ScatterCloudHandle {
  draw(count: number): void;
}

interface Props {
  /** Row-major S × 2 points in plot coordinates. */
  points: ArrayLike<number>;
  /** How many leading points to draw. */
  count: number;
  color: string;
  /** Side of the square dot in CSS pixels. */
  size?: number;
  opacity?: number;
  handleRef?: Ref<ScatterCloudHandle>;
  testId?: string;
}

/**
 * A dense point cloud drawn on a canvas inside the plot (canvas for dense marks, SVG for sparse
 * ones): thousands of samples stay smooth. Growing the count only paints the new points.
 */
export function ScatterCloud({
  points,
  count,
  color,
  size = 3,
  opacity = 0.45,
  handleRef,
  testId,
}: Props) {
  const s = useScales();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawn = useRef(0);
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);

  const draw = useCallback(
    (n: number) => {
      const ctx = canvasRef.current?.getContext('2d');
      if (!ctx) return;
      const total = Math.min(n, Math.floor(points.length / 2));
      if (total < drawn.current) drawn.current = 0;
      if (drawn.current === 0) {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      }
      ctx.fillStyle = color;
      ctx.globalAlpha = opacity;
      const h = size / 2;
      for (let i = drawn.current; i < total; i++) {
        const px = s.x(points[2 * i]);
        const py = s.y(points[2 * i + 1]);
        if (Number.isFinite(px) && Number.isFinite(py)) ctx.fillRect(px - h, py - h, size, size);
      }
      drawn.current = total;
    },
    [points, color, size, opacity, s, dpr],
  );

  // Any change of data, scales or style invalidates what is on the canvas.
  useEffect(() => {
    drawn.current = 0;
    draw(count);
  }, [draw, count]);
  useImperativeHandle(handleRef, () => ({ draw }), [draw]);

  return (
    <foreignObject width={s.innerWidth} height={s.innerHeight} aria-hidden="true">
      <canvas
        ref={canvasRef}
        width={Math.round(s.innerWidth * dpr)}
        height={Math.round(s.innerHeight * dpr)}
        style={{ width: s.innerWidth, height: s.innerHeight, display: 'block' }}
        data-testid={testId}
        data-count={count}
      />
    </foreignObject>
  );
}
