/**
 * What the URL layer needs to know about a panel. The catalog (panels/catalog.ts) provides it and
 * the app passes it to the URL sync, so state/ never imports panels/.
 */
import type { PanelId } from './panelIds';
import type { AnyParams, ParamSpec } from './spec';

export interface PanelSchema {
  id: PanelId;
  /** Every URL parameter in link order: the panel's own, then the view parameters. */
  schema: readonly ParamSpec[];
  /** Fills defaults that depend on other parameters, for keys the URL did not give. */
  resolve?(params: AnyParams, given: ReadonlySet<string>): AnyParams;
  /** Parameters that are derived, not inputs, in this state: links leave them out. */
  derived?(params: AnyParams): readonly string[];
}

export type SchemaLookup = (id: string | null) => PanelSchema | undefined;
