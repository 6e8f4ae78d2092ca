/**
 * The generated parts of docs/: each panel's parameter table (docs/panels/<id>.md) and the view
 * parameters every panel accepts (docs/links.md). `npm run docs` writes them; a unit test fails
 * when the committed files differ, so the docs always say what the URL accepts.
 */
import { PANELS } from '../panels/catalog';
import { paramTable } from '../params/docs';
import { specList } from '../params/spec';
import { VIEW_PARAMS } from '../params/view';

export interface GeneratedBlock {
  /** Path from the repository root. */
  path: string;
  table: string;
}

export function generatedBlocks(): GeneratedBlock[] {
  return [
    ...PANELS.map((p) => ({
      path: `docs/panels/${p.id}.md`,
      table: paramTable(specList(p.params)),
    })),
    { path: 'docs/links.md', table: paramTable(specList(VIEW_PARAMS)) },
  ];
}
