import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import './figureText.css';

/**
 * A figure's text alternative: a short name, a longer description computed from the state on
 * screen (problem, start, each method's outcome and step count) and the data behind it as a
 * table, for readers who do not see the picture.
 *
 * `FigureText` wraps the figure and renders, after it, the description (visually hidden; read
 * as the figure's accessible description, used as the alt text / <desc> of exported figures)
 * and a "Data table" toggle. Which element carries role="img":
 *
 * - `target` given: the plot inside with that test id (`Plot2D`, `Heatmap`) marks its drawing
 *   as role="img" with the name and description, so draggable handles beside the drawing stay
 *   operable (children of role="img" are presentational);
 * - no `target`: the wrapper itself (for figures with nothing to operate inside).
 */
export interface FigureTable {
  /** What one row is, e.g. "One row per iterate of each method". */
  caption: string;
  columns: readonly string[];
  /** The rows, computed only when the table is opened (a figure can have hundreds). */
  rows(): readonly (readonly (string | number)[])[];
}

export interface FigureAlt {
  name: string;
  descId: string;
  /** Test id of the plot that carries role="img". */
  target: string;
}

const FigureAltContext = createContext<FigureAlt | null>(null);

/** The alt-text attributes for the plot with test id `testId`, if a FigureText names it. */
export function useFigureAlt(testId: string | undefined) {
  const alt = useContext(FigureAltContext);
  if (!alt || !testId || alt.target !== testId) return null;
  return { role: 'img', 'aria-label': alt.name, 'aria-describedby': alt.descId } as const;
}

interface Props {
  /** Short accessible name of the figure. */
  name: string;
  /** The long description, computed from the state shown. */
  description: string;
  /** The data behind the figure; null while there is none. */
  table: FigureTable | null;
  target?: string;
  children: ReactNode;
}

export function FigureText({ name, description, table, target, children }: Props) {
  const id = useId();
  const descId = `${id}-desc`;
  const [open, setOpen] = useState(false);
  return (
    <div className="figure-text" data-figure-text>
      {target ? (
        <FigureAltContext.Provider value={{ name, descId, target }}>
          {children}
        </FigureAltContext.Provider>
      ) : (
        <div role="img" aria-label={name} aria-describedby={descId} data-figure-img>
          {children}
        </div>
      )}
      <p id={descId} className="visually-hidden" data-figure-desc data-testid="figure-description">
        {description}
      </p>
      {table && <DataTable table={table} open={open} onToggle={() => setOpen(!open)} id={id} />}
    </div>
  );
}

interface TableProps {
  table: FigureTable;
  open: boolean;
  onToggle(): void;
  id: string;
}

/**
 * The toggle and, when open, the table (rendered only then: it can have hundreds of rows). Not a
 * `data-control`: an embed's `controls=` list hides controls, never the figure's text version.
 */
function DataTable({ table, open, onToggle, id }: TableProps) {
  return (
    <div className="figure-table">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-table`}
        data-testid="data-table-toggle"
        onClick={onToggle}
      >
        {open ? 'Hide data table' : 'Data table'}
      </button>
      {open && (
        <div
          className="figure-table-scroll"
          id={`${id}-table`}
          // Scrollable: reachable by keyboard to scroll it.
          tabIndex={0}
          role="region"
          aria-label={table.caption}
        >
          <table data-testid="data-table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows().map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) => (
                    <td key={j}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
