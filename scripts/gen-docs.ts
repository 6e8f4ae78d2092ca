// `npm run docs`: rewrites the generated parameter tables in docs/ from the declarations.
import { readFileSync, writeFileSync } from 'node:fs';
import { generatedBlocks } from '../src/docs/generated';
import { withTable } from '../src/params/docs';

for (const b of generatedBlocks()) {
  const before = readFileSync(b.path, 'utf8');
  const after = withTable(before, b.table);
  if (after !== before) {
    writeFileSync(b.path, after);
    console.log(`updated ${b.path}`);
  }
}
