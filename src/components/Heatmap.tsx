import { useEffect, useRef, type MouseEvent } from 'react';
import { heatPixels, heatPosition, NAN_COLOR } from './heatRaster';
import { GREY, interpolateRdBu, OKABE_ITO } from './palette';
import { useFigureAlt } from './FigureText';

/** A rectangle of cells, e.g. one Kronecker block or one layer block. */
export interface CellRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface Props {
  data: ArrayLike<number>;
  rows: number;
  cols: number;
  /** Pixel width of the matrix area; cells are square. */
  width: number;
  /** Accessible name and visible title. */
  label: string;
  /** Colour range is [−scaleMax, scaleMax]; default max |x|, so 0 is always white. */
  scaleMax?: number;
  /** Print the value in each cell (small matrices), so colour is not the only cue. */
  values?: boolean;
  format?(v: number): string;
  /** Boundaries (cell indices) where a line is drawn across rows and columns. */
  rowBlocks?: readonly number[];
  colBlocks?: readonly number[];
  highlight?: CellRect | null;
  onHover?(cell: { row: number; col: number } | null): void;
  /** Draw the diverging colour legend under the matrix. */
  legend?: boolean;
  /** The legend's width in px (default: the matrix's, between 200 and 300). */
  legendWidth?: number;
  /**
   * Colour by sign(x)·|x/max|^power: 0.5 (square root) keeps small entries visible next to a few
   * large ones, as in curvature matrices; the legend then says so and marks ±max/4.
   */
  power?: number;
  testId?: string;
}

/**
 * Colour of a signed value on the diverging RdBu scale (colour-blind safe): red for positive,
 * blue for negative, white at zero; non-finite values are grey.
 */
export function heatColor(v: number, max: number, power = 1): string {
  return Number.isFinite(v) ? interpolateRdBu(heatPosition(v, max, power)) : NAN_COLOR;
}

/** Dark text on light cells, white on saturated ones. */
export function textColor(v: number, max: number): string {
  return Number.isFinite(v) && max > 0 && Math.abs(v) / max > 0.6 ? GREY.white : GREY.ink;
}

export function maxAbs(data: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < data.length; i++)
    if (Number.isFinite(data[i])) m = Math.max(m, Math.abs(data[i]));
  return m;
}

const shortNum = (v: number) =>
  !Number.isFinite(v)
    ? '—'
    : v === 0
      ? '0'
      : Math.abs(v) >= 100 || Math.abs(v) < 0.01
        ? v.toExponential(0)
        : String(Number(v.toPrecision(2)));

/**
 * A signed matrix as a heatmap: cells on a canvas (fast for a few hundred rows), block outlines,
 * a highlight rectangle and optional printed values in an SVG overlay. Hovering reports the cell.
 */
