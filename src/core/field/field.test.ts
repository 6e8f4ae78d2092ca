import { describe, expect, it } from 'vitest';
import { getObjective } from '../objectives';
import { buildField, fieldKey, transformedField } from './field';
import { contourLevels, objectiveXY, sampleGrid } from './grid';
import { nearDomain, squareAround } from './view';

describe('fieldKey', () => {
  it('names the problem, the quadratic shape, a typed objective and the resolution', () => {
    const req = { problem: 'quadratic', kappa: 10, fieldResolution: 160 };
    expect(fieldKey(req)).toBe('quadratic:10@160');
    expect(fieldKey(req, undefined, [10, 30])).toBe('quadratic:10:30@160');
    expect(fieldKey({ ...req, problem: 'rosenbrock' }, undefined, [10, 30])).toBe('rosenbrock@160');
    const domain = [
      [-2, 2],
      [-1, 3],
    ] as const;
    expect(fieldKey({ ...req, problem: 'custom' }, { f: 'x^2+y^2', domain })).toBe(
      'custom:x^2+y^2:-2,2,-1,3@160',
    );
  });
});

describe('buildField', () => {
  it('samples J over its domain with the contour levels of those values', () => {
    const obj = getObjective('rosenbrock', { kappa: 10 });
    const f = buildField(obj, 'k', 24);
    const values = sampleGrid(objectiveXY(obj), obj.domain, 24, 24);
    expect(f).toEqual({
      key: 'k',
      nx: 24,
      ny: 24,
      domain: obj.domain,
      values,
      levels: contourLevels(values, 14, obj.logLevels),
    });
  });

  it('a grid evaluator replaces point-by-point sampling', () => {
    const obj = getObjective('saddle', { kappa: 10 });
    const grid = (d: typeof obj.domain, nx: number, ny: number) =>
      sampleGrid(objectiveXY(obj), d, nx, ny);
    expect(buildField(obj, 'k', 16, grid).values).toEqual(buildField(obj, 'k', 16).values);
  });
});

describe('transformedField', () => {
  it('with A = I and c = 0 is J over the given view', () => {
    const obj = getObjective('himmelblau', { kappa: 10 });
    const t = transformedField(obj, 'h', { A: [1, 0, 0, 1], c: [0, 0] }, obj.domain, 20);
    expect(t.values).toEqual(buildField(obj, 'k', 20).values);
  });
});

describe('views', () => {
  it('squareAround covers the points with equal scales and nearDomain tests against it', () => {
    const d = squareAround(
      [
        [0, 0],
        [1, 3],
      ],
      0.1,
    );
    expect(d[0][1] - d[0][0]).toBe(d[1][1] - d[1][0]);
    expect(nearDomain(d, [1, 3], 1)).toBe(true);
    expect(nearDomain(d, [100, 3])).toBe(false);
  });
});
