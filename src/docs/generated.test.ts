import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTable } from '../params/docs';
import { generatedBlocks } from './generated';

describe('generated docs', () => {
  // If this fails, run `npm run docs` and commit the result.
  it.each(generatedBlocks().map((b) => [b.path, b] as const))(
    '%s has the parameter table its declarations generate',
    (_, b) => {
      const doc = readFileSync(b.path, 'utf8');
      expect(withTable(doc, b.table)).toBe(doc);
    },
  );
});
