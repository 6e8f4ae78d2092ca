import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? cssFiles(p) : p.endsWith('.css') ? [p] : [];
  });
}

describe('stylesheets', () => {
  it('use no :has() selector (Chromium restyles the whole page on DOM changes under one)', () => {
    for (const f of cssFiles('src')) {
      const rules = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(rules.includes(':has('), f).toBe(false);
    }
  });
});
