import { describe, expect, it } from 'vitest';
import { relativeError } from '../linalg';
import { factoredDamping, kronSolve } from './solve';
import { initKfacState, precondition, refreshInverses } from './kfacStep';
import { unvec, vec } from './kron';
import { randomSpd, rngFor } from './testing';
import { kfacContext } from './trainPresets';
import { LruMemo } from '../memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

describe('the K-FAC update in the flat parameter layout', () => {
  it('each layer slice of the step is −vec(Ŝ⁻¹ V Â⁻¹) with the factored-damped factors', () => {
    const ctx = kfacContext('classifier', 3, 16, memo);
    const rng = rngFor(21);
    const st = initKfacState(ctx, 0.2);
    const factors = ctx.layout.layers.map((l) => ({
      A: randomSpd(l.fanIn + 1, rng),
      S: randomSpd(l.fanOut, rng),
    }));
    factors.forEach((f, l) => {
      st.A[l].set(f.A.data);
      st.S[l].set(f.S.data);
    });
    st.weight = 1;
    refreshInverses(ctx, st);
    const grad = Float64Array.from({ length: ctx.layout.paramCount }, () => rng.normal());
    const step = new Float64Array(grad.length);
    precondition(ctx, st, grad, step);
    ctx.layout.layers.forEach((layer, l) => {
      const V = unvec(
        grad.subarray(layer.offset, layer.offset + layer.size),
        layer.fanOut,
        layer.fanIn + 1,
      );
      const d = factoredDamping(factors[l].A, factors[l].S, 0.2);
      const expected = vec(kronSolve(d.A, d.S, V)!).map((x) => -x);
      const got = step.subarray(layer.offset, layer.offset + layer.size);
      expect(relativeError(got, expected)).toBeLessThan(1e-12);
    });
  });
});
