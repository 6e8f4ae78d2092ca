import { describe, expect, it } from 'vitest';
import { parseParams, serializeParams, type Params } from '../params/codec';
import { PANEL_IDS } from '../params/panelIds';
import { specList } from '../params/spec';
import { PANELS } from './catalog';

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

describe('URL schema of every panel', () => {
  it('round-trips every panel’s defaults and edited values exactly', () => {
    for (const panel of PANELS) {
      const { params, notices } = parseParams<Params>(panel.schema, '');
      expect(notices).toEqual([]);
      const keys = new Set(panel.schema.map((s) => s.key));
      const edits: Params = { eta: 0.0123456789, x0: [2.3, -0.5] as const, steps: 17 };
      const edited = { ...params };
      for (const [k, v] of Object.entries(edits)) if (keys.has(k)) edited[k] = v;
      const q = serializeParams(panel.schema, edited);
      const back = parseParams<Params>(panel.schema, q);
      expect(back.notices).toEqual([]);
      expect(back.params).toEqual(edited);
    }
  });
});
