import type { ReactNode } from 'react';
import { Formula } from '../../components/Formula';
import type { PanelId } from '../../params/panelIds';

interface Props {
  panel: PanelId;
  title: ReactNode;
  /** The formulas under the title, each on its own line. */
  tex: readonly string[];
  /** Id of the title the section is labelled by (default `<panel>-title`). */
  titleId?: string;
  /** Extra header content after the formulas (view tabs). */
  tools?: ReactNode;
  children: ReactNode;
}

/** A panel's section with its header: the title, the formulas it is about, and view tabs. */
export function PanelShell({
  panel,
  title,
  tex,
  titleId = `${panel}-title`,
  tools,
  children,
}: Props) {
  return (
    <section className="panel" data-panel={panel} aria-labelledby={titleId}>
      <header className="panel-header">
        <h1 id={titleId}>{title}</h1>
        {tex.map((t, i) => (
          <p className="objective" key={i}>
            <Formula tex={t} />
          </p>
        ))}
        {tools}
      </header>
      {children}
    </section>
  );
}