export function Heatmap({
  data,
  rows,
  cols,
  width,
  label,
  scaleMax,
  values = false,
  format = shortNum,
  rowBlocks = [],
  colBlocks = [],
  highlight = null,
  onHover,
  legend = false,
  legendWidth,
  power = 1,
  testId,
}: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  /** The matrix at one pixel per cell, kept between draws (a new canvas per draw costs more). */
  const scratch = useRef<HTMLCanvasElement | null>(null);
  const cell = Math.max(1, width / Math.max(rows, cols, 1));
  const w = cell * cols;
  const h = cell * rows;
  const max = scaleMax ?? maxAbs(data);
  const alt = useFigureAlt(testId);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const dpr = globalThis.devicePixelRatio || 1;
    const [cw, ch] = [Math.round(w * dpr), Math.round(h * dpr)];
    // Resizing a canvas reallocates it: only when the size changed.
    if (c.width !== cw || c.height !== ch) [c.width, c.height] = [cw, ch];
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, cw, ch);
    if (rows < 1 || cols < 1) return;
    // One pixel per cell, scaled up without smoothing: sharp cells, no seams between them.
    scratch.current ??= document.createElement('canvas');
    const cells = scratch.current;
    if (cells.width !== cols || cells.height !== rows) [cells.width, cells.height] = [cols, rows];
    cells
      .getContext('2d')
      ?.putImageData(new ImageData(heatPixels(data, rows, cols, max, power), cols, rows), 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(cells, 0, 0, cw, ch);
  }, [data, rows, cols, w, h, max, power]);

  const onMove = (e: MouseEvent<SVGSVGElement>) => {
    if (!onHover) return;
    const box = e.currentTarget.getBoundingClientRect();
    const col = Math.floor((e.clientX - box.left) / cell);
    const row = Math.floor((e.clientY - box.top) / cell);
    onHover(row >= 0 && row < rows && col >= 0 && col < cols ? { row, col } : null);
  };

  return (
    <figure className="heatmap" style={{ margin: 0 }} data-testid={testId}>
      {/* Not a figcaption (presenter mode hides those, and this title is the only thing that
          says which matrix is which) and not a heading (heatmaps sit at any depth of a page). */}
      <div
        className="heatmap-title"
        style={{ fontWeight: 600, fontSize: '0.95rem', margin: '0 0 4px' }}
      >
        {label}
      </div>
      <div style={{ position: 'relative', width: w, height: h }}>
        <canvas
          ref={canvas}
          style={{ position: 'absolute', inset: 0, width: w, height: h }}
          aria-hidden="true"
        />
        <svg
          width={w}
          height={h}
          style={{ position: 'absolute', inset: 0 }}
          role="img"
          aria-label={`${label}: ${rows}×${cols} matrix, colour scale ±${shortNum(max)}`}
          {...alt}
          onMouseMove={onHover ? onMove : undefined}
          onMouseLeave={onHover ? () => onHover(null) : undefined}
        >
          <rect width={w} height={h} fill="none" stroke={GREY.tag} />
          {values &&
            Array.from({ length: rows * cols }, (_, k) => {
              const v = data[k];
              const i = Math.floor(k / cols);
              const j = k % cols;
              return (
                <text
                  key={k}
                  x={(j + 0.5) * cell}
                  y={(i + 0.5) * cell}
                  textAnchor="middle"
                  dominantBaseline="central"
                  fontSize={Math.min(15, cell * 0.36)}
                  fill={textColor(v, max)}
                  style={{ fontVariantNumeric: 'tabular-nums' }}
                >
                  {format(v)}
                </text>
              );
            })}
          {rowBlocks.map((r) => (
            <line
              key={`r${r}`}
              x1={0}
              x2={w}
              y1={r * cell}
              y2={r * cell}
              stroke={GREY.plotText}
              strokeWidth={1.5}
            />
          ))}
          {colBlocks.map((c) => (
            <line
              key={`c${c}`}
              y1={0}
              y2={h}
              x1={c * cell}
              x2={c * cell}
              stroke={GREY.plotText}
              strokeWidth={1.5}
            />
          ))}
          {highlight && (
            <rect
              data-testid={testId ? `${testId}-highlight` : undefined}
              x={highlight.col * cell}
              y={highlight.row * cell}
              width={highlight.cols * cell}
              height={highlight.rows * cell}
              fill="none"
              stroke={OKABE_ITO.black}
              strokeWidth={3}
              strokeDasharray="6 3"
            />
          )}
        </svg>
      </div>
      {legend && (
        <ColorLegend
          max={max}
          power={power}
          width={legendWidth ?? Math.max(200, Math.min(w, 300))}
        />
      )}
    </figure>
  );
}

/** The diverging colour bar with its range, so a reader can map colour back to a value. */
function ColorLegend({ max, power, width }: { max: number; power: number; width: number }) {
  const stops = Array.from({ length: 11 }, (_, k) => k / 10);
  const id = `heat-grad-${Math.round(width)}-${power}`;
  // Where ±max/4 sits on the bar: the bar is linear in colour, so in value it follows the power.
  const quarter = 0.5 * 0.25 ** power;
  const ticks: [number, string][] = [
    [0, `−${shortNum(max)}`],
    [0.5, '0'],
    [1, `+${shortNum(max)}`],
  ];
  if (power !== 1)
    ticks.push([0.5 - quarter, `−${shortNum(max / 4)}`], [0.5 + quarter, `+${shortNum(max / 4)}`]);
  return (
    <svg
      width={width}
      height={power === 1 ? 34 : 48}
      role="img"
      aria-label={`Colour scale from −${shortNum(max)} (blue) to +${shortNum(max)} (red)${power === 1 ? '' : ', square-root scale'}`}
    >
      <defs>
        <linearGradient id={id}>
          {stops.map((t) => (
            <stop key={t} offset={t} stopColor={interpolateRdBu(1 - t)} />
          ))}
        </linearGradient>
      </defs>
      <rect x={0} y={2} width={width} height={12} fill={`url(#${id})`} stroke={GREY.tag} />
      {ticks.map(([t, label]) => (
        <g key={label} transform={`translate(${t * width},0)`}>
          <line y1={14} y2={18} stroke={GREY.tag} />
          <text y={30} fontSize={12} textAnchor={t === 0 ? 'start' : t === 1 ? 'end' : 'middle'}>
            {label}
          </text>
        </g>
      ))}
      {power !== 1 && (
        <text x={0} y={45} fontSize={11} fill={GREY.tag}>
          square-root scale: colour ∝ sign(x)·√|x|
        </text>
      )}
    </svg>
  );
}
