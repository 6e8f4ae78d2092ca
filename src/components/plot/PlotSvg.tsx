import type { CSSProperties, ReactNode } from 'react';

interface Props {
  width: number;
  height: number;
  /** What a screen reader announces for the figure. */
  label: string;
  testId?: string;
  /** 'img' for a static chart; 'group' where the figure holds focusable handles. */
  role?: 'img' | 'group';
  className?: string;
  /** A viewBox equal to the size, so a CSS-scaled copy (export, print) keeps its proportions. */
  viewBox?: boolean;
  style?: CSSProperties;
  /** The figure's text alternative where this chart is its target (FigureText's useFigureAlt). */
  alt?: { role: 'img'; 'aria-label': string; 'aria-describedby': string } | null;
  children: ReactNode;
}

/** The outer <svg> of every chart: size, accessible role and name, class and test id in one place. */
export function PlotSvg(props: Props) {
  const { width, height, label, role = 'img', className = 'plot', viewBox = false } = props;
  return (
    <svg
      width={width}
      height={height}
      role={role}
      aria-label={label}
      className={className}
      style={props.style}
      data-testid={props.testId}
      viewBox={viewBox ? `0 0 ${width} ${height}` : undefined}
      {...props.alt}
    >
      {props.children}
    </svg>
  );
}

/** A clip path of the plot area (id, size), so lines leaving the domain are cut at the frame. */
export function ClipDef({ id, width, height }: { id: string; width: number; height: number }) {
  return (
    <defs>
      <clipPath id={id}>
        <rect width={width} height={height} />
      </clipPath>
    </defs>
  );
}
