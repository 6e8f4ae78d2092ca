/**
 * View parameters every panel accepts (lecture and embed options), declared once and appended to
 * each panel's own declarations.
 */
import { defineParams, switchParam, type ParamsOf } from './spec';

export const VIEW_PARAMS = defineParams({
  present: switchParam(
    'Presenter mode',
    'Presenter mode: large type, thick lines, presenter keys. A bare `?present` turns it on.',
  ),
  controls: {
    kind: 'text',
    label: 'Shown controls',
    maxLength: 300,
    default: '',
    help: 'Comma list of control ids (their `data-control`): an embed shows only these.',
  },
  scenes: {
    kind: 'text',
    label: 'Scene list',
    maxLength: 8000,
    default: '',
    help: 'A lecturer’s scene list travelling in a link; imported into local storage on arrival.',
  },
});
export type ViewParams = ParamsOf<typeof VIEW_PARAMS>;
