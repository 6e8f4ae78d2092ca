import { describe, expect, it } from 'vitest';
import { computePrecond } from '../../core/precond/computePrecond';
import { presetCurvature } from '../../core/precond/presets';
import type { ProblemId } from '../../core/types';
import { parseParams } from '../../params/codec';
import { PANELS } from '../catalog';
import { precondCaption } from './caption';
import { objectiveOf, type PrecondParams } from './params';
import { precondRequest } from './request';
import { LruMemo } from '../../core/memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

/** The caption for a URL query, computed as the page does. */
function captionFor(query: string) {
  const meta = PANELS.find((p) => p.id === 'preconditioning')!;
  const { params } = parseParams<PrecondParams>(meta.schema, query);
  const p = meta.resolve!(params, new Set(new URLSearchParams(query).keys())) as PrecondParams;
  const out = computePrecond(precondRequest(p, null), memo);
  const replaced = presetCurvature(objectiveOf(p, p.problem as ProblemId).hess(p.x0)).replaced;
  return { text: precondCaption(out, p, p.curv === 'iterate', replaced), out };
}

describe('preconditioning captions stay true to the numbers', () => {
  it('quadratic + square root: H̃ = I, the routes coincide', () => {
    const { text, out } = captionFor('problem=quadratic&kappa=50&preset=sqrt');
    expect(out.point.kappaHt!).toBeCloseTo(1, 10);
    expect(text).toContain('H̃ = RᵀHR = I');
    expect(text).toContain('rounding error');
    expect(text).toMatch(/Preconditioned GD converged in \d+ steps/);
  });

  it('where H is indefinite at the start, it never claims H̃ = I', () => {
    const { text, out } = captionFor('problem=saddle&preset=sqrt');
    expect(out.point.kappaHt).toBeNull();
    expect(text).not.toContain('H̃ = RᵀHR = I');
    expect(text).toContain('eigenvalues ±1');
    expect(text).toContain('|H|');
  });

  it('following the iterate is called Newton’s method only for RRᵀ = H⁻¹', () => {
    expect(captionFor('problem=rosenbrock&preset=sqrt&curv=iterate&lr=1').text).toContain(
      'this is Newton’s method',
    );
    expect(captionFor('problem=rosenbrock&preset=damped&curv=iterate&lr=1').text).toContain(
      'damped Newton',
    );
    expect(captionFor('problem=rosenbrock&preset=jacobi&curv=iterate&lr=1').text).toContain(
      'diagonal approximation',
    );
    // A custom R cannot follow the iterate: the URL is resolved to a fixed R.
    expect(captionFor('preset=custom&curv=iterate').text).not.toContain('Newton’s method');
  });

  it('where GD amplifies rounding, it says the trajectories drift but each step agrees', () => {
    const { text, out } = captionFor('problem=himmelblau&preset=sqrt&lr=1');
    expect(out.distance!.max).toBeGreaterThan(1e-9);
    expect(text).toContain('drift apart');
    expect(text).toContain('each single step agrees');
  });
});
