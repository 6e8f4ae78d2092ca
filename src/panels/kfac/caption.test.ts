import { describe, expect, it } from 'vitest';
import { mat2x2 } from '../../core/linalg/testing';
import {
  computeCurvature,
  initKfacTrain,
  kfacTrainChunk,
  kronChecks,
  lossAtTime,
} from '../../core/kfac';
import { fromRows } from '../../core/linalg';
import { BASE_REQUEST } from '../../core/kfac/testing';
import { curvatureCaption, kronCaption, trainCaption } from './caption';
import { KFAC_PARAMS, type KfacParams } from './params';
import { parseParams } from '../../params/codec';
import { specList } from '../../params/spec';
import { trainConfig } from './useKfacTraining';
import { formatMatrix, parseMatrix, parseWidths, resizeMatrix } from './matrixText';
import { LruMemo } from '../../core/memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

const req = BASE_REQUEST;

describe('kron caption', () => {
  it('describes the block structure, agreement and definiteness', () => {
    const A = mat2x2(2, 1, 1, 3);
    const B = fromRows([
      [1, 0, 0],
      [0, 2, 0],
      [0, 0, -1],
    ]);
    const X = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const text = kronCaption(2, 3, kronChecks(A, B, X));
    expect(text).toContain('A ⊗ B is 6×6: a 2×2 grid of blocks');
    expect(text).toContain('All 7 checks agree');
    expect(text).toContain('2 of the 6 products λᵢνⱼ are negative');
  });

  it('explains a singular or non-symmetric factor', () => {
    const A = mat2x2(1, 2, 2, 4);
    const B = mat2x2(1, 1, 0, 1);
    const text = kronCaption(2, 2, kronChecks(A, B, mat2x2(1, 0, 0, 1)));
    expect(text).toContain('A is singular');
    expect(text).toContain('not symmetric');
    expect(text).toContain('All 4 checks agree');
  });
});

describe('curvature caption', () => {
  it('tanh net: approximate blocks, except the squared-error output layer', () => {
    const text = curvatureCaption(computeCurvature(req));
    expect(text).toMatch(/Step 1 .* relative error \d+(\.\d)?%/);
    expect(text).toContain('Block 2 is exact anyway');
    expect(text).toContain('only approximately A ⊗ S');
  });

  it('deep linear net: says why step 2 is exact', () => {
    const text = curvatureCaption(computeCurvature({ ...req, activation: 'linear' }));
    expect(text).toContain('every block is exactly A ⊗ S');
    expect(text).toContain('worst block 0');
  });

  it('one example, and linear with softmax', () => {
    expect(curvatureCaption(computeCurvature({ ...req, batch: 1 }))).toContain('single example');
    const soft = computeCurvature({ ...req, activation: 'linear', loss: 'softmax-ce' });
    expect(curvatureCaption(soft)).toContain('softmax output Hessian');
  });
});

describe('matrix text in the URL', () => {
  it('round-trips and reports errors', () => {
    const r = parseMatrix('2,1_1,3', 'A');
    expect(r.ok && formatMatrix(r.value)).toBe('2,1_1,3');
    expect(parseMatrix('1,2_3', 'A')).toMatchObject({ ok: false, error: /same number/ });
    expect(parseMatrix('1,x', 'A')).toMatchObject({ ok: false, error: /not a number/ });
    expect(parseMatrix('1,2,3,4', 'B')).toMatchObject({ ok: false, error: /at most 3×3/ });
    expect(parseMatrix('1e9', 'B')).toMatchObject({ ok: false, error: /entries/ });
    expect(formatMatrix(resizeMatrix(fromRows([[5]]), 2, 2))).toBe('5,0_0,1');
    expect(parseWidths('3,4,2', 12, 'w')).toEqual({ ok: true, value: [3, 4, 2] });
    expect(parseWidths('3', 12, 'w').ok).toBe(false);
    expect(parseWidths('3,13', 12, 'w').ok).toBe(false);
  });
});

describe('train caption', () => {
  const p = parseParams<KfacParams>(specList(KFAC_PARAMS), 'preset=regression&iters=20').params;

  it('before any step, after a run, and after a failure', () => {
    const s = initKfacTrain(trainConfig(p), memo);
    expect(trainCaption(s)).toContain('Press Start');
    let t = 0;
    while (!s.done) kfacTrainChunk(s, () => (t += 1), memo, 1e9);
    const text = trainCaption(s);
    expect(text).toMatch(/^After 20 of 20 iterations each: K-FAC \d/);
    expect(text).toMatch(/At iteration 2 .* lower than .* At iteration 20 /);
    expect(text).toMatch(/Within the same \d+ ms of compute/);
    s.failed = { method: 'kfac', reason: 'the training loss became non-finite' };
    expect(trainCaption(s)).toContain('K-FAC failed');
  });

  it('lossAtTime takes the last sample at or before t', () => {
    const curve = {
      steps: Float64Array.of(0, 1, 2),
      timeMs: Float64Array.of(0, 10, 20),
      loss: Float64Array.of(3, 2, 1),
    };
    expect(lossAtTime(curve, 15)).toBe(2);
    expect(lossAtTime(curve, 20)).toBe(1);
    expect(lossAtTime(curve, -1)).toBe(3);
  });
});
