import { describe, expect, it } from 'vitest';
import { seriesCsv } from './seriesCsv';

describe('series CSV of a Download data document', () => {
  it('turns number arrays and [x, y] pairs into columns named by their path, grouped by length', () => {
    const csv = seriesCsv({
      panel: 'damping',
      params: { eta: 0.1, x0: [2.3, 0.5] },
      runs: [
        {
          method: 'newton',
          iterates: [
            [2.3, 0.5],
            [-2.6, 0.4],
            [4.1, 0.1],
          ],
          loss: [3.9, 4.1, 5.2],
        },
        {
          method: 'gd',
          iterates: [
            [2.3, 0.5],
            [2.1, 0.45],
            [1.9, 0.4],
          ],
          loss: [3.9, 3.5, null],
        },
      ],
      sweep: { eta: [1e-4, 1e-2], dev: [1e-12, 3e-3] },
    });
    const [t1, t2] = csv.trim().split('\n\n');
    const rows1 = t1.split('\n');
    expect(rows1[0]).toBe('# 6 series of length 3');
    expect(rows1[1]).toBe(
      'index,runs[newton].iterates[0],runs[newton].iterates[1],runs[newton].loss,runs[gd].iterates[0],runs[gd].iterates[1],runs[gd].loss',
    );
    expect(rows1[3]).toBe('1,-2.6,0.4,4.1,2.1,0.45,3.5');
    expect(rows1[4]).toBe('2,4.1,0.1,5.2,1.9,0.4,');
    expect(t2.split('\n')[1]).toBe('index,sweep.eta,sweep.dev');
    expect(csv).not.toContain('params');
  });
});
