import { describe, expect, it } from 'vitest';
import { PANELS } from '../panels/catalog';
import { parseParams } from './codec';
import { PANEL_IDS } from './panelIds';
import { specList } from './spec';

describe('parameter declarations', () => {
  it('the catalog lists exactly the panel ids, in the lecture’s order', () => {
    expect(PANELS.map((p) => p.id)).toEqual([...PANEL_IDS]);
  });

  it.each(PANELS.map((p) => [p.id, p] as const))(
    '%s: every declaration is well formed and its default is accepted without a notice',
    (_, panel) => {
      for (const s of specList(panel.params)) {
        expect(s.label.trim(), s.key).not.toBe('');
        expect(s.help.trim(), `help of ${s.key}`).not.toBe('');
        if (s.kind === 'number') {
          expect(s.min, s.key).toBeLessThan(s.max);
          if (s.scale === 'log')
            expect(s.min, `log scale of ${s.key} needs min > 0`).toBeGreaterThan(0);
          const zeroOk = s.zero !== undefined && s.default === 0;
          if (!zeroOk) {
            expect(s.default, s.key).toBeGreaterThanOrEqual(s.min);
            expect(s.default, s.key).toBeLessThanOrEqual(s.max);
          }
          if (s.integer) expect(Number.isInteger(s.default), s.key).toBe(true);
        }
        if (s.kind === 'enum') expect(s.values, s.key).toContain(s.default);
        if (s.kind === 'list') for (const v of s.default) expect(s.values, s.key).toContain(v);
      }
      expect(parseParams(panel.schema, '').notices).toEqual([]);
    },
  );

  it('URL keys are unique within each panel, view parameters included', () => {
    for (const p of PANELS) {
      const keys = p.schema.map((s) => s.key);
      expect(new Set(keys).size, p.id).toBe(keys.length);
    }
  });
});
